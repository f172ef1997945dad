// The extractor's command line (CONTRACT.md §4). Run with tsx:
//
//   npm run --silent extract -- --json FILE...   one JSON document { "reports": [...] } on stdout
//   npm run extract -- --explain FILE...          what every parser proposed and every refiner did
//   npm run extract                               data/reports/ → data/extracted/{reports.json,*.csv}
//   npm run extract -- --in DIR --out DIR --dataset NAME [--label TEXT] [--fictional]
//
// With FILEs, stdout carries the JSON and nothing else; messages go to stderr.
import { toContractRecord } from "../data";
import { datasetLabel, parseArgs, USAGE } from "./args";
import { extractDirectory, extractPaths } from "./dataset";
import { explainFiles } from "./explain";

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    process.stderr.write(`${args}\n`);
    process.exitCode = args === USAGE ? 0 : 2;
    return;
  }
  if (args.explain) {
    process.stdout.write(`${(await explainFiles(args.files)).join("\n")}\n`);
    return;
  }
  if (args.files.length > 0 || args.json) {
    const records = await extractPaths(
      args.files.map((f) => ({ path: f, name: f })),
      args.timeLimitMs,
    );
    const reports = records.map(toContractRecord);
    process.stdout.write(`${JSON.stringify({ reports }, null, 2)}\n`);
    return;
  }
  try {
    const dataset = await extractDirectory({
      inDir: args.inDir,
      outDir: args.outDir,
      dataset: args.dataset,
      label: datasetLabel(args),
      fictional: args.fictional,
      timeLimitMs: args.timeLimitMs,
      warn: (m) => process.stderr.write(`${m}\n`),
    });
    const failed = dataset.reports.filter((r) => r.error).length;
    process.stderr.write(
      `已提取 ${dataset.reports.length - failed} 份报告` +
        (failed ? `，${failed} 份无法读取` : "") +
        ` → ${args.outDir}/reports.json、indicators.csv、shortcomings.csv\n`,
    );
  } catch (e) {
    process.stderr.write(`提取失败：${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}

void main();
