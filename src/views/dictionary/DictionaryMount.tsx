// 指标说明: the table helper's IndicatorDictionary. It scrolls to an entry only when a link asked
// for one (`focus`); opened from its tab it starts at the top, whatever indicator the charts show.
import { useDash } from "../../store";
import { IndicatorDictionary } from "./IndicatorDictionary";

export function DictionaryMount() {
  const focus = useDash((s) => s.focus);
  return (
    <section data-testid="view-dictionary">
      <IndicatorDictionary focus={focus ?? undefined} />
    </section>
  );
}
