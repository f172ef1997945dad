// Extraction in the browser Worker for `npm run bench`: the corpus (served by the bench as JSON of
// base64 files) goes through the app's own Worker client; window.__bench(seconds) answers reports/s
// (the median over passes of the corpus within one long batch); window.__batch(passes) runs one
// batch of the corpus repeated and answers the number of files (scripts/profile-worker.ts).
import { extractFiles } from "../../src/workers/client";
import type { InputFile } from "../../src/workers/protocol";

const decode = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

declare global {
  interface Window {
    __bench?: (seconds: number) => Promise<number>;
    __batch?: (passes: number) => Promise<number>;
  }
}

async function corpusFiles(): Promise<InputFile[]> {
  const corpus = (await (await fetch("/corpus.json")).json()) as { name: string; b64: string }[];
  return corpus.map((c) => ({ name: c.name, bytes: decode(c.b64) }));
}

window.__batch = async (passes) => {
  const files = await corpusFiles();
  return (await extractFiles(Array.from({ length: passes }, () => files).flat())).length;
};

window.__bench = async (seconds) => {
  const files = await corpusFiles();
  await extractFiles(files); // warm-up: the Worker's start (the app keeps its Worker between imports)
  // One call over the corpus repeated until it lasts about `seconds` (one Worker, one core), as an
  // import of many files runs. Its rate is the median over its passes of the corpus, timed by when
  // each pass's last answer reaches the page: steady on a shared machine, and every pass still
  // includes all the work (reading, extraction, the key, posting the record back).
  const probe = performance.now();
  await extractFiles(files);
  const perPass = Math.max(1, performance.now() - probe);
  const passes = Math.max(5, Math.round((seconds * 1000) / perPass));
  const all = Array.from({ length: passes }, () => files).flat();
  const ends: number[] = [];
  const start = performance.now();
  await extractFiles(all, {
    onOutcome: (_o, i) => {
      if ((i + 1) % files.length === 0) ends.push(performance.now());
    },
  });
  const rates = ends.map((t, i) => (files.length * 1000) / (t - (i === 0 ? start : (ends[i - 1] as number))));
  rates.sort((a, b) => a - b);
  return rates[rates.length >> 1] as number;
};
