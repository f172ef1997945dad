// Array helpers for unbounded lists. A report can yield hundreds of thousands of candidates;
// spreading them into a call (`out.push(...xs)`, `Math.min(...xs)`) puts each on the stack and
// throws "Maximum call stack size exceeded" past about 100k, so the engine loops instead.

/** Appends `items` to `out` in order; returns `out`. */
export function append<T>(out: T[], items: readonly T[]): T[] {
  for (const x of items) out.push(x);
  return out;
}

/** The smallest and largest of `f` over `items` (items non-empty). */
export function extent<T>(items: readonly T[], f: (x: T) => number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of items) {
    const v = f(x);
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}
