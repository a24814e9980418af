// The timeline's units are kept until a write that can change them (migration 006's counter):
// a review decision on an entity leaves them as they were (no rebuild of ten thousand units),
// while dating a document by hand, its undo and a new import show at once.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setReview, undo } from "../../db/curate/index.ts";
import { importDocument } from "../../db/pipeline/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
import { listUnits, setDocumentDate } from "../../db/time/index.ts";
import { docA, docB, docC, tempDir } from "./support/corpus.ts";

let tmp: ReturnType<typeof tempDir>;
let db: DB;

beforeAll(() => {
  tmp = tempDir();
  db = openDatabase(join(tmp.dir, "kb.sqlite"));
  for (const d of [docA(), docB()]) importDocument(db, d.doc, d.extraction);
});
afterAll(() => {
  db?.close();
  tmp?.cleanup();
});

describe("the timeline's units", () => {
  it("are kept through a review decision, and rebuilt after dating, its undo and an import", () => {
    const first = listUnits(db);
    const entity = db.prepare<[], number>("SELECT id FROM entities ORDER BY id LIMIT 1").pluck().get() ?? 0;
    setReview(db, { kind: "entity", id: entity, state: "confirmed" }, "tester");
    // The same unit objects: nothing was rebuilt.
    expect(listUnits(db)[0]).toBe(first[0]);

    const unit = first[0];
    if (!unit) throw new Error("no unit");
    setDocumentDate(db, { unit: unit.id, date: "2019-05-06" }, "tester");
    expect(listUnits(db).find((u) => u.id === unit.id)).toMatchObject({ date: "2019-05-06", handDated: true });
    undo(db, "tester");
    expect(listUnits(db).find((u) => u.id === unit.id)).toMatchObject({ date: unit.date, handDated: false });

    const c = docC();
    importDocument(db, c.doc, c.extraction);
    expect(listUnits(db)).toHaveLength(first.length + 1);
  });
});
