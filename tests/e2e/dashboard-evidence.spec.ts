// "Any figure opens its evidence": every chart of the dashboard, clicked where ECharts draws the
// mark, opens the side panel at the sentence (or says the figure is absent), and the panel is
// keyboard-friendly: focus moves into it, Esc closes it and gives focus back to the opener.
import type { Page } from "@playwright/test";
import { chart, clickAt, demoReports } from "./charts";
import { expect, openApp, test } from "./fixtures";

interface Report {
  id: string;
  township: string;
  indicators: { id: string; evidence: { text: string } }[];
  shortcomings: { text: string }[];
}
const demo = demoReports<Report>();
const reportById = (id: string) => demo.find((r) => r.id === id)!;

const panel = (page: Page) => page.getByTestId("evidence-panel");

test("trends: a point opens the sentence of that township's figure for that year", async ({ page }) => {
  await openApp(page, "view=trends&ds=demo&county=示例县");
  const o = await chart(page, "trends");
  const si = (o.series ?? []).findIndex((s) => s.id !== "__median");
  const point = (
    (o.series?.[si]?.data ?? []) as { value: [string, number | null]; ref: { reportId: string } }[]
  ).find((d) => d.value[1] !== null)!;
  await clickAt(page, "trends", { seriesIndex: si }, point.value);
  const obs = reportById(point.ref.reportId).indicators.find((i) => i.id === "disputes_handled")!;
  await expect(page.getByTestId("evidence-mark")).toHaveText(obs.evidence.text);
  await expect(page.getByTestId("evidence-mark")).toBeInViewport();
  await expect(panel(page)).toContainText(/原文写明|推算/);
});

test("ranking: a township listed as not stating the figure says so, and Esc returns to the chip", async ({
  page,
}) => {
  await openApp(page, "view=ranking&ds=demo&county=示例县&year=2024");
  const chip = page.getByTestId("ranking-missing").locator(".chip").first();
  await chip.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("evidence-note")).toHaveText(/该报告未写明此指标。|该乡镇本年度没有报告。/);
  // Focus went into the panel…
  await expect(page.getByTestId("evidence-heading")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel(page)).toHaveCount(0);
  // …and comes back to where the person was.
  await expect(chip).toBeFocused();
});

test("completeness by year: a cell lists the four key indicators and highlights each one stated", async ({
  page,
}) => {
  await openApp(page, "view=completeness&ds=demo&county=示例县&year=2024");
  const o = await chart(page, "completeness-year");
  const cells = (o.series?.[0]?.data ?? []) as {
    value: [number, number, number];
    cell: { stated: number | null; reportId: string | null };
  }[];
  const partial = cells.find((c) => c.cell.stated !== null && c.cell.stated > 0 && c.cell.stated < 4)!;
  await clickAt(page, "completeness-year", { seriesIndex: 0 }, [partial.value[0], partial.value[1]]);
  await expect(panel(page)).toContainText("关键指标写明情况");
  await expect(panel(page)).toContainText(`写明${partial.cell.stated}/4项`);
  await expect(panel(page).locator(".facts dd", { hasText: "未写明" })).toHaveCount(4 - partial.cell.stated!);
  await expect(page.getByTestId("evidence-mark").first()).toBeInViewport();
});

test("shortcomings: a matrix cell opens its latest item; a bar segment lists the items behind its count", async ({
  page,
}) => {
  // The item list below the charts scrolls into view; without motion it is there at once.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openApp(page, "view=shortcomings&ds=demo&county=示例县");
  const m = await chart(page, "shortcomings-matrix");
  const cell = (
    (m.series?.[0]?.data ?? []) as {
      value: [number, number, number];
      cell: { recurring: boolean; items: { text: string }[] };
    }[]
  ).find((d) => d.cell.recurring)!;
  await clickAt(page, "shortcomings-matrix", { seriesIndex: 0 }, [cell.value[0], cell.value[1]]);
  await expect(page.getByTestId("evidence-mark")).toHaveText(cell.cell.items.at(-1)!.text);
  const detail = page.getByTestId("shortcoming-detail");
  await expect(detail).toContainText("↻ 反复出现");
  await expect(detail.locator(".item-link")).toHaveCount(cell.cell.items.length);
  await page.keyboard.press("Escape");

  const s = await chart(page, "shortcomings-by-year");
  const si = (s.series ?? []).findIndex((x) =>
    ((x.data ?? []) as { value: number }[]).some((d) => d.value > 1),
  );
  const series = s.series![si]!;
  const yi = ((series.data ?? []) as { value: number }[]).findIndex((d) => d.value > 1);
  const seg = (series.data as { value: number; ref: { year: number } }[])[yi]!;
  // The middle of the segment: stacked series below it plus half its own height.
  const below = (s.series ?? [])
    .slice(0, si)
    .reduce((sum, x) => sum + ((x.data as { value: number }[])[yi]?.value ?? 0), 0);
  // This canvas click missed once in a full run under load (not reproduced alone, 24 runs); the
  // cause is not pinned down, so the click is retried until the segment's list shows.
  const title = `${seg.ref.year}年 · ${series.name as string}（${seg.value}个乡镇）`;
  await expect(async () => {
    await clickAt(page, "shortcomings-by-year", { seriesIndex: si }, [yi, below + seg.value / 2]);
    await expect(detail).toContainText(title, { timeout: 1000 });
  }).toPass();
  await expect(detail.locator(".item-link").first()).toBeVisible();
  await detail.locator(".item-link").first().click();
  await expect(page.getByTestId("evidence-mark")).toBeVisible();
});

test("overview: a tile figure opens by keyboard, and the panel never scrolls the page", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, "ds=demo");
  await page.evaluate(() => window.scrollTo(0, 120));
  const before = await page.evaluate(() => window.scrollY);
  const figure = page.getByTestId("tile-disputes_handled").getByTestId("tile-figure").first();
  await figure.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("evidence-mark")).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await page.getByTestId("evidence-close").click();
  await expect(figure).toBeFocused();
});
