// A strict XML check for the export tests: saxes (the parser exceljs itself reads workbooks with)
// throws on anything that is not well-formed XML 1.0 — an unescaped < or &, a control character,
// a broken tag. Returns the error message, or null when the document is well-formed.
import { SaxesParser } from "saxes";

export function xmlError(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

/** The text content of the first element with this local name, or null. */
export function elementText(xml: string, name: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  let out: string | null = null;
  parser.on("opentag", (t) => {
    if (out === null && t.local === name) depth = 1;
    else if (depth > 0) depth++;
  });
  parser.on("text", (t) => {
    if (depth > 0) out = (out ?? "") + t;
  });
  parser.on("closetag", () => {
    if (depth > 0) depth--;
  });
  parser.write(xml).close();
  return out;
}
