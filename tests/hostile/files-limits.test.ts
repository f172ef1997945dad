// Each size limit is checked by one function with one message that states it (issue 7): the check
// made before a file is read (by its name) and the one made by the reader (by its content) agree.
import { describe, expect, it } from "vitest";
import {
  archiveEntries,
  inputSizeProblem,
  MAX_ARCHIVE_BYTES,
  MAX_PDF_BYTES,
  MAX_REPORT_BYTES,
  readReportFile,
} from "../../src/io";
import { fail } from "../../src/io/result";

const MB = 1024 * 1024;
const REPORT = "超过报告文件 20 MB 的上限，不像是一份报告，已拒绝";
const PDF = "超过 PDF 文件 50 MB 的上限，已拒绝";
const ARCHIVE = "超过压缩包 200 MB 的上限，已拒绝；请分批导入";

describe("size limits", () => {
  it("states the limits the messages quote", () => {
    expect([MAX_REPORT_BYTES, MAX_PDF_BYTES, MAX_ARCHIVE_BYTES].map((b) => b / MB)).toEqual([20, 50, 200]);
  });

  it("a text over the report limit gets the same message before reading and from the reader", async () => {
    const size = 60 * MB;
    expect(inputSizeProblem("甲.txt", size)).toBe(`文件大小 60 MB，${REPORT}`);
    const read = await readReportFile(new Uint8Array(size).fill(0x41), "甲.txt");
    expect(read).toEqual(fail("甲.txt", `文件大小 60 MB，${REPORT}`));
  });

  it("a file under the PDF limit is not refused by its name: its content may be a PDF", async () => {
    expect(inputSizeProblem("乙.txt", 30 * MB)).toBeNull();
    const read = await readReportFile(new Uint8Array(30 * MB).fill(0x41), "乙.txt");
    expect(read).toEqual(fail("乙.txt", `文件大小 30 MB，${REPORT}`));
  });

  it("a PDF over its limit: the same message by name and by content", async () => {
    expect(inputSizeProblem("丙.pdf", 51 * MB)).toBe(`文件大小 51 MB，${PDF}`);
    const bytes = new Uint8Array(51 * MB);
    bytes.set(new TextEncoder().encode("%PDF-1.4\n"));
    expect(await readReportFile(bytes, "丙.pdf")).toEqual(fail("丙.pdf", `文件大小 51 MB，${PDF}`));
  });

  it("a .zip over its limit: the same message by name and from the archive reader", () => {
    expect(inputSizeProblem("丁.zip", 201 * MB)).toBe(`文件大小 201 MB，${ARCHIVE}`);
    expect(archiveEntries(new Uint8Array(201 * MB), "丁.zip")).toEqual(
      fail("丁.zip", `文件大小 201 MB，${ARCHIVE}`),
    );
  });

  it("files within their limits pass the name check", () => {
    expect(inputSizeProblem("a.docx", MAX_REPORT_BYTES)).toBeNull();
    expect(inputSizeProblem("a.pdf", MAX_PDF_BYTES)).toBeNull();
    expect(inputSizeProblem("a.zip", MAX_ARCHIVE_BYTES)).toBeNull();
  });
});
