// Door of charts/: pure option builders (view model → ECharts option), the captioned frame, the
// theme, escaping, and the one rendering component. The builders import ECharts types only, so this
// door is light; the ECharts runtime (≈1 MB before minifying) comes in with EChart, which is
// therefore a chunk of its own here: main.tsx starts loading it with the page (loadEChart), in
// parallel with the data, and a chart drawn before it arrives shows a placeholder box.
export * from "./types";
export { escapeHtml, escapeXml } from "./escape";
export { theme, FONT_FAMILY, type ChartTheme } from "./theme";
export { fitLegend, legendRows } from "./legend";
export { frameOption, headerHeight, FICTIONAL_MARK, FOOTER_HEIGHT, type Caption } from "./frame";
export {
  FOCUS_ALL,
  trendRoles,
  trendsOption,
  trendsTooltip,
  type TrendDatum,
  type TrendsShow,
} from "./trends";
export { rankingOption, rankingTooltip, rankLabel, type RankDatum } from "./ranking";
export { boundRows, boundCompleteness, middlePages, quantileOf, ALL_ROWS_LIMIT, LABEL_LIMIT } from "./bound";
export { byIndicatorOption, byYearOption, STATUS_ORDER, type CompletenessDatum } from "./completeness";
export { keyTrendsOption, keyTrendsTooltip, type KeyTrendDatum, type SummaryRef } from "./keyTrends";
export {
  byYearStackOption,
  matrixOption,
  matrixRows,
  matrixLabel,
  yearsText,
  columnLabel,
  type MatrixDatum,
  type StackDatum,
  type StackRef,
} from "./shortcomings";
export { chartTable, type ChartTable, type TableCell } from "./dataTable";
export { EChart, loadEChart } from "./LazyEChart";
export type { EChartProps } from "./EChart";
