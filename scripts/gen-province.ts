// Writes a generated province data set (fictional figures; benchmarks and scale tests only).
//   npx tsx scripts/gen-province.ts [--townships 2000] [--years 5] [--out province.json]
import { writeFileSync } from "node:fs";
import { generateProvince } from "./province/generate";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const townships = Number(opt("--townships", "2000"));
const years = Array.from({ length: Number(opt("--years", "5")) }, (_, i) => 2020 + i);
const out = opt("--out", "province.json");
const file = generateProvince({ townships, years });
writeFileSync(out, JSON.stringify(file));
console.log(`${file.reports.length} reports (${townships} townships × ${years.length} years) → ${out}`);
