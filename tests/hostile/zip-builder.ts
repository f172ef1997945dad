// Writes zip archives by hand, so a test can make one lie: an entry's header may claim any size,
// whatever its compressed data inflates to. Data is raw DEFLATE from node:zlib (fast for bombs).
import { deflateRawSync } from "node:zlib";

export interface RawEntry {
  name: string;
  /** The name's bytes as written (e.g. GBK); default UTF-8, flagged as such. */
  nameBytes?: Uint8Array;
  /** Inflated content (compressed here), or already-compressed raw DEFLATE via `deflated`. */
  data?: Uint8Array;
  deflated?: Uint8Array;
  /** What the headers claim the entry inflates to; default: the truth. */
  claimedSize?: number;
}

export function buildZip(entries: RawEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.nameBytes ?? Buffer.from(e.name, "utf8"));
    const flags = e.nameBytes ? 0 : 0x800; // bit 11: the name is UTF-8
    const data = e.deflated ? Buffer.from(e.deflated) : deflateRawSync(e.data ?? new Uint8Array());
    const size = e.claimedSize ?? e.data?.length ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(cd, name);
    offset += 30 + name.length + data.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cdBytes, end]));
}

/** Raw DEFLATE of `bytes` zeros (about a thousandth of their size). */
export function zeros(bytes: number): Uint8Array {
  return deflateRawSync(Buffer.alloc(bytes), { level: 9 });
}
