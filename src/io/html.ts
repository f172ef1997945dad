// A report page saved from a government website → the report's text. The page is only tokenised
// (htmlparser2's SAX parser): nothing is rendered, no script runs, no URL is fetched. Site chrome
// (menus, banners, footers, share buttons) is dropped; block elements become line breaks so the
// extractor still sees titles, section headings and paragraphs on their own lines. The tokeniser is
// bounded (./sax.ts): nesting is capped and a deadline is checked, so a hostile page ends quickly.
import { parseMarkup } from "./sax";

/** Elements whose whole content is never report text. */
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "aside",
  "footer",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "svg",
  "math",
  "canvas",
  "select",
  "button",
  "textarea",
  "input",
  "audio",
  "video",
]);

/** Elements that start and end a line. */
const BLOCK = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);

const CELL = new Set(["td", "th"]);

/** class/id tokens and ARIA roles that government sites use for their chrome. Whole tokens only. */
const CHROME_TOKEN =
  /^(nav|navbar|navigation|menu|mainmenu|topmenu|footer|foot|bottom|topbar|top-bar|breadcrumb|breadcrumbs|crumb|crumbs|share|bdsharebuttonbox|sidebar|copyright|skip-link)$/i;
/** Banner tokens: chrome at page level, but inside <article>/<main> they may hold the report's title. */
const BANNER_TOKEN = /^(header|top|banner|masthead)$/i;
const CHROME_ROLE = /^(navigation|banner|contentinfo|search|menu|menubar)$/i;

// Han characters, CJK punctuation, full-width forms: a line break between two of them is not a
// space in Chinese (CSS Text 3 drops such segment breaks too).
const CJK = "\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u3000-\\u303F";
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}]) +| +(?=[${CJK}])`, "g");

interface Open {
  name: string;
  skip: boolean;
}

/** The report text of an HTML page. */
export function htmlToText(html: string, deadline?: number): string {
  const lines: string[] = [];
  let line = "";
  let title = "";
  let skipDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  let inArticle = 0;
  const stack: Open[] = [];

  const flush = () => {
    const cleaned = line
      .replace(SPACE_NEXT_TO_CJK, "")
      .replace(/ {2,}/g, " ")
      .replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
    line = "";
    if (cleaned !== "") lines.push(cleaned);
  };

  parseMarkup(
    html,
    {
      onopentag(name, attribs) {
        const skip = skipDepth > 0 || isChrome(name, attribs, inArticle > 0);
        stack.push({ name, skip });
        if (skip) {
          skipDepth++;
          return;
        }
        if (name === "title") inTitle = true;
        if (name === "article" || name === "main") inArticle++;
        if (name === "pre") preDepth++;
        if (name === "br") line += "\n";
        else if (BLOCK.has(name)) flush();
        else if (CELL.has(name) && line !== "" && !line.endsWith("\t")) line += "\t";
      },
      onclosetag(name) {
        const open = stack.pop();
        if (!open) return;
        if (open.skip) {
          skipDepth--;
          return;
        }
        if (name === "title") inTitle = false;
        if (name === "article" || name === "main") inArticle--;
        if (name === "pre") preDepth--;
        if (BLOCK.has(name)) flush();
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (skipDepth > 0) return;
        line += preDepth > 0 ? data.replace(/\r\n?/g, "\n") : data.replace(/[\s\u00A0]+/g, " ");
      },
    },
    { xmlMode: false, deadline },
  );
  flush();

  const body = lines
    .join("\n")
    .split("\n")
    .map((l) => l.replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return withTitle(body, title);
}

const LATIN1 = new TextDecoder("latin1");

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv Content-Type). */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so ASCII markup reads the same in any page encoding.
  const head = LATIN1.decode(bytes.subarray(0, 4096));
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m?.[1] ?? null;
}

const WHITE = /\s/;

/** Whether decoded text is an HTML page, whatever the file is called. */
export function looksLikeHtml(text: string): boolean {
  // A page starts with "<" after white space (a BOM counts as white space in \s): most reports do
  // not, and need no lower-cased copy of their head.
  let i = 0;
  while (i < text.length && WHITE.test(text.charAt(i))) i++;
  if (text.charAt(i) !== "<") return false;
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .toLowerCase();
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>]|<meta[\s>])/.test(
    head,
  );
}

function isChrome(name: string, attribs: Record<string, string>, inArticle: boolean): boolean {
  if (SKIP.has(name)) return true;
  // A page banner is chrome; an article's own <header> holds its title and stays.
  if (name === "header" && !inArticle) return true;
  if ("hidden" in attribs || attribs["aria-hidden"] === "true") return true;
  if (/display\s*:\s*none/i.test(attribs.style ?? "")) return true;
  if (CHROME_ROLE.test(attribs.role ?? "")) return true;
  const tokens = `${attribs.class ?? ""} ${attribs.id ?? ""}`.split(/\s+/);
  return tokens.some((t) => CHROME_TOKEN.test(t) || (!inArticle && BANNER_TOKEN.test(t)));
}

/**
 * A page's <title> usually repeats the report title with the site's name after a separator. When the
 * body lacks the title (some sites put it only in <title>), it becomes the first line.
 */
function withTitle(body: string, rawTitle: string): string {
  const title = rawTitle.replace(/\s+/g, " ").trim();
  const head = title.split(/_|\||｜| - | — |——/)[0]?.trim() ?? "";
  if (head === "") return body;
  const squash = (s: string) => s.replace(/\s+/g, "");
  if (squash(body).includes(squash(head))) return body;
  return body === "" ? head : `${head}\n\n${body}`;
}
