// The parts of the briefing deck a user can leave out (all are in by default). Apart from
// deckModel.ts so the 生成简报 menu can list them without loading the deck code.
export const DECK_SECTIONS = [
  { id: "overview", label: "概览" },
  { id: "indicators", label: "关键指标排名" },
  { id: "trends", label: "历年变化" },
  { id: "missing", label: "缺少关键指标" },
  { id: "problems", label: "反复出现的问题" },
  { id: "appendix", label: "附表" },
] as const;
export type DeckSection = (typeof DECK_SECTIONS)[number]["id"];
