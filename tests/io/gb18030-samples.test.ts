// The promise: a GB18030-encoded copy of a sample gives the same record as the UTF-8
// original (and so do the other encodings a Windows machine may save). Run over every sample report through the same read + extract the CLI and Worker use.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFile } from "../../src/data/from-files";
import { encodeGb18030 } from "./gb18030";

const DIR = "data/reports";
const samples = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort();

describe("re-encoded copies of the samples", () => {
  it("there are samples to test", () => expect(samples.length).toBeGreaterThanOrEqual(5));

  it.each(samples)("%s gives the same record in GB18030 as in UTF-8", async (name) => {
    const utf8Bytes = readFileSync(`${DIR}/${name}`);
    const text = new TextDecoder().decode(utf8Bytes);
    const fromUtf8 = await extractFile(utf8Bytes, name);
    const fromGb = await extractFile(encodeGb18030(text), name);
    expect(fromUtf8.ok).toBe(true);
    // Same record; the import key is of the bytes, so it differs.
    expect({ ...fromGb, key: "" }).toEqual({ ...fromUtf8, key: "" });
    expect(fromGb.key).not.toBe(fromUtf8.key);
  });

  it.each(samples)(
    "%s gives the same record in UTF-8 with BOM and in BOM-less UTF-16 of either order",
    async (name) => {
      const utf8Bytes = readFileSync(`${DIR}/${name}`);
      const text = new TextDecoder().decode(utf8Bytes);
      const fromUtf8 = await extractFile(utf8Bytes, name);
      const le = Buffer.from(text, "utf16le");
      const be = Buffer.from(le).swap16();
      for (const bytes of [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8Bytes]), le, be]) {
        expect({ ...(await extractFile(new Uint8Array(bytes), name)), key: "" }).toEqual({
          ...fromUtf8,
          key: "",
        });
      }
    },
  );
});
