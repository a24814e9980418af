// Time and change over the real seeds and a small hand-made pair of plans: dated units
// (gazette parts apart), selections, comparisons, entity histories and hand-set dates.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeEntities, redo, undo } from "../../db/curate/index.ts";
import { importDocument } from "../../db/pipeline/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
import {
  compare,
  entityHistory,
  listUnits,
  loadCorpus,
  resolveSelector,
  SelectorError,
  setDocumentDate,
  statedIds,
  statedIn,
  undatedUnits,
} from "../../db/time/index.ts";
import { entity, ingested, tempDir } from "./support/corpus.ts";
import { type SeedKb, seedKb } from "./views-kb.ts";

let kb: SeedKb;
beforeAll(async () => {
  kb = await seedKb("kg-time-");
}, 120_000);
afterAll(() => {
  kb.db.close();
  kb.cleanup();
});

const docId = (prefix: string) =>
  kb.db
    .prepare<[string], number>("SELECT id FROM documents WHERE file_name LIKE ?")
    .pluck()
    .get(`${prefix}%`) as number;

/** Independently of db/time: the names of entities of a type mentioned in a document (not rejected). */
function namesIn(documentId: number, type: string): string[] {
  return kb.db
    .prepare<[number, string], string>(
      `SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.document_id = ? AND e.type = ? AND e.review <> 'rejected'`,
    )
    .pluck()
    .all(documentId, type)
    .sort();
}

describe("dated units on the seeds", () => {
  it("places the five documents and the gazette's parts on their own dates", () => {
    const units = listUnits(kb.db);
    const gazette = units.filter((u) => u.documentId === docId("002"));
    expect(gazette.length).toBeGreaterThan(10);
    expect(gazette.every((u) => u.kind === "part" && u.date?.startsWith("2023-"))).toBe(true);
    expect(gazette.find((u) => u.docNumber === "威政字〔2023〕40号")?.date).toBe("2023-07-16");
    const whole = (p: string) => units.find((u) => u.documentId === docId(p));
    expect(whole("000")?.date).toBe("2018-02-07");
    expect(whole("003")?.date).toBe("2021-07-08");
    expect(whole("004")?.date).toBe("2026-05-16");
    // Dated units come in date order.
    const dates = units.flatMap((u) => (u.date ? [u.date] : []));
    expect(dates).toEqual([...dates].sort());
  });

  it("lists the document without a parsable issue date", () => {
    const undated = undatedUnits(kb.db);
    expect(undated.map((u) => u.documentId)).toEqual([docId("001")]);
  });
});

describe("comparing the 2018 cluster opinion (000) with the 2026 action plan (004)", () => {
  it("lists the clusters each names and those both do, each with its evidence", () => {
    const c = compare(kb.db, "000", "004");
    const a = namesIn(docId("000"), "cluster");
    const b = namesIn(docId("004"), "cluster");
    const sorted = (list: { name: string }[]) => list.map((e) => e.name).sort();
    expect(sorted(c.both.entities.cluster)).toEqual(a.filter((n) => b.includes(n)));
    expect(sorted(c.only_a.entities.cluster)).toEqual(a.filter((n) => !b.includes(n)));
    expect(sorted(c.only_b.entities.cluster)).toEqual(b.filter((n) => !a.includes(n)));
    expect(c.both.entities.cluster.length).toBeGreaterThan(0);
    expect(c.only_a.entities.cluster.length).toBeGreaterThan(c.both.entities.cluster.length);
    for (const e of c.both.entities.cluster) {
      expect(e.a?.evidence[0]?.citation).toMatch(/^《关于培育壮大千亿级产业集群的实施意见》/);
      expect(e.b?.evidence[0]?.citation).toMatch(/威政办字〔2026〕10号/);
      expect(e.a?.evidence[0]?.date).toBe("2018-02-07");
      expect(e.b?.evidence[0]?.date).toBe("2026-05-16");
    }
    for (const e of c.only_b.entities.cluster) {
      expect(e.a).toBeUndefined();
      expect(e.b?.evidence[0]?.sentence).toContain(e.b?.names[0] ?? "?");
    }
    // Relations: every one on a side has evidence there, none on the other.
    expect(c.only_a.relations.length).toBeGreaterThan(0);
    expect(c.only_a.relations.every((r) => r.a && r.a.count > 0 && !r.b)).toBe(true);
    expect(c.only_b.relations.every((r) => r.b && r.b.count > 0 && !r.a)).toBe(true);
  });

  it("the same documents named by 文号 and title give the same comparison", () => {
    const byFile = compare(kb.db, "000", "004");
    const byNumber = compare(kb.db, "关于培育壮大千亿级产业集群的实施意见", "威政办字〔2026〕10号");
    expect(byNumber.counts).toEqual(byFile.counts);
  });

  it("refuses selectors that name nothing or too much, and reversed ranges", () => {
    expect(() => compare(kb.db, "no-such-plan", "004")).toThrow(SelectorError);
    expect(() => compare(kb.db, "00", "004")).toThrow(/more than one document/);
    expect(() => compare(kb.db, "2023..2021", "004")).toThrow(/ends before it starts/);
  });
});

