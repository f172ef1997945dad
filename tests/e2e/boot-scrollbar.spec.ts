// The first chart with classic scrollbars, as on a desktop (headless Chromium hides them by default):
// the static first screen is shorter than the window, the app taller, so without a reserved gutter
// the page would narrow by a scrollbar's width once React rendered the tiles, and the chart drawn
// before React would be redrawn at the new width (src/app.css: scrollbar-gutter).
import { CHROMIUM_ARGS, chromiumPath } from "../../scripts/chromium.mjs";
import { expect, openApp, test } from "./fixtures";

test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ["--hide-scrollbars"],
  },
});

test("with visible scrollbars the chart drawn before React keeps its width and is not redrawn", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __widths: number[]; __bootChart?: unknown; __sets: number };
    w.__widths = [];
    w.__sets = 0;
    let boot: { setOption: (...a: unknown[]) => unknown; getWidth: () => number } | undefined;
    Object.defineProperty(w, "__bootChart", {
      configurable: true,
      get: () => boot,
      set: (c: typeof boot) => {
        boot = c;
        w.__widths.push(c!.getWidth());
        const set = c!.setOption.bind(c);
        c!.setOption = (...a: unknown[]) => {
          w.__sets += 1;
          return set(...a);
        };
      },
    });
  });
  await openApp(page, "ds=samples");
  await expect(page.getByTestId("chart-overview-key-trends").locator("canvas")).toBeVisible();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const r = await page.evaluate(() => {
    const w = window as unknown as {
      __widths: number[];
      __sets: number;
      __bootChart?: { getWidth: () => number };
    };
    return {
      scrolls: document.documentElement.scrollHeight > window.innerHeight,
      drawn: w.__widths,
      now: w.__bootChart?.getWidth(),
      sets: w.__sets,
    };
  });
  // The page does scroll (the tiles are under the chart), the boot drew, and nothing changed since.
  expect(r.scrolls).toBe(true);
  expect(r.drawn).toHaveLength(1);
  expect(r.now).toBe(r.drawn[0]);
  expect(r.sets).toBe(0);
});
