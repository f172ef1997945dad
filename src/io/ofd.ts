// An .ofd (GB/T 33190, the national layout document format: XML parts in a zip) → its text. OFD
// places text by coordinates, not in reading order, so each page's text codes are sorted into
// lines by their vertical position, then left to right. Parts are inflated with a size cap and XML
// read with the bounded tokenizer, like .docx.
import { fail, type ReadResult } from "./result";
import { parseMarkup } from "./sax";
import { readContainer } from "./zip";

/** Local names: OFD producers differ in their namespace prefix ("ofd:" or none). */
const local = (name: string) => name.slice(name.indexOf(":") + 1);

interface Glyphs {
  x: number;
  y: number;
  text: string;
}

export function ofdToText(
  bytes: Uint8Array,
  fileName: string,
  deadline?: number,
): ReadResult<{ text: string }> {
  return readContainer(bytes, fileName, deadline, OFD_MESSAGES, (part) => {
    const root = part("OFD.xml");
    if (root === null) return fail(fileName, "不是有效的 OFD 文件（缺少 OFD.xml）");
    const docRoot = elementTexts(root, "DocRoot", deadline)[0];
    const docXml = docRoot ? part(docRoot) : null;
    if (!docRoot || docXml === null) return fail(fileName, "不是有效的 OFD 文件（找不到文档正文）");
    const docDir = docRoot.includes("/") ? docRoot.slice(0, docRoot.lastIndexOf("/") + 1) : "";
    const pages: string[] = [];
    for (const loc of pageLocations(docXml, deadline)) {
      const xml = part(loc.startsWith("/") ? loc : docDir + loc);
      if (xml !== null) pages.push(pageText(xml, deadline));
    }
    const text = pages.filter((p) => p !== "").join("\n");
    if (text.trim() === "")
      return fail(fileName, "OFD 文件中没有文字层（可能是扫描件），请提供文字版或 .docx");
    return { ok: true, text };
  });
}

const OFD_MESSAGES = {
  tooLarge: "OFD 内容解压后",
  encrypted: "OFD 文件已加密，请提供未加密的文件或 .docx",
  corrupt: "OFD 文件已损坏或无法解析，请提供 .docx 或 .txt",
};

function elementTexts(xml: string, name: string, deadline?: number): string[] {
  const out: string[] = [];
  let inside = false;
  let text = "";
  parseMarkup(
    xml,
    {
      onopentag(n) {
        if (local(n) === name) {
          inside = true;
          text = "";
        }
      },
      onclosetag(n) {
        if (local(n) === name && inside) {
          out.push(text.trim());
          inside = false;
        }
      },
      ontext(t) {
        if (inside) text += t;
      },
    },
    { xmlMode: true, deadline },
  );
  return out;
}

function pageLocations(docXml: string, deadline?: number): string[] {
  const out: string[] = [];
  parseMarkup(
    docXml,
    {
      onopentag(n, a) {
        if (local(n) === "Page" && a.BaseLoc) out.push(a.BaseLoc);
      },
    },
    { xmlMode: true, deadline },
  );
  return out;
}

/** One page's text: text codes placed by (Boundary origin + X/Y), grouped into lines. */
export function pageText(xml: string, deadline?: number): string {
  const glyphs: Glyphs[] = [];
  let origin = { x: 0, y: 0 };
  let code: Glyphs | null = null;
  parseMarkup(
    xml,
    {
      onopentag(n, a) {
        const name = local(n);
        if (name === "TextObject") {
          const [x = 0, y = 0] = (a.Boundary ?? "").trim().split(/\s+/).map(Number);
          origin = { x: Number.isFinite(x) ? x : 0, y: Number.isFinite(y) ? y : 0 };
        } else if (name === "TextCode") {
          code = { x: origin.x + (Number(a.X) || 0), y: origin.y + (Number(a.Y) || 0), text: "" };
        }
      },
      onclosetag(n) {
        if (local(n) === "TextCode" && code) {
          if (code.text !== "") glyphs.push(code);
          code = null;
        }
      },
      ontext(t) {
        if (code) code.text += t;
      },
    },
    { xmlMode: true, deadline },
  );
  glyphs.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Glyphs[][] = [];
  for (const g of glyphs) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    // Same line: within 1.5 mm of the line's first baseline (body text is 4–5 mm tall).
    if (line && first && Math.abs(g.y - first.y) <= 1.5) line.push(g);
    else lines.push([g]);
  }
  return lines
    .map((l) =>
      l
        .sort((a, b) => a.x - b.x)
        .map((g) => g.text)
        .join(""),
    )
    .join("\n");
}
