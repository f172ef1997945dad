// Arrow keys for a group of role="radio" buttons, as a radio group behaves: one tab stop (the
// checked button, tabIndex 0, the others -1), ←/↑ and →/↓ check the previous or next choice and
// move focus to it (wrapping), Home/End the first or last.
import type { KeyboardEvent } from "react";

export function radioKeys<T>(
  e: KeyboardEvent<HTMLElement>,
  values: readonly T[],
  current: T,
  choose: (v: T) => void,
): void {
  const at = values.indexOf(current);
  const n = values.length;
  const next: Record<string, number> = {
    ArrowRight: (at + 1) % n,
    ArrowDown: (at + 1) % n,
    ArrowLeft: (at - 1 + n) % n,
    ArrowUp: (at - 1 + n) % n,
    Home: 0,
    End: n - 1,
  };
  const to = next[e.key];
  if (to === undefined || n === 0) return;
  e.preventDefault();
  choose(values[to] as T);
  e.currentTarget.querySelectorAll<HTMLElement>('[role="radio"]')[to]?.focus();
}