describe("a date range states only what its documents state", () => {
  it("2021..2023 covers the 2021 plan and the 2023 gazette parts, not 2018 or 2026", () => {
    const s = statedIds(kb.db, "2021..2023");
    const units = listUnits(kb.db).filter((u) => s.units.includes(u.id));
    expect(units.some((u) => u.documentId === docId("003"))).toBe(true);
    expect(units.some((u) => u.documentId === docId("002"))).toBe(true);
    expect(units.some((u) => [docId("000"), docId("004"), docId("001")].includes(u.documentId))).toBe(false);
    const ids = new Set(s.entityIds);
    // An entity only the 2026 plan names is not shown; one the 2021 plan names is.
    const only2026 = compare(kb.db, "2021..2023", "004").only_b.entities.cluster;
    expect(only2026.length).toBeGreaterThan(0);
    for (const e of only2026) expect(ids.has(e.id)).toBe(false);
    const in2021 = kb.db
      .prepare<[number], number>("SELECT entity_id FROM mentions WHERE document_id = ? LIMIT 1")
      .pluck()
      .get(docId("003"));
    expect(ids.has(in2021 as number)).toBe(true);
  });
});

describe("dating a document by hand", () => {
  it("is an undoable curation action; bad dates change nothing", () => {
    const unit = undatedUnits(kb.db)[0];
    if (!unit) throw new Error("no undated unit");
    expect(() => setDocumentDate(kb.db, { unit: unit.id, date: "2021-02-30" }, "tester")).toThrow(/not a date/);
    expect(() => setDocumentDate(kb.db, { unit: "d999", date: "2021-02-01" }, "tester")).toThrow(/no document/);
    expect(undatedUnits(kb.db)).toHaveLength(1);
    setDocumentDate(kb.db, { unit: unit.id, date: "2021-03-01" }, "tester");
    const dated = listUnits(kb.db).find((u) => u.id === unit.id);
    expect(dated).toMatchObject({ date: "2021-03-01", handDated: true });
    expect(undatedUnits(kb.db)).toHaveLength(0);
    expect(statedIds(kb.db, "2021..2021").units).toContain(unit.id);
    expect(undo(kb.db, "tester")?.action).toBe("setDocumentDate");
    expect(listUnits(kb.db).find((u) => u.id === unit.id)).toMatchObject({ date: null, handDated: false });
    redo(kb.db, "tester");
    expect(listUnits(kb.db).find((u) => u.id === unit.id)?.date).toBe("2021-03-01");
    undo(kb.db, "tester");
  });

  it("dates a gazette part on its own, leaving its siblings alone", () => {
    const part = listUnits(kb.db).find((u) => u.docNumber === "威政字〔2023〕40号");
    if (!part) throw new Error("no part");
    setDocumentDate(kb.db, { unit: part.id, date: "2023-07-20" }, "tester");
    const after = listUnits(kb.db);
    expect(after.find((u) => u.id === part.id)?.date).toBe("2023-07-20");
    expect(after.find((u) => u.docNumber === "威政发〔2023〕5号")?.date).toBe("2023-07-13");
    undo(kb.db, "tester");
    expect(listUnits(kb.db).find((u) => u.id === part.id)?.date).toBe("2023-07-16");
  });
});

