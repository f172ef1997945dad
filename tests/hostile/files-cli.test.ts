// The CLI's per-file time limit (issue 10): files run in a Node worker thread through the page's
// own client, so a file over the limit is stopped (the thread terminated and replaced), reported as
// timed out by name, and the call still returns one record per file.
import { describe, expect, it } from "vitest";
import { extractPaths } from "../../src/cli/dataset";

describe("CLI time limit", () => {
  it("reports files that overrun the limit as timed out, one record each, and returns", async () => {
    const records = await extractPaths(
      [
        { path: "data/reports/2022-wanzhou-xinxiang.txt", name: "甲.txt" },
        { path: "data/reports/2023-chengkou-xianyi.txt", name: "乙.txt" },
      ],
      1,
    );
    expect(records.map((r) => [r.file, r.error])).toEqual([
      ["甲.txt", "《甲.txt》：处理超时（超过 1 毫秒），已跳过此文件"],
      ["乙.txt", "《乙.txt》：处理超时（超过 1 毫秒），已跳过此文件"],
    ]);
  }, 120_000);

  it("reads the same files within a normal limit", async () => {
    const records = await extractPaths([{ path: "data/reports/2023-chengkou-xianyi.txt", name: "乙.txt" }]);
    expect(records[0]).toMatchObject({ file: "乙.txt", township: "咸宜镇" });
    expect(records[0]).not.toHaveProperty("error");
  }, 120_000);
});
