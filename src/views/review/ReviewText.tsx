// The report's normalised text beside the figures: every figure's evidence highlighted, the one in
// hand strongly and scrolled to (the shared HighlightedText: React text nodes, never HTML).
// Selecting text reports its offsets into the normalised text (each piece carries its start), so
// the selection can become a missed figure's evidence.
import { HighlightedText } from "../../components/HighlightedText";
import type { Mark } from "../../derive";
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
  const onSelectionEnd = (b: HTMLDivElement) => {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return onSelect(null);
    const range = sel.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset, b);
    const end = offsetOf(range.endContainer, range.endOffset, b);
    if (start === null || end === null || end <= start) return onSelect(null);
    onSelect({ start, end, text: text.slice(start, end) });
  };

  return (
    <HighlightedText
      text={text}
      marks={marks}
      className="report-text review-text"
      testId="review-text"
      ariaLabel={reviewText.view.reportText}
      markTestIds={{ primary: "review-mark" }}
      onSelectionEnd={onSelectionEnd}
    />
  );
}
