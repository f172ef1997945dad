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
