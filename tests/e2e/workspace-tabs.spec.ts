// Two pages on one workspace (issue 7: "an edit in one is never silently lost by the other"), in
// real Chromium on one browser context (one IndexedDB). The second page's BroadcastChannel is made
// deaf by an init script, so it stays out of date the way a tab does before the notice arrives:
// every write must then be refused with a clear message, not land over the other tab's work.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { gb18030Txt } from "./import-files";

test.setTimeout(180_000);

const figure = (page: Page, id: string) => page.locator(`[data-testid=review-figure][data-indicator=${id}]`);

async function correct(page: Page, id: string, value: string) {
  await figure(page, id).click();
  await figure(page, id).getByTestId("review-correct").click();
  await page.getByTestId("review-value-input").fill(value);
  await page.getByTestId("review-value-save").click();
}

async function openReview(page: Page) {
  await page.goto("./#ds=workspace&view=review");
  await expect(page.getByTestId("view-review")).toBeVisible({ timeout: 30_000 });
}

/** Every correction stored, read from IndexedDB by the page itself. */
async function storedCorrections(page: Page): Promise<{ value?: number; key: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("township-rule-of-law-workspace");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("corrections").objectStore("corrections").getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as { value?: number; key: string }[]);
          };
        };
      }),
  );
}

test("two pages correct the same figure, then one clears the workspace: the out-of-date page is refused, nothing is lost silently", async ({
  page,
  context,
}) => {
  await page.goto("./");
  await page.getByTestId("import-files").setInputFiles([gb18030Txt("2024-bailu")]);
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 60_000 });
  await page.getByTestId("import-show").click();
  await page.getByTestId("tab-review").click();
  await page.getByTestId("review-reviewer").fill("张三");
  await page.getByTestId("review-reviewer-save").click();
  await expect(page.getByTestId("review-keys")).toBeVisible();
  const id = (await page.getByTestId("review-figure").first().getAttribute("data-indicator"))!;

  const stale = await context.newPage();
  await stale.addInitScript(() => {
    // This page never hears the other's notices (as before a notice arrives); it still sends its own.
    const Real = window.BroadcastChannel;
    class Deaf extends Real {
      override addEventListener() {}
    }
    Object.defineProperty(window, "BroadcastChannel", { value: Deaf });
  });
  await openReview(stale);

  // The first page corrects the figure; the second, not knowing, corrects it too: refused.
  await correct(page, id, "75");
  await expect(figure(page, id)).toContainText("人工校对");
  await correct(stale, id, "80");
  await expect(stale.getByTestId("workspace-conflict")).toContainText("另一个标签页刚刚改过这一项");
  // It re-read the workspace: it now shows the first page's value, and can then correct it.
  await expect(figure(stale, id)).toContainText("75");
  await correct(stale, id, "80");
  await expect(figure(stale, id)).toContainText("80");
  await stale.getByTestId("workspace-conflict").getByRole("button", { name: "关闭" }).click();
  await expect(stale.getByRole("alert")).toHaveCount(0);
  // The first page hears it (live), says so, and shows the later value; both corrections are kept.
  await expect(figure(page, id)).toContainText("80");
  await expect(page.getByTestId("workspace-synced")).toContainText("另一个标签页修改了工作区");
  expect((await storedCorrections(page)).map((c) => c.value).sort()).toEqual([75, 80]);

  // The first page clears the workspace while the second still shows the report: its next edit
  // is refused (the report is gone), and no correction is left hanging on a report that is gone.
  await page.getByTestId("workspace-open").click();
  await page.getByTestId("workspace-clear").click();
  await page.getByTestId("workspace-clear-yes").click();
  await expect(page.getByTestId("workspace-count")).toContainText("共 0 份报告");
  await figure(stale, id).getByTestId("review-confirm").click();
  // The page follows the emptied workspace, and says why its correction was not saved.
  await expect(stale.getByTestId("workspace-conflict")).toContainText("这份报告已不在工作区");
  expect(await storedCorrections(page)).toEqual([]);
});

test("one page imports while the other reviews: the reviewer's corrections and the new reports are both kept", async ({
  page,
  context,
}) => {
  await page.goto("./");
  await page.getByTestId("import-files").setInputFiles([gb18030Txt("2024-bailu")]);
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 60_000 });
  await page.getByTestId("import-show").click();

  const reviewer = await context.newPage();
  await openReview(reviewer);
  await reviewer.getByTestId("review-reviewer").fill("李四");
  await reviewer.getByTestId("review-reviewer-save").click();
  const id = (await reviewer.getByTestId("review-figure").first().getAttribute("data-indicator"))!;

  await page.getByTestId("import-open").click();
  await page.getByTestId("import-files").setInputFiles([gb18030Txt("2024-shimen"), gb18030Txt("2024-nanhu")]);
  await correct(reviewer, id, "66");
  await expect(page.getByTestId("import-summary")).toContainText("新增 2 份报告", { timeout: 60_000 });

  // The reviewing page lists the new reports live and still shows its correction.
  await expect(reviewer.getByTestId("review-report")).toHaveCount(3);
  await expect(figure(reviewer, id)).toContainText("66");
  await expect(reviewer.getByRole("alert")).toHaveCount(0);
  expect((await storedCorrections(page)).map((c) => c.value)).toEqual([66]);
  await reviewer.reload();
  await expect(reviewer.getByTestId("review-report")).toHaveCount(3);
});
