import { HeatmapChart } from "echarts/charts";
import { use as register } from "echarts/core";

register([HeatmapChart]);
