// Profiling aid for the extraction engine (not part of `npm run bench`): extracts the bench corpus
// (data/reports + data/demo/reports) with the national division list loaded, in a loop, so that
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/profile-extraction.ts [engine|bytes|joined] [seconds]
// writes a .cpuprofile to read with scripts/profile-read.ts (self and inclusive time per function).
// Add --no-turbo-inlining to node's flags for a profile whose inclusive times are true to the code
// (inlined callees otherwise count as their caller's own time); it runs slower, so compare shares.
// `joined` extracts the whole corpus as one text: what a report costs beyond its characters (its
// metadata, its shortcomings section, per-report set-up) shows as the difference between an
// `engine` profile and a `joined` one (profile-read.ts A.cpuprofile B.cpuprofile). Prints the rate
// (CPU time of this process) and CPU milliseconds per pass of the corpus.
import { cpuMs, extractionCorpus } from "../bench/extraction";
import { extractFileSync } from "../src/data/from-files";
import { extractReport } from "../src/extract";
import { readDivisions } from "../src/geo/node";

const mode = process.argv[2] === "bytes" || process.argv[2] === "joined" ? process.argv[2] : "engine";
const seconds = Number(process.argv[3] ?? 5);
const docs = extractionCorpus();
const divisions = readDivisions();
const joined = docs.map((d) => d.text).join("\n\n");
const pass =
  mode === "bytes"
    ? () => docs.forEach((d) => extractFileSync(d.bytes, d.name, { divisions }))
    : mode === "joined"
      ? () => extractReport(joined, "corpus.txt", { divisions })
      : () => docs.forEach((d) => extractReport(d.text, d.name, { divisions }));
for (let i = 0; i < 3; i++) pass();
const times: number[] = [];
const end = performance.now() + seconds * 1000;
while (performance.now() < end) {
  const t = cpuMs();
  pass();
  times.push(cpuMs() - t);
}
times.sort((a, b) => a - b);
const median = times[times.length >> 1] as number;
console.log(
  `${mode}: median ${((docs.length * 1000) / median).toFixed(0)} reports/s, ${median.toFixed(1)} ms CPU per pass ` +
    `of ${docs.length} reports, over ${times.length} passes`,
);
