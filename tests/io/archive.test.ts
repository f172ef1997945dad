// A .zip of reports: every entry is a file of its own, named after the archive and its folders.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extractEach, type FileResult } from "../../src/data/from-files";
import { importKey } from "../../src/io";
import { makeDocx, para } from "./docx-fixture";
import { encodeGb18030 } from "./gb18030";
import { buildZip } from "../hostile/zip-builder";

const REPORT = "白沙镇2023年法治政府建设情况报告\n一、主要工作\n全年开展法治宣传活动12场。\n";

async function each(bytes: Uint8Array, name: string): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for await (const r of extractEach(bytes, name)) out.push(r);
  return out;
}

describe("a .zip of reports", () => {
  it("gives each entry its own result and key, through nested folders, skipping system files", async () => {
    const docx = makeDocx(para("青石镇2023年法治政府建设情况报告") + para("一、主要工作"));
    const zip = zipSync({
      "县/乡镇A/青石镇.docx": docx,
      "县/白沙镇.txt": encodeGb18030(REPORT),
      "县/坏.pdf": strToU8("%PDF-1.7 broken"),
      "__MACOSX/县/._白沙镇.txt": strToU8("x"),
      "县/.DS_Store": strToU8("x"),
    });
    const out = await each(zip, "报告.zip");
    expect(out.map((r) => [r.name, r.ok])).toEqual([
      ["报告.zip/县/乡镇A/青石镇.docx", true],
      ["报告.zip/县/白沙镇.txt", true],
      ["报告.zip/县/坏.pdf", false],
    ]);
    expect(out[0]?.key).toBe(await importKey(docx));
    expect(out[1]?.ok && out[1].record.township).toBe("白沙镇");
    expect(out[2]).toMatchObject({ reason: "《坏.pdf》：PDF 文件已损坏或无法解析，请提供文字版或 .docx" });
  }, 30_000);

  it("reads GBK entry names written by Chinese Windows (no UTF-8 flag)", async () => {
    const zip = buildZip([{ name: "", nameBytes: encodeGb18030("乡镇/青石镇.txt"), data: strToU8(REPORT) }]);
    const out = await each(zip, "a.zip");
    expect(out.map((r) => [r.name, r.ok])).toEqual([["a.zip/乡镇/青石镇.txt", true]]);
  });

  it("refuses a damaged or empty archive as one file", async () => {
    expect(await each(strToU8("PK\u0003\u0004junk"), "坏.zip")).toMatchObject([
      { name: "坏.zip", ok: false, reason: "《坏.zip》：压缩包已损坏，无法读取" },
    ]);
    expect(await each(zipSync({ "空文件夹/": new Uint8Array() }), "空.zip")).toMatchObject([
      { ok: false, reason: "《空.zip》：压缩包中没有文件" },
    ]);
  });
});
