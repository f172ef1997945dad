// Regenerates the Word 97–2003 fixtures in tests/io/fixtures/doc/ (fictional text) with LibreOffice:
//   node scripts/gen-doc-fixtures.mjs
// The tests read the committed .doc files (CI has no LibreOffice); this script says how they were
// made. Each .doc has a .txt twin with the same lines, which the end-to-end test compares it with.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const OUT = "tests/io/fixtures/doc";

/** Lines of a fictional township report; "|" separates table cells. */
const REPORT = [
  "青石镇2023年法治政府建设情况报告",
  "一、主要工作",
  "（一）完善依法决策机制",
  "1.全年召开党委理论学习中心组学法会议6次，开展法治培训12场次。",
  "2.镇政府常年法律顾问审查合同、规范性文件等38件，审查率100%。",
  "（二）深化普法宣传",
  "开展“八五”普法宣传活动45场，发放宣传资料3200份。",
  "表1 矛盾纠纷化解情况",
  "项目|数量|备注",
  "受理矛盾纠纷|56起|含信访转办",
  "成功调解|54起|调解成功率96.4%",
  "二、存在问题",
  "一是部分村（社区）法治宣传形式较为单一；二是执法人员专业能力有待提升。",
  "三、下一步工作",
  "持续推进法治政府建设，详见镇政府网站。",
];

function html(lines) {
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const out = [];
  let rows = [];
  const flush = () => {
    if (rows.length === 0) return;
    out.push(
      `<table border="1">${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("")}</table>`,
    );
    rows = [];
  };
  for (const line of lines) {
    if (line.includes("|")) rows.push(line.split("|"));
    else {
      flush();
      // The last line carries a hyperlink: Word stores it as a field (code, then result).
      out.push(
        line.endsWith("镇政府网站。")
          ? `<p>${esc(line.replace("镇政府网站。", ""))}<a href="http://example.invalid/qs">镇政府网站</a>。</p>`
          : `<p>${esc(line)}</p>`,
      );
    }
  }
  flush();
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>fixture</title></head><body>${out.join("\n")}</body></html>`;
}

/** HTML → Word 97 .doc through LibreOffice, in a throw-away profile inside `work`. */
function toDoc(work, html, name) {
  writeFileSync(join(work, `${name}.html`), html);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--headless",
      "--infilter=HTML (StarWriter)",
      "--convert-to",
      "doc:MS Word 97",
      "--outdir",
      work,
      join(work, `${name}.html`),
    ],
    { stdio: "inherit", timeout: 180_000 },
  );
  return join(work, `${name}.doc`);
}

/** A short document with a footnote, in the HTML LibreOffice itself writes for footnotes. */
const FOOTNOTE_HTML =
  `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>` +
  `<p>全年受理法律援助案件9件<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>。</p>` +
  `<p>第二段正文。</p>` +
  `<div id="sdfootnote1"><p><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>数据来源：县司法局统计。</p></div>` +
  `</body></html>`;

mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "docfix-"));
try {
  const report = toDoc(work, html(REPORT), "青石镇2023年报告");
  copyFileSync(report, join(OUT, "青石镇2023年报告.doc"));
  // WPS Office writes .wps in the same Word binary format; the reader must take it under that name.
  copyFileSync(report, join(OUT, "青石镇2023年报告.wps"));
  // The same report as plain text: table rows become one cell per line, as the .doc reader gives them.
  writeFileSync(join(OUT, "青石镇2023年报告.txt"), `${REPORT.flatMap((l) => l.split("|")).join("\n")}\n`);
  copyFileSync(toDoc(work, FOOTNOTE_HTML, "footnote"), join(OUT, "脚注.doc"));
  console.log(`wrote ${OUT}: ${readFileSync(join(OUT, "青石镇2023年报告.doc")).length} bytes .doc`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
