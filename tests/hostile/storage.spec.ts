// Storage faults in the real browser (issue 10): the browser's quota runs out (a write fails with
// QuotaExceededError in the middle of a batch),
// storage is unavailable (indexedDB.open fails), and a truncated or future-version workspace file
// is imported. Each gets a clear Chinese message, and what was stored before is exactly what is
// stored after (compared through 导出工作区).
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "../e2e/fixtures";
import { gb18030Txt, jsonUpload, type Upload } from "../e2e/import-files";
import { installQuotaFault, setQuotaFault } from "../e2e/storage-faults";

test.setTimeout(180_000);

async function importVia(page: Page, files: Upload[]) {
  await page.getByTestId("import-files").setInputFiles(files);
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 120_000 });
}

/** The stored workspace, as 导出工作区 writes it, without its export time. */
async function stored(page: Page): Promise<Record<string, unknown>> {
  await page.goto("./");
  await page.getByTestId("workspace-open").click();
  const download = page.waitForEvent("download");
  await page.getByTestId("workspace-export").click();
  const file = await (await download).path();
  const json = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  await page.getByTestId("workspace-panel").getByRole("button", { name: "关闭" }).click();
  return { ...json, exportedAt: null };
}

/** A workspace of two reports, and what it holds. */
async function seed(page: Page): Promise<Record<string, unknown>> {
  await page.goto("./");
  await importVia(page, [gb18030Txt("2023-bailu"), gb18030Txt("2023-shimen")]);
  const before = await stored(page);
  expect((before.reports as unknown[]).length).toBe(2);
  return before;
}

test("quota exceeded mid-transaction: the import says so, and the stored reports are intact", async ({
  page,
}) => {
  // The first write of the batch is allowed and the next fails, so a transaction that did not roll
  // back whole would leave a report behind.
  await installQuotaFault(page);
  const before = await seed(page);
  await setQuotaFault(page, { writesLeft: 1 });
  await page.getByTestId("import-open").click();
  await importVia(page, [gb18030Txt("2023-nanhu"), gb18030Txt("2023-qingshi")]);
  const error = page.getByTestId("import-storage-error");
  await expect(error).toContainText("存储空间已满");
  await expect(error).toContainText("已保存的内容没有改动");
  await expect(page.getByTestId("import-summary")).toContainText("新增 0 份报告");

  await setQuotaFault(page, null);
  expect(await stored(page)).toEqual(before);
});

test("storage unavailable: a clear message in the page that cannot open it; the stored reports are intact", async ({
  page,
  context,
}) => {
  const before = await seed(page);
  const blocked = await context.newPage();
  await blocked.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException("The user denied permission to access the database.", "SecurityError");
    };
  });
  await blocked.goto("./");
  await expect(blocked.getByTestId("load-error")).toContainText("浏览器不允许本页面使用本地存储");
  await blocked.getByTestId("import-open").click();
  await importVia(blocked, [gb18030Txt("2023-nanhu")]);
  await expect(blocked.getByTestId("import-storage-error")).toContainText("浏览器不允许本页面使用本地存储");
  await blocked.close();
  expect(await stored(page)).toEqual(before);
});

test("a truncated workspace file and one from a newer version are refused by name; nothing stored changes", async ({
  page,
}) => {
  const before = await seed(page);
  const text = JSON.stringify({ ...before, exportedAt: "2026-01-01T00:00:00.000Z" });
  await page.getByTestId("import-open").click();
  await importVia(page, [
    {
      name: "断了的工作区.json",
      mimeType: "application/json",
      buffer: Buffer.from(text.slice(0, text.length / 2)),
    },
    jsonUpload("新版本工作区.json", { ...before, version: 99 }),
  ]);
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText("《断了的工作区.json》不是有效的 JSON 文件，无法读取");
  await expect(problems).toContainText("《新版本工作区.json》由更新版本的程序导出");
  expect(await stored(page)).toEqual(before);
});
