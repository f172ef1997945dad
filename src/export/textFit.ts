// Picks a font size at which a text fits its box, so a long township name or a long findings
// sentence shrinks a little instead of running into the chart below it. Slides cannot measure
// text (pptxgenjs writes XML; PowerPoint lays it out later), so this estimates: a CJK glyph is one
// em wide, Latin letters and digits about 0.6 em, with slack for the spacing Office and
// LibreOffice add between Chinese and Latin text.

const SLACK = 1.1;
const PT_PER_INCH = 72;

/** Width of a text in ems of its font size. */
export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch === " " ? 0.3 : ch.charCodeAt(0) <= 0x24f ? 0.6 : 1;
  return w * SLACK;
}

/** The largest size from maxPt down to minPt at which `text` fits `lines` lines of `widthIn` inches. */
export function fitFontSize(
  text: string,
  widthIn: number,
  lines: number,
  maxPt: number,
  minPt: number,
): number {
  const em = emWidth(text);
  for (let pt = maxPt; pt > minPt; pt -= 0.5) {
    const perLine = (widthIn * PT_PER_INCH) / pt;
    if (em <= perLine * lines) return pt;
  }
  return minPt;
}
