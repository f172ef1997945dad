// Width of an element, following resizes. The chart frame needs it to lay out titles and wrap
// subtitles the same way on screen as in the exported image.
// With a `key`, the last width seen under it is remembered: a chart mounted again (a view revisited)
// starts at its width instead of a guess, so its option is built once, not once per guess.
import { useEffect, useRef, useState } from "react";

const remembered = new Map<string, number>();

export function useElementWidth<T extends HTMLElement>(initial = 800, key?: string) {
  const ref = useRef<T>(null);
  const known = key === undefined ? undefined : remembered.get(key);
  const [width, setWidth] = useState(known ?? initial);
  const wasKnown = useRef(known !== undefined);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const keep = (w: number) => {
      if (w <= 0) return;
      setWidth(w);
      if (key !== undefined) remembered.set(key, w);
    };
    // A first mount measures at once; a remembered width is checked by the observer after layout.
    if (!wasKnown.current) keep(Math.round(el.clientWidth) || initial);
    const ro = new ResizeObserver((entries) => keep(Math.round(entries[0]?.contentRect.width ?? 0)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [initial, key]);
  return [ref, width] as const;
}
