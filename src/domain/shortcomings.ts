// Shortcoming categories of CONTRACT.md §3 with their Chinese labels. The extractor's cue
// vocabularies live with its classifier; the labels here are what every view and export shows.
import { SHORTCOMING_CATEGORIES, type ShortcomingCategory } from "./types";

export interface ShortcomingCategoryDef {
  id: ShortcomingCategory;
  /** Short label for axes and legends. */
  label: string;
  /** Longer description, as in the contract. */
  description: string;
}

export const SHORTCOMING_DEFS: readonly ShortcomingCategoryDef[] = [
  { id: "publicity_form", label: "普法形式单一", description: "普法宣传形式单一、针对性不强、覆盖不广" },
  { id: "cadre_study", label: "干部学法不深", description: "干部学法不深入、法治意识不足" },
  { id: "admin_capacity", label: "依法行政能力不足", description: "依法行政能力、方法不足" },
  { id: "workforce", label: "法治队伍薄弱", description: "法治/执法队伍薄弱、专业人员不足" },
  { id: "legal_advisor_role", label: "法律顾问作用不足", description: "法律顾问作用发挥不够" },
  { id: "normative_docs", label: "规范性文件审查不完善", description: "规范性文件备案审查不完善" },
  { id: "legal_service_platform", label: "法律服务平台利用低", description: "公共法律服务平台利用率低" },
  {
    id: "grassroots_knowledge",
    label: "基层法律素养不足",
    description: "村组干部、法律明白人能力不足",
  },
  {
    id: "department_responsibility",
    label: "部门重视不够",
    description: "部门重视不够、“谁执法谁普法”不落实",
  },
  { id: "other", label: "其他", description: "其他问题" },
];

const BY_ID = new Map(SHORTCOMING_DEFS.map((d) => [d.id, d]));

export function shortcomingDef(id: ShortcomingCategory): ShortcomingCategoryDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown shortcoming category: ${id}`);
  return def;
}

if (
  SHORTCOMING_DEFS.length !== SHORTCOMING_CATEGORIES.length ||
  SHORTCOMING_DEFS.some((d, i) => d.id !== SHORTCOMING_CATEGORIES[i])
) {
  throw new Error("shortcoming catalogue is out of step with SHORTCOMING_CATEGORIES");
}
