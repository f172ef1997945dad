// Word's automatic numbering and footnotes (issue 7): the 一、 / （一） / 1. headings the engine reads
// the section structure from are generated from numbering.xml, not stored as text.
import { describe, expect, it } from "vitest";
import { readReportFile } from "../../src/io";
import { chineseNumber, formatNumber } from "../../src/io/docxNumbering";
import { makeDocx, numbered, numberingXml, para } from "./docx-fixture";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

describe("numbering rendered into the text", () => {
  it("renders 一、 （一） 1. outline numbering, continuing and restarting as Word does", async () => {
    const body = [
      para("青石镇2023年法治政府建设情况报告"),
      numbered(1, 0, "主要工作"),
      numbered(1, 1, "推进依法行政"),
      numbered(1, 2, "制度建设"),
      numbered(1, 2, "执法监督"),
      numbered(1, 1, "加强普法"),
      numbered(1, 2, "宣传活动"),
      numbered(1, 0, "存在的问题"),
      numbered(2, 0, "甲"),
      numbered(2, 0, "乙"),
      numbered(3, 0, "重新编号"),
    ].join("");
    const r = await readReportFile(
      makeDocx(body, undefined, { "word/numbering.xml": numberingXml() }),
      "a.docx",
    );
    expect(r.ok && r.text).toBe(
      [
        "青石镇2023年法治政府建设情况报告",
        "一、主要工作",
        "（一）推进依法行政",
        "1.制度建设",
        "2.执法监督",
        "（二）加强普法",
        "1.宣传活动",
        "二、存在的问题",
        "①甲",
        "②乙",
        "①重新编号",
      ].join("\n"),
    );
  });

  it("takes numbering from the paragraph style (headings numbered through 标题 1)", async () => {
    const styles = `<w:styles xmlns:w="${W}"><w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style></w:styles>`;
    const heading = (t: string) =>
      `<w:p><w:pPr><w:pStyle w:val="MyHeading"/></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const bytes = makeDocx(heading("主要工作") + para("正文") + heading("存在的问题"), undefined, {
      "word/numbering.xml": numberingXml(),
      "word/styles.xml": styles,
    });
    const r = await readReportFile(bytes, "b.docx");
    expect(r.ok && r.text).toBe("一、主要工作\n正文\n二、存在的问题");
  });

  it("keeps footnotes and endnotes after the body, leaving out Word's separator notes", async () => {
    const notes = `<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>数据来源：司法所台账。</w:t></w:r></w:p></w:footnote></w:footnotes>`;
    const body = `<w:p><w:r><w:t>调解纠纷36件</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`;
    const r = await readReportFile(makeDocx(body, undefined, { "word/footnotes.xml": notes }), "c.docx");
    expect(r.ok && r.text).toBe("调解纠纷36件\n\n注：数据来源：司法所台账。");
  });

  it("writes numbers in the formats Chinese documents use", () => {
    expect([1, 10, 11, 20, 21, 100, 105].map(chineseNumber)).toEqual([
      "一",
      "十",
      "十一",
      "二十",
      "二十一",
      "一百",
      "一百零五",
    ]);
    expect(formatNumber(3, "ideographTraditional")).toBe("丙");
    expect(formatNumber(12, "decimalFullWidth")).toBe("１２");
    expect(formatNumber(28, "upperLetter")).toBe("AB");
    expect(formatNumber(14, "lowerRoman")).toBe("xiv");
  });
});
