// Extraction in the browser Worker for `npm run bench`: the corpus (served by the bench as JSON of
// base64 files) goes through the app's own Worker client; window.__bench(seconds) answers reports/s.
import { extractFiles } from "../../src/workers/client";
import type { InputFile } from "../../src/workers/protocol";

const decode = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

declare global {
  interface Window {
    __bench?: (seconds: number) => Promise<number>;
  }
}

window.__bench = async (seconds) => {
  const corpus = (await (await fetch("/corpus.json")).json()) as { name: string; b64: string }[];
  const files: InputFile[] = corpus.map((c) => ({ name: c.name, bytes: decode(c.b64) }));
  await extractFiles(files); // warm-up (and the Worker's own start)
  // One call over the corpus repeated until it lasts about `seconds` (one Worker, one core).
  const probe = performance.now();
  await extractFiles(files);
  const perPass = Math.max(1, performance.now() - probe);
  const passes = Math.max(1, Math.round((seconds * 1000) / perPass));
  const all = Array.from({ length: passes }, () => files).flat();
  const start = performance.now();
  await extractFiles(all);
  return (all.length * 1000) / (performance.now() - start);
};
