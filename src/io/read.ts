// One report file (bytes + its name) → its text, or a reason the person can act on. The content
// decides before the name does: government sites serve HTML pages named .doc, and people rename
// files; the extension only picks the message for formats we cannot read.
import { decodeText } from "./decode";
import { docxToText } from "./docx";
import { declaredCharset, htmlToText, looksLikeHtml } from "./html";
import { fail, type ReadResult } from "./result";

export type ReportFormat = "text" | "html" | "docx";

export type ReadReportResult = ReadResult<{ text: string; format: ReportFormat; encoding?: string }>;

/** Larger than any prose report by two orders of magnitude. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

const SAVE_AS = "请另存为 .docx 或 .txt 后导入";

const HTML_EXTENSIONS = new Set(["html", "htm", "shtml", "xhtml", "jsp", "asp", "aspx", "php"]);

/** Formats we recognise but cannot read, by extension: the message says what to do instead. */
const UNSUPPORTED: Record<string, string> = {
  pdf: `暂不支持 PDF 文件，${SAVE_AS}`,
  doc: ".doc（旧版 Word）格式不支持，请另存为 .docx",
  wps: ".wps（WPS 文字）格式不支持，请另存为 .docx",
  ofd: `暂不支持 OFD 版式文件，${SAVE_AS}`,
  rtf: `暂不支持 RTF 文件，${SAVE_AS}`,
  mht: "暂不支持 .mht 单文件网页，请在浏览器中打开后另存为“网页，仅 HTML”或 .txt",
  mhtml: "暂不支持 .mhtml 单文件网页，请在浏览器中打开后另存为“网页，仅 HTML”或 .txt",
  xls: "这是表格文件，不是报告正文",
  xlsx: "这是表格文件，不是报告正文",
  et: "这是表格文件，不是报告正文",
  csv: "这是表格文件，不是报告正文",
  ppt: "这是演示文稿，不是报告正文",
  pptx: "这是演示文稿，不是报告正文",
  zip: "这是压缩包，请解压后导入其中的报告文件",
  rar: "这是压缩包，请解压后导入其中的报告文件",
  "7z": "这是压缩包，请解压后导入其中的报告文件",
};
const IMAGE = "这是图片文件，无法提取文字，请提供文字版报告";
for (const ext of ["png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "heic"])
  UNSUPPORTED[ext] = IMAGE;

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return m?.[1]?.toLowerCase() ?? "";
}

/** Reads one report file: plain text (UTF-8, UTF-16, GB18030/GBK), an HTML page, or a .docx. */
export function readReportFile(bytes: Uint8Array, fileName: string): ReadReportResult {
  if (bytes.length === 0) return fail(fileName, "文件为空");
  if (bytes.length > MAX_REPORT_BYTES) return fail(fileName, "文件过大（超过 20 MB），不像是一份报告");
  const ext = extensionOf(fileName);

  const sniffed = sniffBinary(bytes);
  if (sniffed === "zip") {
    if (ext === "ofd" || ext === "xlsx" || ext === "pptx") return fail(fileName, UNSUPPORTED[ext] ?? "");
    const docx = docxToText(bytes, fileName);
    return docx.ok ? { ok: true, text: docx.text, format: "docx" } : docx;
  }
  if (sniffed === "ole") {
    if (ext === "docx")
      return fail(fileName, "文件已加密，或实为旧版 .doc 格式；请在 Word 中取消密码并另存为 .docx");
    return fail(
      fileName,
      UNSUPPORTED[ext === "wps" || ext === "xls" || ext === "et" || ext === "ppt" ? ext : "doc"] ?? "",
    );
  }
  if (sniffed) return fail(fileName, UNSUPPORTED[sniffed] ?? IMAGE);

  const decoded = decodeText(bytes, fileName, declaredCharset(bytes));
  if (!decoded.ok) {
    // Undecodable bytes under a known unreadable extension: say what the format is, not "encoding".
    const known = UNSUPPORTED[ext];
    return known ? fail(fileName, known) : decoded;
  }
  if (HTML_EXTENSIONS.has(ext) || looksLikeHtml(decoded.text)) {
    const text = htmlToText(decoded.text);
    if (text === "") return fail(fileName, "网页中没有正文文字");
    return { ok: true, text, format: "html", encoding: decoded.encoding };
  }
  return { ok: true, text: decoded.text, format: "text", encoding: decoded.encoding };
}

const LATIN1 = new TextDecoder("latin1");

type Sniffed = "zip" | "ole" | "pdf" | "rtf" | "png" | "jpg" | "gif" | "tif" | "webp" | null;

/** File signatures ("magic numbers") of the binary formats people drop in by mistake. */
function sniffBinary(b: Uint8Array): Sniffed {
  const starts = (...sig: number[]) => sig.every((x, i) => b[i] === x);
  const ascii = LATIN1.decode(b.subarray(0, 12));
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return "zip";
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "ole";
  if (ascii.startsWith("%PDF-")) return "pdf";
  if (ascii.startsWith("{\\rtf")) return "rtf";
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "png";
  if (starts(0xff, 0xd8, 0xff)) return "jpg";
  if (ascii.startsWith("GIF8")) return "gif";
  if (ascii.startsWith("II*\u0000") || ascii.startsWith("MM\u0000*")) return "tif";
  if (ascii.startsWith("RIFF") && new TextDecoder("latin1").decode(b.subarray(8, 12)) === "WEBP")
    return "webp";
  return null;
}
