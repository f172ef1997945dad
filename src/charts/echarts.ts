// The ONE place ECharts parts are registered (tree-shaken core). Add a part here when a builder
// starts using a new series or component; nothing else imports from "echarts/*" at runtime.
import { BarChart, HeatmapChart, LineChart } from "echarts/charts";
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";

echarts.use([
  LineChart,
  BarChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  TitleComponent,
  LegendComponent,
  MarkLineComponent,
  VisualMapPiecewiseComponent,
  GraphicComponent,
  AriaComponent,
  CanvasRenderer,
  // SVG for the image export (crisp text in slides).
  SVGRenderer,
]);

export { echarts };
