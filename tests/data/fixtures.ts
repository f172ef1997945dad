import type { RecordIndex } from "../../src/data";
import { mapTextStore } from "../../src/data/loader";
import type { ReportRecord, StoredReport } from "../../src/domain";
import { createDashStore } from "../../src/store";

const TEXT = "（虚构示例数据，仅供演示）\n示例县青石镇2023年法治政府建设情况报告\n全年调处矛盾纠纷70余起，已全部化解。普法形式单一。";

export function report(overrides: Partial<StoredReport> = {}): StoredReport {
  const ev = "调处矛盾纠纷70余起";
  const start = TEXT.indexOf(ev);
  const sc = "普法形式单一。";
  const scStart = TEXT.indexOf(sc);
  return {
    id: "2023-示例县-青石镇",
    file: "2023-qingshi.txt",
    township: "青石镇",
    county: "示例县",
    year: 2023,
    indicators: [
      {
        id: "disputes_handled",
        value: 70,
        unit: "起",
        approx: "at_least",
        basis: "stated",
        rule: "disputes.count",
        evidence: { start, end: start + ev.length, text: ev },
      },
    ],
    shortcomings: [{ category: "publicity_form", text: sc, start: scStart, end: scStart + sc.length }],
    missing: ["legal_advisor_coverage_pct", "publicity_events"],
    text: TEXT,
    ...overrides,
  };
}

export function datasetJson(reports: unknown[] = [report()], extra: Record<string, unknown> = {}) {
  return { schemaVersion: 1, dataset: "test", label: "测试", fictional: false, reports, ...extra };
}

/** A store holding one data set ("p", a province) of these records and their index. */
export function provinceStore(reports: ReportRecord[], index: RecordIndex) {
  const store = createDashStore({ dataset: "p" });
  store.getState().datasetLoaded({
    id: "p",
    label: "省",
    fictional: true,
    reports,
    texts: mapTextStore(new Map()),
    index,
  });
  return store;
}
