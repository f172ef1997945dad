// A report's normalised text with highlighted spans, the one renderer the evidence panel and the
// review screen (校对) share. Rendered as React text nodes split around the spans, never as HTML.
// Each piece carries its start offset (data-start), so a selection can be read back as offsets
// into the text. The first primary span is centred inside the box (the page itself does not move:
// scrollIntoView would also scroll a sticky drawer and move what the person just clicked).
import { useEffect, useMemo, useRef } from "react";
import { segmentText, type Mark, type Segment } from "../derive";

export interface HighlightedTextProps {
  text: string;
  marks: readonly Mark[];
  className: string;
  testId: string;
  ariaLabel: string;
  /** data-testid of the marks: the primary span, and the source spans of a derived figure. */
  markTestIds: { primary: string; source?: string };
  /** The mouse or a Shift+arrow key ended a selection in the box (which is passed). */
  onSelectionEnd?: (box: HTMLDivElement) => void;
}

/** Segments with the offset each starts at. */
function piecesOf(text: string, marks: readonly Mark[]): (Segment & { start: number })[] {
  const out: (Segment & { start: number })[] = [];
  let at = 0;
  for (const s of segmentText(text, marks)) {
    out.push({ ...s, start: at });
    at += s.text.length;
  }
  return out;
}

export function HighlightedText({
  text,
  marks,
  className,
  testId,
  ariaLabel,
  markTestIds,
  onSelectionEnd,
}: HighlightedTextProps) {
  const box = useRef<HTMLDivElement>(null);
  const lastText = useRef<string | null>(null);
  const pieces = useMemo(() => piecesOf(text, marks), [text, marks]);

  // Centre the first primary span; with none, a new text starts at its top.
  useEffect(() => {
    const b = box.current;
    if (!b) return;
    const mark = b.querySelector<HTMLElement>("mark.primary");
    if (mark) b.scrollTop = Math.max(0, mark.offsetTop - (b.clientHeight - mark.offsetHeight) / 2);
    else if (lastText.current !== text) b.scrollTop = 0;
    lastText.current = text;
  }, [pieces, text]);

  return (
    <div
      ref={box}
      className={className}
      data-testid={testId}
      tabIndex={0}
      aria-label={ariaLabel}
      onMouseUp={onSelectionEnd && ((e) => onSelectionEnd(e.currentTarget))}
      onKeyUp={onSelectionEnd && ((e) => e.shiftKey && onSelectionEnd(e.currentTarget))}
    >
      {pieces.map((p) =>
        p.kind === null ? (
          <span key={p.start} data-start={p.start}>
            {p.text}
          </span>
        ) : (
          <mark
            key={p.start}
            data-start={p.start}
            className={p.kind}
            data-testid={p.kind === "primary" ? markTestIds.primary : markTestIds.source}
          >
            {p.text}
          </mark>
        ),
      )}
    </div>
  );
}
