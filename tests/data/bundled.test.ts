import { describe, expect, it } from "vitest";
import { loadDemo, loadSamples } from "../../src/data/bundled";

describe("bundled data sets", () => {
  it("loads the samples synchronously: five real reports, not fictional", () => {
    const r = loadSamples();
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.data).toMatchObject({ id: "samples", fictional: false });
      expect(r.data.reports).toHaveLength(5);
    }
  });

  it("loads the demo county lazily, marked fictional", async () => {
    const r = await loadDemo();
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.data).toMatchObject({ id: "demo", fictional: true });
      expect(r.data.reports.length).toBeGreaterThanOrEqual(40);
      expect(r.data.reports.every((x) => x.text.startsWith("（虚构示例数据"))).toBe(true);
    }
  });
});
