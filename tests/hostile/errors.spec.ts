// One failing view never blanks the app: each view and the shell sit inside an error boundary that
// says, in Chinese, what happened and offers a way back. Here a view's code fails to load (the
// chunk is refused, as after a redeploy or a dropped connection).
import { expect, openApp, test } from "../e2e/fixtures";

test.setTimeout(90_000);

test("a view that fails shows a message and a way back; the shell and other views still work", async ({
  page,
  guards,
}) => {
  await page.route(/\/assets\/TrendsView-[\w-]+\.js$/, (route) => route.abort());
  await openApp(page, "view=overview&ds=demo");
  await page.getByTestId("tab-trends").click();
  const alert = page.getByTestId("view-error");
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("出错");
  // The header and tabs are still there, and another view opens from them.
  await page.getByTestId("tab-ranking").click();
  await expect(page.getByTestId("view-ranking")).toBeVisible();
  await expect(alert).toHaveCount(0);
  // Back to the failed view: the message again, with its button back to the overview.
  await page.getByTestId("tab-trends").click();
  await page.getByTestId("view-error-back").click();
  await expect(page.getByTestId("view-overview")).toBeVisible();
  // The refused chunk and React's report of the caught error are the only console errors.
  const unexpected = guards.consoleErrors.filter(
    (e) => !/TrendsView|Failed to fetch dynamically imported module|ERR_FAILED|error boundary/i.test(e),
  );
  expect(unexpected).toEqual([]);
  guards.consoleErrors.length = 0;
});
