import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { buildDeckModel } from "../../src/export/deckModel";
import { CHART_BOX, CHART_PX_PER_INCH, deckToPptx, type ChartRenderer } from "../../src/export/deckPptx";
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
    expect(sizes[0]).toEqual({
      width: CHART_BOX.w * CHART_PX_PER_INCH,
      height: Math.round(CHART_BOX.h * CHART_PX_PER_INCH),
    });
    expect(Object.keys(zip.files).filter((n) => n.startsWith("ppt/media/") && !n.endsWith("/"))).toHaveLength(
      charts,
    );

    // The recurring shortcomings are a native table, not a picture.
    const recurring = model.slides.findIndex((s) => s.title.startsWith("反复出现的问题"));
    expect(xml[recurring]).toContain("<a:tbl>");
    expect(texts[recurring]).toContain("普法宣传覆盖面不够广，针对性不强。");
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
