// Screenshots of the dashboard at province scale (the generated province, 2,000 townships × 5
// years, served in place of the demo data set's records file) at 1366×768, for a person to look at:
// nothing drawn off the canvas, readable Chinese. Serves an existing build with vite preview.
//   npx vite build --outDir dist-scale && npx tsx scripts/province/screenshots.ts
// Env: SHOTS_DIST (default dist-scale), SHOTS_PORT (4313), SHOTS_OUT (/tmp/shots-province).
import { mkdirSync } from "node:fs";
import { openProvincePreview } from "./preview";

const dist = process.env.SHOTS_DIST ?? "dist-scale";
const port = Number(process.env.SHOTS_PORT ?? 4313);
const out = process.env.SHOTS_OUT ?? "/tmp/shots-province";

const SHOTS: [string, string][] = [
  ["levels", "view=levels&ds=demo"],
  ["levels-city", "view=levels&ds=demo&city=4103"],
  ["ranking", "view=ranking&ds=demo"],
  ["ranking-city", "view=ranking&ds=demo&city=4103"],
  ["trends", "view=trends&ds=demo"],
  ["completeness", "view=completeness&ds=demo"],
  ["shortcomings", "view=shortcomings&ds=demo"],
  ["table", "view=table&ds=demo"],
];

mkdirSync(out, { recursive: true });
const { base, page, close } = await openProvincePreview(dist, port);
try {
  for (const [name, hash] of SHOTS) {
    await page.goto(`${base}#${hash}`);
    await page.locator("[data-testid=app-ready]").waitFor({ state: "attached", timeout: 120_000 });
    await page.waitForFunction(
      () => !document.querySelector(".echart-loading") && !document.querySelector("main [role=status]"),
      null,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/${name}.png` });
    console.log(`${out}/${name}.png`);
  }
} finally {
  await close();
}
