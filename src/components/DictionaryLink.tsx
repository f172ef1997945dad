// "指标说明" link: a real link (open in a new tab works) whose click switches to the dictionary
// view in place, keeping the rest of the view config (data set, county…) as it is. With an
// indicator it asks the dictionary to scroll to that entry (`focus`); the charts' indicator is
// left alone, reading the definition is not choosing what to chart.
import type { MouseEvent } from "react";
import type { IndicatorId } from "../domain";
import { toHash, useDash, viewConfigOf } from "../store";
import { zh } from "../text/zh";

export function DictionaryLink({
  indicator,
  label = zh.dictionaryLink,
}: {
  indicator?: IndicatorId;
  label?: string;
}) {
  const viewChosen = useDash((s) => s.viewChosen);
  // A string selector: re-renders only when the link target actually changes.
  const href = useDash(
    (s) => `#${toHash({ ...viewConfigOf(s), view: "dictionary", evidence: null, focus: indicator ?? null })}`,
  );
  const onClick = (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    viewChosen("dictionary", { evidence: null, focus: indicator ?? null });
  };
  return (
    <a
      className="dict-link"
      href={href}
      onClick={onClick}
      data-testid="dictionary-link"
      title="查看指标口径与提取方法"
    >
      <span aria-hidden="true">ⓘ</span> {label}
    </a>
  );
}
