// 概览: the chosen county and year at a glance. Every tile opens the view that explains it, and
// every figure a tile names opens the sentence it came from.
import {
  formatFigure,
  formatNumber,
  headlinesOf,
  namesOf,
  type Headline,
  type KeyIndicatorTile,
  type TileFigure,
} from "../../derive";
import { selectOverview, useDash } from "../../store";
import { zh } from "../../text/zh";
import type { ViewId } from "../../store";
import type { IndicatorId } from "../../domain";
import { DictionaryLink, YearSelect } from "../../components";
// Not a lazy chunk: the first chart must not wait behind a chain of lazy loads (and React's
// Suspense reveal throttle). ECharts itself still follows as a chunk, loaded in parallel (main.tsx).
import { KeyTrendsChart } from "./KeyTrendsChart";
import { useViewport } from "../shell/useViewport";
import { keyTrendsHeight } from "./keyTrends";

function FigureLink({
  figs,
  unit,
  indicator,
  prefix,
}: {
  figs: TileFigure[];
  unit: string;
  indicator: IndicatorId;
  prefix: string;
}) {
  const open = useDash((s) => s.evidenceOpened);
  const viewChosen = useDash((s) => s.viewChosen);
  const fig = figs[0];
  if (!fig) return null;
  const value = formatFigure(fig.value, unit, fig.approx);
  // A tie names how many share the figure and opens the ranking, where every one of them is;
  // a single township opens the sentence the figure came from.
  const tie = figs.length > 1;
  return (
    <button
      type="button"
      className="figure-link"
      data-testid="tile-figure"
      onClick={(e) => {
        e.stopPropagation();
        if (tie) viewChosen("ranking", { indicator });
        else open({ kind: "figure", reportId: fig.reportId, indicator });
      }}
      title={
        tie
          ? `并列${prefix}（${value}）：${figs.map((f) => f.township).join("、")}`
          : `查看原文依据：${prefix} ${fig.township} ${value}`
      }
    >
      {prefix} {tie ? namesOf(figs.map((f) => f.township)) : fig.township} {value}
    </button>
  );
}

function KeyTile({ tile, received }: { tile: KeyIndicatorTile; received: number }) {
  const viewChosen = useDash((s) => s.viewChosen);
  const def = tile.indicator;
  const spread = tile.spread;
  return (
    <div className="tile key-tile" data-testid={`tile-${def.id}`}>
      <button
        type="button"
        className="tile-open"
        onClick={() => viewChosen("ranking", { indicator: def.id })}
        title={zh.overview.toRanking}
      >
        <span className="tile-label">★ {def.short}</span>
        <span className="tile-value">
          {spread ? formatNumber(spread.median) : "—"}
          <small>{spread ? def.unit : ""}</small>
        </span>
        <span className="tile-sub">
          {zh.overview.median}
          {spread && spread.n > 1
            ? ` · ${zh.overview.range} ${formatNumber(spread.min)}–${formatNumber(spread.max)}${def.unit}`
            : ""}
        </span>
        <span className="tile-sub">{zh.overview.stating(tile.stating, received)}</span>
      </button>
      {/* A sibling of the tile's button, not inside it: a link inside a button is not clickable on its own. */}
      <span className="tile-dict">
        <DictionaryLink indicator={def.id} />
      </span>
      <div className="tile-figures">
        {tile.max && tile.min && tile.max.value === tile.min.value && tile.stating > 1 ? (
          <FigureLink figs={tile.maxAll} unit={def.unit} indicator={def.id} prefix="均为" />
        ) : (
          <>
            <FigureLink figs={tile.maxAll} unit={def.unit} indicator={def.id} prefix="最高" />
            {tile.min && tile.min.reportId !== tile.max?.reportId && (
              <FigureLink figs={tile.minAll} unit={def.unit} indicator={def.id} prefix="最低" />
            )}
          </>
        )}
        {!tile.max && <span className="tile-none">{zh.overview.noneStating}</span>}
      </div>
    </div>
  );
}

function CountTile(props: {
  id: string;
  label: string;
  value: string;
  note: string;
  view: ViewId;
  warn?: boolean;
}) {
  const viewChosen = useDash((s) => s.viewChosen);
  return (
    <div className={`tile${props.warn ? " warn" : ""}`} data-testid={`tile-${props.id}`}>
      <button type="button" className="tile-open" onClick={() => viewChosen(props.view)}>
        <span className="tile-row">
          <span className="tile-label">{props.label}</span>
          <span className="tile-more">
            {zh.overview.open}
            {zh.views[props.view]} →
          </span>
        </span>
        <span className="tile-value">{props.value}</span>
        <span className="tile-sub">{props.note}</span>
      </button>
    </div>
  );
}

export function OverviewView() {
  const vm = useDash(selectOverview);
  // The key-indicator trends come first, sized by the window alone: their box is where the boot
  // (src/boot/firstChart.ts) drew the chart before React loaded, whatever the tiles below hold.
  const trendsHeight = keyTrendsHeight(useViewport().height);
  if (!vm) return <p className="empty">{zh.noData}</p>;
  const heads = headlinesOf(vm);
  const VIEW: Record<Headline["id"], ViewId> = {
    received: "completeness",
    missing: "completeness",
    recurring: "shortcomings",
  };
  return (
    <section className="overview" data-testid="view-overview">
      <div className="toolbar">
        <YearSelect />
      </div>
      <div className="overview-trends">
        <KeyTrendsChart height={trendsHeight} />
      </div>
      <div className="tiles tiles-top">
        {heads.map((h) => (
          <CountTile
            key={h.id}
            id={h.id}
            label={h.label}
            value={h.value}
            note={h.note}
            view={VIEW[h.id]}
            warn={h.warn}
          />
        ))}
      </div>
      <h2 className="section-title">{zh.overview.keyTitle(vm.year)}</h2>
      <div className="tiles tiles-key">
        {vm.keyIndicators.map((t) => (
          <KeyTile key={t.indicator.id} tile={t} received={vm.received} />
        ))}
      </div>
    </section>
  );
}
