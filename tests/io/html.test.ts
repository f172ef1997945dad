import { describe, expect, it } from "vitest";
import { declaredCharset, htmlToText, looksLikeHtml, readReportFile } from "../../src/io";
import { encodeGb18030 } from "./gb18030";

const PAGE = `<!-- saved from url=(0040)http://www.example.gov.cn/ -->
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>示例县青石镇2023年法治政府建设情况报告_示例县人民政府</title>
<style>p { color: red }</style><script>document.title = "脚本内容"; alert("不应出现")</script></head>
<body>
<div class="header"><a href="/">网站首页</a> <a href="/zwgk">政务公开</a></div>
<nav><ul><li>机构设置</li><li>政策文件</li></ul></nav>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>
<div class="content">
  <h1>示例县青石镇2023年法治政府建设情况报告</h1>
  <p>\u3000\u3000一、主要举措和成效</p>
  <p>全年共调处矛盾纠纷
     70余起&nbsp;，调解成功率达100%&amp;法律顾问覆盖率100%。</p>
  <table><tr><td>项目</td><td>数量</td></tr><tr><td>普法活动</td><td>12场</td></tr></table>
  第一行<br>第二行<br/>
  <p style="display: none">隐藏的文字</p>
  <div class="bdsharebuttonbox">分享到微信</div>
</div>
<div id="footer">版权所有：示例县人民政府 &copy; 2024</div>
<footer>网站标识码 1234</footer>
<noscript>请启用脚本</noscript>
</body></html>`;

describe("htmlToText", () => {
  const text = htmlToText(PAGE);

  it("keeps the report's lines and drops the site's chrome", () => {
    expect(text).toBe(
      [
        "示例县青石镇2023年法治政府建设情况报告",
        "一、主要举措和成效",
        "全年共调处矛盾纠纷70余起，调解成功率达100%&法律顾问覆盖率100%。",
        "项目\t数量",
        "普法活动\t12场",
        "第一行",
        "第二行",
      ].join("\n"),
    );
  });

  it.each([
    "脚本内容",
    "不应出现",
    "color",
    "网站首页",
    "机构设置",
    "当前位置",
    "隐藏",
    "分享",
    "版权所有",
    "网站标识码",
    "请启用脚本",
  ])("drops %s", (chrome) => {
    expect(text).not.toContain(chrome);
  });

  it("keeps an article's own <header> (it holds the title) but drops the page banner", () => {
    const html = `<header>示例县人民政府门户网站</header><article><header><h1>柳溪乡2022年法治政府建设情况报告</h1></header><p>正文。</p></article>`;
    expect(htmlToText(html)).toBe("柳溪乡2022年法治政府建设情况报告\n正文。");
  });

  it("puts the <title> first when the body lacks it", () => {
    const html = `<html><head><title>东城街道2024年法治政府建设情况报告 - 示例县人民政府</title></head><body><p>一、主要举措</p></body></html>`;
    expect(htmlToText(html)).toBe("东城街道2024年法治政府建设情况报告\n\n一、主要举措");
  });

  it("decodes named and numeric entities", () => {
    expect(htmlToText("<p>&lt;民法典&gt; &#x4E00;&#20108;&quot;三&quot;</p>")).toBe('<民法典>一二"三"');
  });

  it("joins Chinese text that the page's source wrapped over lines, but keeps spaces between Latin words", () => {
    expect(htmlToText("<p>开展“法律\n  进乡村”活动 Word 2023\n版</p>")).toBe(
      "开展“法律进乡村”活动Word 2023版",
    );
  });

  it("keeps line breaks inside <pre>", () => {
    expect(htmlToText("<pre>第一行\n第二行</pre>")).toBe("第一行\n第二行");
  });

  it("survives unbalanced markup", () => {
    expect(htmlToText("<div><p>甲<p>乙</div></span><li>丙")).toBe("甲\n乙\n丙");
  });
});

describe("page detection", () => {
  it("reads the declared charset from the page's first bytes", () => {
    expect(declaredCharset(new TextEncoder().encode(PAGE))).toBe("gb2312");
    expect(declaredCharset(new TextEncoder().encode('<meta charset="utf-8">'))).toBe("utf-8");
    expect(declaredCharset(new TextEncoder().encode("纯文本"))).toBeNull();
  });

  it.each([
    [PAGE, true],
    ["<!doctype html><p>x</p>", true],
    ["\uFEFF<html lang=zh>", true],
    ["示例县青石镇2023年法治政府建设情况报告", false],
    ["<民法典>学习情况", false],
  ])("looksLikeHtml(%#) is %s", (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe("readReportFile on pages", () => {
  it("reads a GBK page (meta charset=gb2312) to the same text as its UTF-8 copy", async () => {
    const fromGbk = await readReportFile(encodeGb18030(PAGE), "青石镇.htm");
    const fromUtf8 = await readReportFile(new TextEncoder().encode(PAGE), "青石镇.html");
    expect(fromGbk).toMatchObject({ ok: true, format: "html", encoding: "gb18030" });
    expect(fromUtf8).toMatchObject({ ok: true, format: "html", encoding: "utf-8" });
    expect(fromGbk.ok && fromUtf8.ok && fromGbk.text === fromUtf8.text).toBe(true);
  });

  it("reads a page saved with a .doc name as a page (government sites do this)", async () => {
    const r = await readReportFile(new TextEncoder().encode(PAGE), "报告.doc");
    expect(r).toMatchObject({ ok: true, format: "html" });
  });

  it("refuses a page with no text", async () => {
    expect(
      await readReportFile(
        new TextEncoder().encode("<html><body><script>x()</script></body></html>"),
        "空.html",
      ),
    ).toEqual({
      ok: false,
      reason: "《空.html》：网页中没有正文文字",
    });
  });
});
