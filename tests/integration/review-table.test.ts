// The review table's rows and its batch decision on the real seeds: every entity and stated
// relation with a sentence that holds the marked mention; one batch = one edits row = one undo,
// and the batch survives re-extraction like any decision.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  canUndoRedo,
  editEntity,
  history,
  mergeEntities,
  type ReviewRow,
  reviewKeys,
  reviewTable,
  setReviewBatch,
  undo,
} from "../../db/curate/index.ts";
import { reextractAll } from "../../db/pipeline/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
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

  it("pages in SQLite: a page and the total, filters and sort applied before paging", () => {
    const all = reviewTable(db).rows;
    const key = (r: { kind: string; id: number }) => `${r.kind}:${r.id}`;
    const tie = (a: ReviewRow, b: ReviewRow) => (a.kind === b.kind ? a.id - b.id : a.kind === "entity" ? -1 : 1);

    const first = reviewTable(db, { limit: 50 });
    expect(first.rows).toHaveLength(50);
    expect(first.total).toBe(all.length);
    expect(first.states.unreviewed + first.states.confirmed + first.states.rejected).toBe(all.length);
    // only the page's documents are named, not the whole corpus
    expect(first.documents.length).toBeLessThanOrEqual(50);

    // Sorted by confidence, highest first, over every item: the second page continues the first.
    const byConf = [...all].sort((a, b) => (b.confidence ?? -1) - (a.confidence ?? -1) || tie(a, b));
    const sort = { key: "confidence" as const, dir: -1 as const };
    const p1 = reviewTable(db, { sort, limit: 40 });
    const p2 = reviewTable(db, { sort, limit: 40, offset: 40 });
    expect([...p1.rows, ...p2.rows].map(key)).toEqual(byConf.slice(0, 80).map(key));
    // the page carries what the whole table carried for the same item
    expect(p2.rows[5]).toEqual(all.find((r) => key(r) === key(p2.rows[5] as ReviewRow)));

    // Filtered: one rule's unreviewed relations in a low band, the total counted before the page.
    const rule = all.find((r) => r.kind === "relation" && r.rule)?.rule ?? "";
    const passing = all.filter((r) => r.kind === "relation" && r.rule === rule && r.state === "unreviewed");
    expect(passing.length).toBeGreaterThan(3);
    const f = reviewTable(db, { filters: { kind: "relation", rule, state: "unreviewed" }, limit: 3 });
    expect(f.total).toBe(passing.length);
    expect(f.rows.map(key)).toEqual(passing.slice(0, 3).map(key));

    // A document (any document the item is stated in), sorted by label.
    const doc = all[0]?.docs[0] ?? 0;
    const inDoc = all.filter((r) => r.docs.includes(doc));
    const d = reviewTable(db, { filters: { document: doc }, sort: { key: "label", dir: 1 }, limit: 1000 });
    expect(d.total).toBe(inDoc.length);
    expect(new Set(d.rows.map(key))).toEqual(new Set(inDoc.map(key)));
    const labels = d.rows.map((r) => r.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator("zh-CN").compare));

    // Text in the label; confidence band; kept items shown whatever the filters say.
    const name = all.find((r) => r.kind === "entity")?.label ?? "";
    const text = reviewTable(db, { filters: { text: name }, limit: 500 });
    expect(text.rows.every((r) => r.label.includes(name))).toBe(true);
    expect(text.total).toBe(all.filter((r) => r.label.includes(name)).length);
    const high = reviewTable(db, { filters: { confidence: "high" }, limit: 100_000 });
    expect(high.total).toBe(all.filter((r) => r.confidence !== null && r.confidence >= 0.8).length);
    const other = all.find((r) => r.kind === "entity" && r.rule !== rule) as ReviewRow;
    const kept = reviewTable(db, {
      filters: { kind: "relation", rule, state: "unreviewed" },
      keep: { entities: [other.id], relations: [] },
      limit: 100_000,
    });
    expect(kept.total).toBe(passing.length + 1);
    expect(kept.rows.map(key)).toContain(key(other));

    // "Reject all shown" names every item passing that is not rejected yet, loaded or not.
    const ids = reviewKeys(db, { filters: { kind: "relation", rule, state: "unreviewed" } }, "rejected");
    expect(ids.relations).toEqual(passing.map((r) => r.id).sort((a, b) => a - b));
    expect(ids.was).toBe("u".repeat(passing.length));

    // The menus count every item, not the page.
    const facets = reviewTable(db, { limit: 1, facets: true }).facets;
    expect(facets?.types.reduce((n, [, c]) => n + c, 0)).toBe(all.length);
    expect(facets?.rules.find(([r]) => r === rule)?.[1]).toBe(all.filter((r) => r.rule === rule).length);
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

  it("sorts by label and counts the menus right after a rename and a merge, and through a decision", () => {
    const zh = new Intl.Collator("zh-CN").compare;
    const byLabel = () => reviewTable(db, { sort: { key: "label", dir: 1 }, limit: 100_000 }).rows;
    const before = byLabel();
    const labels = before.map((r) => r.label);
    expect(labels).toEqual([...labels].sort(zh));
    // Descending: labels reversed, equal labels still entities first, then by id.
    const down = reviewTable(db, { sort: { key: "label", dir: -1 }, limit: 100_000 }).rows;
    const tie = (a: ReviewRow, b: ReviewRow) => (a.kind === b.kind ? a.id - b.id : a.kind === "entity" ? -1 : 1);
    expect(down.map((r) => `${r.kind}:${r.id}`)).toEqual(
      [...before].sort((a, b) => -zh(a.label, b.label) || tie(a, b)).map((r) => `${r.kind}:${r.id}`),
    );
    const page = reviewTable(db, { sort: { key: "label", dir: 1 }, offset: 30, limit: 20 }).rows;
    expect(page.map((r) => r.id)).toEqual(before.slice(30, 50).map((r) => r.id));

    // A decision changes no label: the order is kept, the state shown is the new one.
    const first = before.find((r) => r.kind === "entity" && r.state === "unreviewed") as ReviewRow;
    setReviewBatch(db, { entities: [first.id], relations: [], state: "confirmed" }, ACTOR);
    expect(byLabel().find((r) => r.kind === "entity" && r.id === first.id)?.state).toBe("confirmed");

    // Renamed to sort first (an invented name): the table and its relations' labels follow.
    const last = before.filter((r) => r.kind === "entity").at(-1) as ReviewRow;
    editEntity(db, { id: last.id, name: "阿阿测试园" }, ACTOR);
    const renamed = byLabel();
    expect(renamed.find((r) => r.kind === "entity" && r.id === last.id)?.label).toBe("阿阿测试园");
    expect(renamed.map((r) => r.label)).toEqual([...renamed.map((r) => r.label)].sort(zh));

    // A merge removes an entity: the label order and the type counts both lose it.
    const types = () => reviewTable(db, { limit: 1, facets: true }).facets?.types ?? [];
    const sum = () => types().reduce((n, [, c]) => n + c, 0);
    const total = sum();
    const ents = renamed.filter((r) => r.kind === "entity" && r.type === last.type && r.id !== last.id);
    const from = ents[0] as ReviewRow;
    mergeEntities(db, { into: last.id, from: [from.id] }, ACTOR);
    const merged = byLabel();
    expect(merged.some((r) => r.kind === "entity" && r.id === from.id)).toBe(false);
    expect(merged.map((r) => r.label)).toEqual([...merged.map((r) => r.label)].sort(zh));
    expect(sum()).toBe(merged.length);
    expect(sum()).toBeLessThan(total);
    undo(db, ACTOR);
    undo(db, ACTOR);
    expect(sum()).toBe(total);
    expect(byLabel().map((r) => r.label)).toEqual(labels);
  });

  it("keeps the label order right after a write on another connection and after its log is trimmed", () => {
    const zh = new Intl.Collator("zh-CN").compare;
    const key = (r: { kind: string; id: number }) => `${r.kind}:${r.id}`;
    const byLabel = () => reviewTable(db, { sort: { key: "label", dir: 1 }, limit: 100_000 }).rows;
    const firstPage = () => reviewTable(db, { sort: { key: "label", dir: 1 }, limit: 30 }).rows.map(key);
    const ranked = (rows: ReviewRow[]) =>
      [...rows].sort(
        (a, b) => zh(a.label, b.label) || (a.kind === b.kind ? a.id - b.id : a.kind === "entity" ? -1 : 1),
      );
    const before = byLabel();
    expect(firstPage()).toEqual(before.slice(0, 30).map(key));

    // Another connection (the import thread, another process) renames an entity to sort first:
    // this connection's kept order follows, its relations with it.
    const other = openDatabase(db.name);
    const last = before.filter((r) => r.kind === "entity" && r.label !== "阿阿测试园").at(-1) as ReviewRow;
    try {
      editEntity(other, { id: last.id, name: "阿阿阿另一连接改名" }, ACTOR);
    } finally {
      other.close();
    }
    const renamed = byLabel();
    expect(renamed.map(key)).toEqual(ranked(renamed).map(key));
    expect(firstPage()).toEqual(ranked(renamed).slice(0, 30).map(key));
    expect(firstPage()).toContain(`entity:${last.id}`);
    expect(renamed.some((r) => r.kind === "relation" && r.label.includes("阿阿阿另一连接改名"))).toBe(
      count(
        `SELECT count(*) FROM relations WHERE type <> 'co_mention' AND (source_id = ${last.id} OR target_id = ${last.id})`,
      ) > 0,
    );

    // A rename, then more logged changes than the log keeps: the rename's row is trimmed away, so
    // the kept order cannot be brought up to date from the log and is ranked afresh.
    editEntity(db, { id: last.id, name: "座座座日志截断后" }, ACTOR);
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70000)
             INSERT INTO label_changes (kind, id) SELECT 0, -1 FROM n`);
    expect(count("SELECT count(*) FROM label_changes")).toBeLessThanOrEqual(65_536 + 4096);
    const trimmed = byLabel();
    expect(trimmed.map(key)).toEqual(ranked(trimmed).map(key));
    expect(firstPage()).not.toContain(`entity:${last.id}`);
    undo(db, ACTOR);
    undo(db, ACTOR);
    expect(byLabel().map(key)).toEqual(ranked(byLabel()).map(key));
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
