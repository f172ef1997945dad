import { DataZoomInsideComponent, DataZoomSliderComponent } from "echarts/components";
import { use as register } from "echarts/core";

register([DataZoomInsideComponent, DataZoomSliderComponent]);
