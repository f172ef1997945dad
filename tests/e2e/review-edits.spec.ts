// 校对 beyond figures (issue 7 item 4), in real Chromium with real IndexedDB: the keyboard path
// (J/K, Enter, E, X, N, Ctrl+Z); township and year; shortcoming items (category, remove, add by
// selecting text); each found after a reload in the 校对 list, the table and the XLSX; and a
// correction whose evidence text vanished after re-extraction is flagged 依据已变, not dropped.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { jsonUpload } from "./import-files";
import { figure, importAndReview, selectInReport, upload } from "./review-helpers";
import { showColumn } from "./table-columns";

test.setTimeout(240_000);

const BAILU = `示例县白鹭镇2023年法治政府建设情况报告
2023年，白鹭镇深入推进法治政府建设。全镇共有14个村（社区），法律顾问覆盖率100%。全年调处各类矛盾纠纷70余起，调处成功68起。开展普法宣传活动120余场次，发放宣传资料28000余份。基层调解员业务培训仍显不够。
二、存在的不足
一是普法宣传形式单一，针对性不强。二是执法力量薄弱，专业人员不足。
`;
const QINGSHI = `示例县青石镇2023年法治政府建设情况报告
2023年，青石镇全镇共有9个村（社区），法律顾问覆盖率100%。全年调处矛盾纠纷40起，调处成功40起。
`;
const ADDED_ITEM = "基层调解员业务培训仍显不够";

const item = (page: Page, text: string) => page.getByTestId("review-shortcoming").filter({ hasText: text });
const current = (page: Page) => page.locator("[data-testid=review-figure][aria-current=true]");

test("keyboard path, township and year, shortcoming edits: saved, and found after a reload in the table and the XLSX", async ({
  page,
}) => {
  await importAndReview(page, [upload("白鹭镇.txt", BAILU), upload("青石镇.txt", QINGSHI)]);
  await page.getByTestId("review-report").filter({ hasText: "白鹭镇" }).click();
  await expect(page.getByTestId("review-figure").first()).toHaveAttribute("aria-current", "true");

  // J / K move; Enter confirms; X rejects; E edits (Enter saves); Ctrl+Z undoes the last.
  const ids = await page
    .getByTestId("review-figure")
    .evaluateAll((els) => els.map((e) => e.dataset.indicator!));
  await page.getByTestId("review-text").click();
  await page.keyboard.press("j");
  await expect(current(page)).toHaveAttribute("data-indicator", ids[1]!);
  await page.keyboard.press("k");
  await expect(current(page)).toHaveAttribute("data-indicator", ids[0]!);
  await page.keyboard.press("Enter");
  await expect(figure(page, ids[0]!)).toContainText("已核对");
  await page.keyboard.press("j");
  await page.keyboard.press("x");
  await expect(figure(page, ids[1]!)).toContainText("已驳回");
  await page.keyboard.press("j");
  await page.keyboard.press("e");
  await page.getByTestId("review-value-input").fill("9");
  await page.getByTestId("review-value-input").press("Enter");
  await expect(figure(page, ids[2]!)).toContainText("人工校对");
  await page.getByTestId("review-text").click();
  await page.keyboard.press("Control+z");
  await expect(figure(page, ids[2]!)).not.toContainText("人工校对");
  await expect(page.getByTestId("review-progress")).toHaveText(/已核对 2\//);
  // N opens the next report.
  await page.keyboard.press("n");
  await expect(page.locator(".rv-head h2")).toContainText("青石镇");
  await page.getByTestId("review-report").filter({ hasText: "白鹭镇" }).click();

  // Shortcomings: change a category, remove one, add one by selecting its text.
  await item(page, "普法宣传形式单一").getByTestId("review-shortcoming-category").selectOption("other");
  await expect(item(page, "普法宣传形式单一")).toContainText("人工校对");
  await item(page, "执法力量薄弱").getByTestId("review-shortcoming-remove").click();
  await expect(item(page, "执法力量薄弱")).toHaveCount(0);
  await selectInReport(page, ADDED_ITEM);
  await page.getByTestId("review-add-category").selectOption("workforce");
  await page.getByTestId("review-add-shortcoming").click();
  await expect(item(page, ADDED_ITEM)).toContainText("人工补录");

  // Township (renamed since) and year.
  await page.getByTestId("review-meta-township").fill("白露镇");
  await page.getByTestId("review-meta-township-save").click();
  await page.getByTestId("review-meta-year").fill("2024");
  await page.getByTestId("review-meta-year-save").click();
  await expect(page.locator(".rv-head h2")).toContainText("白露镇 · 2024年");

  // After a reload: all kept.
  await page.reload();
  await page.locator("[data-testid=app-ready]").waitFor({ state: "attached" });
  await page.getByTestId("tab-review").click();
  await page.getByTestId("review-report").filter({ hasText: "白露镇" }).click();
  await expect(figure(page, ids[0]!)).toContainText("已核对");
  await expect(figure(page, ids[1]!)).toContainText("已驳回");
  await expect(item(page, "普法宣传形式单一").getByTestId("review-shortcoming-category")).toHaveValue(
    "other",
  );
  await expect(item(page, "执法力量薄弱")).toHaveCount(0);
  await expect(item(page, ADDED_ITEM)).toBeVisible();
  await expect(page.getByTestId("review-meta-year")).toHaveValue("2024");

  // The table: the township and year as corrected, two shortcomings (its 2023 is now a 未报送 row).
  await page.getByTestId("tab-table").click();
  const row = page.locator("tr.dt-row", { hasText: "白露镇" }).filter({ hasNotText: "未报送" });
  await expect(row.locator('[data-col="year"]')).toHaveText("2024");
  // Only the columns in view are rendered: bring 问题数 into view first.
  await showColumn(page, "shortcomings");
  await expect(row.locator('[data-col="shortcomings"]')).toHaveText("2");
  await expect(page.locator("tr.dt-row", { hasText: "白露镇" }).filter({ hasText: "未报送" })).toHaveCount(1);
  await expect(page.locator("tr.dt-row", { hasText: "白鹭镇" })).toHaveCount(0);

  // The XLSX's 存在问题 sheet: the added item with its category; the removed one gone.
  const [dl] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    (async () => {
      await page.locator("[data-testid=table-export] .xp-button").first().click();
      await page.locator('[data-testid=table-export] [data-choice="xlsx"]').click();
    })(),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await dl.path())) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet("存在问题")!;
  const rows: string[] = [];
  sheet.eachRow((r) => rows.push((r.values as unknown[]).map((v) => String(v ?? "")).join("|")));
  expect(rows.some((r) => r.includes(ADDED_ITEM) && r.includes("法治队伍薄弱") && r.includes("白露镇"))).toBe(
    true,
  );
  expect(rows.some((r) => r.includes("普法宣传形式单一") && r.includes("其他"))).toBe(true);
  expect(rows.some((r) => r.includes("执法力量薄弱，专业人员不足"))).toBe(false);
});

