// The workspace in the real browser: export → clear → import is deep-equal; a file from a newer
// version is refused by name; 清空 asks first; two pages on one workspace never lose an edit; a
// county from the national list shows its townships without a report; storage faults are told
// in Chinese and damage nothing stored.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { gb18030Txt, htmlPage, jsonUpload, type Upload } from "./import-files";
import { installQuotaFault, setQuotaFault } from "./storage-faults";

test.setTimeout(120_000);

async function importVia(page: Page, files: Upload[]) {
  await page.getByTestId("import-files").setInputFiles(files);
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 60_000 });
}

async function exportJson(page: Page): Promise<Record<string, unknown>> {
  const download = page.waitForEvent("download");
  await page.getByTestId("workspace-export").click();
  const file = await (await download).path();
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

const withoutTime = (f: Record<string, unknown>) => ({ ...f, exportedAt: null });

test("export → clear → import gives back the same workspace; 清空 asks first; a newer version is refused", async ({
  page,
}) => {
  await page.goto("./");
  await importVia(page, [gb18030Txt("2022-bailu"), htmlPage("2022-shimen"), gb18030Txt("2022-nanhu")]);
  await page.getByTestId("import-show").click();
  await page.getByTestId("workspace-open").click();
  const before = await exportJson(page);
  expect((before.reports as unknown[]).length).toBe(3);

  await page.getByTestId("workspace-clear").click();
  await expect(page.getByTestId("workspace-clear-confirm")).toContainText("无法恢复");
  await expect(page.getByTestId("workspace-count")).toContainText("共 3 份报告");
  await page.getByTestId("workspace-clear-yes").click();
  await expect(page.getByTestId("workspace-count")).toContainText("共 0 份报告");
  await expect(page.getByTestId("start-screen")).toBeVisible();

  await page.getByTestId("workspace-import-file").setInputFiles([jsonUpload("备份.json", before)]);
  await expect(page.getByTestId("import-summary")).toContainText("导入工作区文件 1 个");
  await page.getByTestId("import-show").click();
  await page.getByTestId("workspace-open").click();
  await expect(page.getByTestId("workspace-count")).toContainText("共 3 份报告");
  const after = await exportJson(page);
  expect(withoutTime(after)).toEqual(withoutTime(before));
  await page.getByTestId("workspace-panel").getByRole("button", { name: "关闭" }).click();

  // A file from a newer program: refused by name, nothing stored changes.
  await page.getByTestId("import-open").click();
  await importVia(page, [jsonUpload("新版本.json", { ...before, version: 99 })]);
  await expect(page.getByTestId("import-problems")).toContainText("《新版本.json》由更新版本的程序导出");
  await page.getByTestId("import-show").click();
  await page.getByTestId("workspace-open").click();
  expect(withoutTime(await exportJson(page))).toEqual(withoutTime(before));
});

test("merging a workspace file shows each conflicting report and keeps the side chosen", async ({ page }) => {
  await page.goto("./");
  await importVia(page, [gb18030Txt("2021-bailu"), gb18030Txt("2021-jinsha")]);
  await page.getByTestId("import-show").click();
  await page.getByTestId("workspace-open").click();
  const mine = await exportJson(page);
  const reports = mine.reports as { key: string; record: { id: string } }[];
  // The other file: one more correction on the first report; one report the workspace lacks.
  const theirs = {
    ...mine,
    corrections: [
      {
        kind: "meta",
        id: "c-1",
        key: reports[0]!.key,
        at: "2026-01-01T00:00:00Z",
        by: "李四",
        field: "year",
        value: 2020,
      },
    ],
  };
  await page.getByTestId("workspace-import-file").setInputFiles([jsonUpload("同事的工作区.json", theirs)]);
  const q = page.getByTestId("workspace-question");
  await expect(q.getByTestId("workspace-conflicts").locator("li")).toHaveCount(1);
  await expect(q.getByTestId("workspace-conflicts")).toContainText(
    "校对记录不同（本工作区 0 条，文件中 1 条）",
  );
  await q.getByText("采用文件中的").click();
  await q.getByTestId("workspace-merge").click();
  await expect(page.getByTestId("import-summary")).toContainText("导入工作区文件 1 个");
  await page.getByTestId("import-show").click();
  await page.getByTestId("workspace-open").click();
  const merged = await exportJson(page);
  expect((merged.corrections as { id: string }[]).map((c) => c.id)).toEqual(["c-1"]);
  expect((merged.reports as unknown[]).length).toBe(2);
});

test("two pages on one workspace: each sees the other's imports live, and neither loses the other's", async ({
  page,
  context,
}) => {
  await page.goto("./");
  const other = await context.newPage();
  await other.goto("./");
  await expect(other.getByTestId("start-screen")).toBeVisible();

  await importVia(page, [gb18030Txt("2024-bailu")]);
  // The second page was on the empty start screen: it updates without a reload.
  await expect(other.getByTestId("start-screen")).toHaveCount(0);
  await expect(other.getByTestId("tile-received")).toContainText("1 / 1");

  // The second page imports too; the first page's report is kept and the first page sees both.
  await other.getByTestId("import-open").click();
  await importVia(other, [gb18030Txt("2024-shimen")]);
  await page.getByTestId("import-show").click();
  await expect(page.getByTestId("tile-received")).toContainText("2 / 2");
  await page.reload();
  await expect(page.getByTestId("tile-received")).toContainText("2 / 2");
  await other.close();
});

test("a county chosen from the national list counts its townships without a report as 未报送", async ({
  page,
}) => {
  await page.goto("./");
  const report = readFileSync(resolve(import.meta.dirname, "../../data/reports/2023-chengkou-xianyi.txt"));
  await importVia(page, [{ name: "咸宜镇.txt", mimeType: "text/plain", buffer: report }]);
  await page.getByTestId("import-show").click();
  await expect(page.getByTestId("tile-received")).toContainText("1 / 1");

  await page.getByTestId("workspace-open").click();
  const search = page.getByTestId("roster-county-search");
  await search.fill("chengkou");
  const option = page.getByTestId("roster-county-option").filter({ hasText: "城口县（重庆市）" });
  await option.click();
  await expect(page.getByTestId("roster-county")).toHaveText("城口县");
  await expect(page.getByTestId("roster-list").locator("li")).toHaveCount(25);
  await page.getByTestId("workspace-panel").getByRole("button", { name: "关闭" }).click();

  await expect(page.getByTestId("tile-received")).toContainText("1 / 25");
  // 24 townships of the list sent nothing: the overview counts them as without a report.
  await expect(page.getByTestId("view-overview")).toContainText("未报送 24");
});

test("storage unavailable: a clear message, and the bundled data sets still open", async ({ page }) => {
  await page.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException("The user denied permission to access the database.", "SecurityError");
    };
  });
  await page.goto("./");
  await expect(page.getByTestId("load-error")).toContainText("浏览器不允许本页面使用本地存储");
  await page.getByTestId("dataset-samples").click();
  await expect(page.getByTestId("tile-disputes_handled")).toBeVisible();
  await page.getByTestId("import-open").click();
  await importVia(page, [gb18030Txt("2024-bailu")]);
  await expect(page.getByTestId("import-storage-error")).toContainText("浏览器不允许本页面使用本地存储");
});

