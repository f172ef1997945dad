import js from "@eslint/js";
import compat from "eslint-plugin-compat";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Static methods Chrome 109 lacks that eslint-plugin-compat 6.2 does not know (version added). */
const NEWER_THAN_CHROME_109 = [
  ["Promise", "withResolvers", 119],
  ["Promise", "try", 128],
  ["Object", "groupBy", 117],
  ["Map", "groupBy", 117],
  ["Array", "fromAsync", 121],
  ["Uint8Array", "fromBase64", 140],
  ["Uint8Array", "fromHex", 140],
  ["document", "startViewTransition", 111],
].map(([object, property, chrome]) => ({
  object,
  property,
  message: `${object}.${property} needs Chrome ${chrome}; bureau PCs run Chrome 109 (README).`,
}));

export default tseslint.config(
  { ignores: ["dist", "dist-*", "node_modules", "data", "test-results", "playwright-report"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // What runs in the browser keeps to Chrome 109 (the last Chrome on Windows 7; package.json
    // "browserslist"): an API it lacks is an error, ES built-ins included (lintAllEsApis), since
    // the build adds no polyfills. tests/lint/compat.test.ts proves the rule fires.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/cli/**", "src/geo/node.ts"],
    plugins: { compat },
    settings: { lintAllEsApis: true },
    rules: {
      "compat/compat": "error",
      // The plugin's data (ast-metadata-inferer) misses newer static methods: name them here.
      "no-restricted-properties": ["error", ...NEWER_THAN_CHROME_109],
    },
  },
  {
    // The engine must stay pure so that the CLI and the browser Worker run the same code: no Node,
    // no UI libraries, none of the app's I/O, state, view models or views (tests/lint/).
    files: ["src/extract/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "react", "react/**", "react-dom", "react-dom/**"],
              message: "The engine is pure: no Node, no UI (src/extract/README.md).",
            },
            {
              group: ["zustand", "zustand/**", "echarts", "echarts/**", "@tanstack/*"],
              message: "The engine is pure: no UI libraries (src/extract/README.md).",
            },
            {
              group: ["**/io", "**/io/**", "**/store", "**/store/**", "**/derive", "**/derive/**"],
              message: "The engine takes text and gives records: no file I/O, state or view models.",
            },
            {
              group: ["**/geo", "**/geo/**"],
              message:
                "The division list is an input (extractReport(text, file, { divisions })), not an import.",
            },
            {
              group: ["**/views", "**/views/**", "**/workers", "**/workers/**", "**/cli", "**/cli/**"],
              message: "The engine is called by the CLI, the Worker and the views, never the other way.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "document", "window", "process", "require"],
      // A report can yield hundreds of thousands of candidates: spreading them into a call's
      // arguments overflows the stack (tests/hostile/engine.test.ts). Loop, or use arrays.ts.
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression > SpreadElement",
          message: "No spread into a call in the engine: lists can be unbounded (use append/extent).",
        },
        {
          selector: "NewExpression > SpreadElement",
          message: "No spread into a call in the engine: lists can be unbounded (use append/extent).",
        },
      ],
    },
  },
);
