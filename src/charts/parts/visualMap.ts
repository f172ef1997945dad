import { VisualMapPiecewiseComponent } from "echarts/components";
import { use as register } from "echarts/core";

register([VisualMapPiecewiseComponent]);
