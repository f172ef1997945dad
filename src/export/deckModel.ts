// The briefing deck as data: which slides, in which order, with which texts, tables and charts.
// Pure, so the slide list is unit-tested without pptxgenjs; deckPptx.ts only lays it out.
// Every slide carries a finding; a chart that would say nothing (one bar, all bars equal) becomes
// a sentence instead, long tables split evenly, and quotes are never cut.
import type { ReportRecord } from "../domain";
import { overviewOf, scopeOf, type KeyTrendsVM, type RankingVM, type Roster } from "../derive";
import { FICTIONAL_MARK, sourceLine } from "./caption";
import {
  appendixSlides,
  indicatorSlides,
  indicatorsInSentences,
  missingSlides,
  overviewSlide,
  problemSlides,
  trendSlides,
} from "./deckSlides";

import { DECK_SECTIONS, type DeckSection } from "./deckSections";

export { DECK_SECTIONS, type DeckSection };

export interface DeckInput {
  /** Every report of the data set; the deck takes the county's. */
  reports: readonly ReportRecord[];
  county: string;
  year: number;
  fictional: boolean;
  /** Export date, YYYY-MM-DD. */
  date: string;
  /** Sections to include, in deck order whatever the order given; default all. */
  sections?: readonly DeckSection[];
  /**
   * The workspace's official township list: its townships with no report count (未报送) in the
   * headlines and the missing-indicators slide, as on the overview. Used when it is this county's.
   */
  roster?: Roster | null;
}

export type ChartSpec = { type: "ranking"; vm: RankingVM } | { type: "keyTrends"; vm: KeyTrendsVM };

export interface Tile {
  label: string;
  value: string;
  note: string;
  /** Something to act on: drawn in the warning colour. */
  warn?: boolean;
}

/** How a table cell reads: alert = what is missing (the thing to see first), muted = context. */
export type Tone = "alert" | "muted" | null;

export interface Quote {
  /** 乡镇 · 问题类别 · 出现年度 */
  head: string;
  /** The report's sentence(s), in full. */
  text: string;
}

export type DeckSlide =
  | { kind: "cover"; title: string; subtitle: string; note: string }
  | { kind: "overview"; title: string; finding: string; headlines: Tile[]; tiles: Tile[] }
  | { kind: "chart"; title: string; finding: string; chart: ChartSpec; note: string }
  | { kind: "statement"; title: string; finding: string; points: string[] }
  | {
      kind: "table";
      title: string;
      finding: string;
      header: string[];
      rows: string[][];
      tones?: Tone[][];
      colW: number[];
    }
  | { kind: "quotes"; title: string; finding: string; quotes: Quote[] };

export interface DeckModel {
  title: string;
  county: string;
  year: number;
  fictional: boolean;
  /** Footer of every slide but the cover. */
  source: string;
  slides: DeckSlide[];
}

export function buildDeckModel(input: DeckInput): DeckModel {
  const { county, year, date, fictional } = input;
  const roster = input.roster?.county.name === county ? input.roster : null;
  const scope = scopeOf(input.reports, county, roster);
  const want = new Set<DeckSection>(input.sections ?? DECK_SECTIONS.map((s) => s.id));
  const title = `${county}${year}年法治政府建设情况简报`;
  const ov = overviewOf(scope, year);
  // One or two townships: the key-indicator sentences give every figure and every gap already.
  const said = want.has("indicators") && indicatorsInSentences(scope, year);
  const cover: DeckSlide = {
    kind: "cover",
    title,
    subtitle: `依据${ov.received}个乡镇的${year}年法治政府建设情况报告自动提取`,
    note: `${date}导出${fictional ? ` · ${FICTIONAL_MARK}` : ""}`,
  };
  const parts: Record<DeckSection, () => DeckSlide[]> = {
    overview: () => [overviewSlide(ov)],
    indicators: () => indicatorSlides(scope, year, want.has("overview")),
    trends: () => trendSlides(scope, year),
    missing: () => missingSlides(scope, year, ov, said),
    problems: () => problemSlides(scope, year),
    appendix: () => appendixSlides(scope, year, said),
  };
  const slides = [cover, ...DECK_SECTIONS.filter((s) => want.has(s.id)).flatMap((s) => parts[s.id]())];
  return { title, county, year, fictional, source: sourceLine(date), slides };
}

export { yearList } from "./deckSlides";
