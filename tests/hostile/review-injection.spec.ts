// Issue 10, the review screen (校对): report text and file names carrying <img onerror>, <script>,
// javascript: links and ECharts rich-text/template markup are shown as text — nothing runs, no
// element is made from them, no dialog opens. Real Chromium; the import goes through the UI.
import { expect, test } from "../e2e/fixtures";
import { upload } from "../e2e/review-helpers";

test.setTimeout(180_000);

const EVIL = "<img src=x onerror=window.__pwned=1>";
const TEXT = `白鹭镇2023年法治政府建设情况报告
2023年，白鹭镇${EVIL}深入推进法治政府建设<script>window.__pwned=2</script>。全镇共有14个村（社区），法律顾问覆盖率100%。全年调处各类矛盾纠纷70余起{a|x}{@[0]}，调处成功68起。<a href="javascript:window.__pwned=3">点击</a>
二、存在的不足
一是普法宣传形式单一<svg onload=window.__pwned=4>，针对性不强。
`;

test("校对 shows markup in report text and file names as text: nothing runs, no element is made", async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto("./");
  await page.getByTestId("import-files").setInputFiles([upload(`${EVIL}{a|x}.txt`, TEXT)]);
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 60_000 });
  await page.getByTestId("import-show").click();
  await page.getByTestId("tab-review").click();
  await page.getByTestId("review-reviewer").fill(`<b>张三</b>${EVIL}`);
  await page.getByTestId("review-reviewer-save").click();

  const view = page.getByTestId("view-review");
  const text = page.getByTestId("review-text");
  await expect(text).toContainText(`${EVIL}深入推进`);
  await expect(text).toContainText("<script>window.__pwned=2</script>");
  await expect(text).toContainText('<a href="javascript:window.__pwned=3">');
  await expect(text).toContainText("{a|x}{@[0]}");
  await expect(view).toContainText("<svg onload=window.__pwned=4>");
  await expect(page.getByTestId("review-report").first()).toHaveAttribute("title", `${EVIL}{a|x}.txt`);

  // Confirm a figure so the log and the badge carry the reviewer's name too.
  await page.getByTestId("review-figure").first().click();
  await page.getByTestId("review-confirm").click();
  await expect(page.getByTestId("review-log")).toContainText("<b>张三</b><img src=x");

  expect(await view.locator("img, script, svg, a[href], b").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
