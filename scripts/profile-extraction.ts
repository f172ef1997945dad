// Profiling aid for the extraction engine (not part of `npm run bench`): extracts the bench corpus
// (data/reports + data/demo/reports) with the national division list loaded, in a loop, so that
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/profile-extraction.ts [engine|bytes] [seconds]
// writes a .cpuprofile to read (top self time). Prints reports per second (CPU time of this process).
import { cpuMs, extractionCorpus } from "../bench/extraction";
import { extractFileSync } from "../src/data/from-files";
import { extractReport } from "../src/extract";
import { readDivisions } from "../src/geo/node";

const mode = process.argv[2] === "bytes" ? "bytes" : "engine";
const seconds = Number(process.argv[3] ?? 5);
const docs = extractionCorpus();
const divisions = readDivisions();
const once =
  mode === "bytes"
    ? (d: (typeof docs)[number]) => extractFileSync(d.bytes, d.name, { divisions })
    : (d: (typeof docs)[number]) => extractReport(d.text, d.name, { divisions });
for (let i = 0; i < 3; i++) for (const d of docs) once(d);
const rates: number[] = [];
const end = performance.now() + seconds * 1000;
while (performance.now() < end) {
  const t = cpuMs();
  for (const d of docs) once(d);
  rates.push((docs.length * 1000) / (cpuMs() - t));
}
rates.sort((a, b) => a - b);
console.log(
  `${mode}: median ${rates[rates.length >> 1]?.toFixed(0)}/s over ${rates.length} passes of ${docs.length}`,
);
