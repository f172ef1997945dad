// pdf.js's Chinese CMaps carried inside the Worker (scripts/build/offline.ts, pdfCmaps): null in
// the served app, file name → base64 in the offline single file.
declare module "virtual:pdf-cmaps" {
  const cmaps: Record<string, string> | null;
  export default cmaps;
}
