// 完整性 answers "who is missing what" and leads to action: rows most-missing first, a computed
// rate reads 推算, one line per township to chase (桃源镇缺3项) beside the 催报清单 export, and the
// colours keep one meaning across the two grids (the legend note says so).
import { chart } from "./charts";
import { expect, openApp, test } from "./fixtures";

test.setTimeout(60_000);

type Cell = { value: [number, number, number]; label: { formatter: string }; cell: { derived?: boolean } };

test("demo 完整性: ordered by what is missing, 推算 shown as such, a chase line per township", async ({
  page,
}) => {
  await openApp(page, "view=completeness&ds=demo");
  const o = await chart(page, "completeness-indicator");
  const rows = (o.yAxis as { data: (string | { value: string })[] }).data.map((d) =>
    typeof d === "string" ? d : d.value,
  );
  const data = (o.series?.[0]?.data ?? []) as Cell[];
  const missing = rows.map(
    (_, y) => data.filter((d) => d.value[1] === y && !/^\d/.test(d.label.formatter)).length,
  );
  // Most missing first: the counts never rise down the rows.
  for (let i = 1; i < missing.length; i++) expect(missing[i]).toBeLessThanOrEqual(missing[i - 1]!);
  expect(missing[0]).toBe(4);
  const derived = data.filter((d) => d.cell.derived);
  expect(derived.length).toBeGreaterThan(0);
  for (const d of derived) expect(d.label.formatter).toMatch(/推算/);

  const lines = page.getByTestId("chase-line");
  await expect(lines.first()).toHaveText(/^.+(缺\d+项|年未报送|年无报告)/);
  await expect(page.getByTestId("chase-summary")).toContainText("需补报的乡镇");
  await expect(page.getByTestId("chase-summary").getByTestId("chase-export")).toBeVisible();
  await expect(page.getByTestId("completeness-colours")).toContainText("两图颜色含义相同");

  // A chase line marks that township's row in both grids.
  const name = ((await lines.nth(1).textContent()) ?? "").replace(/缺.*|\d{4}.*/, "");
  await lines.nth(1).click();
  await expect
    .poll(async () => {
      const y = await chart(page, "completeness-year");
      return JSON.stringify((y.yAxis as { data: unknown[] }).data);
    })
    .toContain(`{"value":"${name}","textStyle":{"fontWeight":"bold"`);
});
