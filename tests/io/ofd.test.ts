// OFD (GB/T 33190): XML parts in a zip, text placed by coordinates. Built in memory; the text
// objects are written out of reading order on purpose.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readReportFile } from "../../src/io";

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

/** One text object: its box origin (mm) and one text code. */
const text = (x: number, y: number, s: string) =>
  `<ofd:TextObject ID="1" Boundary="${x} ${y} 150 6" Font="2" Size="4.2"><ofd:TextCode X="0" Y="4.2">${s}</ofd:TextCode></ofd:TextObject>`;

export function makeOfd(pages: string[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "OFD.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
    ),
    "Doc_0/Document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:Pages>${pages
        .map((_, i) => `<ofd:Page ID="${i + 10}" BaseLoc="Pages/Page_${i}/Content.xml"/>`)
        .join("")}</ofd:Pages></ofd:Document>`,
    ),
  };
  pages.forEach((layer, i) => {
    files[`Doc_0/Pages/Page_${i}/Content.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="2">${layer}</ofd:Layer></ofd:Content></ofd:Page>`,
    );
  });
  return zipSync(files);
}

describe("OFD", () => {
  it("reads text in reading order: top to bottom, left to right, page after page", async () => {
    const page1 = [
      text(25, 40, "一、主要工作"),
      text(25, 30, "青石镇2023年"),
      text(70, 30.4, "法治政府建设情况报告"),
      text(25, 50, "全年开展法治宣传活动12场。"),
    ].join("");
    const page2 = text(25, 30, "二、存在的问题");
    expect(await readReportFile(makeOfd([page1, page2]), "青石镇.ofd")).toEqual({
      ok: true,
      text: "青石镇2023年法治政府建设情况报告\n一、主要工作\n全年开展法治宣传活动12场。\n二、存在的问题",
      format: "ofd",
    });
  });

  it("says so when an OFD has no text layer", async () => {
    expect(await readReportFile(makeOfd(['<ofd:ImageObject ID="3"/>']), "扫描.ofd")).toEqual({
      ok: false,
      reason: "《扫描.ofd》：OFD 文件中没有文字层（可能是扫描件），请提供文字版或 .docx",
    });
  });

  it("refuses a zip that is not an OFD", async () => {
    const r = await readReportFile(zipSync({ "a.txt": strToU8("x") }), "假.ofd");
    expect(r).toEqual({ ok: false, reason: "《假.ofd》：不是有效的 OFD 文件（缺少 OFD.xml）" });
  });
});
