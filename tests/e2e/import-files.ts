// Report files the import tests generate (no binary fixtures in the repository): the fictional
// county's report texts written as GB18030 .txt, a saved web page with a script and site
// navigation, a .docx, a .zip of several, a CLI data set, and bad files.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { strToU8, zipSync } from "fflate";
import { makeDocx, para } from "../io/docx-fixture";
import { encodeGb18030 } from "../io/gb18030";

const root = resolve(import.meta.dirname, "../..");

export interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A fictional county report text (data/demo/reports), e.g. demoText("2021-bailu"). */
export function demoText(stem: string): string {
  return readFileSync(resolve(root, "data/demo/reports", `${stem}.txt`), "utf8");
}

const upload = (name: string, bytes: Uint8Array | string, mimeType = "application/octet-stream"): Upload => ({
  name,
  mimeType,
  buffer: Buffer.from(typeof bytes === "string" ? strToU8(bytes) : bytes),
});

export const gb18030Txt = (stem: string) =>
  upload(`${stem}-gbk.txt`, encodeGb18030(demoText(stem)), "text/plain");

/** The same report with its text repeated: a file that takes the engine a while, so a batch of them lasts. */
export const longGb18030Txt = (stem: string, times: number) =>
  upload(`${stem}-gbk.txt`, encodeGb18030(demoText(stem).repeat(times)), "text/plain");

export function htmlPage(stem: string): Upload {
  const paragraphs = demoText(stem)
    .split("\n")
    .map((l) => `<p>${l}</p>`)
    .join("");
  const html =
    `<!doctype html><html><head><meta charset="utf-8"><title>政府网站</title>` +
    `<script>window.__scriptRan = true; document.title = "script ran";</script></head><body>` +
    `<nav><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/hdjl">互动交流</a></nav>` +
    `<div class="content">${paragraphs}</div><footer>主办单位：示例县人民政府办公室 版权所有</footer></body></html>`;
  return upload(`${stem}.html`, html, "text/html");
}

export function docx(stem: string): Upload {
  const body = demoText(stem)
    .split("\n")
    .map((l) => para(l.replace(/&/g, "&amp;").replace(/</g, "&lt;")))
    .join("");
  return upload(`${stem}.docx`, makeDocx(body));
}

export function zipOf(name: string, stems: string[]): Upload {
  const files: Record<string, Uint8Array> = {};
  for (const s of stems) files[`报告/${s}.txt`] = strToU8(demoText(s));
  return upload(name, zipSync(files), "application/zip");
}

/** A directory-mode reports.json holding the given demo reports (as the CLI wrote them). */
export function cliDataset(name: string, ids: string[]): Upload {
  const all = JSON.parse(readFileSync(resolve(root, "data/demo/extracted/reports.json"), "utf8")) as {
    reports: { id: string }[];
  };
  const reports = all.reports.filter((r) => ids.includes(r.id));
  return upload(name, JSON.stringify({ ...all, reports }), "application/json");
}

export const emptyFile = (name = "空文件.txt") => upload(name, new Uint8Array(0), "text/plain");
export const binaryFile = (name = "照片.txt") =>
  upload(name, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]));
export const badJson = (name = "坏数据集.json") =>
  upload(name, `{"reports": [{"id": 1}]}`, "application/json");
export const jsonUpload = (name: string, value: unknown) =>
  upload(name, JSON.stringify(value), "application/json");
