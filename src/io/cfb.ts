// Reading an OLE compound file (Microsoft's "Compound File Binary" container of .doc, .wps, .xls)
// without trusting it: the header, the sector allocation table (FAT), its extension (DIFAT), the
// directory and the mini stream, each followed with a guard against loops and with every size
// capped by what the file can actually hold, so a file that claims millions of sectors or a chain
// that loops is refused in time proportional to the file's own size. Only the top-level streams are
// listed (a .doc's embedded objects sit in storages below them and are not wanted).

/** Why a container could not be read; the caller turns it into a sentence for the person. */
export class CfbError extends Error {
  constructor(detail: string) {
    super(`cfb: ${detail}`);
  }
}

const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const NOSTREAM = 0xffffffff;
const HEADER_DIFAT = 109;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export interface Cfb {
  /** The names of the streams directly below the root (e.g. "WordDocument", "1Table"). */
  names: string[];
  /** A top-level stream's bytes, or null when there is none of that name. Throws CfbError. */
  stream(name: string): Uint8Array | null;
}

interface DirEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

/** Opens a compound file. Throws CfbError when its structure is broken. */
export function openCfb(bytes: Uint8Array): Cfb {
  if (bytes.length < 512 || !CFB_SIGNATURE.every((x, i) => bytes[i] === x)) throw new CfbError("signature");
  const shift = u16(bytes, 0x1e);
  const miniShift = u16(bytes, 0x20);
  if ((shift !== 9 && shift !== 12) || miniShift !== 6) throw new CfbError("sector size");
  const sectorSize = 1 << shift;
  /** Sectors the file really holds: every count and chain below is bounded by it. */
  const sectorCount = Math.max(0, Math.ceil((bytes.length - sectorSize) / sectorSize));
  const sector = (n: number) => {
    if (n >= sectorCount) throw new CfbError(`sector ${n}`);
    const at = (n + 1) * sectorSize;
    return bytes.subarray(at, Math.min(at + sectorSize, bytes.length));
  };

  // The FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatCount = u32(bytes, 0x2c);
  if (fatCount > sectorCount) throw new CfbError("FAT count");
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT && fatSectors.length < fatCount; i++)
    fatSectors.push(u32(bytes, 0x4c + i * 4));
  let difat = u32(bytes, 0x44);
  const perDifat = sectorSize / 4 - 1;
  const seenDifat = new Set<number>();
  while (fatSectors.length < fatCount && difat !== ENDOFCHAIN && difat !== FREESECT) {
    if (seenDifat.has(difat)) throw new CfbError("DIFAT loop");
    seenDifat.add(difat);
    const s = sector(difat);
    for (let i = 0; i < perDifat && fatSectors.length < fatCount; i++) fatSectors.push(u32(s, i * 4));
    difat = u32(s, perDifat * 4);
  }
  const fat = new Uint32Array(fatSectors.length * (sectorSize / 4));
  fatSectors.forEach((n, i) => {
    const s = sector(n);
    for (let j = 0; j < s.length / 4; j++) fat[i * (sectorSize / 4) + j] = u32(s, j * 4);
  });

  /** A chain of sectors from `start`, each visited once, at most `limit` long. */
  const chain = (table: Uint32Array, start: number, limit: number): number[] => {
    const out: number[] = [];
    const seen = new Set<number>();
    for (let n = start; n !== ENDOFCHAIN; n = table[n] ?? FREESECT) {
      if (n === FREESECT || n >= table.length || seen.has(n) || out.length >= limit)
        throw new CfbError("chain");
      seen.add(n);
      out.push(n);
    }
    return out;
  };
  const readChain = (start: number, size: number): Uint8Array => {
    if (size === 0) return new Uint8Array(0);
    const count = Math.ceil(size / sectorSize);
    if (count > sectorCount) throw new CfbError("stream size");
    const out = new Uint8Array(size);
    chain(fat, start, count).forEach((n, i) => {
      const s = sector(n);
      out.set(s.subarray(0, Math.min(s.length, size - i * sectorSize)), i * sectorSize);
    });
    return out;
  };

  const dirBytes = readAll(chain(fat, u32(bytes, 0x30), sectorCount).map(sector));
  const entries: DirEntry[] = [];
  for (let at = 0; at + 128 <= dirBytes.length; at += 128) {
    const nameLength = Math.min(64, u16(dirBytes, at + 0x40));
    entries.push({
      name: new TextDecoder("utf-16le").decode(dirBytes.subarray(at, at + Math.max(0, nameLength - 2))),
      type: dirBytes[at + 0x42] ?? 0,
      left: u32(dirBytes, at + 0x44),
      right: u32(dirBytes, at + 0x48),
      child: u32(dirBytes, at + 0x4c),
      start: u32(dirBytes, at + 0x74),
      // The high half (version 4 files) is never legitimately non-zero for a document under 4 GB.
      size: u32(dirBytes, at + 0x78),
    });
  }
  const root = entries[0];
  if (!root || root.type !== 5) throw new CfbError("root");

  // Top-level entries: the tree of siblings below the root, each visited once.
  const top = new Map<string, DirEntry>();
  const stack = [root.child];
  const visited = new Set<number>();
  while (stack.length > 0) {
    const i = stack.pop() ?? NOSTREAM;
    const e = entries[i];
    if (i === NOSTREAM || !e || visited.has(i)) continue;
    visited.add(i);
    if (e.type === 2 && !top.has(e.name)) top.set(e.name, e);
    stack.push(e.left, e.right);
  }

  const cutoff = u32(bytes, 0x38);
  let mini: { stream: Uint8Array; fat: Uint32Array } | null = null;
  const miniParts = () => {
    if (mini) return mini;
    const stream = readChain(root.start, root.size);
    const miniFatBytes = readAll(chain(fat, u32(bytes, 0x3c), sectorCount).map(sector));
    const miniFat = new Uint32Array(miniFatBytes.length / 4);
    for (let j = 0; j < miniFat.length; j++) miniFat[j] = u32(miniFatBytes, j * 4);
    mini = { stream, fat: miniFat };
    return mini;
  };

  return {
    names: [...top.keys()],
    stream(name) {
      const e = top.get(name);
      if (!e) return null;
      if (e.size >= cutoff) return readChain(e.start, e.size);
      const m = miniParts();
      const out = new Uint8Array(e.size);
      const count = Math.ceil(e.size / 64);
      chain(m.fat, e.start, count).forEach((n, i) => {
        if ((n + 1) * 64 > m.stream.length) throw new CfbError("mini sector");
        out.set(m.stream.subarray(n * 64, n * 64 + Math.min(64, e.size - i * 64)), i * 64);
      });
      return out;
    },
  };
}

function readAll(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
