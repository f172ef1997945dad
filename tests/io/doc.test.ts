// Word 97–2003 (.doc) and WPS (.wps) binaries, read through the OLE container and the Word piece
// table (src/io/cfb.ts, src/io/doc.ts), on fixtures LibreOffice made (scripts/gen-doc-fixtures.mjs).
import { describe, expect, it } from "vitest";
import { readReportFile, readReportFileSync } from "../../src/io";
import { DOC_DIR, docBytes, dirEntryOffset, streamOffset, withU32, WPS_PATH } from "./doc-fixture";

const SAVE = "请用 Word 或 WPS 打开后另存为 .docx 再导入";

describe(".doc", () => {
  it("reads the Chinese text in order: title, typed numbering, the table cell by cell, the link's text", () => {
    const r = readReportFileSync(docBytes(), "青石镇2023年报告.doc");
    expect(r).toMatchObject({ ok: true, format: "doc" });
    const lines = (r.ok ? r.text : "").split("\n").filter((l) => l !== "");
    expect(lines).toEqual([
      "青石镇2023年法治政府建设情况报告",
      "一、主要工作",
      "（一）完善依法决策机制",
      "1.全年召开党委理论学习中心组学法会议6次，开展法治培训12场次。",
      "2.镇政府常年法律顾问审查合同、规范性文件等38件，审查率100%。",
      "（二）深化普法宣传",
      "开展“八五”普法宣传活动45场，发放宣传资料3200份。",
      "表1 矛盾纠纷化解情况",
      "项目",
      "数量",
      "备注",
      "受理矛盾纠纷",
      "56起",
      "含信访转办",
      "成功调解",
      "54起",
      "调解成功率96.4%",
      "二、存在问题",
      "一是部分村（社区）法治宣传形式较为单一；二是执法人员专业能力有待提升。",
      "三、下一步工作",
      // A hyperlink is a field: its code (HYPERLINK "…") is dropped, its result kept.
      "持续推进法治政府建设，详见镇政府网站。",
    ]);
  });

  it("keeps a footnote after the body, as 注：, without its reference mark", () => {
    const r = readReportFileSync(docBytes(`${DOC_DIR}/脚注.doc`), "脚注.doc");
    expect(r.ok ? r.text : r.reason).toBe(
      "全年受理法律援助案件9件。\n第二段正文。\n\n注：数据来源：县司法局统计。",
    );
  });

  it("reads a .wps (WPS Office writes the same format) and says WPS when it cannot", async () => {
    const r = await readReportFile(docBytes(WPS_PATH), "报告.wps");
    expect(r.ok && r.text).toContain("（二）深化普法宣传");
    expect(await readReportFile(docBytes(WPS_PATH).subarray(0, 5000), "坏.wps")).toEqual({
      ok: false,
      reason: `《坏.wps》：WPS 文字文件已损坏或不完整，无法读取，${SAVE}`,
    });
  });

  it("a truncated .doc gets a Chinese message naming the file, wherever it was cut", async () => {
    const bytes = docBytes();
    expect(await readReportFile(bytes.subarray(0, 6000), "断.doc")).toEqual({
      ok: false,
      reason: `《断.doc》：Word 文档已损坏或不完整，无法读取，${SAVE}`,
    });
    for (let cut = 512; cut < bytes.length; cut += 512) {
      const r = readReportFileSync(bytes.subarray(0, cut), "断.doc");
      expect(r.ok ? "read" : r.reason).toMatch(/^(read|《断\.doc》：.+)$/);
    }
  });

  it("an old Kingsoft .wps (not an OLE file) asks for .docx by name", () => {
    const kingsoft = new Uint8Array(2048).map((_, i) => (i * 37) % 256);
    expect(readReportFileSync(kingsoft, "老.wps")).toEqual({
      ok: false,
      reason:
        "《老.wps》：不是可读取的 WPS 文字文档（可能是旧版金山 WPS 格式），请用 WPS 打开后另存为 .docx 再导入",
    });
  });

  it("an OLE file without a Word stream is not taken for a report", () => {
    const bytes = docBytes().slice();
    const at = dirEntryOffset(bytes, "WordDocument");
    bytes[at] = "X".charCodeAt(0); // "XordDocument"
    expect(readReportFileSync(bytes, "其他.doc")).toEqual({
      ok: false,
      reason: `《其他.doc》：不是 Word 或 WPS 文字文档（可能是旧版金山 WPS 格式），${SAVE}`,
    });
  });

  it("an encrypted .docx (Office keeps it in an OLE file as EncryptedPackage) says so", () => {
    const bytes = docBytes().slice();
    const at = dirEntryOffset(bytes, "WordDocument");
    const name = "EncryptedPackage";
    for (let i = 0; i < name.length; i++) bytes[at + i * 2] = name.charCodeAt(i);
    bytes[at + 0x40] = (name.length + 1) * 2;
    expect(readReportFileSync(bytes, "密.docx")).toEqual({
      ok: false,
      reason: "《密.docx》：文件已加密，请在 Word 中取消密码并另存为 .docx",
    });
  });

  it("an encrypted .doc says so", () => {
    const bytes = docBytes().slice();
    bytes[streamOffset(bytes, "WordDocument") + 0x0b]! |= 0x01; // fEncrypted
    expect(readReportFileSync(bytes, "密.doc")).toEqual({
      ok: false,
      reason: "《密.doc》：文件已加密，请在 Word 中取消密码并另存为 .docx",
    });
  });
});

describe(".doc built to exhaust", () => {
  const broken = (name: string) => ({
    ok: false,
    reason: `《${name}》：Word 文档已损坏或不完整，无法读取，${SAVE}`,
  });

  it("refuses a header claiming two billion FAT sectors", () => {
    expect(readReportFileSync(withU32(docBytes(), 0x2c, 0x7fffffff), "炸.doc")).toEqual(broken("炸.doc"));
  });

  it("refuses a header counting more FAT sectors than it lists (free slots taken for sectors)", () => {
    expect(readReportFileSync(withU32(docBytes(), 0x2c, 20), "缺.doc")).toEqual(broken("缺.doc"));
  });

  it("refuses a stream claiming 4 GB, and a FAT chain that loops", () => {
    const bytes = docBytes();
    const entry = dirEntryOffset(bytes, "WordDocument");
    expect(readReportFileSync(withU32(bytes, entry + 0x78, 0xfffffff0), "大.doc")).toEqual(broken("大.doc"));
    const start = new DataView(bytes.buffer).getUint32(entry + 0x74, true);
    const fatAt = (new DataView(bytes.buffer).getUint32(0x4c, true) + 1) * 512;
    expect(readReportFileSync(withU32(bytes, fatAt + start * 4, start), "环.doc")).toEqual(broken("环.doc"));
  });

  it("refuses a piece table pointing past the stream", () => {
    const bytes = docBytes();
    const doc = streamOffset(bytes, "WordDocument");
    // fcClx moved to the end of the table stream: the CLX cannot be there.
    expect(readReportFileSync(withU32(bytes, doc + 0x1a2, 0x7fffff00), "索.doc")).toEqual({
      ok: false,
      reason: `《索.doc》：文档结构不完整（缺少文字索引），${SAVE}`,
    });
  });
});
