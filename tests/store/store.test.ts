import { describe, expect, it } from "vitest";
import {
  createDashStore,
  selectCompleteness,
  selectCounty,
  selectDataset,
  selectPickedTownships,
  selectReports,
  selectScope,
  selectTrends,
  selectYear,
  selectYears,
  startDatasetLoading,
  startUrlSync,
  type Dataset,
  type DatasetSource,
} from "../../src/store";
import { demoReports, sampleReports } from "../fixtures/dashboard";
import { splitTexts } from "../../src/data/loader";

const samples: Dataset = { id: "samples", label: "样本", ...splitTexts(sampleReports), fictional: false };
const demo: Dataset = { id: "demo", label: "示例县", ...splitTexts(demoReports), fictional: true };

function loaded(initial = {}) {
  const store = createDashStore(initial);
  store.getState().datasetLoaded(samples);
  store.getState().datasetLoaded(demo);
  return store;
}

describe("store", () => {
  it("selectors return the same object while inputs do not change (no render loops)", () => {
    const store = loaded({ dataset: "demo" });
    const a = selectTrends(store.getState());
    store.getState().evidenceClosed();
    expect(selectTrends(store.getState())).toBe(a);
    store.getState().indicatorChosen("publicity_events");
    expect(selectTrends(store.getState())).not.toBe(a);
  });

  it("resolves the focus year to the latest when none or an unknown one is chosen", () => {
    const store = loaded({ dataset: "demo" });
    expect(selectYear(store.getState())).toBe(2024);
    store.getState().yearChosen(2022);
    expect(selectYear(store.getState())).toBe(2022);
    store.getState().yearChosen(1999);
    expect(selectYear(store.getState())).toBe(2024);
  });

  it("switching data set drops choices tied to the old one", () => {
    const store = loaded({ dataset: "demo", county: "示例县", townships: ["示例县/城关镇"], year: 2021 });
    store.getState().datasetChosen("samples");
    const s = store.getState();
    expect([s.county, s.townships, s.year]).toEqual([null, null, null]);
    expect(selectReports(s)).toBe(samples.reports);
  });

  it("an unknown county in a link falls back to all counties", () => {
    const store = loaded({ county: "不存在县" });
    expect(selectCounty(store.getState())).toBeNull();
    expect(selectCompleteness(store.getState())?.townships).toHaveLength(5);
  });

  it("toggling townships keeps list order and returns to 'all' (null)", () => {
    const store = loaded({ dataset: "demo" });
    const all = ["a", "b", "c", "d", "e"];
    store.getState().townshipsChosen(["a"]);
    store.getState().townshipToggled("c", all);
    expect(store.getState().townships).toEqual(["a", "c"]);
    // Past half, the store (and the link) keeps the few left out instead.
    store.getState().townshipToggled("e", all);
    expect([store.getState().townships, store.getState().townshipsOmitted]).toEqual([null, ["b", "d"]]);
    store.getState().townshipToggled("b", all);
    store.getState().townshipToggled("d", all);
    expect([store.getState().townships, store.getState().townshipsOmitted]).toEqual([null, null]);
  });

  it("deselecting one township of all leaves it out, and the selector reads it back", () => {
    const store = loaded({ dataset: "demo" });
    const all = selectScope(store.getState()).townships.map((t) => t.key);
    const gone = all[1] as string;
    store.getState().townshipToggled(gone, all);
    expect(store.getState().townshipsOmitted).toEqual([gone]);
    expect(selectPickedTownships(store.getState())).toEqual(all.filter((k) => k !== gone));
    store.getState().datasetChosen("samples");
    expect(store.getState().townshipsOmitted).toBeNull();
  });

  it("picked townships unknown to the scope are ignored", () => {
    const store = loaded({ dataset: "demo", townships: ["示例县/城关镇", "nowhere/x"] });
    expect(selectPickedTownships(store.getState())).toEqual(["示例县/城关镇"]);
  });

  it("imported reports join the data set through the same selector", () => {
    const store = loaded({ dataset: "demo" });
    const extra = { ...demoReports[0]!, id: "2025-示例县-城关镇", year: 2025 };
    store.setState({ imported: { demo: [extra] } });
    expect(selectYears(store.getState())).toContain(2025);
    // One report in a new year does not make it the default year (resolveYear), but it can be chosen.
    expect(selectYear(store.getState())).not.toBe(2025);
    store.setState({ year: 2025 });
    expect(selectYear(store.getState())).toBe(2025);
  });
});

