// Shared pieces of the hostile browser tests: a trap that records any script a report's text
// manages to run, a listener for Content-Security-Policy violations, the demo data set rewritten
// with hostile names and texts (served in place of the demo chunk, so the app loads it as it would
// any data set), and the download helpers the export checks use.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import type { StoredReport } from "../../src/domain";

/** Markup, script and ECharts template/rich text, each short enough to pass the 40-character cap. */
export const HOSTILE = {
  img: '<img src=x onerror="__pwned=1">镇',
  script: "<script>__pwned=2</script>镇",
  js: "javascript:__pwned=3//镇",
  markup: "{a|x}{@[0]}{b}镇",
  county: `示例<b>县</b>&'"`,
} as const;

const RENAME: Record<string, string> = {
  白鹭镇: HOSTILE.img,
  金沙镇: HOSTILE.script,
  柳溪乡: HOSTILE.js,
  龙泉镇: HOSTILE.markup,
};
/** Townships named like built-in object keys: the data boundary leaves these records out. */
export const RESERVED: Record<string, string> = { 青石镇: "__proto__", 石门镇: "constructor" };
const TEXT_TAIL =
  '\n<script>__pwned=5</script><img src=x onerror="__pwned=6"><a href="javascript:__pwned=7">x</a>';
const ITEM = '<img src=x onerror="__pwned=8">{a|x}{@[0]}问题';

export async function hostileDemo(): Promise<{ reports: StoredReport[] } & Record<string, unknown>> {
  const demo = JSON.parse(await readFile("data/demo/extracted/reports.json", "utf8")) as {
    reports: StoredReport[];
  };
  const reports = demo.reports.map((r) => {
    const was = r.township ?? "";
    const township = RENAME[was] ?? RESERVED[was] ?? r.township;
    return {
      ...r,
      id: r.id.replace(was, township ?? "").replace("示例县", HOSTILE.county),
      file: was in RENAME ? `${township}.txt` : r.file,
      township,
      county: HOSTILE.county,
      // Appended, so every evidence offset still points at the same text.
      text: r.text + TEXT_TAIL,
      shortcomings: r.shortcomings.map((s, i) => (i === 0 ? { ...s, text: ITEM } : s)),
    };
  });
  return { ...demo, reports };
}

/**
 * Serves `data` in place of the demo data set: its records file (fetched by the page or a Worker,
 * hence a route on the context) and its texts file, split as the build splits them.
 */
export async function serveAsDemo(page: Page, data: { reports: StoredReport[] } & Record<string, unknown>) {
  const texts = Object.fromEntries(data.reports.map((r) => [r.id, r.text]));
  const records = { ...data, reports: data.reports.map(({ text: _text, ...r }) => r) };
  await page
    .context()
    .route(/\/assets\/demo\.records-[\w-]+\.json$/, (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify(records) }),
    );
  await page
    .context()
    .route(/\/assets\/demo\.texts-[\w-]+\.json$/, (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify(texts) }),
    );
}

/**
 * Before any page script: window.__pwned (and alert/confirm/prompt) record instead of acting, and
 * CSP violations are collected. Read both with `trapped(page)`.
 */
export async function installTraps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __hits: string[]; __csp: string[] };
    w.__hits = [];
    w.__csp = [];
    Object.defineProperty(window, "__pwned", {
      configurable: false,
      get: () => undefined,
      set: (v: unknown) => void w.__hits.push(`__pwned=${String(v)}`),
    });
    for (const f of ["alert", "confirm", "prompt"] as const)
      (window as unknown as Record<string, unknown>)[f] = (m: unknown) =>
        void w.__hits.push(`${f}(${String(m)})`);
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

export async function trapped(page: Page): Promise<{ hits: string[]; csp: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __hits: string[]; __csp: string[] };
    return { hits: w.__hits, csp: w.__csp };
  });
}

export async function download(page: Page, click: () => Promise<void>) {
  const [dl] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), click()]);
  return { name: dl.suggestedFilename(), buf: await readFile((await dl.path())!) };
}

export async function chooseExport(page: Page, scope: string, choice: string): Promise<void> {
  await page.locator(`${scope} .xp-button`).first().click();
  await page.locator(`${scope} [data-choice="${choice}"]`).click();
}

/** Parses XML (or SVG) with the browser's own parser; the parser error, or null when well-formed. */
export async function browserXmlError(
  page: Page,
  text: string,
  type = "application/xml",
): Promise<string | null> {
  return page.evaluate(
    ([t, mime]) => {
      const doc = new DOMParser().parseFromString(t, mime as DOMParserSupportedType);
      return doc.querySelector("parsererror")?.textContent ?? null;
    },
    [text, type] as const,
  );
}
