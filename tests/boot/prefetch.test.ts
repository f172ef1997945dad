// The data prefetch script the build writes into index.html: which records file it preloads for
// which address, and where it goes in the page.
import { createHash } from "node:crypto";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATASET } from "../../scripts/build/datasets";
import { prefetchScript, withPrefetch } from "../../scripts/build/prefetch";
import { DEFAULT_VIEW } from "../../src/store/types";

const FILES = { samples: "./assets/samples.records-1.json", demo: "./assets/demo.records-2.json" };

/** Runs the script against a stand-in page; returns the links it added. */
function run(hash: string): Record<string, string>[] {
  const added: Record<string, string>[] = [];
  const document = {
    createElement: () => ({}) as Record<string, string>,
    head: { appendChild: (l: Record<string, string>) => added.push(l) },
  };
  runInNewContext(prefetchScript(FILES, DEFAULT_DATASET), { location: { hash }, document, URLSearchParams });
  return added;
}

describe("data prefetch script", () => {
  it("preloads the records file of the data set the address names", () => {
    expect(run("#ds=demo&view=ranking")).toEqual([
      { rel: "preload", as: "fetch", crossOrigin: "anonymous", href: FILES.demo },
    ]);
    expect(run("#ds=samples").map((l) => l.href)).toEqual([FILES.samples]);
  });

  it("an address without ds= opens the default data set, as the store does", () => {
    expect(DEFAULT_DATASET).toBe(DEFAULT_VIEW.dataset);
    expect(run("#view=trends").map((l) => l.href)).toEqual([FILES.samples]);
  });

  it("fetches nothing for the workspace (empty address) or a name it does not ship", () => {
    expect(run("")).toEqual([]);
    expect(run("#")).toEqual([]);
    expect(run("#ds=workspace")).toEqual([]);
    expect(run("#ds=constructor")).toEqual([]);
    expect(run("#ds=__proto__")).toEqual([]);
  });

  it("goes inline right after the Content-Security-Policy, which allows that script by its hash", () => {
    const html = `<head>\n<meta charset="UTF-8" />\n<meta\n  http-equiv="Content-Security-Policy"\n  content="default-src 'self'; script-src 'self'; object-src 'none'"\n/>\n<title>x</title>\n<script type="module" src="./a.js"></script>`;
    const source = prefetchScript(FILES, DEFAULT_DATASET);
    const out = withPrefetch(html, source);
    const at = out.indexOf(`<script>${source}</script>`);
    expect(at).toBeGreaterThan(out.indexOf("Content-Security-Policy"));
    expect(at).toBeLessThan(out.indexOf("<title>"));
    expect(at).toBeLessThan(out.indexOf(`src="./a.js"`));
    // The browser hashes the script's text as written between the tags (UTF-8).
    const hash = createHash("sha256").update(source, "utf8").digest("base64");
    expect(out).toContain(
      `content="default-src 'self'; script-src 'self' 'sha256-${hash}'; object-src 'none'"`,
    );
    expect(out.match(/sha256-/g)).toHaveLength(1);
  });

  it("refuses a page without a policy or script-src, and a script the HTML parser would cut short", () => {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`;
    expect(() => withPrefetch("<head></head>", "x()")).toThrow(/Content-Security-Policy/);
    expect(() => withPrefetch(csp, "x()")).toThrow(/script-src/);
    const ok = `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">`;
    expect(() => withPrefetch(ok, `var s = "</script>";`)).toThrow(/inlined/);
    expect(() => withPrefetch(ok, `var s = "<!--";`)).toThrow(/inlined/);
  });
});
