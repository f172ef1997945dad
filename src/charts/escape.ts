// HTML tooltips are HTML: any text that came from a report (township names, shortcoming items)
// must be escaped before it is put into one, or a name like <img onerror=…> would run.
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

export function escapeHtml(text: unknown): string {
  return String(text ?? "").replace(/[&<>"'`]/g, (c) => ENTITIES[c] as string);
}

// Characters XML 1.0 does not allow (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/FFFF)
// or discourages (C1 controls): escaping cannot save them, so they are dropped.
const NOT_XML = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;
const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text for an XML element or attribute that a library writes without escaping (pptxgenjs's Company). */
export function escapeXml(text: unknown): string {
  return String(text ?? "")
    .replace(NOT_XML, "")
    .replace(/[&<>"']/g, (c) => XML_ENTITIES[c] as string);
}
