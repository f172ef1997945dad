// A .docx (Office Open XML) → the report's text: unzip the main document part and read its
// paragraphs in order. Only text is kept; numbering that Word generates (automatic "一、" lists) is
// not in the XML as text and so is not in the result.
import { unzipSync } from "fflate";
import { Parser } from "htmlparser2";
import { fail, type ReadResult } from "./result";

const MAIN_PART = "word/document.xml";
const RELS_PART = "_rels/.rels";
/** A report's document.xml is well under a megabyte; a far larger one is a zip bomb or not a report. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

/** Reads the text of a .docx file, one line per paragraph. */
export function docxToText(bytes: Uint8Array, fileName: string): ReadResult<{ text: string }> {
  let xml: string | null;
  try {
    xml = readPart(bytes, MAIN_PART) ?? readPart(bytes, mainPartFromRels(bytes));
  } catch (e) {
    if (e instanceof PartTooLarge) return fail(fileName, "文件内容过大，无法读取");
    return fail(fileName, "文件已损坏或不是有效的 .docx 文件，请用 Word/WPS 打开后另存为 .docx");
  }
  if (xml === null) return fail(fileName, "不是 Word 文档（压缩包中没有正文 word/document.xml）");
  const text = documentXmlToText(xml);
  if (text.trim() === "") return fail(fileName, "文档中没有文字（可能是扫描图片），请提供文字版");
  return { ok: true, text };
}

/** The text of a WordprocessingML document part. Exported for tests. */
export function documentXmlToText(xml: string): string {
  const paragraphs: string[] = [];
  let current = "";
  let inText = 0; // inside <w:t>
  let inRun = 0; // inside <w:r>: a <w:tab/> outside a run is a tab-stop definition, not a tab
  let skip = 0; // inside mc:Fallback, which repeats mc:Choice's content for old readers

  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "mc:Fallback") skip++;
        if (skip > 0) return;
        switch (name) {
          case "w:r":
            inRun++;
            break;
          case "w:t":
            inText++;
            break;
          case "w:tab":
            if (inRun > 0) current += "\t";
            break;
          case "w:br":
          case "w:cr":
            if (inRun > 0) current += "\n";
            break;
          case "w:noBreakHyphen":
            current += "-";
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
        else if (name === "w:p") {
          paragraphs.push(current);
          current = "";
        }
      },
      ontext(data) {
        if (skip === 0 && inText > 0) current += data;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  if (current !== "") paragraphs.push(current);
  return paragraphs
    .join("\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

class PartTooLarge extends Error {}

function readPart(bytes: Uint8Array, name: string | null): string | null {
  if (!name) return null;
  const files = unzipSync(bytes, {
    filter(file) {
      if (file.name !== name) return false;
      if (file.originalSize > MAX_PART_BYTES) throw new PartTooLarge(name);
      return true;
    },
  });
  const part = files[name];
  return part ? new TextDecoder("utf-8").decode(part) : null;
}

/** Some generators name the main part differently; the package relationships say which it is. */
function mainPartFromRels(bytes: Uint8Array): string | null {
  const rels = readPart(bytes, RELS_PART);
  if (!rels) return null;
  const m = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels);
  const target = m ? /Target="([^"]+)"/.exec(m[0])?.[1] : undefined;
  return target ? target.replace(/^\//, "") : null;
}
