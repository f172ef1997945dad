// Profiling aid for the extraction Worker (not part of `npm run bench`): builds the bench pages,
// runs the bench's worker page (the app's own client and Worker) in headless Chromium, and writes
// a CPU profile of the Worker (through CDP: the page's session attaches to its Worker) and of the
// page, then prints each thread's CPU time per file from a trace ("RunTask" thread durations), which
// a loaded machine disturbs far less than wall-clock rates, beside Node's bytes → record alone.
//   npx tsx scripts/profile-worker.ts [passes=20] [out=/tmp/profile-worker]
// Read a .cpuprofile with Chromium's DevTools or `node --cpu-prof`'s usual tools.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type CDPSession } from "@playwright/test";
import { cpuMs, extractionCorpus } from "../bench/extraction";
import { extractFileSync } from "../src/data/from-files";
import { readDivisions } from "../src/geo/node";
import { buildBenchPages } from "../bench/pages/build";
import { threadCpuMs, type Trace } from "../bench/browser";
import { serve } from "../bench/server";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";

const passes = Number(process.argv[2] ?? 20);
const out = resolve(process.argv[3] ?? "/tmp/profile-worker");
mkdirSync(out, { recursive: true });
const dist = join(out, "pages");
await buildBenchPages(dist);
const docs = extractionCorpus();
const corpus = JSON.stringify(
  docs.map((d) => ({ name: d.name, b64: Buffer.from(d.bytes).toString("base64") })),
);
const PORT = 4199;
const server = await serve(PORT, [{ prefix: "/", dir: dist }], new Map([["/corpus.json", corpus]]));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

/** CDP commands to the page's Worker, through the page's session (Target.sendMessageToTarget). */
function workerChannel(cdp: CDPSession) {
  let id = 0;
  let session: string | null = null;
  const pending = new Map<number, (result: unknown) => void>();
  cdp.on("Target.attachedToTarget", (e) => {
    if (e.targetInfo.type !== "worker") return;
    session = e.sessionId;
    void send("Profiler.enable")
      .then(() => send("Profiler.start"))
      .then(() => send("Runtime.runIfWaitingForDebugger"));
  });
  cdp.on("Target.receivedMessageFromTarget", (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (m.id !== undefined) pending.get(m.id)?.(m.result);
  });
  function send(method: string): Promise<unknown> {
    const mid = ++id;
    return new Promise((done) => {
      pending.set(mid, done);
      void cdp.send("Target.sendMessageToTarget", {
        sessionId: session ?? "",
        message: JSON.stringify({ id: mid, method }),
      });
    });
  }
  return { send };
}

try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  const worker = workerChannel(cdp);
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  await page.goto(`http://127.0.0.1:${PORT}/worker.html`);
  await page.waitForFunction(() => "__bench" in window);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.start");
  const rate = await page.evaluate(
    (s) => (window as unknown as { __bench(s: number): Promise<number> }).__bench(s),
    3,
  );
  const pageProfile = await cdp.send("Profiler.stop");
  const workerProfile = (await worker.send("Profiler.stop")) as { profile: unknown };
  writeFileSync(join(out, "page.cpuprofile"), JSON.stringify(pageProfile.profile));
  writeFileSync(join(out, "worker.cpuprofile"), JSON.stringify(workerProfile.profile));
  console.log(`wall-clock rate ${rate.toFixed(0)}/s; profiles in ${out}`);

  // Thread CPU per file over one more batch (the same Worker: the client keeps it between batches).
  await browser.startTracing(page, { categories: ["toplevel", "disabled-by-default-devtools.timeline"] });
  const files = await page.evaluate(
    (p) => (window as unknown as { __batch(p: number): Promise<number> }).__batch(p),
    passes,
  );
  const cpu = threadCpuMs(JSON.parse((await browser.stopTracing()).toString()) as Trace);
  for (const [thread, ms] of [...cpu].sort((a, b) => b[1] - a[1]).slice(0, 4))
    console.log(`${thread}: ${((ms * 1000) / files).toFixed(0)} µs CPU per file (${files} files)`);
  // For comparison, in this Node process: bytes → record alone (no key, no messages), CPU per file.
  const divisions = readDivisions();
  let n = 0;
  for (const warm = cpuMs(); cpuMs() - warm < 2000;)
    for (const d of docs) extractFileSync(d.bytes, d.name, { divisions });
  const t = cpuMs();
  while (cpuMs() - t < 2000)
    for (const d of docs) n += extractFileSync(d.bytes, d.name, { divisions }) ? 1 : 0;
  console.log(`Node, bytes → record alone: ${(((cpuMs() - t) * 1000) / n).toFixed(0)} µs CPU per file`);
} finally {
  await browser.close();
  server.close();
}
