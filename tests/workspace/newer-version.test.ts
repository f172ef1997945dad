// Every copy of the offline file opened from file:// shares one origin, hence one workspace
// database: an older copy can meet a database a newer copy upgraded. indexedDB.open then fails
// with a VersionError; the user hears the same sentence as for a workspace file from a newer
// version (tests/e2e/offline.spec.ts sees it in Chromium).
import { describe, expect, it } from "vitest";
import { parseWorkspaceFile } from "../../src/workspace/file";
import { storageError } from "../../src/workspace/errors";

const versionError = () =>
  new DOMException("The requested version (1) is less than the existing version (3).", "VersionError");

describe("a workspace from a newer version of the program", () => {
  it("a newer database: named as such, with both versions, and nothing stored was changed", () => {
    const e = storageError(versionError(), "打开工作区");
    expect(e.problem).toBe("newer");
    expect(e.message).toBe(
      "打开工作区失败：本机浏览器中的工作区由更新版本的程序保存（工作区版本 3，本程序只支持到版本 1），" +
        "请先更新程序再打开（若在用离线文件，请打开较新的那一份）。已保存的内容没有改动。",
    );
  });

  it("the same sentence as a newer workspace file, but for what was written and what to do", () => {
    const file = parseWorkspaceFile(
      { format: "township-rule-of-law-workspace", version: 3, exportedAt: "", reports: [], corrections: [] },
      "新版.json",
    );
    expect(file.ok).toBe(false);
    const fromFile = !file.ok ? file.reason : "";
    const fromDb = storageError(versionError(), "打开工作区").message;
    const shape = (s: string) => s.replace(/^.*?由更新版本的程序../, "").replace(/请先更新程序再.*$/, "");
    expect(shape(fromDb)).toBe(shape(fromFile));
    expect(fromFile).toMatch(/^《新版.json》由更新版本的程序导出/);
  });

  it("a version message without numbers still says newer, without inventing one", () => {
    const e = storageError(new DOMException("version mismatch", "VersionError"), "打开工作区");
    expect(e.message).toContain("由更新版本的程序保存（本程序不支持该版本）");
  });
});
