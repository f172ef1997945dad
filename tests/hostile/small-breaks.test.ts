// The smaller breaks of issue 10, one test each: full-width formula prefixes, a report id with `~`
// in a deep link, "年份不详年", the county in the PPTX document properties, and ECharts template or
// rich-text markup in a township name on the trend's end label.
import JSZip from "jszip";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { echarts } from "../../src/charts/echarts";
import "../../src/charts/parts/bar";
import "../../src/charts/parts/heatmap";
import "../../src/charts/parts/visualMap";
import "../../src/charts/parts/svg";
import { trendsOption } from "../../src/charts";
import { resolveEvidence } from "../../src/components/resolveEvidence";
import { scopeOf, trendsOf } from "../../src/derive";
import type { StoredReport } from "../../src/domain";
import { sheetToCsv } from "../../src/export/csv";
import { buildDeckModel } from "../../src/export/deckModel";
import { deckToPptx } from "../../src/export/deckPptx";
import { neutralizeCell, toSheet } from "../../src/export/sheet";
import { toIndicatorsCsv } from "../../src/io/csv";
import type { EvidenceTarget } from "../../src/store";
import { configFromHash, fromHash, toHash } from "../../src/store/url";
import { buildReport } from "../fixtures/dashboard";
import { fixtureReports } from "../export/fixture";
import { elementText, xmlError } from "./wellFormed";

describe("full-width formula prefixes are neutralised", () => {
  it.each(["＝1+1", "＋1", "－1", "＠SUM(A1)", '＝HYPERLINK("x")'])("%s in the table export", (text) => {
    expect(neutralizeCell(text)).toBe(`'${text}`);
    const sheet = toSheet(
      {
        columns: [{ id: "township", header: "乡镇" }],
        rows: [{ cells: [text], approx: [null], basis: [null] }],
      },
      { fictional: false },
    );
    expect(sheet.rows[0]?.[0]).toBe(`'${text}`);
    expect(Papa.parse<string[]>(sheetToCsv(sheet)).data.flat()).toContain(`'${text}`);
  });

  it.each(["＝1+1", "＋1", "－1", "＠SUM(A1)"])("%s in the data set CSV (npm run extract)", (text) => {
    const [r] = fixtureReports;
    const csv = toIndicatorsCsv([{ ...(r as StoredReport), township: text }]);
    expect(csv).toContain(`'${text}`);
  });

  it("ordinary text and numbers pass unchanged", () => {
    expect(neutralizeCell("青石镇＝")).toBe("青石镇＝");
    expect(neutralizeCell(-3)).toBe(-3);
  });
});

describe("a report id with ~ can be deep-linked", () => {
  const id = "2023-示例~县-青~石镇";
  it.each<EvidenceTarget>([
    { kind: "figure", reportId: id, indicator: "disputes_handled" },
    { kind: "shortcoming", reportId: id, index: 2 },
    { kind: "report", reportId: id },
    { kind: "keys", reportId: id },
    { kind: "no_report", township: "青~石镇", year: 2023 },
  ])("$kind", (evidence) => {
    expect(fromHash(toHash({ ...configFromHash(""), evidence })).evidence).toEqual(evidence);
  });
});

describe("an error record with no year", () => {
  it("reads 年份不详, not 年份不详年", () => {
    const report: StoredReport = {
      id: "x.pdf",
      file: "x.pdf",
      township: "青石镇",
      county: null,
      year: null,
      indicators: [],
      shortcomings: [],
      missing: [],
      error: "读不出",
      text: "",
    };
    const heading = resolveEvidence({ kind: "report", reportId: "x.pdf" }, report, "青石镇").heading;
    expect(heading).toContain("年份不详");
    expect(heading).not.toContain("年份不详年");
  });
});

describe("the county in the PPTX document properties", () => {
  const PNG_1X1 =
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
  const county = `<Company>x</Company>&amp;"县'`;

  it("is escaped: every XML part is well-formed and Company reads back as the county", async () => {
    const reports = fixtureReports.map((r) => ({ ...r, county }));
    const model = buildDeckModel({ reports, county, year: 2024, fictional: false, date: "2025-01-15" });
    const zip = await JSZip.loadAsync(await deckToPptx(model, async () => PNG_1X1));
    const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
    expect(parts).toContain("docProps/app.xml");
    for (const name of parts) {
      const xml = await zip.file(name)!.async("string");
      expect(xmlError(xml), name).toBeNull();
    }
    const app = await zip.file("docProps/app.xml")!.async("string");
    expect(elementText(app, "Company")).toBe(county);
  });
});

describe("ECharts markup in a township name is shown as text", () => {
  it.each(["{a|x}镇", "{@[0]}镇", "{b}{c}镇", "{a}镇"])("the trend end label of %s", (name) => {
    const reports = [2022, 2023].map((year) =>
      buildReport({
        township: name,
        county: "县",
        year,
        body: [{ id: "disputes_handled", phrase: `调处纠纷${year - 2000}起`, value: year - 2000 }],
      }),
    );
    const vm = trendsOf(scopeOf(reports, null), {
      indicator: "disputes_handled",
      townships: null,
      years: null,
      mode: "absolute",
      highlight: null,
    });
    const key = vm.series[0]?.key ?? "";
    const option = trendsOption({ ...vm, highlight: key });
    option.animation = false;
    option.legend = { show: false };
    const chart = echarts.init(null, undefined, { renderer: "svg", ssr: true, width: 500, height: 300 });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
      (m[1] ?? "")
        .replace(/&amp;/g, "&")
        .replace(/&#123;/g, "{")
        .replace(/&#125;/g, "}"),
    );
    expect(texts).toContain(name);
  });
});
