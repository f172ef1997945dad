// The extraction Worker is kept between imports: a second batch is answered by the same Worker,
// whose division list is already loaded (src/workers/client.ts keeps an idle Worker for a minute).
import { expect, test } from "./fixtures";
import { docx, gb18030Txt } from "./import-files";

test.setTimeout(120_000);

test("successive imports are served by one extraction Worker", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.goto("./");
  await page.getByTestId("import-files").setInputFiles([gb18030Txt("2023-bailu")]);
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("新增 1 份报告", { timeout: 60_000 });
  await page.getByTestId("import-more").click();
  await page.getByTestId("import-files").setInputFiles([docx("2023-shimen")]);
  await expect(summary).toContainText("新增 1 份报告", { timeout: 60_000 });
  expect(workers.filter((url) => url.includes("extract.worker"))).toHaveLength(1);
});
