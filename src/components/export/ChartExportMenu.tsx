// 导出图片 for one chart panel: PNG for a slide (1920 × 1080), PNG at the on-screen size × 2 or × 3,
// or SVG. Meant for CaptionedChart's `toolbar` slot. County and the fictional flag come from the
// store, so a view passes only what its chart is: how to build it, its title, years and subject.
import type { ChartOption, ChartTheme, Size } from "../../charts";
import {
  exportChartPng,
  exportChartSvg,
  SLIDE_LAYOUT,
  SLIDE_PIXEL_RATIO,
  type ChartExportSource,
} from "../../export";
import { selectCounties, selectCounty, selectDataset, useDash, type DashState } from "../../store";
import { useCaptionContext } from "../CaptionedChart";
import { ExportMenu, type ExportChoice } from "./ExportMenu";

/**
 * The county an export names: the one filtered to, or the data set's only county (the demo data
 * set is one county, 示例县, even when no county filter is set); null only for several counties.
 */
export const selectExportCounty = (s: DashState): string | null => {
  const picked = selectCounty(s);
  if (picked !== null) return picked;
  const all = selectCounties(s);
  return all.length === 1 ? (all[0] ?? null) : null;
};

export interface ChartExportMenuProps {
  /** The chart's option builder, without the frame (the export draws its own captioned frame). */
  build(theme: ChartTheme, size: Size): ChartOption;
  title: string;
  /** What the chart shows, for the subtitle and file name: an indicator's short name or a view. */
  subject: string;
  /** "2023" or "2021-2024". */
  years: string;
  /** What the chart leaves out, e.g. 未写明：甲镇、乙镇 (the chart's keys come from its caption). */
  notes?: string;
}

/** The on-screen chart next to this menu: ECharts marks its container with _echarts_instance_. */
function screenSize(from: HTMLElement | null): Size | null {
  for (let el = from?.parentElement; el; el = el.parentElement) {
    const chart = el.querySelector<HTMLElement>("[_echarts_instance_]");
    if (chart && chart.clientWidth > 0) return { width: chart.clientWidth, height: chart.clientHeight };
  }
  return null;
}

export function ChartExportMenu({ build, title, subject, years, notes }: ChartExportMenuProps) {
  const county = useDash(selectExportCounty);
  const fictional = useDash((s) => selectDataset(s)?.fictional ?? false);
  // The keys the screen shows under the title (空心条为约数…) travel with the image.
  const keys = useCaptionContext()?.subtitle?.replace(/。$/, "");
  const source: ChartExportSource = {
    build,
    title,
    subject,
    years,
    county,
    fictional,
    notes: [keys, notes].filter(Boolean).join("。") || undefined,
  };

  const onScreen = (ratio: number): ExportChoice => ({
    id: `png-${ratio}x`,
    label: `PNG 屏幕尺寸 ${ratio}×`,
    hint: "与屏幕上的图表同样排版，高清放大",
    run: (from) =>
      exportChartPng(source, screenSize(from) ?? SLIDE_LAYOUT, ratio, ratio === 2 ? "screen2x" : "screen3x"),
  });
  const choices: ExportChoice[] = [
    {
      id: "png-slide",
      label: "PNG 幻灯片（1920×1080）",
      hint: "16:9，适合直接插入PPT",
      run: () => exportChartPng(source, SLIDE_LAYOUT, SLIDE_PIXEL_RATIO, "slide"),
    },
    onScreen(2),
    onScreen(3),
    {
      id: "svg",
      label: "SVG 矢量图",
      hint: "任意缩放不失真，可在PPT中编辑",
      run: () => exportChartSvg(source, SLIDE_LAYOUT),
    },
  ];

  return <ExportMenu label="导出图片" choices={choices} testId="chart-export" />;
}
