// The shell's sticky header and tabs are as tall as their content: the header wraps on a narrow
// window and the tabs may wrap too. Their measured height goes into --top-h, which the evidence
// drawer, the dictionary's sticky headings and in-page jumps (scroll-padding) read, so nothing
// slides under them whatever the window size.
import { useLayoutEffect, useRef } from "react";

export function useStickyTop<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const root = document.documentElement;
    const write = () =>
      root.style.setProperty("--top-h", `${Math.ceil(el.getBoundingClientRect().height)}px`);
    // Not written here but by the observer's first call, after layout and before the first paint:
    // a custom property set on the root restyles every element, and here that restyle (and a
    // second layout) came before the first chart was drawn.
    const ro = new ResizeObserver(write);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return ref;
}
