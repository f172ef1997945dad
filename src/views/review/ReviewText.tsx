// The report's normalised text beside the figures: every figure's evidence highlighted, the one in
// hand strongly and scrolled to. Rendered as React text nodes split around the spans, never as
// HTML. Selecting text reports its offsets into the normalised text (each piece carries its start),
// so the selection can become a missed figure's evidence.
import { useEffect, useMemo, useRef } from "react";
import { segmentText, type Mark, type Segment } from "../../derive";
import type { Evidence } from "../../domain";
import { reviewText } from "../../text/review";

interface Props {
  text: string;
  marks: Mark[];
  onSelect: (e: Evidence | null) => void;
}

/** Offset of a DOM position inside the text box: its piece's start plus the offset in the piece. */
function offsetOf(node: Node, offset: number, box: HTMLElement): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = el?.closest<HTMLElement>("[data-start]");
  if (!piece || !box.contains(piece)) return null;
  const start = Number(piece.dataset.start);
  return node.nodeType === Node.TEXT_NODE ? start + offset : start;
}

export function ReviewText({ text, marks, onSelect }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => {
    const out: (Segment & { start: number })[] = [];
    let at = 0;
    for (const s of segmentText(text, marks)) {
      out.push({ ...s, start: at });
      at += s.text.length;
    }
    return out;
  }, [text, marks]);

  // Centre the figure in hand inside the text box only (the page itself does not move).
  useEffect(() => {
    const b = box.current;
    const mark = b?.querySelector<HTMLElement>("mark.primary");
    if (!b || !mark) return;
    b.scrollTop = Math.max(0, mark.offsetTop - (b.clientHeight - mark.offsetHeight) / 2);
  }, [segments]);

  const onMouseUp = () => {
    const b = box.current;
    const sel = window.getSelection();
    if (!b || !sel || sel.rangeCount === 0 || sel.isCollapsed) return onSelect(null);
    const range = sel.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset, b);
    const end = offsetOf(range.endContainer, range.endOffset, b);
    if (start === null || end === null || end <= start) return onSelect(null);
    onSelect({ start, end, text: text.slice(start, end) });
  };

  return (
    <div
      ref={box}
      className="report-text review-text"
      data-testid="review-text"
      tabIndex={0}
      aria-label={reviewText.view.reportText}
      onMouseUp={onMouseUp}
      onKeyUp={(e) => {
        if (e.shiftKey) onMouseUp();
      }}
    >
      {segments.map((seg) =>
        seg.kind === null ? (
          <span key={seg.start} data-start={seg.start}>
            {seg.text}
          </span>
        ) : (
          <mark
            key={seg.start}
            data-start={seg.start}
            className={seg.kind}
            data-testid={seg.kind === "primary" ? "review-mark" : undefined}
          >
            {seg.text}
          </mark>
        ),
      )}
    </div>
  );
}
