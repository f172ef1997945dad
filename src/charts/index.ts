// Door of charts/: pure option builders (view model → ECharts option), the captioned frame, the
// theme, escaping, and the one rendering component.
export * from "./types";
export { escapeHtml } from "./escape";
export { theme, FONT_FAMILY, type ChartTheme } from "./theme";
export { frameOption, headerHeight, FICTIONAL_MARK, FOOTER_HEIGHT, type Caption } from "./frame";
export { trendsOption, trendsTooltip, type TrendDatum } from "./trends";
export { rankingOption, rankingTooltip, rankLabel, type RankDatum } from "./ranking";
export { byIndicatorOption, byYearOption, STATUS_ORDER, type CompletenessDatum } from "./completeness";
export { keyTrendsOption, keyTrendsTooltip, type KeyTrendDatum, type SummaryRef } from "./keyTrends";
export { byYearStackOption, matrixOption, matrixLabel, type MatrixDatum } from "./shortcomings";
export { EChart, type EChartProps } from "./EChart";
