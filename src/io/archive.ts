// A .zip of report files: each entry becomes a file of its own, named "archive.zip/folder/x.docx".
// Entries are listed from the central directory and inflated one at a time when asked for, each
// capped, and all of them together capped, whatever the headers claim (see ./zip.ts).
import {
  MAX_ARCHIVE_ENTRIES,
  MAX_ARCHIVE_TOTAL_BYTES,
  MAX_PDF_BYTES,
  mb,
  sizeProblem,
  TimeLimitExceeded,
} from "./limits";
import { extensionOf } from "./ext";
import { sniffBinary } from "./read";
import { fail, type ReadResult } from "./result";
import { listZip, readZipEntry, ZipError } from "./zip";

export interface ArchiveEntry {
  /** "archive.zip/folder/name.ext" */
  name: string;
  /** Inflates this entry (once); a reason when it is too large, encrypted or damaged. */
  read(deadline?: number): ReadResult<{ bytes: Uint8Array }>;
}

/** Whether a file is an archive of reports (a .zip), not a .docx/.ofd that is a zip inside. */
export function isArchive(bytes: Uint8Array, fileName: string): boolean {
  return extensionOf(fileName) === "zip" && sniffBinary(bytes) === "zip";
}

/** Files in an archive that are not reports: folders, macOS resource forks, hidden files. */
const IGNORED = /(^|\/)(__MACOSX\/|\.[^/]*$|Thumbs\.db$|desktop\.ini$)/i;

export function archiveEntries(bytes: Uint8Array, fileName: string): ReadResult<{ entries: ArchiveEntry[] }> {
  const tooLarge = sizeProblem("archive", bytes.length);
  if (tooLarge) return fail(fileName, tooLarge);
  let listed;
  try {
    listed = listZip(bytes).filter((e) => !e.dir && !IGNORED.test(e.name));
  } catch (e) {
    if (e instanceof ZipError && e.kind === "zip64")
      return fail(fileName, "压缩包过大（ZIP64 格式），请解压后分批导入");
    return fail(fileName, "压缩包已损坏，无法读取");
  }
  if (listed.length === 0) return fail(fileName, "压缩包中没有文件");
  if (listed.length > MAX_ARCHIVE_ENTRIES)
    return fail(
      fileName,
      `压缩包中有 ${listed.length} 个文件，超过 ${MAX_ARCHIVE_ENTRIES} 个上限；请分批导入`,
    );
  let total = 0;
  const entries = listed.map((entry): ArchiveEntry => {
    const name = `${fileName}/${entry.name}`;
    return {
      name,
      read(deadline) {
        const room = Math.min(MAX_PDF_BYTES, MAX_ARCHIVE_TOTAL_BYTES - total);
        try {
          const data = readZipEntry(bytes, entry, room, deadline);
          total += data.length;
          return { ok: true, bytes: data };
        } catch (e) {
          if (e instanceof TimeLimitExceeded) throw e;
          if (!(e instanceof ZipError)) return fail(name, "无法从压缩包中读取");
          if (e.kind === "too-large")
            return fail(
              name,
              room < MAX_PDF_BYTES
                ? `压缩包解压后总量超过 ${mb(MAX_ARCHIVE_TOTAL_BYTES)} 上限，其余文件未读取`
                : `解压后超过 ${mb(MAX_PDF_BYTES)} 上限，可能是压缩炸弹，已拒绝`,
            );
          if (e.kind === "encrypted") return fail(name, "压缩包中的文件已加密，无法读取");
          return fail(name, "压缩包中的此文件已损坏，无法读取");
        }
      },
    };
  });
  return { ok: true, entries };
}
