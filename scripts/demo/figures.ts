// The underlying "true" figures of a township in a year, before any wording: a township-level
// base (its size) times a gentle yearly trend times noise. Deterministic per township and year.
import { createRng } from "./prng";
import type { Township } from "./townships";

export interface Figures {
  villagesTotal: number;
  advisorVillages: number;
  disputesHandled: number;
  disputesResolved: number;
  publicityEvents: number;
  publicityMaterials: number;
  publicityAudience: number;
  consultations: number;
  legalAid: number;
  lawLiterate: number;
  trainingSessions: number;
  enforcementStaff: number;
  petitions: number;
  adminLitigation: number;
}

export function figuresFor(t: Township, year: number): Figures {
  const base = createRng(`${t.slug}:base`);
  const noise = createRng(`${t.slug}:${year}:figures`);
  const k = year - 2021;
  const vary = (x: number, spread = 0.2) => x * (1 - spread + noise.next() * 2 * spread);
  const villagesTotal = t.villages + t.communities;
  const events = Math.max(6, Math.round(vary(base.int(28, 44) * t.scale * (1 + 0.12 * k))));
  const handled = Math.max(8, Math.round(vary(base.int(30, 60) * t.scale * (1 - 0.05 * k))));
  const unresolved = noise.chance(0.45) ? 0 : noise.int(1, 3);
  return {
    villagesTotal,
    // Coverage reaches everyone from 2022; 2021 may still lag by a village or two.
    advisorVillages: k === 0 && villagesTotal > 6 ? villagesTotal - base.int(0, 2) : villagesTotal,
    disputesHandled: handled,
    disputesResolved: handled - unresolved,
    publicityEvents: events,
    publicityMaterials: Math.round(vary(events * base.int(90, 180))),
    publicityAudience: Math.round(vary(events * base.int(120, 260))),
    consultations: Math.round(vary(base.int(40, 160) * t.scale)),
    legalAid: noise.chance(0.2) ? 0 : Math.round(vary(base.int(4, 18) * t.scale)),
    lawLiterate: Math.round(villagesTotal * base.int(3, 6) * (1 + 0.15 * k)),
    trainingSessions: noise.int(6, 16) + (k > 1 ? 2 : 0),
    enforcementStaff: Math.round(base.int(8, 14) * Math.sqrt(t.scale)) + Math.min(k, 2),
    petitions: Math.round(vary(base.int(20, 90) * t.scale)),
    adminLitigation: noise.chance(0.75) ? 0 : noise.int(1, 3),
  };
}
