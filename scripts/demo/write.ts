// How a demo report writes a figure: exact Arabic (127), rounded with a qualifier (120余, 约3000,
// 3000份以上), Chinese numerals (一百二十, 两万余) or with 万 (1.2万余). Each returns the value a
// careful reader takes from the text, which is what truth.json records.
import { floorSignificant, roundSignificant, toChinese, toWan } from "./numerals";
import type { Rng } from "./prng";
import type { NumeralHabit } from "./townships";

export interface Written {
  /** The value the text states (after the writer's rounding). */
  value: number;
  /** The figure with its unit, e.g. "120余场次", "约3000份", "两万余人次". */
  with(unit: string): string;
}

const exact = (n: number, text = String(n)): Written => ({ value: n, with: (u) => `${text}${u}` });

/** Writes a count in the township's habit. Small counts stay exact; large ones may be rounded. */
export function writeCount(rng: Rng, habit: NumeralHabit, n: number): Written {
  if (n < 20) {
    const chinese = habit === "chinese" ? 0.6 : habit === "mixed" ? 0.3 : 0;
    return rng.chance(chinese) && n > 0 ? exact(n, toChinese(n)) : exact(n);
  }
  // "120余" means a little over 120: 余 and 以上 round down to a round number, 约 to the nearest.
  const down = n < 100 ? Math.floor(n / 10) * 10 : floorSignificant(n, 2);
  const near = roundSignificant(n, 2);
  const weights: Record<NumeralHabit, [number, number, number, number, number]> = {
    // exact, arabic+余, 约/以上, chinese, 万
    arabic: [0.55, 0.3, 0.15, 0, 0],
    mixed: [0.3, 0.25, 0.1, 0.25, 0.1],
    chinese: [0.15, 0.1, 0.05, 0.55, 0.15],
  };
  const w = weights[habit];
  let x = rng.next();
  let choice = 0;
  while (choice < w.length - 1 && x >= (w[choice] ?? 0)) x -= w[choice++] ?? 0;
  switch (choice) {
    case 0:
      return exact(n);
    case 1:
      return { value: down, with: (u) => `${down}余${u}` };
    case 2:
      return rng.chance(0.5)
        ? { value: near, with: (u) => `约${near}${u}` }
        : { value: down, with: (u) => `${down}${u}以上` };
    case 3:
      return rng.chance(0.6)
        ? { value: down, with: (u) => `${toChinese(down)}余${u}` }
        : { value: near, with: (u) => `${toChinese(near)}${u}` };
    default: {
      if (n < 10000) return { value: down, with: (u) => `${toChinese(down)}余${u}` };
      const w1 = Math.floor(n / 1000) * 1000;
      return rng.chance(0.5)
        ? { value: w1, with: (u) => `${toWan(w1)}余${u}` }
        : { value: w1, with: (u) => `${toChinese(w1)}余${u}` };
    }
  }
}

/** A percentage with one decimal at most, as reports print them (93.3%, 100%). */
export function pct(part: number, whole: number): number {
  return Math.round((part / whole) * 1000) / 10;
}
