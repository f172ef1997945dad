// Colours and type for every chart and the frame. One palette so the same status or series reads
// the same on screen, in a PNG and on a PPTX slide.
import type { FigureStatus } from "../derive";

export const FONT_FAMILY = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

export interface ChartTheme {
  font: string;
  text: string;
  muted: string;
  grid: string;
  /** Series colours (townships), chosen to stay apart for the common colour-vision deficiencies. */
  palette: readonly string[];
  /** Lines and bars that are not highlighted when one township is. */
  dimmed: string;
  accent: string;
  reference: string;
  fictional: string;
  status: Record<FigureStatus, string>;
  /** A computed key figure (推算): a figure, so green, lighter than one the text states. */
  derived: string;
  /** Key figures missing from a report, 1 to 4 of them (completeness by year): light to strong
   *  orange; 1 missing is the colour of 未写明 in the indicator grid. */
  missing: readonly string[];
  /** Heat steps, light to strong (completeness by year, recurring shortcomings). */
  heat: readonly string[];
}

export const theme: ChartTheme = {
  font: FONT_FAMILY,
  text: "#1f2933",
  muted: "#616e7c",
  grid: "#e4e7eb",
  palette: [
    "#1f5fa8",
    "#d9822b",
    "#2e8b57",
    "#b5404b",
    "#7a5195",
    "#0f8b8d",
    "#8c6d31",
    "#c0569b",
    "#4c6a92",
    "#6b8e23",
  ],
  dimmed: "#c5cbd3",
  accent: "#c2410c",
  reference: "#52606d",
  fictional: "#b42318",
  status: {
    stated: "#2f7d55",
    zero: "#9fd3b0",
    absent: "#f0a33a",
    no_report: "#d9dde3",
    unreadable: "#b42318",
  },
  heat: ["#fde6c8", "#f6b26b", "#e0662f", "#a8321a"],
  derived: "#6aa886",
  missing: ["#f0a33a", "#e07b39", "#d05a1c", "#9c3d0c"],
};

export const colourAt = (t: ChartTheme, i: number): string => t.palette[i % t.palette.length] as string;
