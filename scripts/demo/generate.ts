// Builds the demo data set: report texts, the generator's truth, and the extractor's output over
// those texts. Used by `npm run demo` (scripts/gen-demo.ts) and by the test that checks the
// committed files are what the generator and the current engine produce.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../../src/data";
import { extractDirectory } from "../../src/cli/dataset";
import { composeReport, type TruthCase } from "./compose";
import { COUNTY, TOWNSHIPS, YEARS } from "./townships";

export const DEMO_DATASET = { id: "demo", label: "示例县（虚构示例数据）", fictional: true } as const;

export interface TruthFile {
  about: string;
  county: string;
  cases: TruthCase[];
}

export interface DemoOutput {
  truth: TruthFile;
  dataset: Dataset;
  absent: string[];
}

/** Writes `outDir`/reports/*.txt, `outDir`/truth.json and `outDir`/extracted/{reports.json,*.csv}. */
export async function generateDemo(
  outDir: string,
  warn: (m: string) => void = () => {},
): Promise<DemoOutput> {
  const reportsDir = join(outDir, "reports");
  // The folder holds only generated files: clear it so a township dropped from the list disappears.
  rmSync(reportsDir, { recursive: true, force: true });
  mkdirSync(reportsDir, { recursive: true });

  const cases: TruthCase[] = [];
  const absent: string[] = [];
  for (const t of TOWNSHIPS) {
    for (const year of YEARS) {
      if (t.absentYears?.includes(year)) {
        absent.push(`${year}-${t.name}`);
        continue;
      }
      const report = composeReport(t, year);
      writeFileSync(join(reportsDir, report.fileName), report.text);
      cases.push(report.truth);
    }
  }
  cases.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const truth: TruthFile = {
    about:
      "虚构示例数据（示例县）的生成真值，格式同 ../shared/reports/gold.json：indicators 为生成器写入正文的数值，" +
      "shortcomings.required 为写入的问题类别，missing 为未写入的关键指标。由 npm run demo 生成，请勿手改。",
    county: COUNTY,
    cases,
  };
  writeFileSync(join(outDir, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`);

  const dataset = await extractDirectory({
    inDir: reportsDir,
    outDir: join(outDir, "extracted"),
    dataset: DEMO_DATASET.id,
    label: DEMO_DATASET.label,
    fictional: DEMO_DATASET.fictional,
    warn,
  });
  if (readdirSync(reportsDir).length !== cases.length)
    throw new Error("demo: report files and truth disagree");
  return { truth, dataset, absent };
}
