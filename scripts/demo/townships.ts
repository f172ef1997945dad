// The fictional county 示例县: invented townships with a character each, so that four years of
// their reports differ the way real ones do (sizes, wording habits, gaps, problems that recur).
import type { ShortcomingCategory } from "../../src/domain";

export const COUNTY = "示例县";
export const YEARS = [2021, 2022, 2023, 2024] as const;

export type NumeralHabit = "arabic" | "mixed" | "chinese";

export interface Township {
  name: string;
  /** ASCII file-name stem. */
  slug: string;
  /** What the report calls the whole unit: 全镇, 全乡, 全街道, and "我镇". */
  unit: "镇" | "乡" | "街道";
  villages: number;
  communities: number;
  /** Relative size of its work (publicity, disputes). */
  scale: number;
  numerals: NumeralHabit;
  /** Never states legal-advisor coverage (a deliberate gap in the data). */
  silentOnAdvisor?: boolean;
  /** How it states the number of villages: total, "5村1居", or not at all. */
  villagesStyle: "total" | "parts" | "none";
  /** Years with no report at all. */
  absentYears?: number[];
  /** Problems it admits again and again: category → the years it reports it. */
  recurring: Partial<Record<ShortcomingCategory, number[]>>;
  /** Also states petitions (信访) figures. */
  petitions?: boolean;
}

export const TOWNSHIPS: readonly Township[] = [
  {
    name: "青石镇",
    slug: "qingshi",
    unit: "镇",
    villages: 14,
    communities: 2,
    scale: 1.4,
    numerals: "mixed",
    villagesStyle: "total",
    recurring: { publicity_form: [2021, 2022, 2023] },
    petitions: true,
  },
  {
    name: "柳溪乡",
    slug: "liuxi",
    unit: "乡",
    villages: 8,
    communities: 0,
    scale: 0.6,
    numerals: "chinese",
    silentOnAdvisor: true,
    villagesStyle: "total",
    recurring: { workforce: [2021, 2022, 2023, 2024] },
  },
  {
    name: "东城街道",
    slug: "dongcheng",
    unit: "街道",
    villages: 0,
    communities: 9,
    scale: 1.8,
    numerals: "arabic",
    villagesStyle: "total",
    recurring: { legal_service_platform: [2022, 2023, 2024] },
    petitions: true,
  },
  {
    name: "白鹭镇",
    slug: "bailu",
    unit: "镇",
    villages: 11,
    communities: 1,
    scale: 1.1,
    numerals: "mixed",
    villagesStyle: "parts",
    recurring: { department_responsibility: [2023, 2024] },
  },
  {
    name: "云岭乡",
    slug: "yunling",
    unit: "乡",
    villages: 6,
    communities: 1,
    scale: 0.5,
    numerals: "chinese",
    villagesStyle: "parts",
    absentYears: [2022],
    recurring: { cadre_study: [2021, 2023, 2024] },
  },
  {
    name: "金沙镇",
    slug: "jinsha",
    unit: "镇",
    villages: 16,
    communities: 3,
    scale: 1.6,
    numerals: "arabic",
    villagesStyle: "total",
    recurring: { grassroots_knowledge: [2022, 2023, 2024] },
    petitions: true,
  },
  {
    name: "松坪乡",
    slug: "songping",
    unit: "乡",
    villages: 7,
    communities: 0,
    scale: 0.5,
    numerals: "mixed",
    silentOnAdvisor: true,
    villagesStyle: "none",
    absentYears: [2021],
    recurring: { admin_capacity: [2022, 2023] },
  },
  {
    name: "西城街道",
    slug: "xicheng",
    unit: "街道",
    villages: 2,
    communities: 7,
    scale: 1.5,
    numerals: "arabic",
    villagesStyle: "total",
    absentYears: [2023],
    recurring: { department_responsibility: [2021, 2022, 2024] },
    petitions: true,
  },
  {
    name: "龙泉镇",
    slug: "longquan",
    unit: "镇",
    villages: 12,
    communities: 2,
    scale: 1.2,
    numerals: "mixed",
    villagesStyle: "parts",
    recurring: { normative_docs: [2023, 2024] },
  },
  {
    name: "杏花乡",
    slug: "xinghua",
    unit: "乡",
    villages: 9,
    communities: 1,
    scale: 0.7,
    numerals: "chinese",
    villagesStyle: "none",
    absentYears: [2024],
    recurring: { publicity_form: [2022, 2023] },
  },
  {
    name: "桃源镇",
    slug: "taoyuan",
    unit: "镇",
    villages: 10,
    communities: 1,
    scale: 0.9,
    numerals: "arabic",
    silentOnAdvisor: true,
    villagesStyle: "total",
    recurring: { publicity_form: [2021, 2022, 2023, 2024] },
  },
  {
    name: "南湖街道",
    slug: "nanhu",
    unit: "街道",
    villages: 0,
    communities: 6,
    scale: 1.3,
    numerals: "mixed",
    villagesStyle: "total",
    recurring: { admin_capacity: [2022, 2023], legal_service_platform: [2024] },
    petitions: true,
  },
  {
    name: "石门镇",
    slug: "shimen",
    unit: "镇",
    villages: 13,
    communities: 1,
    scale: 1.0,
    numerals: "mixed",
    villagesStyle: "parts",
    recurring: { legal_advisor_role: [2021, 2022] },
  },
  {
    name: "枫林瑶族乡",
    slug: "fenglin",
    unit: "乡",
    villages: 5,
    communities: 0,
    scale: 0.4,
    numerals: "chinese",
    villagesStyle: "total",
    recurring: { workforce: [2023, 2024], grassroots_knowledge: [2021, 2022, 2023] },
  },
];
