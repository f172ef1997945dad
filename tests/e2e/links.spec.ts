// Links (issue 11 item 6): a selection is written compactly, old links still open, 复制链接 copies
// the address (and says so, also when the clipboard API is refused), and the page title names the
// view, county and indicator.
import { chart } from "./charts";
import { expect, openApp, test } from "./fixtures";

test.setTimeout(60_000);

test("deselecting one township writes that one into the link, not the other twelve", async ({ page }) => {
  await openApp(page, "view=trends&ds=demo&county=示例县");
  const list = page.getByTestId("township-list");
  const total = await list.getByRole("checkbox").count();
  expect(total).toBeGreaterThan(10);
  const first = (await list.locator(".picker-name").first().textContent()) ?? "";
  await list.getByRole("checkbox").first().uncheck();
  await expect.poll(() => decodeURIComponent(page.url())).toContain(`twx=示例县/${first}`);
  const hash = new URL(page.url()).hash;
  expect(hash).not.toMatch(/[&#]tw=/);
  expect(hash.length).toBeLessThan(200);

  // The link reopens with the same selection in a fresh page.
  const again = await page.context().newPage();
  await again.goto(page.url());
  await again.locator("[data-testid=app-ready]").waitFor({ state: "attached" });
  const boxes = again.getByTestId("township-list").getByRole("checkbox");
  await expect(boxes).toHaveCount(total);
  await expect(boxes.first()).not.toBeChecked();
  await expect(again.getByTestId("township-list").locator("input:checked")).toHaveCount(total - 1);
  await again.close();
});

test("a link from before the compact form (every picked township listed) still opens", async ({ page }) => {
  // As the app wrote it last session: the picked townships, one tw= each.
  const old =
    "view=trends&ds=demo&county=%E7%A4%BA%E4%BE%8B%E5%8E%BF&tw=%E7%A4%BA%E4%BE%8B%E5%8E%BF%2F%E7%99%BD%E9%B9%AD%E9%95%87&tw=%E7%A4%BA%E4%BE%8B%E5%8E%BF%2F%E4%B8%9C%E5%9F%8E%E8%A1%97%E9%81%93";
  await openApp(page, old);
  await expect(page.getByTestId("township-list").locator("input:checked")).toHaveCount(2);
  await expect(page.locator(".picker-count")).toContainText("2");
  const o = await chart(page, "trends");
  expect((o.series ?? []).map((s) => s.name).filter((n) => n !== "全县中位数")).toEqual([
    "白鹭镇",
    "东城街道",
  ]);
});

test("趋势's 全部乡镇 is kept in the link (show=all) and a link without it opens on the top and bottom", async ({
  page,
}) => {
  await openApp(page, "view=trends&ds=demo&indicator=disputes_handled");
  const show = page.getByTestId("trends-show");
  await expect(show.getByRole("radio", { name: "最高、最低" })).toBeChecked();
  await show.getByRole("radio", { name: "全部乡镇" }).click();
  await expect.poll(() => new URL(page.url()).hash).toContain("show=all");
  expect(new URL(page.url()).hash).toMatch(/[#&]show=all(&|$)/);

  // The link reopens on every line in a fresh page, with 全部乡镇 chosen.
  const again = await page.context().newPage();
  await again.goto(page.url());
  await again.locator("[data-testid=app-ready]").waitFor({ state: "attached" });
  await expect(again.getByTestId("trends-show").getByRole("radio", { name: "全部乡镇" })).toBeChecked();
  // 全部乡镇's note: ten coloured, the rest grey (最高、最低 colours four).
  await expect(again.getByTestId("trends-focus-note")).toContainText(/的10个乡镇，其余4个为灰色/);
  await again.close();

  // Back to the default: nothing in the link.
  await show.getByRole("radio", { name: "最高、最低" }).click();
  await expect.poll(() => new URL(page.url()).hash).not.toContain("show=");
});

test("复制链接 copies the address and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page, "view=ranking&ds=demo&indicator=publicity_events");
  await page.getByTestId("copy-link").click();
  await expect(page.getByTestId("copy-link-toast")).toContainText("链接已复制");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain("indicator=publicity_events");
  await expect(page.getByTestId("copy-link-toast")).toBeHidden({ timeout: 5_000 });
});

test("复制链接 falls back when the clipboard API is refused, and shows the address when all else fails", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
  });
  await openApp(page, "view=trends&ds=demo");
  // The old way (a selected textarea and the copy command) still copies.
  await page.evaluate(() => {
    const seen: string[] = [];
    // What the copy command takes is the selection at that moment.
    document.addEventListener("copy", () => seen.push(document.getSelection()?.toString() ?? ""));
    (window as { __seen?: string[] }).__seen = seen;
  });
  await page.getByTestId("copy-link").click();
  await expect(page.getByTestId("copy-link-toast")).toContainText("链接已复制");
  const seen = await page.evaluate(() => (window as { __seen?: string[] }).__seen ?? []);
  expect(seen).toEqual([page.url()]);

  // When the copy command is refused too, the address is shown selected for Ctrl+C.
  await page.evaluate(() => {
    document.execCommand = () => false;
  });
  await page.getByTestId("copy-link").click();
  await expect(page.getByTestId("copy-link-toast")).toContainText("Ctrl+C");
  await expect(page.getByTestId("copy-link-box")).toHaveValue(page.url());
  await expect(page.getByTestId("copy-link-box")).toBeFocused();
});

test("the page title names the view, county and indicator", async ({ page }) => {
  await openApp(page, "view=ranking&ds=demo&indicator=publicity_events");
  await expect(page).toHaveTitle(/^排名 · 示例县 · 普法活动场次 — 法治政府建设年报看板$/);
  await page.getByTestId("tab-completeness").click();
  await expect(page).toHaveTitle(/^完整性 · 示例县 — /);
  await openApp(page, "view=trends&ds=samples");
  await expect(page).toHaveTitle(/^趋势 · .+ · 调处纠纷数/);
});
