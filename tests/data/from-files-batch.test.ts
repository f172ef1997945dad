// Several files read and extracted together (the Worker's and the bench's path) give exactly the
// records of each file alone.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFileSync, extractTextFilesSync } from "../../src/data/from-files";
import { readDivisions } from "../../src/geo/node";
import { encodeGb18030 } from "../io/gb18030";

describe("extractTextFilesSync", () => {
  it("gives each file's own record, in order, also for a file that cannot be read", () => {
    const divisions = readDivisions();
    const files: { name: string; bytes: Uint8Array }[] = ["data/reports", "data/demo/reports"].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .slice(0, 6)
        .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(`${dir}/${f}`)) })),
    );
    files.splice(2, 0, { name: "空.txt", bytes: new Uint8Array() });
    files.splice(5, 0, { name: "gbk.txt", bytes: encodeGb18030(new TextDecoder().decode(files[0]!.bytes)) });
    const together = extractTextFilesSync(files, { divisions });
    expect(together).toEqual(files.map((f) => extractFileSync(f.bytes, f.name, { divisions })));
    expect(together[2]?.error).toContain("文件为空");
    expect(together.filter((r) => !r.error)).toHaveLength(files.length - 1);
  }, 30_000);
});
