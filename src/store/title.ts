// The page title names what the page shows (view, county, indicator), so a tab, a bookmark and the
// browser's history say which view of which county it was.
import { indicatorDef } from "../domain";
import { zh } from "../text/zh";
import { selectCounties, selectCounty, selectDataset } from "./selectors";
import type { DashState } from "./store";

/** Views whose content is one indicator (the others show several or none). */
const ONE_INDICATOR = new Set(["trends", "ranking"]);

export function titleOf(s: DashState): string {
  const counties = selectCounties(s);
  const county = selectCounty(s) ?? (counties.length === 1 ? counties[0] : selectDataset(s)?.label);
  const parts = [
    zh.views[s.view],
    county,
    ONE_INDICATOR.has(s.view) ? indicatorDef(s.indicator).short : null,
  ];
  return [parts.filter(Boolean).join(" · "), zh.appTitle].join(" — ");
}
