// Township, county and year of the report in hand, as the person reads them. Each field saves on
// its own; the engine's reading is shown beside a field a person changed; a field the text left
// empty offers what the file name says, for the person to fill in and save.
import { useState } from "react";
import type { MetaReview } from "../../derive";
import type { FileNameHints } from "../../extract";
import { reviewText } from "../../text/review";
import type { ReviewRecord } from "./model";

const V = reviewText.view;
type Field = "township" | "county" | "year";

function MetaField({
  field,
  value,
  review,
  hint,
  onSave,
}: {
  field: Field;
  value: string;
  review: MetaReview | undefined;
  /** What the file name says, offered while the field and the draft are empty. */
  hint: string | null;
  onSave: (v: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const changed = draft.trim() !== value;
  const yearBad = field === "year" && draft.trim() !== "" && !/^(19|20)\d\d$/.test(draft.trim());
  return (
    <form
      className="rv-meta-field"
      onSubmit={(e) => {
        e.preventDefault();
        if (changed && !yearBad) onSave(draft.trim());
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <label>
        <span>{V[field]}</span>
        <input
          value={draft}
          placeholder={V.unknown}
          inputMode={field === "year" ? "numeric" : undefined}
          onChange={(e) => setDraft(e.target.value)}
          aria-invalid={yearBad}
          data-testid={`review-meta-${field}`}
        />
      </label>
      <button type="submit" disabled={!changed || yearBad} data-testid={`review-meta-${field}-save`}>
        {V.saveMeta}
      </button>
      {hint && value === "" && draft.trim() === "" && (
        <button
          type="button"
          className="rv-hint"
          onClick={() => setDraft(hint)}
          data-testid={`review-meta-${field}-hint`}
        >
          {V.fileHint(hint)}
        </button>
      )}
      {review && (
        <span className="rv-sub" title={reviewText.who({ state: "corrected", ...review })}>
          {V.engineValue(review.engineValue === null ? V.unknown : String(review.engineValue))}
        </span>
      )}
    </form>
  );
}

export function MetaForm({
  record,
  hints,
  onSave,
}: {
  record: ReviewRecord;
  hints: FileNameHints | null;
  onSave: (f: Field, v: string | number | null) => void;
}) {
  const fields: [Field, string][] = [
    ["township", record.township ?? ""],
    ["county", record.county ?? ""],
    ["year", record.year === null ? "" : String(record.year)],
  ];
  return (
    <div className="rv-meta" data-testid="review-meta">
      {fields.map(([f, v]) => (
        <MetaField
          // A new report, or the value saved, starts the field afresh.
          key={`${record.importKey}:${f}:${v}`}
          field={f}
          value={v}
          review={record.metaReview?.[f]}
          hint={hints?.[f] == null ? null : String(hints[f])}
          onSave={(s) => onSave(f, f === "year" ? (s === "" ? null : Number(s)) : s === "" ? null : s)}
        />
      ))}
    </div>
  );
}
