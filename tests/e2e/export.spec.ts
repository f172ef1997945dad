// Exports, checked on the downloaded files themselves: PNG size and ink, SVG texts, XLSX and CSV
// contents (numbers as numbers, formulas neutralised), the briefing deck's slides and texts, and
// that pptxgenjs/exceljs/ECharts are fetched only when the user asks for them.
import { readFile, copyFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./fixtures";
import { buildDeckModel } from "../../src/export/deckModel";
import { exportDate } from "../../src/export/fileNames";
import type { StoredReport } from "../../src/domain";

const COUNTY = "示例县";
const DEMO = `ds=demo&county=${COUNTY}`;
const today = () => exportDate(new Date());

async function reportsOf(file: string): Promise<StoredReport[]> {
  return (JSON.parse(await readFile(file, "utf8")) as { reports: StoredReport[] }).reports;
}
const demoReports = () => reportsOf("data/demo/extracted/reports.json");

/** The text runs of each slide, in slide order. */
async function slideTexts(buf: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  const n = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async("string");
    out.push([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(""));
  }
  return out;
}

async function download(page: Page, click: () => Promise<void>) {
  const [dl] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), buf: await readFile(file), file };
}

async function chooseExport(page: Page, scope: string, choice: string) {
  await page.locator(`${scope} .xp-button`).first().click();
  await page.locator(`${scope} [data-choice="${choice}"]`).click();
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(buf: Buffer) {
  expect(buf.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(buf.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Share of pixels that are not (near) white, decoding the PNG on a canvas in the page. */
async function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext("2d") as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! < 235 || d[i + 1]! < 235 || d[i + 2]! < 235) ink++;
    return ink / (c.width * c.height);
  }, png.toString("base64"));
}

