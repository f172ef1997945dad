// A .docx (Office Open XML) → the report's text: the main document part's paragraphs in order, with
// Word's automatic numbering rendered from numbering.xml (and numbering carried by paragraph
// styles), and footnotes and endnotes kept after the body. Parts are inflated through ./zip.ts with
// a size cap whatever the zip claims, and XML is read with the bounded ./sax.ts.
import { NumberingCounter, parseNumbering, parseStyleNumbering } from "./docxNumbering";
import { fail, type ReadResult } from "./result";
import { parseMarkup } from "./sax";
import { readContainer } from "./zip";

const MAIN_PART = "word/document.xml";
const RELS_PART = "_rels/.rels";

/** Reads the text of a .docx file, one line per paragraph. */
export function docxToText(
  bytes: Uint8Array,
  fileName: string,
  deadline?: number,
): ReadResult<{ text: string }> {
  return readContainer(bytes, fileName, deadline, DOCX_MESSAGES, (part) => {
    const xml = part(MAIN_PART) ?? part(mainPartFromRels(part(RELS_PART)));
    if (xml === null) return fail(fileName, "不是 Word 文档（压缩包中没有正文 word/document.xml）");
    const numbering = part("word/numbering.xml");
    const styles = part("word/styles.xml");
    const counter = new NumberingCounter(
      numbering ? parseNumbering(numbering, deadline) : { abstract: new Map(), nums: new Map() },
      styles ? parseStyleNumbering(styles, deadline) : new Map(),
    );
    const body = documentXmlToText(xml, counter, deadline);
    const notes = [part("word/footnotes.xml"), part("word/endnotes.xml")]
      .map((x) => (x ? notesToText(x, deadline) : ""))
      .filter((t) => t !== "");
    const text = notes.length > 0 ? `${body}\n\n${notes.join("\n")}` : body;
    if (text.trim() === "") return fail(fileName, "文档中没有文字（可能是扫描图片），请提供文字版");
    return { ok: true, text };
  });
}

const DOCX_MESSAGES = {
  tooLarge: "文档内容解压后",
  encrypted: "文件已加密，请在 Word 中取消密码并另存为 .docx",
  corrupt: "文件已损坏或不是有效的 .docx 文件，请用 Word/WPS 打开后另存为 .docx",
};

interface Paragraph {
  text: string;
  numId?: string;
  ilvl?: number;
  style?: string;
}

/**
 * The text of a WordprocessingML part (document, footnote or endnote), one line per paragraph.
 * With a counter, numbered paragraphs get their label in front. Exported for tests.
 */
export function documentXmlToText(xml: string, counter?: NumberingCounter, deadline?: number): string {
  return paragraphsOf(xml, deadline, (p) => (counter?.label(p.numId, p.ilvl, p.style) ?? "") + p.text)
    .join("\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Footnotes and endnotes (not the separator lines Word keeps among them), each as "注：…". */
function notesToText(xml: string, deadline?: number): string {
  const lines: string[] = [];
  const notes: string[] = [];
  let from = -1;
  let separator = false;
  const isNote = (name: string) => name === "w:footnote" || name === "w:endnote";
  paragraphsOf(xml, deadline, (p) => p.text, lines, {
    open(name, a) {
      if (!isNote(name)) return;
      from = lines.length;
      separator = /^(separator|continuationSeparator|continuationNotice)$/.test(a["w:type"] ?? "");
    },
    close(name) {
      if (!isNote(name) || from < 0) return;
      const text = lines.slice(from).join(" ").trim();
      if (!separator && text !== "") notes.push(`注：${text}`);
      from = -1;
    },
  });
  return notes.join("\n");
}

function paragraphsOf(
  xml: string,
  deadline: number | undefined,
  render: (p: Paragraph) => string,
  out: string[] = [],
  hooks: { open?(name: string, a: Record<string, string>): void; close?(name: string): void } = {},
): string[] {
  const open: Paragraph[] = [];
  let inText = 0; // inside <w:t>
  let inRun = 0; // inside <w:r>: a <w:tab/> outside a run is a tab-stop definition, not a tab
  let inNumPr = 0;
  let skip = 0; // inside mc:Fallback, which repeats mc:Choice's content for old readers
  const top = () => open[open.length - 1];
  const add = (s: string) => {
    const p = top();
    if (p) p.text += s;
  };

  parseMarkup(
    xml,
    {
      onopentag(name, a) {
        if (name === "mc:Fallback") skip++;
        if (skip > 0) return;
        hooks.open?.(name, a);
        switch (name) {
          case "w:p":
            open.push({ text: "" });
            break;
          case "w:pStyle": {
            const p = top();
            if (p && !p.style) p.style = a["w:val"];
            break;
          }
          case "w:numPr":
            inNumPr++;
            break;
          case "w:numId":
            if (inNumPr > 0 && top()) (top() as Paragraph).numId = a["w:val"];
            break;
          case "w:ilvl":
            if (inNumPr > 0 && top()) (top() as Paragraph).ilvl = Number(a["w:val"] ?? 0);
            break;
          case "w:r":
            inRun++;
            break;
          case "w:t":
            inText++;
            break;
          case "w:tab":
            if (inRun > 0) add("\t");
            break;
          case "w:br":
          case "w:cr":
            if (inRun > 0) add("\n");
            break;
          case "w:noBreakHyphen":
            add("-");
            break;
        }
      },
      onclosetag(name) {
        if (name === "mc:Fallback") {
          skip--;
          return;
        }
        if (skip > 0) return;
        if (name === "w:r") inRun--;
        else if (name === "w:t") inText--;
        else if (name === "w:numPr") inNumPr--;
        else if (name === "w:p") {
          const p = open.pop();
          if (p) out.push(render(p));
        }
        hooks.close?.(name);
      },
      ontext(data) {
        if (skip === 0 && inText > 0) add(data);
      },
    },
    { xmlMode: true, deadline },
  );
  for (const p of open) out.push(render(p));
  return out;
}

/** Some generators name the main part differently; the package relationships say which it is. */
function mainPartFromRels(rels: string | null): string | null {
  if (!rels) return null;
  const m = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels);
  const target = m ? /Target="([^"]+)"/.exec(m[0])?.[1] : undefined;
  return target ? target.replace(/^\//, "") : null;
}
