// SAX reading for pages and for the XML inside .docx/.ofd, through htmlparser2's Parser. The input
// is fed in chunks with a deadline check between them.
import { Parser } from "htmlparser2";
import { checkDeadline } from "./limits";

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

const CHUNK = 64 * 1024;

export function parseMarkup(input: string, handler: SaxHandler, options: SaxOptions): void {
  const parser = new Parser(
    {
      onopentag: (name, attribs) => handler.onopentag?.(name, attribs),
      onclosetag: (name) => handler.onclosetag?.(name),
      ontext: (text) => handler.ontext?.(text),
    },
    options.xmlMode
      ? { xmlMode: true, decodeEntities: true }
      : {
          decodeEntities: true,
          lowerCaseTags: true,
          lowerCaseAttributeNames: true,
          recognizeSelfClosing: true,
        },
  );
  for (let at = 0; at < input.length; at += CHUNK) {
    checkDeadline(options.deadline);
    parser.write(input.slice(at, at + CHUNK));
  }
  parser.end();
}
