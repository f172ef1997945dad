// 指标说明: the table helper's IndicatorDictionary, focused on the indicator in the URL.
import { useDash } from "../../store";
import { IndicatorDictionary } from "../dictionary/IndicatorDictionary";

export function DictionaryMount() {
  const indicator = useDash((s) => s.indicator);
  return (
    <section data-testid="view-dictionary">
      <IndicatorDictionary focus={indicator} />
    </section>
  );
}
