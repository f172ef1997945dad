// A GB18030 encoder for test fixtures. Node's TextEncoder only writes UTF-8, so we invert the
// standard (WHATWG/ICU) GB18030 decoder: every 2-byte and BMP 4-byte sequence is decoded once and the
// table is turned around. No dependency, and the bytes are by construction what a GBK system writes.

let table: Map<string, number[]> | null = null;

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder("gb18030", { fatal: true });
  const map = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    let ch: string;
    try {
      ch = decoder.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    if (ch.length === 1 && !map.has(ch)) map.set(ch, bytes);
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
  return map;
}

export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp >= 0x10000) {
      // Supplementary planes are one linear 4-byte range starting at 90 30 81 30.
      let linear = cp - 0x10000;
      const b4 = linear % 10;
      linear = Math.floor(linear / 10);
      const b3 = linear % 126;
      linear = Math.floor(linear / 126);
      const b2 = linear % 10;
      const b1 = Math.floor(linear / 10);
      out.push(0x90 + b1, 0x30 + b2, 0x81 + b3, 0x30 + b4);
    } else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 bytes for U+${cp.toString(16)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
