// `npm run bench` builds its own pages (bench/pages); this builds them in `npm test` too, so a break
// there shows before the next bench run (virtual:pdf-cmaps once broke them and only the bench saw it).
import { describe, expect, it } from "vitest";
import { BENCH_PAGES, buildBenchPages } from "../../bench/pages/build";

describe("bench pages", () => {
  it("build, each page with its script, the floor with the samples' records file", async () => {
    const outputs = await buildBenchPages("dist-bench-check", false);
    const files = outputs.flatMap((o) => o.output);
    for (const page of BENCH_PAGES) {
      const html = files.find((f) => f.fileName === `${page}.html`);
      expect(html?.type, page).toBe("asset");
      const src = html?.type === "asset" ? String(html.source) : "";
      const script = /<script type="module" crossorigin src="\.\/(assets\/[\w.-]+\.js)"/.exec(src)?.[1];
      expect(
        files.some((f) => f.fileName === script && f.type === "chunk"),
        `${page}: ${script}`,
      ).toBe(true);
    }
    expect(files.some((f) => /^assets\/samples\.records-\w+\.json$/.test(f.fileName))).toBe(true);
  }, 180_000);
});
