// The bundled data sets' files (scripts/build/datasets.ts): URLs relative to the page.
declare module "virtual:datasets" {
  const files: Record<string, { records: string; texts: string }>;
  export default files;
}