test.describe("chart images", () => {
  const RANKING = `view=ranking&${DEMO}&year=2024&indicator=legal_advisor_coverage_pct`;
  const panel = "[data-testid=chart-ranking] [data-testid=chart-export]";

  test("PNG for a slide is 1920×1080, named for what it holds, and not blank", async ({ page }) => {
    await openApp(page, RANKING);
    const { name, buf, file } = await download(page, () => chooseExport(page, panel, "png-slide"));
    expect(name).toBe(`${COUNTY}_法律顾问覆盖率_2024_幻灯片1920x1080_${today()}.png`);
    expect(pngSize(buf)).toEqual({ width: 1920, height: 1080 });
    const ink = await inkShare(page, buf);
    expect(ink).toBeGreaterThan(0.02);
    expect(ink).toBeLessThan(0.6);
    await keep(file, "ranking-slide.png");
  });

  test("PNG at on-screen size ×2 and ×3", async ({ page }) => {
    await openApp(page, RANKING);
    const chart = page.locator("[data-testid=chart-ranking] [_echarts_instance_]");
    const [w, h] = await chart.evaluate((el) => [el.clientWidth, el.clientHeight]);
    for (const ratio of [2, 3]) {
      const { buf, name } = await download(page, () => chooseExport(page, panel, `png-${ratio}x`));
      // One name per size: a second download never overwrites the first.
      expect(name).toBe(`${COUNTY}_法律顾问覆盖率_2024_屏幕${ratio}x_${today()}.png`);
      expect(pngSize(buf)).toEqual({ width: w! * ratio, height: h! * ratio });
      expect(await inkShare(page, buf)).toBeGreaterThan(0.01);
    }
  });

  test("SVG is vector with the same texts and the fictional mark", async ({ page }) => {
    await openApp(page, `view=trends&${DEMO}&indicator=disputes_handled`);
    const { name, buf, file } = await download(page, () =>
      chooseExport(page, "[data-testid=chart-trends] [data-testid=chart-export]", "svg"),
    );
    expect(name).toBe(`${COUNTY}_调处纠纷数_2021-2024_矢量_${today()}.svg`);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.nodeName,
        text: doc.documentElement.textContent ?? "",
        paths: doc.querySelectorAll("path").length,
      };
    }, buf.toString("utf8"));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("svg");
    expect(parsed.paths).toBeGreaterThan(5);
    expect(parsed.text).toContain("矛盾纠纷调处（受理）数：各乡镇历年变化");
    expect(parsed.text).toContain(`${COUNTY} · 2021—2024年 · 调处纠纷数`);
    expect(parsed.text).toContain(`数据来源：各乡镇法治政府建设情况报告，自动提取，${today()}导出`);
    expect(parsed.text).toContain("虚构示例数据");
    // The chart's keys travel with it.
    expect(parsed.text).toContain("空心点为约数");
    expect(buf.toString("utf8")).toContain("Microsoft YaHei");
    await keep(file, "trends.svg");
  });

  test("the demo data set's exports name 示例县 even with no county chosen, with the ranking's keys and gaps", async ({
    page,
  }) => {
    // No county in the link: the demo data set has one county, and the export says which.
    await openApp(page, "view=ranking&ds=demo&year=2024&indicator=dispute_resolution_pct");
    const { name, buf, file } = await download(page, () => chooseExport(page, panel, "svg"));
    expect(name).toBe(`${COUNTY}_调解成功率_2024_矢量_${today()}.svg`);
    // The texts as drawn, lines joined (a wrapped subtitle is one <text> per line).
    const svg = buf
      .toString("utf8")
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, "");
    expect(svg).not.toContain("全部县");
    for (const key of [
      `${COUNTY}·2024年·调解成功率`,
      "空心条为约数",
      "括号内为较2023年变化",
      "未写明该指标的乡镇：",
    ])
      expect(svg, key).toContain(key);
    // Every township the ranking leaves out is named in the image.
    const missing = await page.locator("[data-testid=ranking-missing] .chip").allInnerTexts();
    expect(missing.length).toBeGreaterThan(0);
    for (const m of missing) expect(svg).toContain(m.replace(/（.*$/, "").trim());
    // Each drawn line breaks where Chinese allows (避头尾): none starts with a closing quote,
    // bracket or mark, none ends with an opening quote or bracket (it once broke between 约 and ”).
    const lines = [...buf.toString("utf8").matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)]
      .map((m) => m[1]!.trim())
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line, line).not.toMatch(/^[”’）》」』】。，、；：？！]/);
      expect(line, line).not.toMatch(/[“‘（《「『【]$/);
    }
    await keep(file, "ranking-demo.svg");
  });
});

test("every chart panel exports a slide PNG of itself", async ({ page }) => {
  const panels: [string, string][] = [
    ["trends", "trends"],
    ["ranking", "ranking"],
    ["completeness", "completeness-indicator"],
    ["completeness", "completeness-year"],
    ["shortcomings", "shortcomings-matrix"],
    ["shortcomings", "shortcomings-by-year"],
  ];
  for (const [view, id] of panels) {
    await openApp(page, `view=${view}&${DEMO}`);
    const scope = `[data-testid="chart-${id}"] [data-testid=chart-export]`;
    const { name, buf } = await download(page, () => chooseExport(page, scope, "png-slide"));
    expect(name, id).toMatch(new RegExp(`^${COUNTY}_.+_\\d{4}(-\\d{4})?_幻灯片1920x1080_${today()}\\.png$`));
    expect(pngSize(buf), id).toEqual({ width: 1920, height: 1080 });
    expect(await inkShare(page, buf), id).toBeGreaterThan(0.01);
  }
});

