import * as pinyinPro from "pinyin-pro";
import { describe, expect, it } from "vitest";
import {
  completenessOf,
  formatChange,
  formatFigure,
  joinLayers,
  matchesTownship,
  median,
  needsPinyin,
  overviewOf,
  rankingOf,
  relativeTo,
  scopeOf,
  segmentText,
  shortcomingsOf,
  statusOf,
  townshipName,
  townshipsOf,
  trendsOf,
} from "../../src/derive";
import { buildReport, demoReports, EVIL_NAME, sampleReports } from "../fixtures/dashboard";

const demo = scopeOf(demoReports, "示例县");
const samples = scopeOf(sampleReports, null);
const key = (name: string) => `示例县/${name}`;

describe("scope", () => {
  it("keys townships by county and name, and disambiguates shared names", () => {
    const a = buildReport({ township: "城关镇", county: "甲县", year: 2023, body: [] });
    const b = buildReport({ township: "城关镇", county: "乙县", year: 2023, body: [] });
    expect(townshipsOf([a, b]).map((t) => [t.key, t.label])).toEqual([
      ["甲县/城关镇", "城关镇（甲县）"],
      ["乙县/城关镇", "城关镇（乙县）"],
    ]);
  });
  it("shows a report that names no township as 乡镇不详（file）, each such report on its own", () => {
    const a = {
      ...buildReport({ township: "某镇", county: "甲县", year: 2023, body: [] }),
      township: null,
      file: "x/甲.txt",
    };
    const b = { ...a, file: "乙.docx" };
    expect(townshipName(a)).toBe("乡镇不详（甲.txt）");
    expect(townshipsOf([a, b]).map((t) => [t.key, t.label])).toEqual([
      ["甲县/?甲.txt", "乡镇不详（甲.txt）"],
      ["甲县/?乙.docx", "乡镇不详（乙.docx）"],
    ]);
  });
  it("collects years ascending and keeps undated reports apart", () => {
    const undated = buildReport({ township: "某镇", county: "示例县", year: null, body: [] });
    const s = scopeOf([...demoReports, undated], "示例县");
    expect(s.years).toEqual([2021, 2022, 2023, 2024]);
    expect(s.undated).toHaveLength(1);
    expect(s.reports.every((r) => r.year !== null)).toBe(true);
  });
  it("null county takes every county", () => {
    expect(samples.townships).toHaveLength(5);
    expect(samples.years).toEqual([2022, 2023, 2024]);
  });
});

describe("status", () => {
  it.each([
    ["stated", 2023, "disputes_handled", "stated"],
    ["zero", 2024, "disputes_handled", "zero"],
    ["absent", 2022, "disputes_handled", "absent"],
  ] as const)("%s", (_label, year, id, expected) => {
    expect(statusOf(demo.index.get(`${key("河口乡")}|${year}`), id)).toBe(expected);
  });
  it("no report, and an unreadable file", () => {
    expect(statusOf(undefined, "disputes_handled")).toBe("no_report");
    const bad = buildReport({ township: "坏镇", county: "x", year: 2023, body: [], error: "无法解码" });
    expect(statusOf(bad, "disputes_handled")).toBe("unreadable");
  });
});

