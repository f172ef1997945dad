// Charts drawn ahead of their views in idle time (src/views/predraw.ts): a first visit takes the
// chart drawn off the page — the same instance, no new option, at its box's size — and what it
// shows is the view's current option; a control changed after the drawing is drawn ahead again,
// and another data set disposes what was drawn ahead.
import { chart, countSetOptions } from "./charts";
import { expect, openApp, test } from "./fixtures";
import type { Page } from "@playwright/test";

test.setTimeout(60_000);

interface Instance {
  __tag?: number;
  __sets?: number;
  setOption: (...a: unknown[]) => unknown;
  getOption: () => { title?: { text?: string }[]; series?: { data?: unknown[] }[] };
  getWidth: () => number;
  getHeight: () => number;
  isDisposed: () => boolean;
  getDom: () => HTMLElement;
}
type W = {
  __predrawn?: Record<string, Instance>;
  __chartInstances?: Record<string, Instance>;
  __charts?: Record<
    string,
    { title?: { text?: string } | { text?: string }[]; series?: { data?: unknown[] }[] }
  >;
};

/** Waits until chart `id` has been drawn ahead, then tags that instance and counts its setOption calls. */
const tagPredrawn = (page: Page, id: string, tag: number) => countSetOptions(page, "__predrawn", id, tag);

/** The live instance of `id`: its tag and setOption count, what it draws and the view's option. */
const live = (page: Page, id: string) =>
  page.evaluate((i) => {
    const w = window as unknown as W;
    const c = w.__chartInstances?.[i];
    if (!c) return null;
    const drawn = c.getOption();
    const asked = w.__charts?.[i];
    const askedTitle = Array.isArray(asked?.title) ? asked.title[0]?.text : asked?.title?.text;
    const box = c.getDom().parentElement as HTMLElement;
    return {
      tag: c.__tag ?? null,
      sets: c.__sets ?? null,
      drawnTitle: drawn.title?.[0]?.text ?? null,
      askedTitle: askedTitle ?? null,
      drawnPoints: drawn.series?.[0]?.data?.length ?? null,
      askedPoints: asked?.series?.[0]?.data?.length ?? null,
      size: [c.getWidth(), c.getHeight()],
      box: [box.clientWidth, box.clientHeight],
    };
  }, id);

async function go(page: Page, view: string): Promise<void> {
  await page.getByTestId(`tab-${view}`).click();
  await expect(page.getByTestId(`view-${view}`)).toBeVisible();
}

test("a first visit after idle time shows the chart drawn ahead: no new option, the current data, its box's size", async ({
  page,
}) => {
  await openApp(page, "ds=demo");
  const charts = [
    ["trends", "trends"],
    ["ranking", "ranking"],
    ["shortcomings", "shortcomings-matrix"],
    ["shortcomings", "shortcomings-by-year"],
  ] as const;
  for (const [i, [, id]] of charts.entries()) await tagPredrawn(page, id, i + 1);
  for (const [i, [view, id]] of charts.entries()) {
    await go(page, view);
    await chart(page, id);
    const now = await live(page, id);
    expect(now, id).toMatchObject({ tag: i + 1, sets: 0 });
    expect(now?.drawnTitle, id).toBeTruthy();
    expect(now?.drawnTitle, id).toBe(now?.askedTitle);
    expect(now?.drawnPoints, id).toBe(now?.askedPoints);
    expect(now?.size, id).toEqual(now?.box);
    await expect(page.locator(`[data-chart-id="${id}"] canvas`).first()).toBeVisible();
  }
});

test("a control changed on another view is drawn ahead again in idle time, on the same instance", async ({
  page,
}) => {
  await openApp(page, "ds=demo&indicator=disputes_handled");
  await tagPredrawn(page, "ranking", 5);
  await go(page, "trends");
  const select = page.getByTestId("indicator-select");
  const other = (
    await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
  ).find((v) => v !== "disputes_handled" && v !== "");
  expect(other).toBeDefined();
  await select.selectOption(other!);
  const name = ((await select.locator(`option[value="${other}"]`).textContent()) ?? "").replace(/^★\s*/, "");
  // Drawn again while 趋势 is on screen (the parked instance), not when 排名 is opened.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as W).__predrawn?.ranking?.__sets), {
      timeout: 20_000,
    })
    .toBe(1);
  await go(page, "ranking");
  await chart(page, "ranking");
  const now = await live(page, "ranking");
  expect(now).toMatchObject({ tag: 5, sets: 1 });
  expect(now?.drawnTitle).toContain(name.trim());
  expect(now?.drawnTitle).toBe(now?.askedTitle);
});

test("another data set disposes the charts drawn ahead", async ({ page }) => {
  await openApp(page, "ds=demo");
  await tagPredrawn(page, "ranking", 9);
  await page.getByTestId("dataset-samples").click();
  await expect(page.getByTestId("view-overview")).toBeVisible();
  await go(page, "ranking");
  await chart(page, "ranking");
  await expect.poll(async () => (await live(page, "ranking"))?.tag ?? "new").toBe("new");
  expect(await page.evaluate(() => (window as unknown as W).__predrawn?.ranking?.isDisposed())).toBe(true);
});