test("quota exceeded: the batch stops with a clear message and what was stored before is intact", async ({
  page,
}) => {
  // The browser's storage fills up: once armed, every write of a report text fails.
  await installQuotaFault(page);
  await page.goto("./");
  await importVia(page, [gb18030Txt("2023-bailu")]);
  await page.getByTestId("import-show").click();
  await page.getByTestId("workspace-open").click();
  const before = await exportJson(page);
  await page.getByTestId("workspace-panel").getByRole("button", { name: "关闭" }).click();

  await setQuotaFault(page, { writesLeft: 0, store: "texts" });
  await page.getByTestId("import-open").click();
  await importVia(page, [gb18030Txt("2023-shimen"), gb18030Txt("2023-nanhu")]);
  const error = page.getByTestId("import-storage-error");
  await expect(error).toContainText("存储空间已满");
  await expect(error).toContainText("已保存的内容没有改动");
  await expect(page.getByTestId("import-summary")).toContainText("新增 0 份报告");

  await setQuotaFault(page, null);
  await page.goto("./");
  await expect(page.getByTestId("tile-received")).toContainText("1 / 1");
  await page.getByTestId("workspace-open").click();
  // Not one report record without its text: the failed transaction left nothing behind.
  expect(withoutTime(await exportJson(page))).toEqual(withoutTime(before));
});
