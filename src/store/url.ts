// The URL is a partial view config (DESIGN §7): only what differs from the defaults is written,
// and reading ignores what it does not understand, so old or hand-edited links still open.
// Hash-based because the app also ships as a single file opened from disk.
import { isBuiltInKey, UNLOCATED } from "../data";
import { INDICATOR_IDS, type IndicatorId } from "../domain";
import { DEFAULT_VIEW, VIEW_IDS, type EvidenceTarget, type ViewConfig, type ViewId } from "./types";

const SEP = "~";

function encodeEvidence(t: EvidenceTarget): string {
  switch (t.kind) {
    case "figure":
      return ["f", t.reportId, t.indicator].join(SEP);
    case "shortcoming":
      return ["s", t.reportId, String(t.index)].join(SEP);
    case "report":
      return ["r", t.reportId].join(SEP);
    case "keys":
      return ["k", t.reportId].join(SEP);
    case "no_report":
      return ["n", t.township, String(t.year)].join(SEP);
  }
}

const isIndicator = (s: string | undefined): s is IndicatorId => INDICATOR_IDS.includes(s as IndicatorId);
const isView = (s: string | null): s is ViewId => VIEW_IDS.includes(s as ViewId);

function decodeEvidence(s: string): EvidenceTarget | undefined {
  // A report id or township may itself contain "~": the kind is before the first separator, an
  // indicator, index or year after the last, and everything between is the id.
  const first = s.indexOf(SEP);
  const last = s.lastIndexOf(SEP);
  const kind = s.slice(0, first);
  const rest = first < 0 ? "" : s.slice(first + 1);
  const [a, b] = last > first ? [s.slice(first + 1, last), s.slice(last + 1)] : [rest, undefined];
  if (kind === "r" && rest) return { kind: "report", reportId: rest };
  if (kind === "k" && rest) return { kind: "keys", reportId: rest };
  if (!a) return undefined;
  if (kind === "f" && isIndicator(b)) return { kind: "figure", reportId: a, indicator: b };
  if (kind === "s" && b !== undefined && /^\d+$/.test(b))
    return { kind: "shortcoming", reportId: a, index: Number(b) };
  if (kind === "n" && b !== undefined && /^\d{4}$/.test(b))
    return { kind: "no_report", township: a, year: Number(b) };
  return undefined;
}

function year(s: string | null): number | undefined {
  return s !== null && /^\d{4}$/.test(s) ? Number(s) : undefined;
}

export function toHash(c: ViewConfig): string {
  const p = new URLSearchParams();
  const d = DEFAULT_VIEW;
  if (c.view !== d.view) p.set("view", c.view);
  if (c.dataset !== d.dataset) p.set("ds", c.dataset);
  if (c.county !== null) p.set("county", c.county);
  if (c.city !== null) p.set("city", c.city);
  if (c.year !== null) p.set("year", String(c.year));
  if (c.from !== null) p.set("from", String(c.from));
  if (c.to !== null) p.set("to", String(c.to));
  if (c.indicator !== d.indicator) p.set("indicator", c.indicator);
  // The shorter list: the picked townships (tw), or the few left out of all (twx).
  if (c.townships !== null) {
    if (c.townships.length === 0) p.set("tw", "");
    for (const t of c.townships) p.append("tw", t);
  } else if (c.townshipsOmitted !== null && c.townshipsOmitted.length > 0) {
    for (const t of c.townshipsOmitted) p.append("twx", t);
  }
  if (c.highlight !== null) p.set("hl", c.highlight);
  if (c.change !== d.change) p.set("change", c.change);
  if (c.evidence !== null) p.set("ev", encodeEvidence(c.evidence));
  // Only the dictionary scrolls to a focus; elsewhere it means nothing and stays out of the link.
  if (c.focus !== null && c.view === "dictionary") p.set("focus", c.focus);
  // 趋势's lines (show=all; the default, the top and bottom townships, is written as nothing).
  if (c.view === "trends" && c.trendsShow !== d.trendsShow) p.set("show", c.trendsShow);
  return p.toString();
}

/** Reads a hash (with or without '#'); returns only the fields it could read. */
export function fromHash(hash: string): Partial<ViewConfig> {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const out: Partial<ViewConfig> = {};
  const view = p.get("view");
  if (isView(view)) out.view = view;
  const ds = p.get("ds");
  // The store keys data sets by this id: a built-in object key (constructor…) would find Object's own.
  if (ds && /^[\w-]{1,40}$/.test(ds) && !isBuiltInKey(ds)) out.dataset = ds;
  const county = p.get("county");
  if (county) out.county = county;
  const city = p.get("city");
  if (city && (/^\d{4}$/.test(city) || city === UNLOCATED)) out.city = city;
  const y = year(p.get("year"));
  if (y !== undefined) out.year = y;
  const from = year(p.get("from"));
  if (from !== undefined) out.from = from;
  const to = year(p.get("to"));
  if (to !== undefined) out.to = to;
  const indicator = p.get("indicator") ?? undefined;
  if (isIndicator(indicator)) out.indicator = indicator;
  if (p.has("tw")) out.townships = [...new Set(p.getAll("tw").filter((t) => t !== ""))];
  else if (p.has("twx")) {
    const omitted = [...new Set(p.getAll("twx").filter((t) => t !== ""))];
    if (omitted.length > 0) out.townshipsOmitted = omitted;
  }
  const hl = p.get("hl");
  if (hl) out.highlight = hl;
  const change = p.get("change");
  if (change === "absolute" || change === "relative") out.change = change;
  const ev = p.get("ev");
  const target = ev ? decodeEvidence(ev) : undefined;
  if (target) out.evidence = target;
  const focus = p.get("focus") ?? undefined;
  if (out.view === "dictionary" && isIndicator(focus)) out.focus = focus;
  const show = p.get("show");
  if (out.view === "trends" && show === "all") out.trendsShow = show;
  return out;
}

/** The full config a hash stands for: defaults overlaid with what the hash says. */
export function configFromHash(hash: string): ViewConfig {
  return { ...DEFAULT_VIEW, ...fromHash(hash) };
}