describe("stats and format", () => {
  it("median of odd, even and empty", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it.each([
    [70, "起", "at_least", "70余起"],
    [2000, "人次", "about", "约2,000人次"],
    [93.4, "%", "exact", "93.4%"],
    [100, "%", "at_least", "100%以上"],
  ] as const)("formatFigure(%s, %s, %s) = %s", (v, u, a, out) => {
    expect(formatFigure(v, u, a)).toBe(out);
  });
  it("formats changes with a sign, percentages in points", () => {
    expect(formatChange(12, "起")).toBe("+12起");
    expect(formatChange(-3.5, "%")).toBe("−3.5个百分点");
  });
});

describe("trends", () => {
  const vm = trendsOf(demo, {
    indicator: "disputes_handled",
    townships: null,
    years: null,
    mode: "absolute",
    highlight: key("许疃镇"),
  });
  const xt = vm.series.find((s) => s.key === key("许疃镇"));
  it("a year without a report is a null gap, not 0", () => {
    expect(xt?.points.map((p) => p.value)).toEqual([30, null, 40, 45]);
    expect(xt?.points[1]?.status).toBe("no_report");
  });
  it("a report without the figure is a gap too; a stated zero is 0", () => {
    const hk = vm.series.find((s) => s.key === key("河口乡"));
    expect(hk?.points.map((p) => p.value)).toEqual([20, null, 26, 0]);
  });
  it("keeps approximation and the report id of each point", () => {
    expect(xt?.points[0]).toMatchObject({ approx: "at_least", reportId: "2021-示例县-许疃镇" });
  });
  it("median per year over every township in scope", () => {
    expect(vm.median).toEqual([30, 60, 33, 28.5]);
  });
  it("filters townships and years", () => {
    const f = trendsOf(demo, {
      indicator: "disputes_handled",
      townships: [key("城关镇")],
      years: [2022, 2023],
      mode: "absolute",
      highlight: "nope",
    });
    expect(f.years).toEqual([2022, 2023]);
    expect(f.series.map((s) => s.label)).toEqual(["城关镇"]);
    expect(f.highlight).toBeNull();
  });
  it("relative change against the first non-zero figure", () => {
    expect(relativeTo([null, 50, 60, null, 25])).toEqual([null, 0, 20, null, -50]);
    expect(relativeTo([0, 10])).toEqual([null, 0]);
    expect(relativeTo([null, null])).toEqual([null, null]);
  });
});

describe("ranking", () => {
  const vm = rankingOf(demo, "disputes_handled", 2024);
  it("sorts townships with a figure, highest first, with the change from the previous year", () => {
    expect(vm.bars.map((b) => [b.label, b.value, b.change])).toEqual([
      ["城关镇", 72, 17],
      ["许疃镇", 45, 5],
      [EVIL_NAME, 12, 2],
      ["河口乡", 0, -26],
    ]);
    expect(vm.prevYear).toBe(2023);
    expect(vm.median).toBe(28.5);
  });
  it("lists townships without a figure instead of drawing them as 0", () => {
    const r = rankingOf(demo, "dispute_resolution_pct", 2022);
    expect(r.missing.map((m) => [m.label, m.status])).toEqual([
      [EVIL_NAME, "no_report"],
      ["河口乡", "absent"],
      ["许疃镇", "no_report"],
    ]);
  });
});

describe("completeness", () => {
  it("marks 太平岭满族乡 as not stating legal_advisor_coverage_pct", () => {
    const vm = completenessOf(samples, 2023);
    const row = vm.townships.findIndex((t) => t.label === "太平岭满族乡");
    const cell = vm.byIndicator[row]?.find((c) => c.indicator === "legal_advisor_coverage_pct");
    expect(cell).toMatchObject({ status: "absent", reportId: "2023-庄河市-太平岭满族乡", value: null });
  });
  it("distinguishes no report from a report that omits figures, by year", () => {
    const vm = completenessOf(demo, 2024);
    const row = vm.byYear[vm.townships.findIndex((t) => t.label === "许疃镇")];
    expect(row?.map((c) => [c.year, c.status, c.stated])).toEqual([
      [2021, "absent", 3],
      [2022, "no_report", null],
      [2023, "absent", 3],
      [2024, "stated", 4],
    ]);
    expect(row?.[0]?.absent).toEqual(["dispute_resolution_pct"]);
  });
});

describe("shortcomings", () => {
  const vm = shortcomingsOf(demo);
  it("finds recurring categories (two or more years)", () => {
    expect(vm.recurring.map((r) => [r.label, r.category.id, r.years])).toEqual([
      ["城关镇", "publicity_form", [2021, 2022, 2024]],
      ["河口乡", "normative_docs", [2021, 2023]],
      ["许疃镇", "workforce", [2021, 2023]],
    ]);
    expect(vm.recurring[0]?.items.map((i) => i.text)).toEqual([
      "宣传形式单一。",
      "宣传载体单一。",
      "宣传覆盖面不够广。",
    ]);
  });
  it("counts townships per category and year", () => {
    const i = vm.categories.findIndex((c) => c.id === "publicity_form");
    expect(vm.countsByYear[i]).toEqual([1, 1, 0, 1]);
  });
  it("upTo limits the years considered", () => {
    expect(shortcomingsOf(demo, 2022).recurring.map((r) => r.category.id)).toEqual(["publicity_form"]);
  });
});

describe("overview", () => {
  it("counts reports, spreads and gaps for a year", () => {
    const vm = overviewOf(demo, 2022);
    expect([vm.received, vm.known, vm.noReport, vm.missingKeyWithReport]).toEqual([2, 4, 2, 1]);
    expect(vm.keyIndicators.find((k) => k.indicator.id === "publicity_events")?.spread).toEqual({
      n: 2,
      min: 9,
      max: 24,
      median: 16.5,
    });
    expect(vm.recurringPairs).toBe(1);
  });
});

describe("search", () => {
  it.each([
    ["许疃镇", "xt", true],
    ["许疃镇", "许疃", true],
    ["许疃镇", "XuTuan", true],
    ["太平岭满族乡", "tpl", true],
    ["许疃镇", "hk", false],
    ["许疃镇", "", true],
  ])("%s ~ %s → %s", (name, q, out) => {
    expect(matchesTownship(name, q, pinyinPro)).toBe(out);
  });
  it("without pinyin-pro (still loading) characters match and Latin letters wait for it", () => {
    expect(matchesTownship("许疃镇", "许疃")).toBe(true);
    expect(matchesTownship("许疃镇", "xt")).toBe(false);
    expect(needsPinyin("xt")).toBe(true);
    expect(needsPinyin("许疃")).toBe(false);
  });
});

describe("segmentText", () => {
  it("splits around the primary span and sources, primary wins on overlap", () => {
    expect(
      segmentText("abcdefgh", [
        { start: 2, end: 4, kind: "primary" },
        { start: 3, end: 6, kind: "source" },
      ]),
    ).toEqual([
      { text: "ab", kind: null },
      { text: "cd", kind: "primary" },
      { text: "ef", kind: "source" },
      { text: "gh", kind: null },
    ]);
  });
  it("clamps spans outside the text", () => {
    expect(segmentText("abc", [{ start: 2, end: 99, kind: "primary" }])).toEqual([
      { text: "ab", kind: null },
      { text: "c", kind: "primary" },
    ]);
    expect(segmentText("", [])).toEqual([]);
  });
});

describe("layers", () => {
  it("an imported report replaces the bundled one with the same id and adds new ones", () => {
    const base = demoReports.slice(0, 2);
    const replaced = { ...base[0]!, township: "改" };
    const extra = buildReport({ township: "新镇", county: "示例县", year: 2024, body: [] });
    const out = joinLayers(base, [replaced, extra]);
    expect(out.map((r) => r.township)).toEqual(["改", "城关镇", "新镇"]);
    expect(joinLayers(base, [])).toBe(base);
  });
});

describe("overview tiles name their extremes", () => {
  it("max and min figures carry the report to open", () => {
    const tile = overviewOf(demo, 2024).keyIndicators.find((k) => k.indicator.id === "disputes_handled");
    expect(tile?.max).toEqual({
      township: "城关镇",
      reportId: "2024-示例县-城关镇",
      value: 72,
      approx: "exact",
    });
    expect(tile?.min).toMatchObject({ township: "河口乡", value: 0 });
  });
});