test("a correction whose evidence text vanished after re-extraction is flagged 依据已变, not dropped", async ({
  page,
}) => {
  await importAndReview(page, [upload("白鹭镇.txt", BAILU)]);
  await figure(page, "disputes_handled").click();
  await figure(page, "disputes_handled").getByTestId("review-correct").click();
  await page.getByTestId("review-value-input").fill("75");
  await page.getByTestId("review-value-save").click();
  await expect(figure(page, "disputes_handled")).toContainText("人工校对");

  // The same report as a newer engine reads it: the passage is written differently (same length,
  // so every other offset holds) and the engine no longer finds the figure.
  await page.getByTestId("workspace-open").click();
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("workspace-export").click(),
  ]);
  const file = JSON.parse(await readFile(await dl.path(), "utf8")) as {
    reports: {
      text: string;
      engineVersion: string;
      record: { indicators: { id: string; sources?: unknown; evidence: { start: number; end: number } }[] };
    }[];
  };
  const r = file.reports[0]!;
  r.text = r.text.replace("纠纷70余起", "纠纷七〇余起");
  r.engineVersion = "newer";
  r.record.indicators = r.record.indicators.filter(
    (o) => o.id !== "disputes_handled" && o.id !== "dispute_resolution_pct" && !o.sources,
  );
  await page.getByTestId("workspace-import-file").setInputFiles([jsonUpload("重新提取.json", file)]);
  await page.getByTestId("workspace-question").getByTestId("workspace-replace").click();
  await expect(page.getByTestId("import-summary")).toContainText("导入工作区文件 1 个");
  await page.getByTestId("import-show").click();

  await page.getByTestId("tab-review").click();
  await expect(figure(page, "disputes_handled")).toContainText("75");
  await expect(figure(page, "disputes_handled").getByTestId("review-stale")).toContainText("依据已变");
  await page.reload();
  await page.locator("[data-testid=app-ready]").waitFor({ state: "attached" });
  await page.getByTestId("tab-review").click();
  await expect(figure(page, "disputes_handled").getByTestId("review-stale")).toContainText("依据已变");
});
