// Writes small PDFs by hand so tests need no binary fixtures: text in a non-embedded Chinese font
// (STSong-Light, UniGB-UCS2-H: pdf.js needs its CMap files to read it, as with many real Chinese
// PDFs), a scan (one image, no text), and a PDF of many empty pages.

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** Assembles numbered objects into a PDF with a correct cross-reference table. */
export function assemblePdf(objects: string[]): Uint8Array {
  let body = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(body);
}

const stream = (content: string) => `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;

/** UCS-2 big-endian hex of a BMP string, for a UniGB-UCS2-H font. */
const ucs2 = (s: string) => [...s].map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")).join("");

/** A non-embedded CID font: simplified (GB, the default) or traditional (CNS) Chinese. */
const FONTS = {
  gb: { base: "STSong-Light", encoding: "UniGB-UCS2-H", ordering: "GB1" },
  cns: { base: "MSung-Light", encoding: "UniCNS-UCS2-H", ordering: "CNS1" },
};

/** A PDF whose pages hold these lines of Chinese text, one text line per array item. */
export function textPdf(pages: string[][], font: keyof typeof FONTS = "gb"): Uint8Array {
  const f = FONTS[font];
  // 1 catalog, 2 pages, 3 font, 4 CID font, 5 descriptor, then per page: page, content.
  const kids = pages.map((_, i) => `${6 + i * 2} 0 R`).join(" ");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    `<< /Type /Font /Subtype /Type0 /BaseFont /${f.base} /Encoding /${f.encoding} /DescendantFonts [4 0 R] >>`,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${f.base} /CIDSystemInfo << /Registry (Adobe) /Ordering (${f.ordering}) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>`,
    `<< /Type /FontDescriptor /FontName /${f.base} /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`,
  ];
  pages.forEach((lines, i) => {
    const content = lines
      .map((line, k) => `BT /F1 12 Tf 1 0 0 1 72 ${760 - k * 20} Tm <${ucs2(line)}> Tj ET`)
      .join("\n");
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${7 + i * 2} 0 R >>`,
      stream(content),
    );
  });
  return assemblePdf(objects);
}

/** A "scanned" PDF: one page showing a 2×2 grey image, no text at all. */
export function scannedPdf(): Uint8Array {
  return assemblePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
    stream("q 500 0 0 700 48 70 cm /Im1 Do Q"),
    "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0080\u00c0\u0040\u00ff\nendstream",
  ]);
}

/** A PDF of `count` empty pages (small: one shared content stream). */
export function manyPagesPdf(count: number): Uint8Array {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", stream("")];
  const kids: string[] = [];
  for (let i = 0; i < count; i++) {
    kids.push(`${4 + i} 0 R`);
    objects.push("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>");
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${count} >>`;
  return assemblePdf(objects);
}
