// One report file (bytes + its name) → its text, or a reason the person can act on. The content
// decides before the name does: government sites serve HTML pages named .doc, and people rename
// files; the extension only picks the message for formats we cannot read. Asynchronous because
// pdf.js is; every other format is read synchronously (readReportFileSync) by the same code.
import { decodeText } from "./decode";
import { docToText } from "./doc";
import { docxToText } from "./docx";
import { extensionOf } from "./ext";
import { declaredCharset, htmlToText, looksLikeHtml } from "./html";
import { MAX_TEXT_CHARS, sizeProblem } from "./limits";
import { ofdToText } from "./ofd";
import { pdfToText } from "./pdf";
import { fail, type ReadResult } from "./result";

export type ReportFormat = "text" | "html" | "docx" | "doc" | "pdf" | "ofd";

export type ReadReportResult = ReadResult<{ text: string; format: ReportFormat; encoding?: string }>;

export interface ReadOptions {
  /** Date.now() value after which reading stops with TimeLimitExceeded (the caller reports it). */
  deadline?: number;
}

const SAVE_AS = "请另存为 .docx 或 .txt 后导入";

const HTML_EXTENSIONS = new Set(["html", "htm", "shtml", "xhtml", "jsp", "asp", "aspx", "php"]);

/** Formats we recognise but cannot read, by extension: the message says what to do instead. */
const UNSUPPORTED = new Map<string, string>(
  Object.entries({
    rtf: `暂不支持 RTF 文件，${SAVE_AS}`,
    doc: "不是可读取的 Word 文档（文件已损坏，或为 Word 95 之前的格式），请用 Word 或 WPS 打开后另存为 .docx 再导入",
    wps: "不是可读取的 WPS 文字文档（可能是旧版金山 WPS 格式），请用 WPS 打开后另存为 .docx 再导入",
    mht: "暂不支持 .mht 单文件网页，请在浏览器中打开后另存为“网页，仅 HTML”或 .txt",
    mhtml: "暂不支持 .mhtml 单文件网页，请在浏览器中打开后另存为“网页，仅 HTML”或 .txt",
    xls: "这是表格文件，不是报告正文",
    xlsx: "这是表格文件，不是报告正文",
    et: "这是表格文件，不是报告正文",
    csv: "这是表格文件，不是报告正文",
    ppt: "这是演示文稿，不是报告正文",
    pptx: "这是演示文稿，不是报告正文",
    dps: "这是演示文稿，不是报告正文",
    zip: "这是压缩包，请解压后导入其中的报告文件",
    rar: "暂不支持 RAR 压缩包，请解压后导入其中的报告文件，或改用 .zip",
    "7z": "暂不支持 7z 压缩包，请解压后导入其中的报告文件，或改用 .zip",
  }),
);
const IMAGE = "这是图片文件，无法提取文字，请提供文字版报告";
for (const ext of ["png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "heic"])
  UNSUPPORTED.set(ext, IMAGE);

/** Reads one report file: text (UTF-8, UTF-16, GB18030/GBK), HTML, .docx, .doc/.wps, .pdf or .ofd. */
export async function readReportFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadReportResult> {
  if (sniffBinary(bytes) !== "pdf") return readReportFileSync(bytes, fileName, options);
  const pdf = await pdfToText(bytes, fileName, options.deadline);
  return pdf.ok ? capped({ ok: true, text: pdf.text, format: "pdf" }, fileName) : pdf;
}

/** Everything but PDF (which needs pdf.js, asynchronous): the benchmark and tests use it directly. */
export function readReportFileSync(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): ReadReportResult {
  const { deadline } = options;
  if (bytes.length === 0) return fail(fileName, "文件为空");
  const sniffed = sniffBinary(bytes);
  const tooLarge = sizeProblem(sniffed === "pdf" ? "pdf" : "report", bytes.length);
  if (tooLarge) return fail(fileName, tooLarge);
  const ext = extensionOf(fileName);

  if (sniffed === "zip") {
    if (ext === "ofd") return capped(withFormat(ofdToText(bytes, fileName, deadline), "ofd"), fileName);
    if (ext === "xlsx" || ext === "pptx" || ext === "zip") return fail(fileName, UNSUPPORTED.get(ext) ?? "");
    return capped(withFormat(docxToText(bytes, fileName, deadline), "docx"), fileName);
  }
  if (sniffed === "ole") {
    if (ext === "xls" || ext === "et" || ext === "ppt" || ext === "dps")
      return fail(fileName, UNSUPPORTED.get(ext) ?? "");
    return capped(withFormat(docToText(bytes, fileName, deadline), "doc"), fileName);
  }
  if (sniffed === "pdf") return fail(fileName, "PDF 需要异步读取");
  if (sniffed) return fail(fileName, UNSUPPORTED.get(sniffed) ?? IMAGE);

  const decoded = decodeText(bytes, fileName, () => declaredCharset(bytes));
  if (!decoded.ok) {
    // Undecodable bytes under a known unreadable extension: say what the format is, not "encoding".
    const known = UNSUPPORTED.get(ext);
    return known ? fail(fileName, known) : decoded;
  }
  if (HTML_EXTENSIONS.has(ext) || looksLikeHtml(decoded.text)) {
    const text = htmlToText(decoded.text, deadline);
    if (text === "") return fail(fileName, "网页中没有正文文字");
    return capped({ ok: true, text, format: "html", encoding: decoded.encoding }, fileName);
  }
  return capped({ ok: true, text: decoded.text, format: "text", encoding: decoded.encoding }, fileName);
}

function withFormat(r: ReadResult<{ text: string }>, format: ReportFormat): ReadReportResult {
  return r.ok ? { ok: true, text: r.text, format } : r;
}

/** The engine reads tens of thousands of characters; millions are not a report (and cost memory). */
function capped(r: ReadReportResult, fileName: string): ReadReportResult {
  if (r.ok && r.text.length > MAX_TEXT_CHARS)
    return fail(fileName, `正文超过 ${MAX_TEXT_CHARS / 10000} 万字上限，不像是一份报告，已拒绝`);
  return r;
}

type Sniffed = "zip" | "ole" | "pdf" | "rtf" | "png" | "jpg" | "gif" | "tif" | "webp" | null;

/** File signatures ("magic numbers") of the binary formats people drop in by mistake. */
export function sniffBinary(b: Uint8Array): Sniffed {
  const starts = (...sig: number[]) => sig.every((x, i) => b[i] === x);
  // The first 12 bytes as characters, one per byte (the signatures are ASCII).
  let ascii = "";
  for (let i = 0; i < 12 && i < b.length; i++) ascii += String.fromCharCode(b[i] as number);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return "zip";
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "ole";
  if (ascii.startsWith("%PDF-")) return "pdf";
  if (ascii.startsWith("{\\rtf")) return "rtf";
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "png";
  if (starts(0xff, 0xd8, 0xff)) return "jpg";
  if (ascii.startsWith("GIF8")) return "gif";
  if (ascii.startsWith("II*\u0000") || ascii.startsWith("MM\u0000*")) return "tif";
  if (ascii.startsWith("RIFF") && ascii.slice(8, 12) === "WEBP") return "webp";
  return null;
}
