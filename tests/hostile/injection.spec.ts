// Report text that is markup, script, a javascript: URL or ECharts template/rich text, through every
// surface it reaches: the views, tooltips, chart labels, the table, the evidence panel, and the SVG,
// XLSX, CSV and PPTX exports. Any script that runs trips window.__pwned (or alert); any exported file
// that is not well-formed fails its parser. Townships named __proto__ and constructor are in the same
// data set: their records are left out with a message, and the app keeps working.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import type { Page } from "@playwright/test";
import { expect, openApp, test } from "../e2e/fixtures";
import {
  browserXmlError,
  chooseExport,
  download,
  HOSTILE,
  hostileDemo,
  installTraps,
  serveAsDemo,
  trapped,
} from "./browser";
import { xmlError } from "./wellFormed";

test.setTimeout(240_000);

const DS = `ds=demo&county=${encodeURIComponent(HOSTILE.county)}`;
const NAMES = [HOSTILE.img, HOSTILE.script, HOSTILE.js, HOSTILE.markup];

type Hooked = { __chartInstances?: Record<string, { dispatchAction: (a: object) => void }> };

/** Shows the tooltip of every mark of a chart in turn; their text, and any element markup made. */
async function everyTooltip(page: Page, id: string): Promise<string> {
  await page.waitForFunction((i) => !!(window as unknown as Hooked).__chartInstances?.[i], id);
  return page.evaluate(async (i) => {
    const c = (window as unknown as Hooked).__chartInstances![i]! as unknown as {
      dispatchAction: (a: object) => void;
      getOption: () => { series: { data?: unknown[] }[] };
      getDom: () => HTMLElement;
    };
    let html = "";
    const series = c.getOption().series;
    for (let s = 0; s < series.length; s++)
      for (let d = 0; d < (series[s]?.data?.length ?? 0); d++) {
        c.dispatchAction({ type: "showTip", seriesIndex: s, dataIndex: d });
        await new Promise((r) => setTimeout(r, 0));
        const tip = c.getDom().querySelector("div[style*='z-index']");
        // Elements markup would have made: the escaped text is harmless, an element is not.
        if (tip?.querySelector("img, script, b, a, [onerror]")) html += `ELEMENT:${tip.innerHTML}`;
        html += tip?.textContent ?? "";
      }
    return html;
  }, id);
}

test.beforeEach(async ({ page }) => {
  await installTraps(page);
  await serveAsDemo(page, await hostileDemo());
});

test.afterEach(async ({ page }) => {
  const { hits, csp } = await trapped(page);
  expect(hits, "scripts run from report text").toEqual([]);
  expect(csp, "Content-Security-Policy violations").toEqual([]);
});

test("records named __proto__ / constructor are left out with a message; the rest loads", async ({
  page,
}) => {
  await openApp(page, `view=table&${DS}`);
  const note = page.getByTestId("load-rejected");
  await expect(note).toContainText("__proto__");
  await expect(note).toContainText("constructor");
  await expect(page.getByTestId("view-table")).toBeVisible();
  // 14 townships × up to 4 years, minus the two left out.
  await expect(page.locator(".dt-count")).toContainText(/\d+/);
  // The table draws only the rows in view: find each hostile township through its search box.
  for (const name of NAMES) {
    await page.locator(".dt-search input").fill(name);
    await expect(page.getByTestId("data-table").locator("tbody")).toContainText(name);
  }
});

test("every view and tooltip shows report text as text", async ({ page }) => {
  const views: [string, string[]][] = [
    ["overview", []],
    ["trends", ["trends"]],
    ["ranking", ["ranking"]],
    ["completeness", ["completeness-indicator", "completeness-year"]],
    ["shortcomings", ["shortcomings-matrix", "shortcomings-by-year"]],
    ["table", []],
    ["dictionary", []],
  ];
  for (const [view, charts] of views) {
    await openApp(page, `view=${view}&${DS}`);
    await expect(page.getByTestId(`view-${view}`)).toBeVisible();
    for (const id of charts) {
      const html = await everyTooltip(page, id);
      expect(html, id).not.toContain("ELEMENT:");
    }
    expect(await page.locator("main img, main script:not([src]), main [onerror]").count(), view).toBe(0);
  }
  // The names do arrive in the tooltips, as text.
  await openApp(page, `view=trends&${DS}`);
  const text = await everyTooltip(page, "trends");
  for (const name of NAMES) expect(text).toContain(name);
});

test("the evidence panel shows a hostile report's text as text", async ({ page }) => {
  const { reports } = await hostileDemo();
  const r = reports.find((x) => x.township === HOSTILE.img)!;
  await openApp(page, `view=table&${DS}&ev=${encodeURIComponent(`r~${r.id}`)}`);
  const panel = page.getByTestId("evidence-panel");
  await expect(panel).toBeVisible();
  await expect(page.getByTestId("evidence-heading")).toContainText(HOSTILE.img);
  await expect(page.getByTestId("report-text")).toContainText("<script>__pwned=5</script>");
  expect(await panel.locator("img, script, a[href^='javascript']").count()).toBe(0);
});

test("SVG, XLSX, CSV and PPTX exports are well-formed and hold the names as text", async ({ page }) => {
  await openApp(page, `view=trends&${DS}`);
  const svg = await download(page, () =>
    chooseExport(page, "[data-testid=chart-trends] [data-testid=chart-export]", "svg"),
  );
  const svgText = svg.buf.toString("utf8");
  expect(await browserXmlError(page, svgText, "image/svg+xml")).toBeNull();
  expect(xmlError(svgText)).toBeNull();
  const svgInfo = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    return {
      active: doc.querySelectorAll("script, foreignObject, [onerror], [onload], a").length,
      text: doc.documentElement.textContent ?? "",
    };
  }, svgText);
  expect(svgInfo.active).toBe(0);
  expect(svgInfo.text).toContain(HOSTILE.county);

  await openApp(page, `view=table&${DS}`);
  const xlsx = await download(page, () => chooseExport(page, "[data-testid=table-export]", "xlsx"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.buf as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value))));
  for (const name of NAMES) expect(cells).toContain(name);
  const zipped = await JSZip.loadAsync(xlsx.buf);
  for (const part of Object.keys(zipped.files).filter((n) => /\.(xml|rels)$/.test(n)))
    expect(xmlError(await zipped.file(part)!.async("string")), part).toBeNull();

  const csv = await download(page, () => chooseExport(page, "[data-testid=table-export]", "csv"));
  const rows = Papa.parse<string[]>(csv.buf.toString("utf8").replace(/^\uFEFF/, "")).data;
  for (const name of NAMES) expect(rows.flat()).toContain(name);

  await openApp(page, `view=overview&${DS}`);
  await page.locator("[data-testid=briefing] .xp-button").click();
  const deck = await download(page, () =>
    page.locator('[data-testid=briefing] [data-choice="pptx"]').click(),
  );
  const pptx = await JSZip.loadAsync(deck.buf);
  const parts = Object.keys(pptx.files).filter((n) => /\.(xml|rels)$/.test(n));
  expect(parts).toContain("docProps/app.xml");
  let all = "";
  for (const part of parts) {
    const xml = await pptx.file(part)!.async("string");
    expect(xmlError(xml), part).toBeNull();
    expect(await browserXmlError(page, xml), part).toBeNull();
    all += xml;
  }
  expect(all).toContain("示例&lt;b&gt;县&lt;/b&gt;&amp;");
});
