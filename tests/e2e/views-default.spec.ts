// The views' answers at a glance (issue 11): the samples' default page is not empty, a ranking of
// one township is a sentence, and 问题 names its years and what its bars count.
import { chart, type Json } from "./charts";
import { expect, openApp, test } from "./fixtures";

test.setTimeout(60_000);

test("samples: the default page opens on the year with the reports, without a trend across townships", async ({
  page,
}) => {
  await openApp(page, "ds=samples");
  // 2022 ×1, 2023 ×3, 2024 ×1: the default is 2023, not the latest year's single report.
  await expect(page.getByTestId("year-select")).toHaveValue("2023");
  await expect(page.getByTestId("tile-received")).toContainText("3 / 5");
  const o = await chart(page, "overview-key-trends");
  const widths = (o.series ?? []).map((s) => (s.lineStyle as { width: number }).width);
  expect(widths.length).toBe(4);
  // Each year's reports come from other townships of other counties: points, never a joined line.
  expect(widths.every((w) => w === 0)).toBe(true);
  // The caption (drawn in the chart's frame) says why.
  expect(JSON.stringify(o.title)).toContain("不连线");
});

test("demo: the default year stays the latest, and the key trends are lines", async ({ page }) => {
  await openApp(page, "ds=demo");
  await expect(page.getByTestId("year-select")).toHaveValue("2024");
  const o = await chart(page, "overview-key-trends");
  expect((o.series ?? []).every((s) => (s.lineStyle as { width: number }).width > 0)).toBe(true);
});

test("samples: a ranking of one township is a sentence that opens its figure", async ({ page }) => {
  await openApp(page, "view=ranking&ds=samples&year=2024&indicator=disputes_handled");
  const one = page.getByTestId("ranking-one");
  await expect(one).toContainText("2024年只有下汤镇写明");
  await expect(page.getByTestId("chart-ranking")).toHaveCount(0);
  await one.getByRole("button").click();
  await expect(page.getByTestId("evidence-panel")).toContainText("下汤镇");
});

test("问题: cells name the years, and the bar axis says it counts township × category pairs", async ({
  page,
}) => {
  await openApp(page, "view=shortcomings&ds=demo");
  const m = await chart(page, "shortcomings-matrix");
  const data = (m.series?.[0]?.data ?? []) as { label: { formatter: string }; cell: { years: number[] } }[];
  const recurring = data.filter((d) => d.cell.years.length >= 2);
  expect(recurring.length).toBeGreaterThan(0);
  for (const d of recurring) {
    expect(d.label.formatter.startsWith("↻ ")).toBe(true);
    expect(d.label.formatter).not.toMatch(/\d年$/);
    expect(d.label.formatter).toContain(String(d.cell.years[0]));
  }
  const s = await chart(page, "shortcomings-by-year");
  expect((s.yAxis as Json).name).toContain("乡镇×类别");
  await expect(page.getByTestId("view-shortcomings")).not.toContainText("承认");
});
