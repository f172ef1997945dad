// Door of components/: the reusable pieces views are built from.
export { CaptionedChart, type CaptionedChartProps } from "./CaptionedChart";
export { DictionaryLink } from "./DictionaryLink";
export { EvidencePanel, EvidenceView, type EvidenceViewProps } from "./EvidencePanel";
export { HighlightedText, type HighlightedTextProps } from "./HighlightedText";
export { TownshipPicker } from "./TownshipPicker";
export { Segmented } from "./Segmented";
export { IndicatorSelect, YearSelect } from "./Controls";
export { useElementWidth } from "./useElementWidth";
export { useCaption } from "./useCaption";
export { refToEvidence } from "./refToEvidence";
export { usePinyin, loadPinyin, type PinyinPro } from "./usePinyin";
export { radioKeys } from "./radioKeys";
