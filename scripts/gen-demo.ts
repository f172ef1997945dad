// npm run demo: regenerates the fictional county 示例县 (data/demo/) and reports how much of the
// generator's truth the current extractor recovers. Deterministic: same code, same bytes.
//
//   npm run demo [-- --out DIR] [--verbose]
import { generateDemo } from "./demo/generate";
import { describeRecovery, scoreRecovery } from "./demo/score";

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const outDir = outAt >= 0 ? (args[outAt + 1] ?? "data/demo") : "data/demo";

const { truth, dataset, absent } = await generateDemo(outDir, (m) => process.stderr.write(`${m}\n`));
const score = scoreRecovery(truth.cases, dataset.reports);
console.log(
  `示例县（虚构）: ${truth.cases.length} reports written to ${outDir}/reports, ${absent.length} township-years without a report (${absent.join(", ")})`,
);
console.log(`extractor on the demo: ${describeRecovery(score)}`);
if (args.includes("--verbose")) for (const m of score.misses) console.log(`  ${m}`);
