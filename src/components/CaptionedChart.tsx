// A chart with its caption: the frame (title, subtitle, source, 虚构示例数据) is drawn by
// frameOption inside the chart so screen and exported image match; the 指标说明 link and the
// export toolbar sit over the top-right corner as HTML.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { EChart, type Caption, type ChartOption, type ClickRef } from "../charts";
import { framedOf } from "../charts/framed";
import type { IndicatorId } from "../domain";
import { ChartDataTable } from "./ChartDataTable";
import { DictionaryLink } from "./DictionaryLink";
import { useElementWidth } from "./useElementWidth";
import { zh } from "../text/zh";

/** The caption of the chart a toolbar sits on, so its export carries the same keys and notes. */
const CaptionContext = createContext<Caption | null>(null);
export const useCaptionContext = (): Caption | null => useContext(CaptionContext);

export interface CaptionedChartProps<R = ClickRef> {
  id: string;
  option: ChartOption;
  caption: Caption;
  height: number;
  /** The indicator the 指标说明 link opens; omit for charts about shortcomings. */
  indicator?: IndicatorId;
  showDictionaryLink?: boolean;
  onItemClick?: (ref: R, data: unknown) => void;
  /** Slot for the export menu (owned by the export helper). */
  toolbar?: ReactNode;
}

export function CaptionedChart<R = ClickRef>({
  id,
  option,
  caption,
  height,
  indicator,
  showDictionaryLink = true,
  onItemClick,
  toolbar,
}: CaptionedChartProps<R>) {
  const [ref, width, measured] = useElementWidth<HTMLDivElement>(800, id);
  // Framed once the box is measured: until then nothing is drawn (pending), so no frame is laid
  // out for a guessed width.
  const framed = useMemo(
    () => (measured ? framedOf(id, option, caption, width, height) : option),
    [id, option, caption, width, height, measured],
  );
  return (
    <figure className="captioned-chart" ref={ref} data-testid={`chart-${id}`}>
      <div className="chart-tools">
        {showDictionaryLink && <DictionaryLink indicator={indicator} />}
        <CaptionContext.Provider value={caption}>{toolbar}</CaptionContext.Provider>
      </div>
      <EChart<R>
        id={id}
        option={framed}
        pending={!measured}
        height={height}
        onItemClick={onItemClick}
        ariaLabel={`${caption.title}${zh.chartTable.aria}`}
      />
      <ChartDataTable<R> id={id} option={option} title={caption.title} onItemClick={onItemClick} />
    </figure>
  );
}
