// The import key is part of the workspace's contract: corrections hang on it, so the same bytes must
// always give the same key, whatever computes it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importKey } from "../../src/io";

describe("importKey", () => {
  it("is sha256: and the hex SHA-256 of the bytes (pinned for a sample report and for no bytes)", async () => {
    const bytes = new Uint8Array(readFileSync("data/reports/2023-chengkou-xianyi.txt"));
    expect(await importKey(bytes)).toBe(
      "sha256:d3f9739b7c7d3bd15e47170021117896a3dae6c527b563779dbc2e1819a410aa",
    );
    expect(await importKey(new Uint8Array())).toBe(
      "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });
});