function fakeWindow(hash = "") {
  const listeners: Record<string, (() => void)[]> = {};
  const calls: string[] = [];
  const win = {
    location: { hash, pathname: "/", search: "" },
    history: {
      pushState: (_d: unknown, _t: string, u: string) => {
        calls.push(`push ${u}`);
        win.location.hash = u.startsWith("#") ? u : "";
      },
      replaceState: (_d: unknown, _t: string, u: string) => {
        calls.push(`replace ${u}`);
        win.location.hash = u.startsWith("#") ? u : "";
      },
    },
    addEventListener: (t: string, fn: () => void) => (listeners[t] ??= []).push(fn),
    removeEventListener: () => {},
    fire: (t: string) => listeners[t]?.forEach((f) => f()),
    calls,
  };
  return win;
}

describe("URL sync", () => {
  it("reads the hash at start, writes changes back, pushes on a view change", () => {
    const win = fakeWindow("#view=ranking&ds=demo&year=2023");
    const store = loaded();
    startUrlSync(store, win);
    expect([store.getState().view, store.getState().dataset, store.getState().year]).toEqual([
      "ranking",
      "demo",
      2023,
    ]);
    store.getState().indicatorChosen("publicity_events");
    store.getState().viewChosen("trends");
    expect(win.calls).toEqual([
      "replace #view=ranking&ds=demo&year=2023&indicator=publicity_events",
      "push #view=trends&ds=demo&year=2023&indicator=publicity_events",
    ]);
  });

  it("a dictionary focus lasts only as long as the link that asked for it", () => {
    const win = fakeWindow("#view=ranking&indicator=publicity_events");
    const store = loaded();
    startUrlSync(store, win);
    store.getState().viewChosen("dictionary", { focus: "legal_aid_cases" });
    expect(store.getState().focus).toBe("legal_aid_cases");
    // Reading a definition does not change what the charts show.
    expect(store.getState().indicator).toBe("publicity_events");
    store.getState().viewChosen("trends");
    store.getState().viewChosen("dictionary");
    expect(store.getState().focus).toBeNull();
    expect(win.calls).toEqual([
      "push #view=dictionary&indicator=publicity_events&focus=legal_aid_cases",
      "push #view=trends&indicator=publicity_events",
      "push #view=dictionary&indicator=publicity_events",
    ]);
  });

  it("a changed hash (back button, edited link) becomes the whole view config", () => {
    const win = fakeWindow("#view=ranking&year=2023");
    const store = loaded();
    startUrlSync(store, win);
    win.location.hash = "#view=completeness";
    win.fire("hashchange");
    expect([store.getState().view, store.getState().year]).toEqual(["completeness", null]);
  });
});

describe("data set loading", () => {
  it("loads the chosen data set once, and others when chosen", async () => {
    let loads = 0;
    const sources: DatasetSource[] = [
      { id: "samples", label: "", fictional: false, load: async () => (loads++, samples) },
      { id: "demo", label: "", fictional: true, load: async () => (loads++, demo) },
    ];
    const store = createDashStore();
    startDatasetLoading(store, sources);
    expect(store.getState().datasets.samples?.status).toBe("loading");
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().datasets.samples?.status).toBe("ready");
    store.getState().datasetChosen("demo");
    store.getState().datasetChosen("samples");
    store.getState().datasetChosen("demo");
    await new Promise((r) => setTimeout(r, 0));
    expect(loads).toBe(2);
  });

  it("the source's label names the data set everywhere, whatever the file calls itself", async () => {
    const sources: DatasetSource[] = [
      {
        id: "samples",
        label: "样本报告（5份真实报告）",
        fictional: false,
        load: async () => ({ ...samples, label: "样例报告（公开文件）" }),
      },
    ];
    const store = createDashStore();
    startDatasetLoading(store, sources);
    await new Promise((r) => setTimeout(r, 0));
    expect(selectDataset(store.getState())?.label).toBe("样本报告（5份真实报告）");
  });

  it("an unknown data set id falls back to the first source; a failure is recorded", async () => {
    const sources: DatasetSource[] = [
      { id: "samples", label: "", fictional: false, load: () => Promise.reject(new Error("坏文件")) },
    ];
    const store = createDashStore({ dataset: "gone" });
    startDatasetLoading(store, sources);
    expect(store.getState().dataset).toBe("samples");
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().datasets.samples).toEqual({ status: "error", reason: "坏文件" });
  });
});
