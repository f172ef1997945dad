// What the person selected in the report text, offered as a figure the engine missed (indicator,
// value, unit) or as a shortcoming item. The selection, with its offsets into the normalised text,
// becomes the evidence.
import { useState } from "react";
import {
  INDICATORS,
  SHORTCOMING_DEFS,
  indicatorDef,
  type Evidence,
  type IndicatorId,
  type ShortcomingCategory,
} from "../../domain";
import { reviewText } from "../../text/review";
import { firstNumber } from "./model";

const V = reviewText.view;

interface Props {
  selection: Evidence;
  onAddFigure: (indicator: IndicatorId, value: number, unit: string) => void;
  onAddShortcoming: (category: ShortcomingCategory) => void;
}

export function AddFromSelection({ selection, onAddFigure, onAddShortcoming }: Props) {
  const [indicator, setIndicator] = useState<IndicatorId>(INDICATORS[0]!.id);
  const [value, setValue] = useState(() => String(firstNumber(selection.text) ?? ""));
  const [category, setCategory] = useState<ShortcomingCategory>("other");
  const n = Number(value.trim());
  const valid = value.trim() !== "" && Number.isFinite(n);
  const quote = selection.text.length > 40 ? `${selection.text.slice(0, 40)}…` : selection.text;
  return (
    <div className="rv-add" data-testid="review-add" onKeyDown={(e) => e.stopPropagation()}>
      <p className="rv-sub">{V.selection(quote)}</p>
      <form
        className="rv-add-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onAddFigure(indicator, n, indicatorDef(indicator).unit);
        }}
      >
        <select
          aria-label={V.indicator}
          value={indicator}
          onChange={(e) => setIndicator(e.target.value as IndicatorId)}
          data-testid="review-add-indicator"
        >
          {INDICATORS.map((d) => (
            <option key={d.id} value={d.id}>
              {d.short}（{d.unit}）
            </option>
          ))}
        </select>
        <input
          aria-label={V.value}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          data-testid="review-add-value"
        />
        <button type="submit" disabled={!valid} data-testid="review-add-figure">
          {V.addFromSelection}
        </button>
      </form>
      <form
        className="rv-add-row"
        onSubmit={(e) => {
          e.preventDefault();
          onAddShortcoming(category);
        }}
      >
        <select
          aria-label={V.category}
          value={category}
          onChange={(e) => setCategory(e.target.value as ShortcomingCategory)}
          data-testid="review-add-category"
        >
          {SHORTCOMING_DEFS.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
        <button type="submit" data-testid="review-add-shortcoming">
          {V.addShortcoming}
        </button>
      </form>
    </div>
  );
}
