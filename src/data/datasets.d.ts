// The bundled data sets' files (scripts/build/datasets.ts): URLs relative to the page, or in the
// offline single file (`inline`) the records and texts JSON themselves.
declare module "virtual:datasets" {
  const files: Record<string, { records: string; texts: string; inline?: true }>;
  export default files;
}
