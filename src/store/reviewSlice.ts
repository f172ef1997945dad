// 校对's state, in a store of its own (kept apart from the dashboard store so review and the other
// slices merge easily): the reviewer's name, the workspace's corrections, which report and figure
// are in hand, and the undo list of this session. Actions are named for what the person did; each
// writes one correction to the workspace database (IndexedDB), whose change notice reloads the
// "workspace" data set, so every view shows the corrected figures. Loaded only by the review view,
// so idb stays out of the first paint.
import { create, useStore } from "zustand";
import { latestOfTarget } from "../derive/corrections";
import type { Approx, Evidence, IndicatorId, Observation, ShortcomingCategory } from "../domain";
import type {
  Correction,
  FigureCorrection,
  ImportKey,
  MetaCorrection,
  ShortcomingCorrection,
} from "../workspace/types";

/** The part of the workspace database review writes to (src/workspace/db.ts; a fake in unit tests). */
export interface ReviewDb {
  corrections(): Promise<Correction[]>;
  /** Refuses (throws) when the report is gone or `seen` is no longer the latest of the same target. */
  putCorrection(c: Correction, seen?: string | null): Promise<void>;
  deleteCorrection(id: string): Promise<void>;
  getMeta(name: "reviewer"): Promise<string | null>;
  setMeta(name: "reviewer", value: string | null): Promise<void>;
}

type Item = { text: string; start: number; end: number };
/** A correction before it is stamped with an id, a time and the reviewer's name. */
type Draft =
  | Omit<FigureCorrection, "id" | "at" | "by">
  | Omit<MetaCorrection, "id" | "at" | "by">
  | Omit<ShortcomingCorrection, "id" | "at" | "by">;

export interface ReviewState {
  reviewer: string | null;
  corrections: Correction[];
  /** Corrections made in this session, newest last: Ctrl+Z / 撤销 removes the last one. */
  undo: string[];
  /** The report in hand (import key) and the figure in hand (index into its figure list). */
  current: ImportKey | null;
  figure: number;
  /** The last failure to save, shown to the person; null when none. */
  error: string | null;

  loaded: () => Promise<void>;
  reviewerNamed: (name: string) => Promise<void>;
  reportOpened: (key: ImportKey | null) => void;
  figureFocused: (index: number) => void;
  figureConfirmed: (key: ImportKey, obs: Observation) => Promise<void>;
  figureCorrected: (key: ImportKey, obs: Observation, value: number, approx?: Approx) => Promise<void>;
  figureRejected: (key: ImportKey, obs: Observation) => Promise<void>;
  figureAdded: (
    key: ImportKey,
    indicator: IndicatorId,
    value: number,
    unit: string,
    evidence: Evidence,
  ) => Promise<void>;
  metaSet: (key: ImportKey, field: MetaCorrection["field"], value: string | number | null) => Promise<void>;
  shortcomingRecategorised: (key: ImportKey, item: Item, category: ShortcomingCategory) => Promise<void>;
  shortcomingRemoved: (key: ImportKey, item: Item) => Promise<void>;
  shortcomingAdded: (key: ImportKey, item: Item, category: ShortcomingCategory) => Promise<void>;
  /** Removes one correction (by id), or the last one made in this session. */
  correctionUndone: (id?: string) => Promise<void>;
}

let seq = 0;
/** A unique correction id: time + counter + randomness (two tabs may write at once). */
function newId(now: string): string {
  const rand = Math.random().toString(36).slice(2, 8);
  return `c-${now.replace(/\D/g, "")}-${(seq++).toString(36)}-${rand}`;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

const evidenceOf = (o: Observation): Evidence => ({
  start: o.evidence.start,
  end: o.evidence.end,
  text: o.evidence.text,
});
const itemOf = (i: Item): Item => ({ text: i.text, start: i.start, end: i.end });

export function createReviewStore(db: ReviewDb, clock: () => Date = () => new Date()) {
  return create<ReviewState>()((set, get) => {
    /** Stamps and saves one correction; on failure nothing is kept and the reason is shown. */
    const save = async (draft: Draft) => {
      const by = get().reviewer;
      if (!by) {
        set({ error: "请先填写校对人姓名" });
        return;
      }
      const at = clock().toISOString();
      const c = { ...draft, id: newId(at), at, by } as Correction;
      // The latest correction of the same figure / field / item this tab knows of: if another tab
      // wrote one since, the database refuses, and this tab re-reads before the person tries again.
      const seen = latestOfTarget(get().corrections, c);
      try {
        await db.putCorrection(c, seen);
        set((s) => ({ corrections: [...s.corrections, c], undo: [...s.undo, c.id], error: null }));
      } catch (e) {
        const error = messageOf(e);
        await get().loaded();
        set({ error });
      }
    };
    return {
      reviewer: null,
      corrections: [],
      undo: [],
      current: null,
      figure: 0,
      error: null,

      loaded: async () => {
        try {
          const [reviewer, corrections] = await Promise.all([db.getMeta("reviewer"), db.corrections()]);
          set({ reviewer, corrections });
        } catch (e) {
          set({ error: messageOf(e) });
        }
      },
      reviewerNamed: async (name) => {
        const reviewer = name.trim();
        if (!reviewer) return;
        try {
          await db.setMeta("reviewer", reviewer);
          set({ reviewer, error: null });
        } catch (e) {
          set({ error: messageOf(e) });
        }
      },
      reportOpened: (current) => set({ current, figure: 0 }),
      figureFocused: (figure) => set({ figure }),
      figureConfirmed: (key, obs) =>
        save({
          kind: "figure",
          key,
          indicator: obs.id,
          action: "confirm",
          value: obs.value,
          evidence: evidenceOf(obs),
        }),
      figureCorrected: (key, obs, value, approx = "exact") =>
        save({
          kind: "figure",
          key,
          indicator: obs.id,
          action: "set",
          value,
          approx,
          evidence: evidenceOf(obs),
        }),
      figureRejected: (key, obs) =>
        save({
          kind: "figure",
          key,
          indicator: obs.id,
          action: "reject",
          value: obs.value,
          evidence: evidenceOf(obs),
        }),
      figureAdded: (key, indicator, value, unit, evidence) =>
        save({
          kind: "figure",
          key,
          indicator,
          action: "add",
          value,
          unit,
          approx: "exact",
          evidence: { start: evidence.start, end: evidence.end, text: evidence.text },
        }),
      metaSet: (key, field, value) => save({ kind: "meta", key, field, value }),
      shortcomingRecategorised: (key, item, category) =>
        save({ kind: "shortcoming", key, action: "set_category", item: itemOf(item), category }),
      shortcomingRemoved: (key, item) =>
        save({ kind: "shortcoming", key, action: "remove", item: itemOf(item) }),
      shortcomingAdded: (key, item, category) =>
        save({ kind: "shortcoming", key, action: "add", item: itemOf(item), category }),
      correctionUndone: async (id) => {
        const target = id ?? get().undo.at(-1);
        if (!target) return;
        try {
          await db.deleteCorrection(target);
          set((s) => ({
            corrections: s.corrections.filter((c) => c.id !== target),
            undo: s.undo.filter((u) => u !== target),
            error: null,
          }));
        } catch (e) {
          set({ error: messageOf(e) });
        }
      },
    };
  });
}

export type ReviewStore = ReturnType<typeof createReviewStore>;

export function useReview<T>(store: ReviewStore, selector: (s: ReviewState) => T): T {
  return useStore(store, selector);
}