test.describe("tables", () => {
  // Four townships renamed so their names start with = + - @: the exports must not run them.
  const EVIL: Record<string, string> = {
    白鹭镇: "=1+2白鹭镇",
    金沙镇: "+86金沙镇",
    柳溪乡: "-3柳溪乡",
    龙泉镇: "@SUM(A1)龙泉镇",
  };
  test.beforeEach(async ({ page }) => {
    // Rewrite the demo data set as the browser receives it (a same-origin data file), not the app.
    await page.route(/\/assets\/demo\.records-[\w-]+\.json$/, async (route) => {
      const res = await route.fetch();
      let body = await res.text();
      for (const [from, to] of Object.entries(EVIL))
        body = body.replaceAll(`"township":"${from}"`, `"township":${JSON.stringify(to)}`);
      await route.fulfill({ response: res, body });
    });
  });

  test("Excel holds exactly the visible rows, numbers as numbers, header bold and frozen", async ({
    page,
  }) => {
    const reports = await demoReports();
    await openApp(page, `view=table&${DEMO}`);
    await page.locator(".dt-search input").fill("金沙");
    await expect(page.locator(".dt-count")).toContainText("4");
    const { name, buf } = await download(page, () =>
      chooseExport(page, "[data-testid=table-export]", "xlsx"),
    );
    expect(name).toBe(`${COUNTY}_数据表_${today()}_虚构示例数据.xlsx`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    // A sheet per table, and one saying where the data came from and when.
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "数据表（虚构）",
      "原文依据",
      "存在问题",
      "缺项清单",
      "说明",
    ]);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 3)).toEqual(["乡镇", "县（市、区）", "年度"]);
    expect(header.at(-1)).toBe("数据性质");
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.rowCount).toBe(1 + 4);
    const figures = wb.getWorksheet("原文依据")!;
    expect((figures.getRow(1).values as unknown[]).slice(1)).toContain("原文句子");
    expect((figures.getRow(1).values as unknown[]).slice(1)).toContain("审核状态");
    expect(figures.rowCount).toBeGreaterThan(100);
    const about = wb.getWorksheet("说明")!.getSheetValues().flat().join(" ");
    expect(about).toContain(today());
    expect(about).toContain("虚构示例数据");

    const col = header.indexOf("调处纠纷数（起）") + 1;
    expect(col).toBeGreaterThan(0);
    for (let r = 2; r <= 5; r++) {
      const row = ws.getRow(r);
      expect(row.getCell(1).value).toBe("'+86金沙镇");
      const year = row.getCell(3).value as number;
      const report = reports.find((x) => x.township === "金沙镇" && x.year === year)!;
      const obs = report.indicators.find((o) => o.id === "disputes_handled");
      expect(row.getCell(col).value).toBe(obs ? obs.value : null);
      if (obs) expect(typeof row.getCell(col).value).toBe("number");
    }
  });

  test("CSV is UTF-8 with BOM and no cell starts a formula", async ({ page }) => {
    await openApp(page, `view=table&${DEMO}`);
    const { name, buf } = await download(page, () => chooseExport(page, "[data-testid=table-export]", "csv"));
    expect(name).toBe(`${COUNTY}_数据表_${today()}_虚构示例数据.csv`);
    expect(buf.subarray(0, 3).toString("hex")).toBe("efbbbf");
    const rows = Papa.parse<string[]>(buf.toString("utf8").slice(1), { skipEmptyLines: true }).data;
    // The header is the first row (Excel's table detection); the mark is a column.
    expect(rows[0]!.slice(0, 3)).toEqual(["乡镇", "县（市、区）", "年度"]);
    expect(rows[0]!.at(-1)).toBe("数据性质");
    expect(rows.slice(1).every((r) => r.at(-1) === "虚构示例数据")).toBe(true);
    const names = new Set(rows.slice(1).map((r) => r[0]));
    for (const evil of Object.values(EVIL)) expect(names).toContain(`'${evil}`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // Figures stay plain numbers in the file.
    expect(rows.slice(1).some((r) => r.some((c) => /^\d+(\.\d+)?$/.test(c)))).toBe(true);
  });
});

