// The CLI end to end, as CONTRACT.md §4 and the shared scorer call it: a child process, stdout
// parsed as one JSON document.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetLabel, parseArgs } from "../../src/cli/args";
import { encodeGb18030 } from "../io/gb18030";

const TSX = join("node_modules", ".bin", "tsx");
const CLI = "src/cli/extract.ts";
const SAMPLE = "data/reports/2022-wanzhou-xinxiang.txt";
const SAMPLE2 = "data/reports/2023-chengkou-xianyi.txt";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-"));
  writeFileSync(join(dir, "scan.pdf"), Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
  writeFileSync(join(dir, "gbk.txt"), encodeGb18030(readFileSync(SAMPLE, "utf8")));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(TSX, [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("extract --json FILE...", () => {
  let first: ReturnType<typeof run>;
  beforeAll(() => {
    first = run([
      "--json",
      SAMPLE,
      join(dir, "scan.pdf"),
      join(dir, "nope.txt"),
      join(dir, "gbk.txt"),
      SAMPLE2,
    ]);
  }, 60_000);

  it("exits 0 and prints one JSON document and nothing else", () => {
    expect(first.status).toBe(0);
    const doc = JSON.parse(first.stdout);
    expect(Object.keys(doc)).toEqual(["reports"]);
    expect(doc.reports).toHaveLength(5);
  });

  it("gives one record per file in the order given, an error record for each bad file", () => {
    const { reports } = JSON.parse(first.stdout);
    expect(reports.map((r: { file: string }) => r.file)).toEqual([
      SAMPLE,
      join(dir, "scan.pdf"),
      join(dir, "nope.txt"),
      join(dir, "gbk.txt"),
      SAMPLE2,
    ]);
    expect(reports[1]).toMatchObject({
      error: "《scan.pdf》：PDF 文件已损坏或无法解析，请提供文字版或 .docx",
      indicators: [],
    });
    expect(reports[2]).toMatchObject({ error: "《nope.txt》：找不到文件", indicators: [] });
    for (const i of [0, 3, 4]) expect(reports[i]).not.toHaveProperty("error");
  });

  it("prints the contract record, without the long text, with its division from the national list", () => {
    const { reports } = JSON.parse(first.stdout);
    expect(Object.keys(reports[0])).toEqual([
      "id",
      "file",
      "township",
      "county",
      "year",
      "indicators",
      "shortcomings",
      "missing",
      "division",
    ]);
    expect(reports[0].division).toMatchObject({
      countyCode: expect.stringMatching(/^\d{6}$/),
      basis: "stated",
    });
  });

  it("reads a GB18030 copy of a sample to the same record as the UTF-8 original", () => {
    const { reports } = JSON.parse(first.stdout);
    const strip = ({ file: _f, id: _i, ...rest }: Record<string, unknown>) => rest;
    expect(strip(reports[3])).toEqual(strip(reports[0]));
  });

  it("is byte-identical when run again", () => {
    const again = run([
      "--json",
      SAMPLE,
      join(dir, "scan.pdf"),
      join(dir, "nope.txt"),
      join(dir, "gbk.txt"),
      SAMPLE2,
    ]);
    expect(again.stdout).toBe(first.stdout);
  }, 60_000);

  it("answers through npm exactly as the contract writes it", () => {
    const stdout = execFileSync("npm", ["run", "--silent", "extract", "--", "--json", SAMPLE], {
      encoding: "utf8",
    });
    expect(JSON.parse(stdout).reports).toHaveLength(1);
  }, 60_000);
});

describe("extract without FILEs (a folder into a data set)", () => {
  it("writes reports.json and the two CSVs, byte-identical on a rerun and to the committed samples", () => {
    const out1 = join(dir, "out1");
    const out2 = join(dir, "out2");
    expect(run(["--in", "data/reports", "--out", out1]).status).toBe(0);
    expect(run(["--in", "data/reports", "--out", out2]).status).toBe(0);
    for (const name of ["reports.json", "indicators.csv", "shortcomings.csv"]) {
      const bytes = readFileSync(join(out1, name));
      expect(bytes.equals(readFileSync(join(out2, name))), name).toBe(true);
      expect(
        bytes.equals(readFileSync(join("data/extracted", name))),
        `data/extracted/${name} is stale: run npm run extract`,
      ).toBe(true);
    }
    const json = JSON.parse(readFileSync(join(out1, "reports.json"), "utf8"));
    expect(json).toMatchObject({ schemaVersion: 1, dataset: "samples", fictional: false });
    expect(json.reports).toHaveLength(5);
    expect(typeof json.reports[0].text).toBe("string");
  }, 60_000);

  it("keeps unreadable files as error records and names the data set as asked", () => {
    const out = join(dir, "out3");
    const r = run(["--in", dir, "--out", out, "--dataset", "mine", "--label", "我的", "--fictional"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("《scan.pdf》：PDF 文件已损坏或无法解析");
    const json = JSON.parse(readFileSync(join(out, "reports.json"), "utf8"));
    expect(json).toMatchObject({ dataset: "mine", label: "我的", fictional: true });
    expect(json.reports.map((x: { file: string; error?: string }) => [x.file, Boolean(x.error)])).toEqual([
      ["gbk.txt", false],
      ["scan.pdf", true],
    ]);
  }, 60_000);

  it("fails with a message when the folder does not exist", () => {
    const r = run(["--in", join(dir, "missing"), "--out", join(dir, "out4")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^提取失败：/);
    expect(r.stdout).toBe("");
  }, 60_000);
});

describe("parseArgs", () => {
  it("reads the flags", () => {
    expect(parseArgs(["--in", "a", "--out", "b", "--dataset", "demo", "--fictional"])).toMatchObject({
      inDir: "a",
      outDir: "b",
      dataset: "demo",
      fictional: true,
      files: [],
    });
  });

  it("takes everything after -- as files", () => {
    expect(parseArgs(["--json", "--", "--odd-name.txt"])).toMatchObject({
      json: true,
      files: ["--odd-name.txt"],
    });
  });

  it.each([
    [["--bogus"], /未知选项 --bogus/],
    [["--out"], /--out 需要一个值/],
    [["--in", "--json"], /--in 需要一个值/],
  ])("refuses %j", (argv, message) => {
    const r = parseArgs(argv);
    expect(typeof r).toBe("string");
    expect(r).toMatch(message);
  });
});

describe("datasetLabel", () => {
  it("gives the bundled data sets their labels, and --label wins", () => {
    expect(datasetLabel({ dataset: "demo", label: null })).toBe("示例县（虚构示例数据）");
    expect(datasetLabel({ dataset: "samples", label: null })).toBe("样例报告（公开文件）");
    expect(datasetLabel({ dataset: "demo", label: "某县" })).toBe("某县");
    expect(datasetLabel({ dataset: "某县2025", label: null })).toBe("某县2025");
  });

  // The name comes from the command line: a built-in key is only a name, never Object.prototype's.
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])(
    "labels a data set named %s with its name",
    (name) => {
      expect(datasetLabel({ dataset: name, label: null })).toBe(name);
    },
  );
});
