import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docxToText, documentXmlToText, readReportFile } from "../../src/io";
import { documentXml, makeDocx, para } from "./docx-fixture";

describe("documentXmlToText", () => {
  it("turns paragraphs into lines and joins the runs of a paragraph", () => {
    const xml = documentXml(
      para("示例县青石镇2023年", "法治政府建设情况报告") +
        para("一、主要举措和成效") +
        para("全年调处纠纷", "70", "余起。"),
    );
    expect(documentXmlToText(xml)).toBe(
      "示例县青石镇2023年法治政府建设情况报告\n一、主要举措和成效\n全年调处纠纷70余起。",
    );
  });

  it("reads w:tab and w:br inside runs, and ignores tab-stop definitions in paragraph properties", () => {
    const xml = documentXml(
      `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>项目</w:t><w:tab/><w:t>数量</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>`,
    );
    expect(documentXmlToText(xml)).toBe("项目\t数量\n第二行");
  });

  it("decodes XML entities and keeps xml:space=preserve blanks inside a line", () => {
    const xml = documentXml(para("&lt;民法典&gt; &amp; ", "宪法"));
    expect(documentXmlToText(xml)).toBe("<民法典> & 宪法");
  });

  it("skips deleted text, field codes and the fallback copy of a text box", () => {
    const xml = documentXml(
      `<w:p><w:del><w:r><w:delText>删掉的字</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>保留</w:t></w:r>` +
        `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>框内</w:t></mc:Choice><mc:Fallback><w:t>框内</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    );
    expect(documentXmlToText(xml)).toBe("保留框内");
  });

  it("keeps an empty paragraph as a blank line but never more than one", () => {
    const xml = documentXml(para("甲") + "<w:p/><w:p/><w:p/>" + para("乙"));
    expect(documentXmlToText(xml)).toBe("甲\n\n乙");
  });
});

describe("docxToText", () => {
  it("reads a .docx built in memory", () => {
    const bytes = makeDocx(para("示例县柳溪乡2022年法治政府建设情况报告") + para("二、存在的问题和不足"));
    expect(docxToText(bytes, "柳溪乡.docx")).toEqual({
      ok: true,
      text: "示例县柳溪乡2022年法治政府建设情况报告\n二、存在的问题和不足",
    });
  });

  it("finds a main part that is not called document.xml through the package relationships", () => {
    const bytes = makeDocx(para("正文"), "word/document2.xml");
    expect(docxToText(bytes, "x.docx")).toEqual({ ok: true, text: "正文" });
  });

  it.each([
    ["a zip without a Word document", zipSync({ "a.txt": strToU8("hi") }), "《x.docx》：不是 Word 文档"],
    ["a truncated zip", makeDocx(para("正文")).subarray(0, 60), "《x.docx》：文件已损坏"],
    ["a document with no text", makeDocx("<w:p/>"), "《x.docx》：文档中没有文字"],
  ])("refuses %s", (_name, bytes, reason) => {
    const r = docxToText(bytes, "x.docx");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.startsWith(reason)).toBe(true);
  });

  it("is what readReportFile does with zip content, whatever the file is called", async () => {
    const bytes = makeDocx(para("正文"));
    expect(await readReportFile(bytes, "报告.docx")).toEqual({ ok: true, text: "正文", format: "docx" });
    expect(await readReportFile(bytes, "报告")).toEqual({ ok: true, text: "正文", format: "docx" });
  });
});