test("heavy export code loads only when asked for", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".js")) scripts.push(new URL(r.url()).pathname);
  });
  await openApp(page, `view=table&${DEMO}`);
  await page.waitForLoadState("networkidle");
  // ECharts' core is preloaded with the entry (the first chart must not wait for it); its export
  // parts (the SVG renderer) and the export code come only when someone asks for an export.
  const heavy = /\/(xlsx|deckPptx|chartImage|svg)-[\w-]+\.js$/;
  expect(scripts.filter((u) => heavy.test(u))).toEqual([]);
  // The build keeps the libraries out of the entry chunk (their own names are in their code).
  const entry = scripts.find((u) => /\/index-[\w-]+\.js$/.test(u));
  expect(entry).toBeDefined();
  const entryCode = await (await page.request.get(entry!)).text();
  expect(entryCode).not.toContain("PptxGenJS");
  expect(entryCode).not.toContain("ExcelJS");

  const before = scripts.length;
  await download(page, () => chooseExport(page, "[data-testid=table-export]", "xlsx"));
  expect(scripts.slice(before).some((u) => /\/xlsx-[\w-]+\.js$/.test(u))).toBe(true);
  expect(scripts.some((u) => /\/deckPptx-/.test(u))).toBe(false);
  // An Excel file needs no chart image.
  expect(scripts.some((u) => /\/(chartImage|svg)-/.test(u))).toBe(false);
});

test("生成简报 builds a deck whose slides and texts match the data", async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, `view=overview&${DEMO}&year=2024`);
  await page.locator("[data-testid=briefing] .xp-button").click();
  await expect(page.getByTestId("briefing-county")).toHaveValue(COUNTY);
  await expect(page.getByTestId("briefing-year")).toHaveValue("2024");
  const { name, buf, file } = await download(page, () =>
    page.locator('[data-testid=briefing] [data-choice="pptx"]').click(),
  );
  expect(name).toBe(`${COUNTY}_2024_法治简报_虚构示例数据.pptx`);
  await keep(file, name);

  const model = buildDeckModel({
    reports: await demoReports(),
    county: COUNTY,
    year: 2024,
    fictional: true,
    date: today(),
  });
  const zip = await JSZip.loadAsync(buf);
  expect(zip.file("[Content_Types].xml")).not.toBeNull();
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  expect(slides).toHaveLength(model.slides.length);
  // About a dozen slides, not 21.
  expect(slides.length).toBeGreaterThanOrEqual(8);
  expect(slides.length).toBeLessThanOrEqual(14);
  const media = Object.keys(zip.files).filter((n) => /^ppt\/media\/.+\.png$/.test(n));
  expect(media).toHaveLength(model.slides.filter((s) => s.kind === "chart").length);

  for (let i = 0; i < model.slides.length; i++) {
    const xml = await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async("string");
    const text = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join("");
    const s = model.slides[i]!;
    expect(text, `slide ${i + 1}`).toContain(s.title);
    if (s.kind !== "cover") expect(text, `slide ${i + 1}`).toContain(s.finding);
    expect(text, `slide ${i + 1}`).toContain("虚构示例数据");
    expect(xml).toContain('typeface="Microsoft YaHei"');
    // Readable from the back of the room: no run under 10 pt, tables ≥ 12 pt, the rest ≥ 14 pt
    // except the source line.
    const tables = [...xml.matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g)].map((m) => [
      m.index!,
      m.index! + m[0].length,
    ]);
    for (const m of xml.matchAll(/<a:rPr\b[^>]*\ssz="(\d+)"[^>]*>[\s\S]*?<\/a:rPr>\s*<a:t>([^<]*)<\/a:t>/g)) {
      const sz = Number(m[1]);
      const inTable = tables.some(([a, b]) => m.index! > a! && m.index! < b!);
      const min = inTable ? 1200 : m[2]!.startsWith("数据来源") ? 1000 : 1400;
      expect(sz, `slide ${i + 1}: ${m[2]}`).toBeGreaterThanOrEqual(min);
    }
    // A quote is whole: no "…" anywhere in the deck's text.
    expect(text, `slide ${i + 1}`).not.toContain("…");
  }
  // The overview slide's headline is the overview page's.
  const tile = await page.getByTestId("tile-missing").locator(".tile-value").innerText();
  const overviewXml = await zip.file("ppt/slides/slide2.xml")!.async("string");
  expect(overviewXml).toContain(tile.trim());
  // The chart images are real renders at 2× the slide box, with something drawn on them.
  const first = Buffer.from(await zip.file(media[0]!)!.async("uint8array"));
  expect(pngSize(first).width).toBe(9 * 72 * 2);
  expect(await inkShare(page, first)).toBeGreaterThan(0.01);
});

