// The engine's import boundary bites: ESLint (the project's own config) rejects, in a file under
// src/extract, every import that would tie the engine to Node, the UI or the app around it, and
// any spread into a call; the same imports pass outside the engine.
import { ESLint } from "eslint";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const FORBIDDEN = [
  "../io",
  "../../io",
  "../io/csv",
  "../../store",
  "../store/index",
  "../../derive/layers",
  "../views/ranking",
  "../../workers/extract",
  "react",
  "react-dom/client",
  "zustand",
  "echarts/core",
  "node:fs",
];

describe("engine import boundary", () => {
  it.each(FORBIDDEN)("src/extract may not import %s", { timeout: 60_000 }, async (from) => {
    const ids = await ruleIds(
      `import * as m from "${from}";\nexport const x = m;\n`,
      "src/extract/parsers/probe.ts",
    );
    expect(ids).toContain("no-restricted-imports");
  });

  it("the engine may import the domain and its own modules", { timeout: 60_000 }, async () => {
    const code = `import { INDICATOR_IDS } from "../../domain";\nimport { append } from "../arrays";\nexport const x = append([], [...INDICATOR_IDS]);\n`;
    expect(await ruleIds(code, "src/extract/parsers/probe.ts")).toEqual([]);
  });

  it("outside the engine the same imports pass", { timeout: 60_000 }, async () => {
    expect(await ruleIds(`import * as m from "../io";\nexport const x = m;\n`, "src/cli/probe.ts")).toEqual(
      [],
    );
  });

  it("a spread into a call fails in the engine", { timeout: 60_000 }, async () => {
    const code = `export function f(out: number[], xs: number[]) {\n  out.push(...xs);\n  return Math.max(...xs);\n}\n`;
    const ids = await ruleIds(code, "src/extract/refiners/probe.ts");
    expect(ids.filter((id) => id === "no-restricted-syntax")).toHaveLength(2);
  });
});
