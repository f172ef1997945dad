// Two reports of one township and year kept side by side (保留两份): which one the charts use, the
// other one a click away, and a button that swaps them (stored in the workspace; swapping again
// swaps back). Shown above the figures of either report.
import { useState } from "react";
import { reviewText } from "../../text/review";
import type { ReviewRecord } from "./model";

const V = reviewText.view;

interface Props {
  record: ReviewRecord;
  /** The primary this alternative stands beside, or the alternatives of this primary. */
  others: ReviewRecord[];
  onOpen: (key: string) => void;
  /** Makes `alternative` the primary in place of `primary`. */
  onSwap: (primary: string, alternative: string) => Promise<void>;
}

export function AlternativeBar({ record, others, onOpen, onSwap }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = others[0];
  if (!first) return null;
  const isAlt = record.alternative === true;
  const swap = () => {
    setBusy(true);
    setError(null);
    const [primary, alternative] = isAlt
      ? [first.importKey, record.importKey]
      : [record.importKey, first.importKey];
    onSwap(primary, alternative).then(
      () => setBusy(false),
      (e: unknown) => {
        setBusy(false);
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  };
  return (
    <div className="rv-alt" data-testid="review-alternative" role="note">
      <p>{isAlt ? V.alternativeNote(first.file) : V.primaryNote(others.map((o) => o.file).join("、"))}</p>
      <div className="rv-alt-actions">
        <button type="button" onClick={() => onOpen(first.importKey)} data-testid="review-alternative-open">
          {V.openOther}
        </button>
        <button type="button" onClick={swap} disabled={busy} data-testid="review-alternative-swap">
          {isAlt ? V.makePrimary : V.makeAlternativePrimary}
        </button>
      </div>
      {error && (
        <p className="rv-error" role="alert">
          {V.swapFailed(error)}
        </p>
      )}
    </div>
  );
}
