// PDF import (and the formats import.spec.ts leaves out) in the real browser: a PDF whose Chinese text needs pdf.js's CMaps (non-embedded
// STSong-Light) imports as a report with its township and year, a scanned (image-only) PDF and a
// PDF of thousands of pages are refused by name, the rest of the batch imports, and every request
// (pdf.js's code, the CMap files) stays on the app's origin — the shared fixture fails the test
// otherwise. The PDFs are generated here (tests/io/pdf-fixture.ts), never downloaded.
import { expect, test } from "./fixtures";
import { demoText, gb18030Txt, type Upload } from "./import-files";
import { docBytes } from "../io/doc-fixture";
import { makeDocx, numbered, numberingXml, para } from "../io/docx-fixture";
import { manyPagesPdf, scannedPdf, textPdf } from "../io/pdf-fixture";

test.setTimeout(180_000);

const pdf = (name: string, bytes: Uint8Array): Upload => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from(bytes),
});

/** A demo report as a PDF: its lines wrapped at 38 characters (text past the page edge is not read), 35 to a page. */
function reportPdf(stem: string): Upload {
  const lines = demoText(stem)
    .split("\n")
    .filter((l) => l.trim() !== "")
    .flatMap((l) => l.match(/.{1,38}/gu) ?? []);
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += 35) pages.push(lines.slice(i, i + 35));
  return pdf(`${stem}.pdf`, textPdf(pages));
}

test("a text PDF imports with its township and year; a scan and a 3,000-page PDF are refused by name; the batch goes on", async ({
  page,
}) => {
  const local: string[] = [];
  page.on("request", (r) => local.push(new URL(r.url()).pathname));
  await page.goto("./");
  await expect(page.getByTestId("start-screen")).toBeVisible();
  await page
    .getByTestId("import-files")
    .setInputFiles([
      reportPdf("2024-qingshi"),
      pdf("扫描件.pdf", scannedPdf()),
      pdf("千页.pdf", manyPagesPdf(3000)),
      gb18030Txt("2024-bailu"),
    ]);
  const summary = page.getByTestId("import-summary");
  await expect(summary).toBeVisible({ timeout: 120_000 });
  await expect(summary).toContainText("新增 2 份报告");
  const problems = page.getByTestId("import-problems");
  await expect(problems.locator("li")).toHaveCount(2);
  await expect(problems).toContainText("《扫描件.pdf》：扫描件没有文字层，请提供文字版或 .docx");
  await expect(problems).toContainText("《千页.pdf》：PDF 共 3000 页，超过 500 页上限，已拒绝");
  await page.screenshot({ path: "test-results/import-pdf-result.png" });

  await page.getByTestId("import-show").click();
  await page.goto("./#ds=workspace&view=table");
  const main = page.locator("main");
  await expect(main.getByText("青石镇", { exact: true }).first()).toBeVisible();
  await expect(main.getByText("白鹭镇", { exact: true }).first()).toBeVisible();
  const row = main.getByRole("row").filter({ hasText: "青石镇" }).first();
  await expect(row).toContainText("2024");
  await expect(row).toContainText("54"); // 调处纠纷 54 起, read from the PDF's text
  // The Chinese text needed the CMap files, and they came from the app itself.
  expect(local.some((p) => /\/pdfjs\/cmaps\/.*\.bcmap$/.test(p))).toBe(true);
});

// Formats tests/e2e/import.spec.ts does not cover, read in the browser's Worker (not only in Node):
// each report opens in 校对 with its text as the reader gave it.
async function reviewTextOf(page: import("@playwright/test").Page, file: Upload): Promise<string> {
  await page.goto("./");
  await page.getByTestId("import-files").setInputFiles([file]);
  await expect(page.getByTestId("import-summary")).toContainText("新增 1 份报告", { timeout: 120_000 });
  await page.getByTestId("import-show").click();
  await page.getByTestId("tab-review").click();
  await page.getByTestId("review-reviewer").fill("张三");
  await page.getByTestId("review-reviewer-save").click();
  return (await page.getByTestId("review-text").textContent({ timeout: 30_000 })) ?? "";
}

test("a UTF-16 text with a byte-order mark imports", async ({ page }) => {
  const text = demoText("2024-liuxi");
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const shown = await reviewTextOf(page, {
    name: "2024-liuxi-utf16.txt",
    mimeType: "text/plain",
    buffer: utf16,
  });
  expect(shown).toContain("柳溪乡");
});

test("a .docx with automatic numbering and a footnote imports with the numbers and the note", async ({
  page,
}) => {
  const lines = demoText("2024-longquan")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => para(l.replace(/&/g, "&amp;").replace(/</g, "&lt;")));
  const body = [
    lines[0],
    numbered(1, 0, "主要工作"),
    numbered(1, 1, "完善依法决策机制"),
    ...lines.slice(1),
    numbered(1, 0, "存在问题"),
  ].join("");
  const footnotes = `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p><w:r><w:t>数据截至2024年12月31日。</w:t></w:r></w:p></w:footnote></w:footnotes>`;
  const file = makeDocx(body, "word/document.xml", {
    "word/numbering.xml": numberingXml(),
    "word/footnotes.xml": footnotes,
  });
  const shown = await reviewTextOf(page, {
    name: "2024-longquan.docx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from(file),
  });
  expect(shown).toMatch(/一、主要工作[\s\S]*（一）完善依法决策机制[\s\S]*二、存在问题/);
  expect(shown).toContain("注：数据截至2024年12月31日。");
});

test("a Word 97–2003 .doc imports through the Worker, its table cell by cell", async ({ page }) => {
  const shown = await reviewTextOf(page, {
    name: "青石镇2023年报告.doc",
    mimeType: "application/msword",
    buffer: Buffer.from(docBytes()),
  });
  expect(shown).toMatch(/一、主要工作[\s\S]*受理矛盾纠纷[\s\S]*56起[\s\S]*详见镇政府网站。/);
  expect(shown).not.toContain("HYPERLINK");
});
