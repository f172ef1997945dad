import { describe, expect, it } from "vitest";
import type { Observation } from "../../src/domain";
import { createReviewStore, type ReviewDb } from "../../src/store/reviewSlice";
import type { Correction } from "../../src/workspace/types";

function fakeDb(fail = false) {
  const rows = new Map<string, Correction>();
  let reviewer: string | null = null;
  const db: ReviewDb = {
    corrections: async () => [...rows.values()],
    putCorrection: async (c) => {
      if (fail) throw new Error("存储空间已满");
      rows.set(c.id, c);
    },
    deleteCorrection: async (id) => void rows.delete(id),
    getMeta: async () => reviewer,
    setMeta: async (_n, v) => void (reviewer = v),
  };
  return { db, rows };
}

const obs: Observation = {
  id: "disputes_handled",
  value: 70,
  unit: "起",
  approx: "at_least",
  basis: "stated",
  rule: "disputes.mediated-count",
  evidence: { start: 5, end: 17, text: "调处各类矛盾纠纷70余起" },
};
const clock = () => new Date("2026-01-02T10:00:00Z");

describe("review store", () => {
  it("asks for the reviewer's name before saving anything, then stamps every correction with it", async () => {
    const { db, rows } = fakeDb();
    const s = createReviewStore(db, clock);
    await s.getState().figureConfirmed("k", obs);
    expect(rows.size).toBe(0);
    expect(s.getState().error).toMatch(/校对人/);
    await s.getState().reviewerNamed("  张三 ");
    await s.getState().figureCorrected("k", obs, 75);
    const [c] = [...rows.values()];
    expect(c).toMatchObject({
      kind: "figure",
      key: "k",
      indicator: "disputes_handled",
      action: "set",
      value: 75,
    });
    expect(c).toMatchObject({ by: "张三", at: "2026-01-02T10:00:00.000Z", approx: "exact" });
    expect(s.getState().corrections).toHaveLength(1);
  });

  it("undo removes the last correction of the session, or one named by id, from the database", async () => {
    const { db, rows } = fakeDb();
    const s = createReviewStore(db, clock);
    await s.getState().reviewerNamed("张三");
    await s.getState().figureRejected("k", obs);
    await s.getState().metaSet("k", "county", "城口县");
    await s.getState().shortcomingAdded("k", { text: "问题", start: 1, end: 3 }, "other");
    expect(rows.size).toBe(3);
    await s.getState().correctionUndone();
    expect([...rows.values()].map((c) => c.kind)).toEqual(["figure", "meta"]);
    const first = [...rows.keys()][0]!;
    await s.getState().correctionUndone(first);
    expect([...rows.values()].map((c) => c.kind)).toEqual(["meta"]);
    expect(s.getState().undo).toHaveLength(1);
  });

  it("a failed write keeps nothing and says why", async () => {
    const { db } = fakeDb(true);
    const s = createReviewStore(db, clock);
    await s.getState().reviewerNamed("张三");
    await s.getState().figureConfirmed("k", obs);
    expect(s.getState().corrections).toEqual([]);
    expect(s.getState().error).toBe("存储空间已满");
  });

  it("loads the reviewer and the stored corrections", async () => {
    const { db } = fakeDb();
    await db.setMeta("reviewer", "李四");
    const s = createReviewStore(db, clock);
    await s.getState().loaded();
    expect(s.getState().reviewer).toBe("李四");
  });
});

describe("review store across tabs", () => {
  it("tells the database which correction of the same figure it saw, and re-reads when refused", async () => {
    const { db, rows } = fakeDb();
    const seen: (string | null | undefined)[] = [];
    let refuse = false;
    const put = db.putCorrection;
    db.putCorrection = async (c, s) => {
      seen.push(s);
      if (refuse) throw new Error("另一个标签页刚刚改过这一项");
      return put(c, s);
    };
    const s = createReviewStore(db, clock);
    await s.getState().reviewerNamed("张三");
    await s.getState().figureCorrected("k", obs, 75);
    const first = s.getState().corrections[0]!.id;
    await s.getState().figureCorrected("k", obs, 76);
    await s.getState().figureConfirmed("k", { ...obs, id: "villages_total" });
    await s.getState().figureConfirmed("other", obs);
    expect(seen).toEqual([null, first, null, null]);

    // Another tab wrote a correction this tab has not seen: refused, and the list is re-read.
    const theirs = { ...s.getState().corrections[1]!, id: "their-id", at: "2026-01-02T11:00:00Z" };
    rows.set(theirs.id, theirs);
    refuse = true;
    await s.getState().figureCorrected("k", obs, 80);
    expect(s.getState().error).toMatch(/另一个标签页/);
    expect(s.getState().corrections.map((c) => c.id)).toContain("their-id");
    expect([...rows.values()].some((c) => c.kind === "figure" && c.value === 80)).toBe(false);
  });
});
