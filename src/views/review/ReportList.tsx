// The workspace's reports with how far review has got on each (已核对 3/8), and the total.
import { reviewTotals } from "../../derive";
import { reviewText } from "../../text/review";
import { reportLabel, type ReviewRecord } from "./model";

export function ReportList({
  records,
  current,
  onOpen,
  withAlternative,
}: {
  records: ReviewRecord[];
  current: string | null;
  onOpen: (key: string) => void;
  /** Ids of primary reports that have an alternative (另有一份). */
  withAlternative: ReadonlySet<string>;
}) {
  const total = reviewTotals(records);
  return (
    <nav className="rv-reports" aria-label={reviewText.view.reports}>
      <h2>
        {reviewText.view.reports}
        <span className="rv-total" data-testid="review-total">
          {reviewText.progress(total.done, total.total)}
        </span>
      </h2>
      <ul>
        {records.map((r) => (
          <li key={r.importKey}>
            <button
              type="button"
              className={r.importKey === current ? "on" : undefined}
              aria-current={r.importKey === current ? "true" : undefined}
              onClick={() => onOpen(r.importKey)}
              data-testid="review-report"
              title={r.file}
            >
              <span className="rv-report-name">
                {reportLabel(r)}
                {r.alternative && (
                  <small className="rv-tag" data-testid="review-tag-alternative">
                    {reviewText.view.alternative}
                  </small>
                )}
                {withAlternative.has(r.id) && (
                  <small className="rv-tag" data-testid="review-tag-has-alternative">
                    {reviewText.view.hasAlternative}
                  </small>
                )}
              </span>
              <span
                className={
                  r.reviewed.done === r.reviewed.total && r.reviewed.total > 0 ? "rv-done" : "rv-count"
                }
              >
                {r.reviewed.done}/{r.reviewed.total}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
