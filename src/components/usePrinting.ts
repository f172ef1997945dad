// Whether the page is being printed: true from `beforeprint` (or print media, as tests emulate)
// until `afterprint`. The update is flushed synchronously, so what renders differently for print
// (the data table renders every row instead of a window) is on the page before it is laid out.
import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof window !== "undefined" && (window.matchMedia?.("print").matches ?? false),
  );
  useEffect(() => {
    const set = (on: boolean) => flushSync(() => setPrinting(on));
    const before = () => set(true);
    const after = () => set(false);
    const media = window.matchMedia?.("print");
    const change = (e: MediaQueryListEvent) => set(e.matches);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    media?.addEventListener("change", change);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      media?.removeEventListener("change", change);
    };
  }, []);
  return printing;
}
