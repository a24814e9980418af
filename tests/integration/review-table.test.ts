// The review table's rows and its batch decision on the real seeds: every entity and stated
// relation with a sentence that holds the marked mention; one batch = one edits row = one undo,
// and the batch survives re-extraction like any decision.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canUndoRedo, history, reviewTable, setReviewBatch, undo } from "../../db/curate/index.ts";
import { reextractAll } from "../../db/pipeline/index.ts";
import type { DB } from "../../db/store/open.ts";
import { ACTOR, seededDb, tempDir } from "./curate-helpers.ts";

let db: DB;
const tmp = tempDir();

beforeAll(async () => {
  db = await seededDb(`${tmp.dir}/kg.db`);
}, 120_000);
afterAll(() => {
  db.close();
  tmp.cleanup();
});

const count = (sql: string): number => db.prepare<[], number>(sql).pluck().get() ?? 0;

describe("review table", () => {
  it("lists every entity and every stated relation, the sentence with the mention marked", () => {
    const t = reviewTable(db);
    expect(t.rows.filter((r) => r.kind === "entity")).toHaveLength(count("SELECT count(*) FROM entities"));
    expect(t.rows.filter((r) => r.kind === "relation")).toHaveLength(
      count("SELECT count(*) FROM relations WHERE type <> 'co_mention'"),
    );
    const withSentence = t.rows.filter((r) => r.sentence !== "");
    expect(withSentence.length).toBeGreaterThan(t.rows.length * 0.95);
    for (const r of withSentence.slice(0, 400)) {
      for (const [s, e] of r.marks) {
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(r.sentence.length);
      }
    }
    // An entity's first mark is its mention: the marked text is (a form of) its name.
    const ent = t.rows.find((r) => r.kind === "entity" && r.marks.length > 0 && r.rule !== null);
    expect(ent?.marks.length).toBeGreaterThan(0);
    expect(t.documents.length).toBe(count("SELECT count(*) FROM documents"));
  });

  it("rejects one rule's relations as one decision, and one undo puts them all back", () => {
    const rows = reviewTable(db).rows.filter((r) => r.kind === "relation" && r.state === "unreviewed");
    const rule = rows[0]?.rule;
    const ofRule = rows.filter((r) => r.rule === rule);
    expect(ofRule.length).toBeGreaterThan(1);
    const editsBefore = count("SELECT count(*) FROM edits");
    const out = setReviewBatch(db, { entities: [], relations: ofRule.map((r) => r.id), state: "rejected" }, ACTOR);
    expect(out.changed).toBe(ofRule.length);
    expect(count("SELECT count(*) FROM edits")).toBe(editsBefore + 1);
    const rejected = () =>
      count(
        `SELECT count(*) FROM relations WHERE review = 'rejected' AND id IN (${ofRule.map((r) => r.id).join(",")})`,
      );
    expect(rejected()).toBe(ofRule.length);
    expect(history(db, { newestFirst: true, limit: 1 }).edits[0]?.action).toBe("reviewBatch");

    // Survives re-extraction (replayed by keys).
    reextractAll(db, ACTOR);
    const again = reviewTable(db).rows.filter((r) => r.kind === "relation" && r.rule === rule);
    expect(again.every((r) => r.state === "rejected")).toBe(true);

    expect(canUndoRedo(db).canUndo).toBe(true);
    undo(db, ACTOR);
    const after = reviewTable(db).rows.filter((r) => r.kind === "relation" && r.rule === rule);
    expect(after.every((r) => r.state === "unreviewed")).toBe(true);
  });

  it("refuses a batch where nothing would change, changing nothing", () => {
    const e = reviewTable(db).rows.find((r) => r.kind === "entity");
    setReviewBatch(db, { entities: [e?.id ?? 0], relations: [], state: "confirmed" }, ACTOR);
    const edits = count("SELECT count(*) FROM edits");
    expect(() => setReviewBatch(db, { entities: [e?.id ?? 0], relations: [], state: "confirmed" }, ACTOR)).toThrow(
      /already confirmed/u,
    );
    expect(count("SELECT count(*) FROM edits")).toBe(edits);
  });
});
