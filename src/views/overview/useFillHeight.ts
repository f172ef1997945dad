// Height that fills the window from an element's top down to the bottom of the screen, clamped to
// [min, max]: the overview's chart uses what its tiles leave free at 1366×768 and 1920×1080 alike.
import { useLayoutEffect, useRef, useState } from "react";

const BOTTOM_GAP = 16;

export function useFillHeight<T extends HTMLElement>(min: number, max: number) {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState(min);
  useLayoutEffect(() => {
    const measure = () => {
      const el = ref.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.round(Math.min(max, Math.max(min, window.innerHeight - top - BOTTOM_GAP))));
    };
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [min, max]);
  return [ref, height] as const;
}
