// The app's CSS keeps to Chrome 109 too (eslint-plugin-compat covers only scripts): no CSS nesting
// (Chrome 112), and none of the newer functions and rules listed below. Every .css under src/ is
// scanned; the scanner itself is tested on snippets, so it can fail.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");

/** Features newer than Chrome 109, with the version that brought them. */
const NEWER: [RegExp, string][] = [
  [/\bcolor-mix\(/, "color-mix() (Chrome 111)"],
  [/\blight-dark\(/, "light-dark() (Chrome 123)"],
  [/\bsubgrid\b/, "subgrid (Chrome 117)"],
  [/@scope\b/, "@scope (Chrome 118)"],
  [/@starting-style\b/, "@starting-style (Chrome 117)"],
  [/\bfield-sizing\b/, "field-sizing (Chrome 123)"],
  [/:popover-open\b/, ":popover-open (Chrome 114)"],
];

/** At-rules whose blocks hold style rules (nesting a rule in these is plain CSS). */
const GROUP = /^@(media|supports|container|layer|document)\b/;

/** Problems in one stylesheet: nested style rules (with their line) and newer features. */
function cssProblems(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "));
  const problems: string[] = [];
  for (const [re, what] of NEWER) if (re.test(text)) problems.push(what);
  const stack: ("rule" | "group" | "other")[] = [];
  let prelude = "";
  let line = 1;
  for (const ch of text) {
    if (ch === "\n") line++;
    if (ch === "{") {
      const head = prelude.trim();
      if (stack.at(-1) === "rule")
        problems.push(`nested rule "${head}" at line ${line} (CSS nesting, Chrome 112)`);
      stack.push(GROUP.test(head) ? "group" : head.startsWith("@") ? "other" : "rule");
      prelude = "";
    } else if (ch === "}") {
      stack.pop();
      prelude = "";
    } else if (ch === ";") prelude = "";
    else prelude += ch;
  }
  return problems;
}

const cssFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith(".css") ? [join(dir, e.name)] : [],
  );

describe("CSS for Chrome 109", () => {
  it("the scanner finds nesting and newer functions, and passes plain CSS", () => {
    expect(cssProblems(".a { color: red; .b { color: blue; } }")[0]).toMatch(/nested rule ".b" at line 1/);
    expect(cssProblems(".a {\n  &:hover { color: blue; }\n}")[0]).toMatch(/nested rule "&:hover" at line 2/);
    expect(cssProblems(".a { background: color-mix(in srgb, red, blue); }")).toEqual([
      "color-mix() (Chrome 111)",
    ]);
    const plain =
      "@media print { .a { color: red; } }\n@supports (display: grid) { @media (min-width: 1px) { .b:has(.c) { x: y; } } }\n" +
      "@font-face { font-family: x; }\n/* .a { .b {} } */\n@keyframes k { from { opacity: 0; } to { opacity: 1; } }";
    expect(cssProblems(plain)).toEqual([]);
  });

  it("no stylesheet under src/ needs more than Chrome 109", () => {
    const files = cssFiles(resolve(root, "src"));
    expect(files.length).toBeGreaterThan(3);
    const found = files.flatMap((f) => cssProblems(readFileSync(f, "utf8")).map((p) => `${f}: ${p}`));
    expect(found).toEqual([]);
  });
});
