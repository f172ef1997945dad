// Import in the real browser (Chromium, real IndexedDB): the start screen on first run, report
// files of every kind the tests can generate, bad files with their messages, duplicates, and the
// workspace surviving a reload.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  badJson,
  binaryFile,
  cliDataset,
  docx,
  emptyFile,
  gb18030Txt,
  longGb18030Txt,
  htmlPage,
  zipOf,
  type Upload,
} from "./import-files";

test.setTimeout(120_000);

async function importVia(page: Page, files: Upload[]) {
  await page.getByTestId("import-files").setInputFiles(files);
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 60_000 });
}

async function workspaceCount(page: Page): Promise<string> {
  await page.getByTestId("workspace-open").click();
  const text = (await page.getByTestId("workspace-count").textContent()) ?? "";
  await page.getByTestId("workspace-panel").getByRole("button", { name: "关闭" }).click();
  return text;
}

test("first run shows the start screen; the bundled data sets are one click away and stay apart", async ({
  page,
}) => {
  await page.goto("./");
  const start = page.getByTestId("start-screen");
  await expect(start).toBeVisible();
  await expect(start.getByRole("heading", { name: "导入本县报告" })).toBeVisible();
  await expect(page.getByTestId("import-files")).toHaveCount(1);
  await page.getByTestId("start-samples").click();
  await expect(page.getByTestId("tile-disputes_handled")).toBeVisible();
  await expect(page.getByTestId("start-screen")).toHaveCount(0);
  await page.getByTestId("dataset-workspace").click();
  await expect(page.getByTestId("start-screen")).toBeVisible();
  await page.getByTestId("start-demo").click();
  await expect(page.getByTestId("fictional-badge")).toBeVisible();
});

test("imports GB18030 text, a saved web page, a .docx, a .zip and a CLI data set; bad files are named; a reload finds them", async ({
  page,
}) => {
  await page.goto("./");
  await expect(page.getByTestId("start-screen")).toBeVisible();
  await importVia(page, [
    gb18030Txt("2024-bailu"),
    htmlPage("2024-dongcheng"),
    docx("2024-fenglin"),
    zipOf("三份报告.zip", ["2024-jinsha", "2024-liuxi", "2024-longquan"]),
    cliDataset("reports.json", ["2024-示例县-南湖街道", "2024-示例县-青石镇"]),
    emptyFile(),
    binaryFile(),
    badJson(),
  ]);
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("新增 8 份报告");
  const problems = page.getByTestId("import-problems");
  await expect(problems.locator("li")).toHaveCount(3);
  await expect(problems).toContainText("《空文件.txt》");
  await expect(problems).toContainText("《照片.txt》");
  await expect(problems).toContainText("《坏数据集.json》");
  // The saved page's script never ran, here or anywhere.
  expect(await page.evaluate(() => (window as { __scriptRan?: boolean }).__scriptRan)).toBeUndefined();

  await page.getByTestId("import-show").click();
  await expect(page.getByTestId("tile-disputes_handled")).toBeVisible();
  await expect(page.getByTestId("dataset-workspace")).toHaveAttribute("aria-checked", "true");

  // Reload with no hash: the app opens on the workspace, with everything still there.
  await page.goto("./");
  await expect(page.getByTestId("tile-disputes_handled")).toBeVisible();
  expect(await workspaceCount(page)).toContain("共 8 份报告");
  await page.goto("./#ds=workspace&view=table");
  for (const name of ["白鹭镇", "东城街道", "枫林瑶族乡", "金沙镇", "柳溪乡", "龙泉镇", "南湖街道", "青石镇"])
    await expect(page.locator("main").getByText(name, { exact: true }).first()).toBeVisible();
  // The page's navigation and footer were left out of the text.
  await expect(page.locator("main")).not.toContainText("互动交流");
});

test("a second report for a township and year asks replace / keep both / skip, and can apply to the rest", async ({
  page,
}) => {
  await page.goto("./");
  await importVia(page, [gb18030Txt("2023-bailu"), gb18030Txt("2023-shimen")]);
  await expect(page.getByTestId("import-summary")).toContainText("新增 2 份报告");
  await page.getByTestId("import-more").click();

  await page
    .getByTestId("import-files")
    .setInputFiles([docx("2023-bailu"), htmlPage("2023-bailu"), docx("2023-shimen")]);
  const q = page.getByTestId("duplicate-question");
  await expect(q).toContainText("白鹭镇 2023 年");
  await q.getByTestId("duplicate-keep-both").click();
  // The .html of the same report: skip it, and every later duplicate of this batch.
  await expect(q).toContainText("2023-bailu.html");
  await q.getByTestId("duplicate-apply-rest").check();
  await q.getByTestId("duplicate-skip").click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("新增 1 份报告");
  await expect(summary).toContainText("1 份与已有报告并存");
  await expect(page.getByTestId("import-skipped").locator("li")).toHaveCount(2);
  await page.getByTestId("import-more").click();

  await page.getByTestId("import-files").setInputFiles([gb18030Txt("2023-bailu")]);
  await expect(page.getByTestId("import-skipped")).toContainText("工作区中已有同一文件");
  await page.getByTestId("import-more").click();

  await page.getByTestId("import-files").setInputFiles([htmlPage("2023-shimen")]);
  await page.getByTestId("duplicate-replace").click();
  await expect(page.getByTestId("import-summary")).toContainText("替换 1 份");
  await page.getByTestId("import-show").click();
  expect(await workspaceCount(page)).toContain("共 3 份报告");
});

test("import shows n of N and the current file, and cancel stops the batch", async ({ page }) => {
  await page.goto("./");
  const stems = ["2021", "2022", "2023", "2024"].flatMap((y) =>
    ["bailu", "dongcheng", "fenglin", "jinsha", "liuxi", "longquan", "nanhu", "qingshi", "shimen"].map(
      (t) => `${y}-${t}`,
    ),
  );
  // Long files, so the batch is still running when cancel is clicked even on an idle machine.
  await page.getByTestId("import-files").setInputFiles(stems.map((s) => longGb18030Txt(s, 40)));
  const progress = page.getByTestId("import-progress");
  await expect(progress).toBeVisible();
  await expect(progress.getByTestId("import-count")).toHaveText(/第 \d+ \/ 36 份/);
  await expect(progress.getByTestId("import-current")).toHaveText(/\d{4}-\w+-gbk\.txt/);
  await page.getByTestId("import-cancel").click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("导入已取消");
  const added = Number(/新增 (\d+) 份/.exec((await summary.textContent()) ?? "")?.[1]);
  expect(added).toBeLessThan(36);
});
