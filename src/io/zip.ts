// Reading zip containers (.docx, .ofd, a .zip of reports) without trusting them. The central
// directory gives names and claimed sizes; every entry is inflated in small steps through fflate's
// streaming Inflate, counting what actually comes out, so an entry that lies about its size or a
// zip bomb is stopped at the limit instead of filling memory.
import { Inflate } from "fflate";
import { checkDeadline, MAX_PART_BYTES, mb, TimeLimitExceeded } from "./limits";
import { fail, type ReadResult } from "./result";

export interface ZipEntry {
  name: string;
  /** Whether the name ends in "/" (a folder). */
  dir: boolean;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** As the header claims it; never trusted when inflating. */
  claimedSize: number;
  localOffset: number;
}

/** Why a container could not be read; the caller turns it into a sentence for the person. */
export class ZipError extends Error {
  constructor(
    readonly kind: "corrupt" | "zip64" | "encrypted" | "method" | "too-large",
    detail = "",
  ) {
    super(`${kind}${detail ? `: ${detail}` : ""}`);
  }
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const GB = new TextDecoder("gb18030");
const UTF8_LENIENT = new TextDecoder("utf-8");

/** Entry names: UTF-8 when flagged or valid, else GBK (what Chinese Windows writes). */
function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder("utf-8").decode(bytes);
  try {
    return UTF8.decode(bytes);
  } catch {
    return GB.decode(bytes);
  }
}

/** The entries of a zip's central directory. Throws ZipError. */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("corrupt", "no end of central directory");
  const count = u16(bytes, eocd + 10);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError("zip64");
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ZipError("corrupt", "directory");
    const flags = u16(bytes, at + 8);
    const nameLen = u16(bytes, at + 28);
    const extraLen = u16(bytes, at + 30);
    const commentLen = u16(bytes, at + 32);
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLen), (flags & 0x800) !== 0);
    entries.push({
      name,
      dir: name.endsWith("/"),
      method: u16(bytes, at + 10),
      encrypted: (flags & 1) !== 0,
      compressedSize: u32(bytes, at + 20),
      claimedSize: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const STEP = 4096;

/**
 * The bytes of one entry, inflated in steps of 4 KB of input (at most ~4 MB of output each), and
 * refused with ZipError("too-large") as soon as the output passes `maxBytes`.
 */
export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  deadline?: number,
): Uint8Array {
  if (entry.encrypted) throw new ZipError("encrypted");
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw new ZipError("corrupt", entry.name);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipError("corrupt", entry.name);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipError("too-large", entry.name);
    return data.slice();
  }
  if (entry.method !== 8) throw new ZipError("method", String(entry.method));

  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new ZipError("too-large", entry.name);
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length; i += STEP) {
      if ((i / STEP) % 256 === 0) checkDeadline(deadline);
      inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ZipError || e instanceof TimeLimitExceeded) throw e;
    throw new ZipError("corrupt", entry.name);
  }
  if (!ended && total === 0 && entry.claimedSize > 0) throw new ZipError("corrupt", entry.name);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/**
 * The parts of a container (.docx, .ofd) by path, each inflated on demand with the cap and decoded
 * as UTF-8; null for a part that is not there. Throws ZipError like readZipEntry.
 */
export function zipParts(
  bytes: Uint8Array,
  maxBytes: number,
  deadline?: number,
): (path: string | null | undefined) => string | null {
  const entries = new Map<string, ZipEntry>();
  for (const e of listZip(bytes)) {
    const path = e.name.replace(/^\//, "");
    if (!entries.has(path)) entries.set(path, e);
  }
  return (path) => {
    const entry = path ? entries.get(path.replace(/^\//, "")) : undefined;
    return entry ? UTF8_LENIENT.decode(readZipEntry(bytes, entry, maxBytes, deadline)) : null;
  };
}

/** What a container reader says when its zip cannot be read; each names the format for the person. */
export interface ContainerMessages {
  /** A part inflated past MAX_PART_BYTES (the limit is appended). */
  tooLarge: string;
  encrypted: string;
  corrupt: string;
}

/**
 * Opens a container (.docx, .ofd) and hands its parts to `read`, inflated with MAX_PART_BYTES and
 * the deadline; a zip that cannot be read, a part over the cap or an encrypted part becomes that
 * file's reason, and a reader that throws counts as a corrupt file. TimeLimitExceeded passes through.
 */
export function readContainer<T extends object>(
  bytes: Uint8Array,
  fileName: string,
  deadline: number | undefined,
  messages: ContainerMessages,
  read: (part: ReturnType<typeof zipParts>) => ReadResult<T>,
): ReadResult<T> {
  try {
    return read(zipParts(bytes, MAX_PART_BYTES, deadline));
  } catch (e) {
    if (e instanceof TimeLimitExceeded) throw e;
    if (e instanceof ZipError && e.kind === "too-large")
      return fail(fileName, `${messages.tooLarge}超过 ${mb(MAX_PART_BYTES)}，可能是压缩炸弹，已拒绝`);
    if (e instanceof ZipError && e.kind === "encrypted") return fail(fileName, messages.encrypted);
    return fail(fileName, messages.corrupt);
  }
}
