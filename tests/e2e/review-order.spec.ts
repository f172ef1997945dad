// 校对's report list and the file name's hint: reports the engine could not place come first, the
// rest by county, township and year; a township the text never names is offered from the file name
// (a button that fills the field), saved as the person's correction, and the list re-sorts.
import { expect, test } from "./fixtures";
import { importAndReview, upload } from "./review-helpers";

test.setTimeout(180_000);

const body = "全镇共有14个村（社区），法律顾问覆盖率100%。全年调处各类矛盾纠纷70起，调处成功68起。\n";

test("the list puts unplaced reports first; a township only the file name gives is offered, saved and sorted", async ({
  page,
}) => {
  await importAndReview(page, [
    upload("石门镇.txt", `石门镇2022年法治政府建设情况报告\n2022年，石门镇深入推进法治政府建设。${body}`),
    upload(
      "2023年白鹭镇法治政府建设情况报告.txt",
      `关于2023年度法治政府建设情况的报告\n2023年，我镇深入推进法治政府建设。${body}`,
    ),
    upload("南湖乡.txt", `南湖乡2023年法治政府建设情况报告\n2023年，南湖乡深入推进法治政府建设。${body}`),
  ]);
  const list = page.getByTestId("review-report");
  // The report without a township first (shown by its file name), then 南湖乡 (nanhu) before 石门镇 (shimen).
  await expect(list).toHaveText([/^2023年白鹭镇法治政府建设情况报告\.txt/, /^南湖乡/, /^石门镇/]);

  await list.first().click();
  const hint = page.getByTestId("review-meta-township-hint");
  await expect(hint).toHaveText("文件名中为“白鹭镇”，填入");
  // Year and county: the text names the year, so no hint; no county anywhere, so none either.
  await expect(page.getByTestId("review-meta-year-hint")).toHaveCount(0);
  await expect(page.getByTestId("review-meta-county-hint")).toHaveCount(0);
  await expect(page.getByTestId("review-meta-township")).toHaveValue("");

  await hint.click();
  await expect(page.getByTestId("review-meta-township")).toHaveValue("白鹭镇");
  await expect(hint).toHaveCount(0);
  await page.getByTestId("review-meta-township-save").click();

  // Saved as the person's correction (the engine's reading beside it), and the list re-sorts.
  await expect(page.getByTestId("review-meta")).toContainText("引擎：未识别");
  await expect(list).toHaveText([/^白鹭镇 · 2023年/, /^南湖乡/, /^石门镇/]);
  await page.reload();
  await page.getByTestId("tab-review").click();
  await expect(list.first()).toHaveText(/^白鹭镇 · 2023年/);
});
