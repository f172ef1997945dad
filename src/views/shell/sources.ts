// The data sets the header offers: the samples and the fictional demo county, both shipped as data
// files and loaded when first chosen (src/data/bundled decides how).
import { bundledSource } from "../../data/bundled";
import type { DatasetSource } from "../../store";
import { zh } from "../../text/zh";

export const DATASET_SOURCES: DatasetSource[] = [
  bundledSource("samples", zh.datasets.samples, false),
  bundledSource("demo", zh.datasets.demo, true),
];
