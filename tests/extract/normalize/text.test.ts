import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../src/extract";
import { isChromeLine } from "../../../src/extract";
import { NEEDS_CLEANING, mayOpenWholeChrome, nextToClean } from "../../../src/extract/normalize/text";

describe("normalizeText", () => {
  it("turns full-width digits, letters and ％ into ASCII but keeps Chinese punctuation", () => {
    expect(normalizeText("发放资料３０００份，覆盖率１００％；ＡＢＣ（一）").text).toBe(
      "发放资料3000份，覆盖率100%；ABC（一）",
    );
  });

  it("unifies line endings, trims lines and collapses blank runs", () => {
    expect(normalizeText("\uFEFF  标题 \r\n\r\n\r\n\r\n正文\r第二行\n\n").text).toBe("标题\n\n正文\n第二行");
  });

  it("drops Word bookmarks and zero-width characters", () => {
    expect(normalizeText("[bookmark: OLE_LINK1]（四）法律顾问\u200b作用[bookmark: _GoBack]").text).toBe(
      "（四）法律顾问作用",
    );
  });

  it("drops web-page chrome and keeps it aside", () => {
    const raw = [
      "蒙城县许疃镇",
      "当前位置: 网站首页 > 政府信息公开 > 蒙城县许疃镇",
      "索引号: 1134162200317919XW/202312-00021 组配分类: 年度重点工作",
      "发布时间:2023-12-10 11:06 信息来源:蒙城县许疃镇 浏览次数: 字体:[ ]",
      "名称: 许疃镇关于2023年度法治政府建设情况的报告",
      "正文第一段。",
    ].join("\n");
    const n = normalizeText(raw);
    expect(n.text).toBe("蒙城县许疃镇\n正文第一段。");
    expect(n.chrome).toHaveLength(4);
  });

  it.each([
    ["当前位置: 首页 > 信息公开", true],
    ["字体:[ 大 中 小 ]", true],
    ["【打印】【关闭】", true],
    ["发布机构: 某镇 主题分类: 其他", true],
    ["一、2023年度法治政府建设的主要举措和成效", false],
    ["中共庄河市委员会：", false],
    // Labels further in, each with its own colon (full- or half-width): still a metadata row.
    ["某某镇人民政府网站 政务公开 发布机构：某镇 主题分类: 其他", true],
    // One label and one colon, in prose: not a row of labels.
    ["全镇开展各类普法宣传活动，具体安排详见信息来源：镇司法所", false],
  ])("isChromeLine(%s) → %s", (line, chrome) => {
    expect(isChromeLine(line)).toBe(chrome);
  });

  it("maps normalised offsets back to the raw text", () => {
    const raw = "标题\r\n[bookmark: X]发放资料１０份";
    const n = normalizeText(raw);
    const at = n.text.indexOf("资料");
    expect(raw.slice(n.toRaw(at), n.toRaw(at) + 2)).toBe("资料");
  });
});

describe("hard-wrapped text", () => {
  const para =
    "开展普法宣传活动一百二十场次，发放宣传资料两万余份，受教育群众三万余人次，法律顾问覆盖率百分之百。".repeat(
      4,
    );
  const wrapped = [
    "一、主要成效",
    ...(para.match(/.{1,24}/g) ?? []),
    "二、存在的问题",
    ...(para.match(/.{1,24}/g) ?? []),
  ].join("\n");

  it("joins lines broken at a fixed width, keeps headings on their own lines", () => {
    const text = normalizeText(wrapped).text;
    expect(text.split("\n")).toEqual(["一、主要成效", para, "二、存在的问题", para]);
  });

  it("leaves paragraph-per-line text alone", () => {
    const text = "一、标题\n第一段。\n第二段没有句号\n第三段。";
    expect(normalizeText(text).text).toBe(text);
  });
});

describe("the table of characters that need cleaning", () => {
  it("holds exactly the characters of the pattern, so a line is copied as it is only when clean", () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const byTable = nextToClean(`ab${ch}c`, 0) === 2;
      if (byTable !== NEEDS_CLEANING.test(ch)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    expect(nextToClean("一二三", 1)).toBe(3);
    expect(nextToClean("一\u3000二\t", 2)).toBe(3);
  });
});

describe("the first characters of a whole chrome line", () => {
  it("holds every white space character, so a line opening with one is still tried", () => {
    const missing: number[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (/\s/.test(String.fromCharCode(code)) && !mayOpenWholeChrome(code)) missing.push(code);
    expect(missing).toEqual([]);
  });

  it("still finds toolbar, breadcrumb and paging lines, and passes prose over", () => {
    for (const line of [
      "【打印本页】 【关闭窗口】",
      "打印",
      "收藏 分享",
      "首页 > 政务公开",
      "网站首页>通知公告",
      "上一篇：关于…",
      "下一篇：无",
      "\u3000【关闭】",
    ])
      expect(isChromeLine(line), line).toBe(true);
    expect(isChromeLine("全年开展普法宣传活动12场次。")).toBe(false);
    expect(mayOpenWholeChrome("全".charCodeAt(0))).toBe(false);
  });
});
