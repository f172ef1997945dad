import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { buildDeckModel } from "../../src/export/deckModel";
import { CHART_PX_PER_INCH, deckToPptx, type ChartRenderer } from "../../src/export/deckPptx";
import { COUNTY, fixtureReports } from "./fixture";

// A 1×1 PNG stands in for the chart image: the browser renders real charts (tests/e2e/export.spec.ts).
const PNG_1X1 =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

async function unzipSlides(buf: ArrayBuffer) {
  const zip = await JSZip.loadAsync(buf);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  names.sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const xml = await Promise.all(names.map((n) => zip.file(n)!.async("string")));
  const texts = xml.map((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join("|"));
  return { zip, xml, texts };
}

/**
 * Every run's size (hundredths of a point) with its text, and whether it sits in a table. The
 * slide number takes its size from its placeholder's list style (a:defRPr) and counts as footer.
 */
function fontSizes(xml: string) {
  const out: { sz: number; text: string; inTable: boolean; source: boolean }[] = [];
  const tables = [...xml.matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g)].map((m) => [
    m.index!,
    m.index! + m[0].length,
  ]);
  const runs =
    /<a:rPr\b[^>]*\ssz="(\d+)"[^>]*>[\s\S]*?<\/a:rPr>\s*<a:t>([^<]*)<\/a:t>|<a:defRPr\b[^>]*\ssz="(\d+)"/g;
  for (const m of xml.matchAll(runs)) {
    const at = m.index!;
    const text = m[2] ?? "(页码)";
    out.push({
      sz: Number(m[1] ?? m[3]),
      text,
      inTable: tables.some(([a, b]) => at > a! && at < b!),
      source: m[3] !== undefined || text.startsWith("数据来源"),
    });
  }
  return out;
}

describe("deckToPptx", () => {
  const model = buildDeckModel({
    reports: fixtureReports,
    county: COUNTY,
    year: 2024,
    fictional: true,
    date: "2025-01-15",
  });

  it("writes a valid package whose slides and texts match the model", async () => {
    const sizes: { width: number; height: number }[] = [];
    const render: ChartRenderer = async (_spec, size) => {
      sizes.push(size);
      return PNG_1X1;
    };
    const buf = await deckToPptx(model, render);
    const { zip, xml, texts } = await unzipSlides(buf);

    expect(zip.file("[Content_Types].xml")).not.toBeNull();
    expect(zip.file("ppt/presentation.xml")).not.toBeNull();
    const pres = await zip.file("ppt/presentation.xml")!.async("string");
    // 16:9: 10 in × 5.625 in in EMU.
    expect(pres).toContain('<p:sldSz cx="9144000" cy="5143500"');

    expect(xml).toHaveLength(model.slides.length);
    model.slides.forEach((s, i) => expect(texts[i]).toContain(s.title));
    model.slides.forEach((s, i) => {
      if (s.kind !== "cover") expect(texts[i]).toContain(s.finding);
    });
    // Every slide says the data are fictional; every run names the Chinese font.
    for (const [i, t] of texts.entries()) expect(t, `slide ${i + 1}`).toContain("虚构示例数据");
    for (const x of xml) {
      const runs = x.match(/<a:rPr[^>]*>/g) ?? [];
      const latin = x.match(/<a:latin typeface="Microsoft YaHei"/g) ?? [];
      expect(latin.length).toBeGreaterThan(0);
      expect(x).not.toMatch(/<a:latin typeface="(?!Microsoft YaHei)/);
      expect(runs.length).toBeGreaterThan(0);
    }

    // One image per chart slide, rendered at the box's aspect ratio.
    const charts = model.slides.filter((s) => s.kind === "chart").length;
    expect(sizes).toHaveLength(charts);
    // Laid out at 72 px an inch, so a 13 px chart label is 13 pt on the slide.
    expect(sizes[0]!.width).toBe(9 * CHART_PX_PER_INCH);
    expect(sizes[0]!.height).toBeGreaterThan(200);
    expect(Object.keys(zip.files).filter((n) => n.startsWith("ppt/media/") && !n.endsWith("/"))).toHaveLength(
      charts,
    );

    // The recurring shortcomings are a native table, not a picture; their quotes are whole.
    const recurring = model.slides.findIndex((s) => s.title.startsWith("反复出现的问题"));
    expect(xml[recurring]).toContain("<a:tbl>");
    const quotes = model.slides.findIndex((s) => s.kind === "quotes");
    expect(texts[quotes]).toContain("普法宣传覆盖面不够广，针对性不强。");
  });

  it("writes no text smaller than the room can read: body ≥ 14 pt, tables ≥ 12 pt, sources ≥ 10 pt", async () => {
    const { xml } = await unzipSlides(await deckToPptx(model, async () => PNG_1X1));
    for (const [i, x] of xml.entries()) {
      const sizes = fontSizes(x);
      // Every text run is counted: each names its size, except the slide number's field.
      const fields = (x.match(/<a:fld\b/g) ?? []).length;
      expect(sizes.filter((z) => z.text !== "(页码)").length, `slide ${i + 1}`).toBe(
        (x.match(/<a:t>/g) ?? []).length - fields,
      );
      for (const s of sizes) {
        const where = `slide ${i + 1}: ${s.text}`;
        if (s.inTable) expect(s.sz, where).toBeGreaterThanOrEqual(1200);
        else if (s.source) expect(s.sz, where).toBeGreaterThanOrEqual(1000);
        else expect(s.sz, where).toBeGreaterThanOrEqual(1400);
      }
    }
  });

  it("leaves the mark off a real county's deck", async () => {
    const real = buildDeckModel({
      reports: fixtureReports,
      county: COUNTY,
      year: 2024,
      fictional: false,
      date: "2025-01-15",
    });
    const { texts } = await unzipSlides(await deckToPptx(real, async () => PNG_1X1));
    for (const t of texts) expect(t).not.toContain("虚构示例数据");
  });
});
