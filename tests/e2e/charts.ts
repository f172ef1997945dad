// Helpers for browser tests that read charts: the option as drawn (window.__charts) and clicks on
// a mark where ECharts drew it (window.__chartInstances + convertToPixel), so tests check the
// picture, not only the DOM.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

export type Json = Record<string, unknown> & { series?: Json[]; data?: unknown[] };
type ChartWindow = {
  __charts?: Record<string, unknown>;
  __chartInstances?: Record<
    string,
    {
      convertToPixel: (f: object, v: unknown) => [number, number];
      getZr: () => { animation: { isFinished: () => boolean } };
    }
  >;
};

/** The bundled fictional county's extracted reports, as the app loads them. */
export function demoReports<R>(): R[] {
  return (JSON.parse(readFileSync("data/demo/extracted/reports.json", "utf8")) as { reports: R[] }).reports;
}

/** The option of a chart as drawn now (functions dropped). */
export async function chart(page: Page, id: string): Promise<Json> {
  await page.waitForFunction((i) => !!(window as unknown as ChartWindow).__charts?.[i], id);
  return page.evaluate((i) => {
    const o = (window as unknown as ChartWindow).__charts?.[i];
    return JSON.parse(JSON.stringify(o, (_k, v) => (typeof v === "function" ? undefined : v))) as Json;
  }, id);
}

/** Clicks the mark at data coordinates `value` of the series or grid `finder` names. */
export async function clickAt(page: Page, id: string, finder: object, value: unknown): Promise<void> {
  await chart(page, id);
  // Marks grow into place (ECharts animates a new option): a click at a bar's half length lands
  // beside a bar still growing, so wait until the chart's animations are done.
  await page.waitForFunction(
    (i) => (window as unknown as ChartWindow).__chartInstances?.[i]?.getZr().animation.isFinished() === true,
    id,
  );
  const [x, y] = await page.evaluate(
    ([i, f, v]) =>
      (window as unknown as ChartWindow).__chartInstances![i as string]!.convertToPixel(f as object, v),
    [id, finder, value] as const,
  );
  // At 1366×768 the second chart of a view sits below the first: bring the mark on screen.
  const el = page.locator(`[data-chart-id="${id}"]`);
  await el.evaluate(
    (node, py) => window.scrollBy(0, node.getBoundingClientRect().top + py - innerHeight / 2),
    y,
  );
  const box = await el.boundingBox();
  if (!box) throw new Error(`chart ${id} not on screen`);
  await page.mouse.click(box.x + x, box.y + y);
}

type Counted = { __tag?: number; __sets?: number; setOption: (...a: unknown[]) => unknown };

/**
 * Tags an ECharts instance and counts its setOption calls from now on: `registry` names where the
 * page exposes it (window.__chartInstances: the live chart of `id`; window.__predrawn: the one
 * drawn ahead of its view). Waits until the instance is there.
 */
export async function countSetOptions(
  page: Page,
  registry: "__chartInstances" | "__predrawn",
  id: string,
  tag: number,
): Promise<void> {
  type R = Record<string, Record<string, Counted> | undefined>;
  await page.waitForFunction(([r, i]) => !!(window as unknown as R)[r]?.[i], [registry, id] as const, {
    timeout: 20_000,
  });
  await page.evaluate(
    ([r, i, t]) => {
      const c = (window as unknown as R)[r]![i]!;
      c.__tag = t;
      c.__sets = 0;
      const set = c.setOption.bind(c);
      c.setOption = (...a: unknown[]) => {
        c.__sets = (c.__sets ?? 0) + 1;
        return set(...a);
      };
    },
    [registry, id, tag] as const,
  );
}
