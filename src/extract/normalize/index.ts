// Normalisation: text clean-up, the number grammar and the quantity tokenizer.
export { normalizeText, isChromeLine, hardWrapWidth, type NormalizedText } from "./text";
export { parseChineseNumber, parseArabicNumber, parseNumber, CHINESE_NUMERAL_CHARS } from "./numbers";
export { tokenizeQuantities, isYearGluedCount, type Quantity } from "./quantities";
