// The figures of the report in hand, each with what the engine read, what a person did, and the
// three actions: 确认, 更正 (a new value), 驳回. The figure in hand is highlighted in the text.
import { useEffect, useRef, useState } from "react";
import { formatFigure, formatNumber } from "../../derive";
import { indicatorDef, type Observation } from "../../domain";
import { reviewText } from "../../text/review";

const V = reviewText.view;

interface Props {
  figures: Observation[];
  current: number;
  /** The figure whose value is being corrected (E or 更正), or null. */
  editing: number | null;
  onFocus: (i: number) => void;
  onEdit: (i: number | null) => void;
  onConfirm: (o: Observation) => void;
  onCorrect: (o: Observation, value: number) => void;
  onReject: (o: Observation) => void;
}

function Badge({ o }: { o: Observation }) {
  if (!o.review) return <span className="rv-badge rv-badge--none">{reviewText.notChecked}</span>;
  return (
    <span className={`rv-badge rv-badge--${o.review.state}`} title={reviewText.who(o.review)}>
      {reviewText.state[o.review.state]}
    </span>
  );
}

function EditValue({
  o,
  onSave,
  onCancel,
}: {
  o: Observation;
  onSave: (v: number) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(String(o.value));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const n = Number(value.trim());
  const valid = value.trim() !== "" && Number.isFinite(n);
  return (
    <form
      className="rv-edit"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSave(n);
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Escape") onCancel();
      }}
    >
      <input
        ref={input}
        inputMode="decimal"
        aria-label={`${indicatorDef(o.id).short}${V.value}`}
        aria-invalid={!valid}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        data-testid="review-value-input"
      />
      <button type="submit" disabled={!valid} data-testid="review-value-save">
        {V.save}
      </button>
      <button type="button" onClick={onCancel}>
        {V.cancel}
      </button>
      {!valid && <span className="rv-error">{V.invalidValue}</span>}
    </form>
  );
}

export function FigureList(p: Props) {
  const list = useRef<HTMLOListElement>(null);
  const { current } = p;
  useEffect(() => {
    list.current
      ?.querySelector<HTMLElement>(`[data-index="${current}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [current]);
  return (
    <ol className="rv-figures" ref={list} data-testid="review-figures">
      {p.figures.map((o, i) => {
        const def = indicatorDef(o.id);
        const rejected = o.review?.state === "rejected";
        return (
          <li
            key={o.id}
            data-index={i}
            data-indicator={o.id}
            data-testid="review-figure"
            className={`rv-figure${i === p.current ? " on" : ""}${rejected ? " rv-figure--rejected" : ""}`}
            aria-current={i === p.current ? "true" : undefined}
            onClick={() => p.onFocus(i)}
          >
            <div className="rv-figure-head">
              <span className="rv-name" title={def.name}>
                {def.key && <span className="dt-key">★</span>}
                {def.short}
              </span>
              <span className="rv-value">{formatFigure(o.value, o.unit || def.unit, o.approx)}</span>
              <Badge o={o} />
            </div>
            {o.review?.engineValue !== undefined && (
              <div className="rv-sub">
                {V.engineValue(`${formatNumber(o.review.engineValue)}${def.unit}`)}
              </div>
            )}
            {o.review?.stale && (
              <div className="rv-sub rv-stale" data-testid="review-stale">
                {reviewText.staleTag}：{reviewText.stale}
              </div>
            )}
            {p.editing === i ? (
              <EditValue
                o={o}
                onSave={(v) => {
                  p.onCorrect(o, v);
                  p.onEdit(null);
                }}
                onCancel={() => p.onEdit(null)}
              />
            ) : (
              i === p.current && (
                <div className="rv-actions">
                  <button type="button" onClick={() => p.onConfirm(o)} data-testid="review-confirm">
                    {V.confirm}
                  </button>
                  <button type="button" onClick={() => p.onEdit(i)} data-testid="review-correct">
                    {V.correct}
                  </button>
                  {!rejected && (
                    <button type="button" onClick={() => p.onReject(o)} data-testid="review-reject">
                      {V.reject}
                    </button>
                  )}
                </div>
              )
            )}
          </li>
        );
      })}
    </ol>
  );
}
