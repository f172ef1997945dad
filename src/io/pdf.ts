// A PDF with a text layer → its text, through pdf.js (pdfjs-dist, legacy build: it runs in Node 20
// for the CLI and in the browser's extraction Worker alike). pdf.js is imported only when a PDF
// arrives, and runs in the calling thread (its "fake worker": the extraction Worker is already off
// the page's thread, and a per-file time limit there can stop it). No eval (isEvalSupported: false),
// no system fonts, no network: CMaps (Chinese PDFs with non-embedded fonts need them) come from the
// location the caller configures, which in the browser is the app's own origin (public/pdfjs/).
import { checkDeadline, MAX_PDF_PAGES, sizeProblem, TimeLimitExceeded } from "./limits";
import { fail, type ReadResult } from "./result";

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

export interface PdfAssets {
  /** URL of the folder holding pdf.js's *.bcmap files, ending in "/". */
  cMapUrl: string;
  /** How to read one asset; default fetch() (same origin in the browser). The CLI reads files. */
  read?: (url: string) => Promise<Uint8Array>;
}

let assets: PdfAssets | null = null;

/**
 * pdf.js's own loader reads `document.baseURI`, which a Worker lacks; this one fetches from the
 * configured folder only, and only CMaps (the sole asset text extraction needs).
 */
class AssetFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    if (kind !== "cMapUrl" || !assets || !/^[\w.-]+$/.test(filename))
      throw new Error(`pdf.js asset not available: ${kind} ${filename}`);
    const url = assets.cMapUrl + filename;
    if (assets.read) return assets.read(url);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/** Where pdf.js finds its CMap files. The Worker and the CLI set this once. */
export function configurePdfAssets(value: PdfAssets): void {
  assets = value;
}

let loading: Promise<Pdfjs> | null = null;

function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import("pdfjs-dist/legacy/build/pdf.mjs"),
      import("pdfjs-dist/legacy/build/pdf.worker.mjs"),
    ]);
    // pdf.js looks here for an in-thread worker before it would start a Worker of its own.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  })();
  return loading;
}

export const SCANNED_PDF = "扫描件没有文字层，请提供文字版或 .docx";

/**
 * A CMap the PDF's non-embedded font needs but this program lacks (the offline single file carries
 * only the simplified-Chinese GB ones): pdf.js would read on without it and give wrong characters.
 */
export const missingCmap = (name: string): string =>
  `PDF 所用字体的字符映射表 ${name} 不在本程序中（离线版只带简体中文 GB 映射），读出的文字会是乱码，已拒绝；请用联网版导入，或另存为 .docx / .txt 后导入`;

/** Fewer visible characters than this in the whole file: a scan (perhaps with a page number). */
const MIN_TEXT_CHARS = 20;

export async function pdfToText(
  bytes: Uint8Array,
  fileName: string,
  deadline?: number,
): Promise<ReadResult<{ text: string }>> {
  const tooLarge = sizeProblem("pdf", bytes.length);
  if (tooLarge) return fail(fileName, tooLarge);
  const pdfjs = await loadPdfjs();
  // The CMaps this document asked for and could not have (see missingCmap).
  const missing: string[] = [];
  class Factory extends AssetFactory {
    override async fetch(asset: { kind: string; filename: string }): Promise<Uint8Array> {
      try {
        return await super.fetch(asset);
      } catch (e) {
        if (asset.kind === "cMapUrl") missing.push(asset.filename.replace(/\.bcmap$/, ""));
        throw e;
      }
    }
  }
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    useWasm: false,
    stopAtErrors: false,
    verbosity: 0,
    BinaryDataFactory: Factory,
    ...(assets ? { cMapUrl: assets.cMapUrl, cMapPacked: true } : {}),
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > MAX_PDF_PAGES)
      return fail(fileName, `PDF 共 ${doc.numPages} 页，超过 ${MAX_PDF_PAGES} 页上限，已拒绝`);
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      checkDeadline(deadline);
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str;
        if (item.hasEOL) text += "\n";
      }
      pages.push(text.replace(/[ \t]+$/gm, "").trim());
      page.cleanup();
    }
    if (missing.length > 0) return fail(fileName, missingCmap(missing[0] ?? ""));
    const text = pages.filter((p) => p !== "").join("\n");
    if (text.replace(/\s/g, "").length < MIN_TEXT_CHARS) return fail(fileName, SCANNED_PDF);
    return { ok: true, text };
  } catch (e) {
    if (e instanceof TimeLimitExceeded) throw e;
    const name = e instanceof Error ? e.name : "";
    if (name === "PasswordException") return fail(fileName, "PDF 已加密，请提供未加密的文字版或 .docx");
    if (missing.length > 0) return fail(fileName, missingCmap(missing[0] ?? ""));
    return fail(fileName, "PDF 文件已损坏或无法解析，请提供文字版或 .docx");
  } finally {
    await task.destroy();
  }
}
