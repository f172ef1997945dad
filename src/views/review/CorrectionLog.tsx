// The corrections made to the report in hand, newest first, each with who, when, and 撤销.
import { indicatorDef } from "../../domain";
import { reviewText, reviewTime } from "../../text/review";
import type { Correction } from "../../workspace/types";

const V = reviewText.view;
const ACTION = { confirm: "确认", set: "更正为", reject: "驳回", add: "补录" } as const;
const ITEM = { set_category: "改类别", remove: "删除问题", add: "添加问题" } as const;

/** One line saying what a correction did: "更正为 75 · 调处纠纷数". */
export function describe(c: Correction): string {
  if (c.kind === "figure") {
    const v = c.action === "set" || c.action === "add" ? ` ${c.value ?? ""}` : "";
    return `${ACTION[c.action]}${v} · ${indicatorDef(c.indicator).short}`;
  }
  if (c.kind === "meta") return `${V[c.field]} → ${c.value ?? V.unknown}`;
  const t = c.item.text.length > 14 ? `${c.item.text.slice(0, 14)}…` : c.item.text;
  return `${ITEM[c.action]} · ${t}`;
}

export function CorrectionLog({
  corrections,
  canUndoLast,
  onUndo,
}: {
  corrections: Correction[];
  canUndoLast: boolean;
  onUndo: (id?: string) => void;
}) {
  const list = [...corrections].reverse();
  return (
    <div className="rv-log">
      <h3>
        {V.log}
        <button type="button" disabled={!canUndoLast} onClick={() => onUndo()} data-testid="review-undo">
          {V.undo}（Ctrl+Z）
        </button>
      </h3>
      {list.length === 0 ? (
        <p className="rv-empty">（无）</p>
      ) : (
        <ul data-testid="review-log">
          {list.map((c) => (
            <li key={c.id}>
              <span>{describe(c)}</span>
              <span className="rv-sub">
                {c.by} · {reviewTime(c.at)}
              </span>
              <button type="button" onClick={() => onUndo(c.id)} aria-label={V.undoLast(describe(c))}>
                {V.undo}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
