// The old-browser rule bites: in code that runs in the browser, ESLint (the project's own config,
// eslint-plugin-compat with package.json's browserslist "chrome >= 109") rejects APIs Chrome 109
// lacks, and accepts what it has. Node-only code (the CLI) is not held to it.
import { ESLint } from "eslint";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function compatMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "compat/compat" || m.ruleId === "no-restricted-properties")
    .map((m) => m.message);
}

// Instance methods come from eslint-plugin-compat; the statics its data misses from the config's
// own list (no-restricted-properties).
const NEWER: [string, string][] = [
  ["Array.prototype.toReversed (Chrome 110)", "export const r = [3, 1, 2].toReversed();"],
  ["Promise.withResolvers (Chrome 119)", "export const p = Promise.withResolvers<number>();"],
  ["Object.groupBy (Chrome 117)", "export const g = Object.groupBy([1, 2], (x) => String(x));"],
  ["Array.prototype.toSorted (Chrome 110)", "export const s = [3, 1, 2].toSorted();"],
  ["Uint8Array.fromBase64 (Chrome 140)", 'export const b = Uint8Array.fromBase64("AA==");'],
];

describe("browser code keeps to Chrome 109", () => {
  it.each(NEWER)("%s is an error in src/", { timeout: 60_000 }, async (_name, code) => {
    const messages = await compatMessages(code, "src/views/probe.ts");
    expect(messages.join("\n")).toMatch(/not supported in Chrome 109|Chrome 109 \(README\)/);
  });

  it(
    "what Chrome 109 has passes (Array.prototype.at, structuredClone, Object.hasOwn)",
    { timeout: 60_000 },
    async () => {
      const code =
        "export const a = [1].at(-1);\nexport const c = structuredClone({ a });\nexport const h = Object.hasOwn({}, 'a');\n";
      expect(await compatMessages(code, "src/views/probe.ts")).toEqual([]);
    },
  );

  it("the CLI runs in Node and is not held to it", { timeout: 60_000 }, async () => {
    expect(await compatMessages(NEWER[0]![1], "src/cli/probe.ts")).toEqual([]);
  });
});
