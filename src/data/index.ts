// data: the data set boundary (parse, serialize, merge). Two modules have their own doors on purpose:
// ./bundled (the shipped data sets: Node tools that *write* those files must not import them) and
// ./from-files (files → records through the engine: only the CLI and the Worker need it, and the
// app's main bundle must not pull the engine in through this index).
export { SCHEMA_VERSION, type Dataset, type DatasetFile, type DatasetResult, type RecordsResult } from "./types";
export { parseDataset, parseReport, parseRecord, parseRecordsFile } from "./parse";
export { cleanName, isBuiltInKey, screenReport, MAX_NAME_LENGTH } from "./names";
export { serializeDataset, toDatasetFile, toContractRecord, canonicalReport } from "./serialize";
export { mergeReports, mergeDatasets } from "./merge";
export {
  indexRecords,
  sliceOf,
  UNLOCATED,
  type CityNode,
  type CountyNode,
  type RecordIndex,
  type SliceFilter,
} from "./indexing";
