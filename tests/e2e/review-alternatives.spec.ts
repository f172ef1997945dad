// Two reports of one township and year kept side by side (issue 7 item 6): 校对 lists the
// alternative with a mark (备选; the primary is marked 另有一份), opens it, and swaps primary and
// alternative; the swap is stored (it survives a reload), the charts follow the new primary, and
// swapping again swaps back. Real Chromium, real IndexedDB.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { upload } from "./review-helpers";

test.setTimeout(180_000);

const report = (handled: number) => `白鹭镇2023年法治政府建设情况报告
2023年，示例县白鹭镇深入推进法治政府建设。全镇共有14个村（社区），法律顾问覆盖率100%。全年调处各类矛盾纠纷${handled}起，调处成功${handled}起。开展普法宣传活动120场次。
`;

/** The ranking of 调处纠纷数 in 2023 (one township: a sentence naming its figure) shows `n`, not `other`. */
async function expectRanked(page: Page, n: number, other: number) {
  await page.goto("./#ds=workspace&view=ranking&indicator=disputes_handled&year=2023");
  await page.locator("[data-testid=app-ready]").waitFor({ state: "attached" });
  const main = page.locator("main");
  await expect(main).toContainText(`白鹭镇写明调处纠纷数：${n}起`);
  await expect(main).not.toContainText(`${other}起`);
}

async function openReview(page: Page) {
  await page.goto("./#ds=workspace&view=review");
  await page.locator("[data-testid=app-ready]").waitFor({ state: "attached" });
  await expect(page.getByTestId("review-keys")).toBeVisible();
}

test("kept both: the alternative is listed as 备选, opens, and can be swapped with the primary (stored)", async ({
  page,
}) => {
  await page.goto("./");
  await page.getByTestId("import-files").setInputFiles([upload("白鹭镇-初稿.txt", report(70))]);
  await expect(page.getByTestId("import-summary")).toContainText("新增 1 份报告", { timeout: 60_000 });
  await page.getByTestId("import-more").click();
  await page.getByTestId("import-files").setInputFiles([upload("白鹭镇-定稿.txt", report(90))]);
  await page.getByTestId("duplicate-question").getByTestId("duplicate-keep-both").click();
  await expect(page.getByTestId("import-summary")).toContainText("1 份与已有报告并存");
  await page.getByTestId("import-show").click();
  await page.getByTestId("tab-review").click();
  await page.getByTestId("review-reviewer").fill("张三");
  await page.getByTestId("review-reviewer-save").click();

  // Both listed; the alternative marked 备选, the primary 另有一份.
  const items = page.getByTestId("review-report");
  await expect(items).toHaveCount(2);
  const first = items.filter({ has: page.getByTestId("review-tag-has-alternative") });
  const second = items.filter({ has: page.getByTestId("review-tag-alternative") });
  await expect(first).toHaveAttribute("title", "白鹭镇-初稿.txt");
  await expect(second).toHaveAttribute("title", "白鹭镇-定稿.txt");
  await expectRanked(page, 70, 90);

  // Open the alternative from the primary's note, then make it the primary.
  await openReview(page);
  await page.getByTestId("review-report").filter({ hasText: "白鹭镇" }).first().click();
  const bar = page.getByTestId("review-alternative");
  await expect(bar).toContainText("白鹭镇-定稿.txt");
  await bar.getByTestId("review-alternative-open").click();
  await expect(page.getByTestId("review-text")).toContainText("调处各类矛盾纠纷90起");
  await expect(bar).toContainText("备选");
  await bar.getByTestId("review-alternative-swap").click();
  await expect(
    page.getByTestId("review-report").filter({ has: page.getByTestId("review-tag-alternative") }),
  ).toHaveAttribute("title", "白鹭镇-初稿.txt");

  // Charts follow the new primary, after a reload too (the swap is in IndexedDB).
  await expectRanked(page, 90, 70);
  await page.reload();
  await page.locator("[data-testid=app-ready]").waitFor({ state: "attached" });
  await expectRanked(page, 90, 70);

  // Swapping again swaps back.
  await openReview(page);
  await page
    .getByTestId("review-report")
    .filter({ has: page.getByTestId("review-tag-alternative") })
    .click();
  await page.getByTestId("review-alternative").getByTestId("review-alternative-swap").click();
  await expect(
    page.getByTestId("review-report").filter({ has: page.getByTestId("review-tag-alternative") }),
  ).toHaveAttribute("title", "白鹭镇-定稿.txt");
  await expectRanked(page, 70, 90);
});
