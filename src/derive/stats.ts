// Small statistics over the figures townships state. Empty input gives null, not 0.

/** Median of the values (mean of the middle two for an even count); null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface Spread {
  n: number;
  min: number;
  max: number;
  median: number;
}

export function spreadOf(values: readonly number[]): Spread | null {
  const m = median(values);
  if (m === null) return null;
  return { n: values.length, min: Math.min(...values), max: Math.max(...values), median: m };
}

/** Rounds for display without trailing noise (93.40000001 → 93.4). */
export function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
