// The report's shortcoming items (存在的不足): change an item's category or remove it. Corrections
// hang on the item's text, so they survive a re-extraction that renumbers the list.
import { SHORTCOMING_DEFS, type Shortcoming, type ShortcomingCategory } from "../../domain";
import { reviewText } from "../../text/review";

const V = reviewText.view;

interface Props {
  items: Shortcoming[];
  onCategory: (s: Shortcoming, c: ShortcomingCategory) => void;
  onRemove: (s: Shortcoming) => void;
  onShow: (s: Shortcoming) => void;
}

export function ShortcomingList({ items, onCategory, onRemove, onShow }: Props) {
  if (items.length === 0) return <p className="rv-empty">（无）</p>;
  return (
    <ol className="rv-items" data-testid="review-shortcomings">
      {items.map((s) => (
        <li key={`${s.start}:${s.text}`} data-testid="review-shortcoming">
          <button type="button" className="rv-item-text" onClick={() => onShow(s)} title={s.text}>
            {s.text}
          </button>
          <div className="rv-item-actions">
            <select
              aria-label={V.category}
              value={s.category}
              onChange={(e) => onCategory(s, e.target.value as ShortcomingCategory)}
              data-testid="review-shortcoming-category"
              onKeyDown={(e) => e.stopPropagation()}
            >
              {SHORTCOMING_DEFS.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
            {s.review && (
              <span className={`rv-badge rv-badge--${s.review.state}`} title={reviewText.who(s.review)}>
                {reviewText.state[s.review.state]}
              </span>
            )}
            {s.review?.stale && (
              <span className="rv-stale" data-testid="review-stale" title={reviewText.stale}>
                {reviewText.staleTag}
              </span>
            )}
            <button type="button" onClick={() => onRemove(s)} data-testid="review-shortcoming-remove">
              {V.remove}
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
