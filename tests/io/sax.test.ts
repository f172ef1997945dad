// The bounded SAX reader under pages and XML parts.
import { describe, expect, it } from "vitest";
import { parseMarkup, type SaxHandler } from "../../src/io";

function events(input: string, xmlMode: boolean): string[] {
  const out: string[] = [];
  parseMarkup(
    input,
    {
      onopentag: (n, a) => out.push(`<${n}${Object.keys(a).length ? ` ${JSON.stringify(a)}` : ""}>`),
      onclosetag: (n) => out.push(`</${n}>`),
      ontext: (t) => out.push(t),
    },
    { xmlMode },
  );
  return out;
}

describe("parseMarkup", () => {
  it("reads XML elements, attributes, entities and CDATA", () => {
    expect(events('<w:p a="1&amp;2"><w:t>甲&lt;乙</w:t><![CDATA[丙]]><w:br/></w:p>', true)).toEqual([
      '<w:p {"a":"1&2"}>',
      "<w:t>",
      "甲",
      "<",
      "乙",
      "</w:t>",
      "丙",
      "<w:br>",
      "</w:br>",
      "</w:p>",
    ]);
  });

  it("closes HTML void elements and implied ends, and ignores a stray close tag", () => {
    expect(events("<ul><li>一<li>二</ul><br></span><p>三<div>四</div>", false)).toEqual([
      "<ul>",
      "<li>",
      "一",
      "</li>",
      "<li>",
      "二",
      "</li>",
      "</ul>",
      "<br>",
      "</br>",
      "<p>",
      "三",
      "</p>",
      "<div>",
      "四",
      "</div>",
    ]);
  });

  it("keeps script content as raw text (a reader then skips it)", () => {
    expect(events("<script>if (a<b) x()</script>", false)).toEqual(["<script>", "if (a<b) x()", "</script>"]);
  });

  it("ends when a handler listens to opening tags only (elements left open are popped)", () => {
    let n = 0;
    const handler: SaxHandler = { onopentag: () => n++ };
    parseMarkup("<a><b><c>x</c></b>", handler, { xmlMode: true });
    expect(n).toBe(3);
  });
});
