// The committed Word 97–2003 fixtures (made by scripts/gen-doc-fixtures.mjs) and helpers that
// damage them in precise places: the header, the FAT, a directory entry, the FIB.
import { readFileSync } from "node:fs";

export const DOC_DIR = "tests/io/fixtures/doc";
export const DOC_PATH = `${DOC_DIR}/青石镇2023年报告.doc`;
export const WPS_PATH = `${DOC_DIR}/青石镇2023年报告.wps`;
export const TXT_PATH = `${DOC_DIR}/青石镇2023年报告.txt`;

export const docBytes = (path = DOC_PATH) => new Uint8Array(readFileSync(path));

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Offset in the file of a top-level directory entry (512-byte sectors, directory in one chain). */
export function dirEntryOffset(b: Uint8Array, name: string): number {
  const v = view(b);
  const fat = (n: number) => v.getUint32((v.getUint32(0x4c, true) + 1) * 512 + n * 4, true);
  for (let s = v.getUint32(0x30, true); s !== 0xfffffffe; s = fat(s)) {
    for (let at = (s + 1) * 512; at < (s + 2) * 512; at += 128) {
      const length = v.getUint16(at + 0x40, true);
      if (new TextDecoder("utf-16le").decode(b.subarray(at, at + Math.max(0, length - 2))) === name)
        return at;
    }
  }
  throw new Error(`no entry ${name}`);
}

/** Offset in the file of the first byte of a stream kept in regular sectors (≥ 4096 bytes). */
export function streamOffset(b: Uint8Array, name: string): number {
  return (view(b).getUint32(dirEntryOffset(b, name) + 0x74, true) + 1) * 512;
}

/** A copy with a little-endian u32 written at `at`. */
export function withU32(b: Uint8Array, at: number, value: number): Uint8Array {
  const copy = b.slice();
  view(copy).setUint32(at, value, true);
  return copy;
}
