// 趋势 opens on the median and the top and bottom townships (the rest grey), with 全部乡镇 one
// click away, no colour twice in a chart, solid legend markers and a discoverable highlight.
import { chart, type Json } from "./charts";
import { expect, openApp, test } from "./fixtures";

test.setTimeout(60_000);

type S = { id: string; name: string; color: string };
const lines = (o: Json) => ((o.series ?? []) as unknown as S[]).filter((s) => !s.id.startsWith("__"));
const colouredOf = (o: Json, grey: string[]) => lines(o).filter((s) => !grey.includes(s.color));

test("demo 趋势: four coloured lines over grey, all townships one click away, colours never repeat", async ({
  page,
}) => {
  await openApp(page, "view=trends&ds=demo&indicator=disputes_handled");
  const o = await chart(page, "trends");
  const all = lines(o);
  expect(all.length).toBe(14);
  const greys = [...new Set(all.map((s) => s.color))].filter(
    (c) => all.filter((s) => s.color === c).length > 1,
  );
  expect(greys).toHaveLength(1);
  const focus = colouredOf(o, greys);
  expect(focus).toHaveLength(4);
  expect((o.legend as { icon: string }).icon).toBe("roundRect");
  expect((o.legend as { data: string[] }).data).toContain("其他10个乡镇");
  await expect(page.getByTestId("trends-focus-note")).toContainText("数值最高和最低");

  await page.getByTestId("trends-show").getByRole("radio", { name: "全部乡镇" }).click();
  await expect
    .poll(async () => colouredOf(await chart(page, "trends"), [...greys, "#616e7c"]).length)
    .toBe(10);
  const shown = colouredOf(await chart(page, "trends"), [...greys, "#616e7c"]);
  expect(new Set(shown.map((s) => s.color)).size).toBe(shown.length);
});

test("demo 趋势: ☆ says 突出显示, and a highlight can be cleared from the chart", async ({ page }) => {
  await openApp(page, "view=trends&ds=demo&indicator=disputes_handled");
  await expect(page.getByTestId("highlight-hint")).toContainText("☆");
  await expect(page.getByTestId("highlight-hint")).toContainText("突出显示");
  await page.getByTestId("township-list").getByRole("button", { name: "突出显示：白鹭镇" }).click();
  await expect(page.getByTestId("trends-highlighted")).toContainText("突出显示：白鹭镇");
  const o = await chart(page, "trends");
  const named = lines(o).filter((s) => s.name === "白鹭镇");
  expect(named).toHaveLength(1);
  expect(
    new Set(
      lines(o)
        .filter((s) => s.name !== "白鹭镇")
        .map((s) => s.color),
    ).size,
  ).toBe(1);
  await page.getByTestId("trends-highlighted").getByRole("button", { name: "取消突出显示" }).click();
  await expect(page.getByTestId("trends-highlighted")).toHaveCount(0);
  await expect(page.getByTestId("trends-focus-note")).toBeVisible();
});
