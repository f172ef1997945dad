// index.html's static first screen (src/boot draws the first chart into it before React): it must
// say what the app's header says, and lay out the overview's chart box where the overview has it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { keyTrendsHeight } from "../../src/views/overview/keyTrends";
import { zh } from "../../src/text/zh";

const html = readFileSync("index.html", "utf8");
const root = html.slice(html.indexOf('<div id="root">'), html.indexOf("<noscript>"));

describe("static first screen", () => {
  it("carries the app's own title and subtitle, as its header renders them", () => {
    expect(root).toContain(`<h1>${zh.appTitle}</h1>`);
    expect(root).toContain(`<span class="brand-sub">${zh.appSubtitle}</span>`);
  });

  it("nests the chart box as the shell and the overview do, hidden until the boot draws", () => {
    const order = [
      'class="app"',
      'class="app-top"',
      'class="app-header"',
      'class="tabs-row"',
      'class="body"',
      'class="content"',
      'class="overview"',
      'id="boot-toolbar"',
      'class="overview-trends" id="boot-trends" hidden',
      'class="captioned-chart"',
      'class="echart"',
    ].map((s) => root.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The year's row cannot be used before React: inert, and not read out.
    expect(root).toMatch(/id="boot-toolbar"[^>]*aria-hidden="true"[^>]*inert/);
  });

  it("sizes the chart by the window alone: 280 px at 1366×768, 560 at 1920×1080, within bounds", () => {
    expect(keyTrendsHeight(768)).toBe(280);
    expect(keyTrendsHeight(1080)).toBe(560);
    expect(keyTrendsHeight(500)).toBe(280);
    expect(keyTrendsHeight(2000)).toBe(560);
    expect(keyTrendsHeight(900)).toBe(412);
  });
});
