// The result every reader returns: a value, or a reason a person can act on. Reasons are Chinese
// sentences that name the file, because they are shown as they are in the import dialog.

export type ReadResult<T extends object> = ({ ok: true } & T) | { ok: false; reason: string };

/** The last path segment: reasons name the file as the person knows it, not a temp path. */
export function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] || fileName;
}

export function fail(fileName: string, problem: string): { ok: false; reason: string } {
  return { ok: false, reason: `《${baseName(fileName)}》：${problem}` };
}
