// SVG for the image export (crisp text in slides).
import { use as register } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

register([SVGRenderer]);
