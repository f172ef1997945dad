// A bounded SAX reader over htmlparser2's Tokenizer, for pages and for the XML inside .docx/.ofd.
// htmlparser2's own Parser keeps its open-element stack with `unshift` and searches it on every
// close, so 100k nested elements cost O(n²) (a 7.8 KB .docx took 54 s). Here the stack is ours: a
// plain array used from its end, never deeper than MAX_NESTING (deeper elements are read for their
// text only), and a close tag searches at most that far. The input is fed in chunks with a deadline
// check between them, so a reader can be stopped even in one very long document.
import { Tokenizer } from "htmlparser2";
import { checkDeadline, MAX_NESTING } from "./limits";

export interface SaxHandler {
  onopentag?(name: string, attribs: Record<string, string>): void;
  onclosetag?(name: string): void;
  ontext?(text: string): void;
}

export interface SaxOptions {
  xmlMode: boolean;
  /** Date.now() value after which reading stops with TimeLimitExceeded. */
  deadline?: number;
  maxNesting?: number;
}

/** HTML elements that never have content or a close tag. */
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** HTML elements an open tag of which closes an open one (the commonest of the spec's rules). */
const CLOSED_BY = new Map<string, ReadonlySet<string>>([
  ["p", new Set(["p"])],
  ["li", new Set(["li"])],
  ["dt", new Set(["dt", "dd"])],
  ["dd", new Set(["dt", "dd"])],
  ["tr", new Set(["tr", "td", "th"])],
  ["td", new Set(["td", "th"])],
  ["th", new Set(["td", "th"])],
  ["option", new Set(["option"])],
]);
const BLOCK_CLOSES_P = new Set(["div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section"]);

const CHUNK = 64 * 1024;

export function parseMarkup(input: string, handler: SaxHandler, options: SaxOptions): void {
  const { xmlMode, deadline } = options;
  const maxNesting = options.maxNesting ?? MAX_NESTING;
  const html = !xmlMode;
  /** Open elements, innermost last. */
  const stack: string[] = [];
  let tagName = "";
  let attribs: Record<string, string> = Object.create(null) as Record<string, string>;
  let attribName = "";
  let attribValue = "";

  const slice = (start: number, end: number) => input.slice(start, end);
  const lower = (s: string) => (html ? s.toLowerCase() : s);

  const popTo = (index: number) => {
    while (stack.length > index) {
      // Pop first: `onclosetag?.(stack.pop())` would not evaluate its argument without a handler.
      const name = stack.pop() ?? "";
      handler.onclosetag?.(name);
    }
  };
  /** Index of the nearest open element called `name`, looking at most maxNesting deep. */
  const findOpen = (name: string) => {
    for (let i = stack.length - 1; i >= 0 && i >= stack.length - maxNesting; i--)
      if (stack[i] === name) return i;
    return -1;
  };

  const openTag = (name: string) => {
    if (html) {
      const closes = CLOSED_BY.get(name);
      while (closes && stack.length > 0 && closes.has(stack[stack.length - 1] ?? "")) popTo(stack.length - 1);
      if (BLOCK_CLOSES_P.has(name) && stack[stack.length - 1] === "p") popTo(stack.length - 1);
    }
    tagName = name;
    attribs = Object.create(null) as Record<string, string>;
  };
  const endOpenTag = (selfClosing: boolean) => {
    const name = tagName;
    tagName = "";
    handler.onopentag?.(name, attribs);
    if ((html && VOID.has(name)) || selfClosing) handler.onclosetag?.(name);
    else stack.push(name);
  };

  const tokenizer = new Tokenizer(
    { xmlMode, decodeEntities: true, recognizeSelfClosing: xmlMode },
    {
      onattribdata(start, end) {
        attribValue += slice(start, end);
      },
      onattribentity(cp) {
        attribValue += String.fromCodePoint(cp);
      },
      onattribend() {
        if (!(attribName in attribs)) attribs[attribName] = attribValue;
        attribValue = "";
      },
      onattribname(start, end) {
        attribName = lower(slice(start, end));
      },
      oncdata(start, end, offset) {
        if (xmlMode) handler.ontext?.(slice(start, end - offset));
      },
      onclosetag(start, end) {
        const name = lower(slice(start, end));
        if (html && VOID.has(name)) {
          if (name === "br") {
            handler.onopentag?.("br", Object.create(null) as Record<string, string>);
            handler.onclosetag?.("br");
          }
          return;
        }
        const at = findOpen(name);
        if (at >= 0) popTo(at);
      },
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onopentagend() {
        endOpenTag(false);
      },
      onopentagname(start, end) {
        openTag(lower(slice(start, end)));
      },
      onprocessinginstruction() {},
      onselfclosingtag() {
        // In HTML a "/>" means nothing except on void elements, which close anyway.
        endOpenTag(xmlMode);
      },
      ontext(start, end) {
        handler.ontext?.(slice(start, end));
      },
      ontextentity(cp) {
        handler.ontext?.(String.fromCodePoint(cp));
      },
    },
  );
  for (let at = 0; at < input.length; at += CHUNK) {
    checkDeadline(deadline);
    tokenizer.write(input.slice(at, at + CHUNK));
  }
  tokenizer.end();
  popTo(0);
}
