/** The lower-case extension of a file name, without the dot ("" when there is none). */
export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return m?.[1]?.toLowerCase() ?? "";
}
