// Width of an element, following resizes. The chart frame needs it to lay out titles and wrap
// subtitles the same way on screen as in the exported image.
// With a `key`, the last width seen under it is remembered: a chart mounted again (a view revisited)
// starts at its width. Otherwise the width is measured before the browser paints (a layout effect),
// and `measured` says when it is known, so a chart is not drawn first at a guessed width and then
// again at the real one.
import { useEffect, useLayoutEffect, useRef, useState } from "react";

const remembered = new Map<string, number>();

/** The width last measured under `key` (a chart drawn ahead takes it over a guess). */
export const rememberedWidth = (key: string): number | undefined => remembered.get(key);

/** A width measured before the component mounted (src/boot): it starts measured, at this width. */
export const rememberWidth = (key: string, width: number): void => void remembered.set(key, width);

export function useElementWidth<T extends HTMLElement>(initial = 800, key?: string) {
  const ref = useRef<T>(null);
  const known = key === undefined ? undefined : remembered.get(key);
  const [{ width, measured }, setState] = useState({
    width: known ?? initial,
    measured: known !== undefined,
  });
  const keep = useRef((w: number) => {
    if (w <= 0) return;
    setState((s) => (s.width === w && s.measured ? s : { width: w, measured: true }));
    if (key !== undefined) remembered.set(key, w);
  });
  // Measured in the commit that mounts the element: one forced layout, before the chart draws.
  useLayoutEffect(() => {
    if (!measured) keep.current(Math.round(ref.current?.clientWidth ?? 0) || initial);
  }, [measured, initial]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    // After layout, without forcing one: a remembered width is checked here, and every resize.
    const ro = new ResizeObserver((entries) => keep.current(Math.round(entries[0]?.contentRect.width ?? 0)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width, measured] as const;
}
