// Reads a V8 .cpuprofile (node --cpu-prof, or scripts/profile-worker.ts) as two tables: self time
// and inclusive time per function (name and source file), as shares of the samples under `root`
// (default extractReport, the engine's entrance). With a second profile, each row shows both and
// the difference, each scaled to the CPU milliseconds per pass the profiling run printed:
//   npx tsx scripts/profile-read.ts A [msA] [B msB] [--root NAME] [--top N]
// where A and B are .cpuprofile files or the folders node --cpu-prof-dir wrote them to.
// e.g. per-report costs: A from `profile-extraction.ts engine`, B from `profile-extraction.ts joined`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Profile, ProfileNode } from "./cpuprofile";

interface Table {
  self: Map<string, number>;
  inclusive: Map<string, number>;
  samples: number;
}

const label = (n: ProfileNode): string => {
  const { functionName, url } = n.callFrame;
  const file = url.replace(/^.*?\/(src|bench|scripts|node_modules)\//, "$1/").replace(/^file:\/\//, "");
  return `${functionName || "(anonymous)"} ${file}`.trim();
};

/** Samples per function under the first frame named `root` (all samples if root is ""). */
export function tabulate(profile: Profile, root: string): Table {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hits = new Map<number, number>();
  for (const s of profile.samples ?? []) hits.set(s, (hits.get(s) ?? 0) + 1);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let samples = 0;
  for (const [id, count] of hits) {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    if (root && !stack.some((n) => n.callFrame.functionName === root)) continue;
    samples += count;
    const own = label(stack[0]!);
    self.set(own, (self.get(own) ?? 0) + count);
    // A recursive function counts once per sample.
    for (const key of new Set(stack.map(label))) inclusive.set(key, (inclusive.get(key) ?? 0) + count);
  }
  return { self, inclusive, samples };
}

function print(
  title: string,
  a: Map<string, number>,
  scaleA: number,
  top: number,
  b?: Map<string, number>,
  scaleB = 0,
) {
  console.log(`\n${title}`);
  const rows = [...new Set([...a.keys(), ...(b?.keys() ?? [])])].map((k) => {
    const x = (a.get(k) ?? 0) * scaleA;
    const y = (b?.get(k) ?? 0) * scaleB;
    return { k, x, y, d: x - y };
  });
  rows.sort((r, s) => (b ? s.d - r.d : s.x - r.x));
  for (const r of rows.slice(0, top))
    console.log(
      b
        ? `${r.x.toFixed(2).padStart(8)} ${r.y.toFixed(2).padStart(8)} ${r.d.toFixed(2).padStart(8)}  ${r.k}`
        : `${r.x.toFixed(1).padStart(6)}%  ${r.k}`,
    );
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1] ?? fallback;
  args.splice(i, 2);
  return value;
};
const root = option("--root", "extractReport");
const top = Number(option("--top", "40"));
const [fileA, msA, fileB, msB] = args;
if (!fileA)
  throw new Error("usage: profile-read.ts A.cpuprofile [msA] [B.cpuprofile msB] [--root NAME] [--top N]");
/** A profile file, or the largest in a folder (node --cpu-prof also writes tsx's loader thread's). */
function profilePath(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => join(path, f));
  const largest = files.sort((x, y) => statSync(y).size - statSync(x).size)[0];
  if (!largest) throw new Error(`no .cpuprofile in ${path}`);
  return largest;
}
const read = (f: string) => tabulate(JSON.parse(readFileSync(profilePath(f), "utf8")) as Profile, root);
const a = read(fileA);
if (!fileB) {
  console.log(`${a.samples} samples under ${root || "(all)"}; shares of them:`);
  print("SELF", a.self, 100 / a.samples, top);
  print("INCLUSIVE", a.inclusive, 100 / a.samples, top);
} else {
  const b = read(fileB);
  const sa = Number(msA) / a.samples;
  const sb = Number(msB) / b.samples;
  console.log(`ms CPU per pass: A ${msA}, B ${msB}; columns A, B, A − B, largest difference first`);
  print("SELF", a.self, sa, top, b.self, sb);
  print("INCLUSIVE", a.inclusive, sa, top, b.inclusive, sb);
}