/**
 * Keeps a downloaded file for a person to look at (scripts/render-deck.sh takes the deck). Not in
 * test-results/: Playwright empties that at the start of every run, including other people's.
 */
async function keep(file: string, name: string) {
  const dir = process.env.E2E_KEEP_DIR ?? path.join(os.tmpdir(), "e2e-export-files");
  await mkdir(dir, { recursive: true });
  await copyFile(file, path.join(dir, name));
}

test("a real county's deck has its own slides and no fictional mark", async ({ page }) => {
  await openApp(page, "view=overview");
  await page.locator("[data-testid=briefing] .xp-button").click();
  const county = await page.getByTestId("briefing-county").inputValue();
  const year = Number(await page.getByTestId("briefing-year").inputValue());
  const { name, buf, file } = await download(page, () =>
    page.locator('[data-testid=briefing] [data-choice="pptx"]').click(),
  );
  expect(name).toBe(`${county}_${year}_法治简报.pptx`);
  // A county with one township: no blank rankings, a handful of slides.
  expect((await slideTexts(buf)).length).toBeLessThanOrEqual(8);
  await keep(file, name);
  const model = buildDeckModel({
    reports: await reportsOf("data/extracted/reports.json"),
    county,
    year,
    fictional: false,
    date: today(),
  });
  const texts = await slideTexts(buf);
  expect(texts).toHaveLength(model.slides.length);
  model.slides.forEach((s, i) => expect(texts[i]).toContain(s.title));
  for (const t of texts) expect(t).not.toContain("虚构示例数据");
});

test("完整性 exports a 催报 list: per township, what is missing in which years, most gaps first", async ({
  page,
}) => {
  await openApp(page, `view=completeness&${DEMO}`);
  const { name, buf } = await download(page, () => chooseExport(page, "[data-testid=chase-export]", "xlsx"));
  expect(name).toBe(`${COUNTY}_催报清单_${today()}_虚构示例数据.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["缺项清单", "说明"]);
  const ws = wb.getWorksheet("缺项清单")!;
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(0, 4)).toEqual(["乡镇", "年度", "情况", "缺少的关键指标"]);
  const rows = ws.getSheetValues().slice(2) as unknown[][];
  expect(rows.length).toBeGreaterThan(3);
  // Sorted by the township's total gaps, highest first.
  const totals = rows.map((r) => r[6] as number);
  expect(totals).toEqual([...totals].sort((a, b) => b - a));
  // A year without a report says so; 杏花乡 sent none for 2024 in the demo county.
  expect(rows.some((r) => r[1] === "杏花乡" && r[2] === 2024 && r[3] === "未报送")).toBe(true);
});

test("a tie is worded as a tie: the overview names a few and counts the rest, never picks one", async ({
  page,
}) => {
  await openApp(page, `view=overview&${DEMO}&year=2024`);
  // Ten townships state 100% legal-advisor coverage in 2024.
  const tile = page.getByTestId("tile-legal_advisor_coverage_pct");
  await expect(tile).toContainText(/[^、]+、[^、]+等\d+个乡镇/);
  await expect(tile).not.toContainText(/最高\s*白鹭镇/);
});