describe("the time filter reads only the selection's spans", () => {
  it("finds the same entities and relations as reading the whole corpus, for ranges, one gazette part and one document", () => {
    const corpus = loadCorpus(kb.db, { coMention: true });
    const part = listUnits(kb.db).find((u) => u.kind === "part");
    expect(part).toBeDefined();
    const selectors = ["2021..2023", "2026", "..2020", { units: [part?.id as string] }, "004"];
    for (const sel of selectors) {
      const fast = statedIds(kb.db, sel);
      const whole = statedIn(corpus, resolveSelector(corpus.units, sel));
      expect(fast.entityIds).toEqual([...whole.entities.keys()].sort((a, b) => a - b));
      expect(fast.relationIds).toEqual([...whole.relations.keys()].sort((a, b) => a - b));
      expect(fast.entityIds.length).toBeGreaterThan(0);
    }
  });
});

describe("entity history on the seeds", () => {
  it("gives first and last mention dates and the documents over time", () => {
    const id = kb.db
      .prepare<[number, number], number>(
        `SELECT entity_id FROM mentions WHERE document_id = ? INTERSECT SELECT entity_id FROM mentions WHERE document_id = ?`,
      )
      .pluck()
      .get(docId("000"), docId("004"));
    const h = entityHistory(kb.db, id as number);
    expect(h?.first).toBe("2018-02-07");
    expect(h?.last).toBe("2026-05-16");
    const dates = h?.points.flatMap((p) => (p.date ? [p.date] : [])) ?? [];
    expect(dates).toEqual([...dates].sort());
    expect(h?.points.every((p) => p.mentions > 0 && p.statement.sentence.length > 0)).toBe(true);
    expect(entityHistory(kb.db, 999_999)).toBeNull();
  });
});

describe("status changes and curation on a hand-made pair of plans", () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: DB;
  const A = "一、重点任务\n规划建设海星产业园，培育蓝湾装备产业集群。\n";
  const B = "一、发展基础\n海星产业园已建成投用，深蓝海工产业集群规模扩大。\n";
  beforeAll(() => {
    tmp = tempDir();
    db = openDatabase(join(tmp.dir, "kb.sqlite"));
    const put = (name: string, text: string, date: string, ents: ReturnType<typeof entity>[]) =>
      importDocument(db, ingested(name, text, { issueDate: date, title: name }), { entities: ents, relations: [] });
    put("plan-2019.txt", A, "2019-03-01", [
      entity(A, "park", "海星产业园"),
      entity(A, "cluster", "蓝湾装备产业集群", ["蓝湾装备产业集群"]),
    ]);
    put("plan-2022.txt", B, "2022-06-01", [entity(B, "park", "海星产业园"), entity(B, "cluster", "深蓝海工产业集群")]);
  });
  afterAll(() => {
    db.close();
    tmp.cleanup();
  });

  it("a park planned in A and existing in B is a status change, with both sentences", () => {
    const c = compare(db, "plan-2019", "plan-2022");
    const ch = c.status_changed.find((x) => x.entity.name === "海星产业园");
    expect(ch).toMatchObject({ kind: "status", from: "planned", to: "existing" });
    if (ch?.kind !== "status") throw new Error("no status change");
    expect(ch.a.sentence).toContain("规划建设海星产业园");
    expect(ch.b.sentence).toContain("已建成");
    const h = entityHistory(db, ch.entity.id);
    expect(h?.steps.map((s) => [s.date, s.from, s.to])).toEqual([
      ["2019-03-01", null, "planned"],
      ["2022-06-01", "planned", "existing"],
    ]);
  });

  it("a cluster merged under curation is kept in both and listed as changed", () => {
    const before = compare(db, "plan-2019", "plan-2022");
    expect(before.only_a.entities.cluster.map((e) => e.name)).toEqual(["蓝湾装备产业集群"]);
    const id = (name: string) =>
      db.prepare<[string], number>("SELECT id FROM entities WHERE name = ?").pluck().get(name) as number;
    mergeEntities(db, { into: id("蓝湾装备产业集群"), from: [id("深蓝海工产业集群")] }, "tester");
    const after = compare(db, "plan-2019", "plan-2022");
    expect(after.both.entities.cluster.map((e) => e.name)).toEqual(["蓝湾装备产业集群"]);
    expect(after.only_a.entities.cluster).toEqual([]);
    const merged = after.status_changed.find((x) => x.kind === "merged");
    expect(merged).toMatchObject({ namesA: ["蓝湾装备产业集群"], namesB: ["深蓝海工产业集群"] });
  });
});
