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
import { selectCounty, selectDataset, useDash } from "../../store";
import { ExportMenu, type ExportChoice } from "./ExportMenu";

export interface ChartExportMenuProps {
  /** The chart's option builder, without the frame (the export draws its own captioned frame). */
  build(theme: ChartTheme): ChartOption;
  title: string;
  /** What the chart shows, for the subtitle and file name: an indicator's short name or a view. */
  subject: string;
  /** "2023" or "2021-2024". */
  years: string;
}

/** The on-screen chart next to this menu: ECharts marks its container with _echarts_instance_. */
function screenSize(from: HTMLElement | null): Size | null {
  for (let el = from?.parentElement; el; el = el.parentElement) {
    const chart = el.querySelector<HTMLElement>("[_echarts_instance_]");
    if (chart && chart.clientWidth > 0) return { width: chart.clientWidth, height: chart.clientHeight };
  }
  return null;
}

export function ChartExportMenu({ build, title, subject, years }: ChartExportMenuProps) {
  const county = useDash(selectCounty);
  const fictional = useDash((s) => selectDataset(s)?.fictional ?? false);
  const source: ChartExportSource = { build, title, subject, years, county, fictional };

  const onScreen = (ratio: number): ExportChoice => ({
    id: `png-${ratio}x`,
    label: `PNG 屏幕尺寸 ${ratio}×`,
    hint: "与屏幕上的图表同样排版，高清放大",
    run: (from) => exportChartPng(source, screenSize(from) ?? SLIDE_LAYOUT, ratio),
  });
  const choices: ExportChoice[] = [
    {
      id: "png-slide",
      label: "PNG 幻灯片（1920×1080）",
      hint: "16:9，适合直接插入PPT",
      run: () => exportChartPng(source, SLIDE_LAYOUT, SLIDE_PIXEL_RATIO),
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
