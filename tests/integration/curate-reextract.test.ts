// The re-extraction guarantee and annotations transfer, on knowledge bases built from the real
// seeds: curate, re-extract everything (same or changed extractor), and every decision still
// holds; export the annotations, import them into a fresh knowledge base, and get the same
// curated state; importing twice changes nothing; clashes and missing targets are reported.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addAlias,
  CurationError,
  createEntity,
  createRelation,
  editEntity,
  exportAnnotations,
  importAnnotations,
  mergeEntities,
  orphans,
  setReview,
  splitEntity,
  undo,
} from "../../db/curate/index.ts";
import { extract } from "../../db/extract/index.ts";
import { importDocument, importPaths, reextractAll } from "../../db/pipeline/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
import type { IngestedDoc } from "../../db/types.ts";
import {
  ACTOR,
  type CuratedState,
  curatedState,
  editCount,
  entityId,
  row,
  SEEDS,
  seededDb,
  tempDir,
} from "./curate-helpers.ts";

let tmp: ReturnType<typeof tempDir>;
let db: DB;

interface E {
  id: number;
  key: string;
  name: string;
  type: string;
}

/** What the curation below did, by key, to check each decision after re-extraction. */
const k = {
  renamed: "",
  newName: "",
  mergedInto: "",
  mergedAway: "",
  mergedAwayName: "",
  rejected: "",
  confirmed: "",
  split: "",
  splitName: "",
  relConfirmed: "",
  manual: "enterprise:手工录入测试企业",
  undone: "",
};

function pick(sql: string, ...params: unknown[]): E {
  return row<E>(db, sql, ...params);
}

/** A curator's session: every kind of decision, plus one that is undone and must stay undone. */
function curate(): void {
  const renamed = pick(
    "SELECT id, key, name, type FROM entities WHERE type = 'enterprise' AND review = 'unreviewed' ORDER BY id LIMIT 1",
  );
  k.renamed = renamed.key;
  k.newName = `${renamed.name}（规范名）`;
  editEntity(db, { id: renamed.id, name: k.newName, level: "city", note: "名称已核实", tags: ["核实"] }, ACTOR);
  addAlias(db, { id: renamed.id, alias: "核实别名" }, ACTOR);

  const pair = row<{ a: number; b: number }>(
    db,
    `SELECT r1.target_id AS a, r2.target_id AS b FROM relations r1
     JOIN relations r2 ON r2.type = r1.type AND r2.source_id = r1.source_id AND r2.target_id > r1.target_id
     JOIN entities ea ON ea.id = r1.target_id JOIN entities eb ON eb.id = r2.target_id
     WHERE r1.type = 'cluster_enterprise' AND ea.type = eb.type AND ea.id <> ? AND eb.id <> ? ORDER BY r1.id LIMIT 1`,
    renamed.id,
    renamed.id,
  );
  const a = pick("SELECT id, key, name, type FROM entities WHERE id = ?", pair.a);
  const b = pick("SELECT id, key, name, type FROM entities WHERE id = ?", pair.b);
  k.mergedInto = a.key;
  k.mergedAway = b.key;
  k.mergedAwayName = b.name;
  mergeEntities(db, { into: a.id, from: [b.id] }, ACTOR);

  const rejected = pick(
    "SELECT id, key, name, type FROM entities WHERE type = 'cluster' AND review = 'unreviewed' ORDER BY id DESC LIMIT 1",
  );
  k.rejected = rejected.key;
  setReview(db, { kind: "entity", id: rejected.id, state: "rejected" }, ACTOR);
  const confirmed = pick(
    "SELECT id, key, name, type FROM entities WHERE type = 'department' AND review = 'unreviewed' ORDER BY id LIMIT 1",
  );
  k.confirmed = confirmed.key;
  setReview(db, { kind: "entity", id: confirmed.id, state: "confirmed" }, ACTOR);

  const rel = row<{ id: number; ref: string }>(
    db,
    `SELECT r.id, r.type || ' ' || s.key || ' → ' || t.key AS ref FROM relations r
     JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
     WHERE r.type = 'department_responsible' AND r.review = 'unreviewed' ORDER BY r.id LIMIT 1`,
  );
  k.relConfirmed = rel.ref;
  setReview(db, { kind: "relation", id: rel.id, state: "confirmed" }, ACTOR);
  const relRejected = row<{ id: number }>(
    db,
    "SELECT id FROM relations WHERE type = 'park_cluster' AND review = 'unreviewed' ORDER BY id LIMIT 1",
  );
  setReview(db, { kind: "relation", id: relRejected.id, state: "rejected" }, ACTOR);

  const split = pick(
    `SELECT e.id, e.key, e.name, e.type FROM entities e JOIN mentions m ON m.entity_id = e.id
     WHERE e.type = 'platform' GROUP BY e.id HAVING count(DISTINCT m.document_id) >= 2 ORDER BY count(*) DESC LIMIT 1`,
  );
  k.split = split.key;
  k.splitName = `${split.name}（分出）`;
  const firstDoc = row<{ d: number }>(db, "SELECT min(document_id) AS d FROM mentions WHERE entity_id = ?", split.id).d;
  const chosen = db
    .prepare<[number, number], number>("SELECT id FROM mentions WHERE entity_id = ? AND document_id = ?")
    .pluck()
    .all(split.id, firstDoc);
  splitEntity(db, { id: split.id, mentionIds: chosen, name: k.splitName }, ACTOR);

  const doc = row<{ id: number; text: string }>(db, "SELECT id, text FROM documents ORDER BY id DESC LIMIT 1");
  const at = doc.text.indexOf("。", 50) + 1;
  const manual = createEntity(
    db,
    { documentId: doc.id, start: at, end: at + 3, type: "enterprise", name: "手工录入测试企业" },
    ACTOR,
  );
  createRelation(
    db,
    {
      type: "enterprise_platform",
      source: manual.entityId ?? 0,
      target: entityId(db, k.split),
      evidence: { documentId: doc.id, start: at, end: at + 10 },
    },
    ACTOR,
  );

  const undone = pick("SELECT id, key, name, type FROM entities WHERE type = 'park' ORDER BY id LIMIT 1");
  k.undone = undone.key;
  editEntity(db, { id: undone.id, name: "撤销了的改名" }, ACTOR);
  undo(db, ACTOR);
}

/** Each decision of curate(), read back by key. */
function expectDecisionsInForce(s: CuratedState): void {
  expect(s.entities[k.renamed]).toMatchObject({ name: k.newName, level: "city", note: "名称已核实" });
  expect(s.entities[k.renamed]?.aliases).toContain("核实别名");
  expect(s.entities[k.mergedAway]).toBeUndefined();
  expect(s.entities[k.mergedInto]?.aliases).toContain(k.mergedAwayName);
  expect(s.entities[k.rejected]?.review).toBe("rejected");
  expect(s.entities[k.confirmed]?.review).toBe("confirmed");
  expect(s.relations[k.relConfirmed]?.review).toBe("confirmed");
  expect(Object.values(s.relations).filter((r) => r.review === "rejected")).toHaveLength(1);
  expect(Object.values(s.entities).find((e) => e.name === k.splitName)?.mentions.length).toBeGreaterThan(0);
  expect(s.entities[k.manual]).toMatchObject({ origin: "user", review: "confirmed" });
  expect(s.entities[k.manual]?.mentions).toHaveLength(1);
  expect(
    Object.entries(s.relations).find(([ref]) => ref.startsWith(`enterprise_platform ${k.manual} `))?.[1],
  ).toMatchObject({
    origin: "user",
    weight: 1,
  });
  expect(s.entities[k.undone]?.name).not.toBe("撤销了的改名");
}

let curated: CuratedState;

beforeAll(async () => {
  tmp = tempDir();
  db = await seededDb(join(tmp.dir, "kb.sqlite"));
  curate();
  curated = curatedState(db);
  expectDecisionsInForce(curated);
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

describe("re-extraction keeps every decision", () => {
  it("re-importing the same files changes nothing", async () => {
    const summary = await importPaths(db, [SEEDS]);
    expect(summary.documents).toBe(0);
    expect(curatedState(db)).toEqual(curated);
  });

  it("re-extracting every document gives the same curated state", () => {
    const edits = editCount(db);
    const report = reextractAll(db, ACTOR);
    expect(report.orphans).toEqual([]);
    expect(report.documents).toBeGreaterThan(0);
    expect(curatedState(db)).toEqual(curated);
    expect(editCount(db)).toBe(edits + 1); // the re-extraction itself is in the history
  });

  it("a changed extractor that loses an entity orphans its decisions, reports them, and keeps them", () => {
    const dropped = k.renamed;
    const without = (doc: IngestedDoc) => {
      const x = extract({ text: doc.text, sections: doc.sections, fileName: doc.fileName });
      return {
        entities: x.entities.filter((e) => e.key !== dropped),
        relations: x.relations.filter((r) => r.source !== dropped && r.target !== dropped),
      };
    };
    const report = reextractAll(db, ACTOR, { extract: without });
    const lost = report.orphans.filter((o) => o.missing.includes(dropped));
    expect(lost.map((o) => o.action).sort()).toEqual(["addAlias", "editEntity"]);
    expect(orphans(db).map((o) => o.editId)).toEqual(report.orphans.map((o) => o.editId));
    // Everything else still holds.
    const s = curatedState(db);
    expect(s.entities[dropped]).toBeUndefined();
    expect(s.entities[k.rejected]?.review).toBe("rejected");
    expect(s.entities[k.manual]?.origin).toBe("user");

    // The extractor finds it again: the kept decisions apply again.
    const back = reextractAll(db, ACTOR);
    expect(back.orphans).toEqual([]);
    expect(curatedState(db)).toEqual(curated);
  });

  it("a new document naming a merged-away entity lands on the merge target", () => {
    const name = k.mergedAwayName;
    const text = `测试文件：${name}在本市新建生产线。\n`;
    const start = text.indexOf(name);
    const doc: IngestedDoc = {
      fileName: "curate-new.txt",
      sha256: "f".repeat(63) + "0",
      format: "txt",
      encoding: "utf-8",
      text,
      title: "测试文件",
      docNumber: null,
      issueDate: null,
      issuer: null,
      sections: [],
      parts: [],
    };
    const type = k.mergedAway.slice(0, k.mergedAway.indexOf(":")) as "enterprise";
    const out = importDocument(db, doc, {
      entities: [
        {
          key: k.mergedAway,
          type,
          name,
          level: null,
          status: "existing",
          mentions: [{ start, end: start + name.length, surface: name }],
          rule: "test",
          confidence: 0.9,
        },
      ],
      relations: [],
    });
    expect(out.status).toBe("imported");
    const s = curatedState(db);
    expect(s.entities[k.mergedAway]).toBeUndefined();
    expect(s.entities[k.mergedInto]?.mentions).toContain(`${doc.sha256}:${start}-${start + name.length}`);

    // A variant the resolver equates with the merged-away name (company form added) follows it too.
    const variant = `${name}有限公司`;
    const text2 = `另一测试文件：${variant}扩大产能。\n`;
    const at = text2.indexOf(variant);
    const out2 = importDocument(
      db,
      { ...doc, fileName: "curate-new-2.txt", sha256: `${"e".repeat(63)}0`, text: text2 },
      {
        entities: [
          {
            key: `${type}:${variant}`,
            type,
            name: variant,
            level: null,
            status: "existing",
            mentions: [{ start: at, end: at + variant.length, surface: variant }],
            rule: "test",
            confidence: 0.9,
          },
        ],
        relations: [],
      },
    );
    expect(out2.status).toBe("imported");
    const s2 = curatedState(db);
    expect(s2.entities[`${type}:${variant}`]).toBeUndefined();
    expect(s2.entities[k.mergedInto]?.mentions).toContain(`${"e".repeat(63)}0:${at}-${at + variant.length}`);
  });
});

describe("annotations export and import", () => {
  let second: DB;
  let third: DB;
  let file: { name: string; content: string; count: number };

  beforeAll(async () => {
    file = exportAnnotations(db);
    second = await seededDb(join(tmp.dir, "second.sqlite"));
    third = await seededDb(join(tmp.dir, "third.sqlite"));
  });
  afterAll(() => {
    second.close();
    third.close();
  });

  it("exports the decisions in force by key, never by row id", () => {
    const parsed = JSON.parse(file.content) as { format: string; decisions: { decision: Record<string, unknown> }[] };
    expect(parsed.format).toBe("policy-atlas-annotations");
    expect(parsed.decisions.length).toBe(file.count);
    expect(file.content).not.toMatch(/"(id|entityId|documentId)"\s*:/);
    expect(parsed.decisions.some((d) => JSON.stringify(d).includes("撤销了的改名"))).toBe(false);
  });

  it("importing into a fresh knowledge base from the same seeds gives the same curated state", () => {
    const report = importAnnotations(second, file.content, "导入者");
    expect(report).toMatchObject({ total: file.count, applied: file.count, unchanged: 0, conflicts: [], orphans: [] });
    expect(curatedState(second)).toEqual(curated);
  });

  it("importing the same file twice changes nothing the second time", () => {
    const edits = editCount(second);
    const report = importAnnotations(second, file.content, "导入者");
    expect(report).toMatchObject({ applied: 0, unchanged: file.count, conflicts: [], orphans: [] });
    expect(editCount(second)).toBe(edits);
    expect(curatedState(second)).toEqual(curated);
    // And into the knowledge base it came from.
    expect(importAnnotations(db, file.content, ACTOR).unchanged).toBe(file.count);
  });

  it("an imported decision is undoable like any other", () => {
    const before = curatedState(second);
    const last = undo(second, "导入者");
    expect(last?.actor).toBe("导入者");
    expect(curatedState(second)).not.toEqual(before);
  });

  it("reports a rename onto a name already taken as a conflict and a missing entity as an orphan", () => {
    // In the third knowledge base another enterprise already carries the new name.
    const other = row<{ id: number }>(
      third,
      "SELECT id FROM entities WHERE type = 'enterprise' AND key <> ? AND key <> ? AND key <> ? ORDER BY id DESC LIMIT 1",
      k.renamed,
      k.mergedInto,
      k.mergedAway,
    );
    editEntity(third, { id: other.id, name: k.newName }, ACTOR);
    const parsed = JSON.parse(file.content) as { decisions: { decision: unknown }[] };
    parsed.decisions.push({
      decision: { kind: "setReview", entity: "enterprise:并不存在的测试公司", state: "confirmed" },
    });
    const content = JSON.stringify(parsed);
    const report = importAnnotations(third, content, "导入者");
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]?.reason).toContain(k.newName);
    expect(report.orphans.map((o) => o.decision)).toEqual([
      { kind: "setReview", entity: "enterprise:并不存在的测试公司", state: "confirmed" },
    ]);
    expect(report.applied).toBe(report.total - 2);
    // The orphan is kept and listed, not dropped.
    expect(orphans(third).some((o) => o.missing.includes("enterprise:并不存在的测试公司"))).toBe(true);
    const edits = editCount(third);
    const again = importAnnotations(third, content, "导入者");
    expect(again.applied).toBe(0);
    expect(again.orphans).toEqual([]);
    expect(again.conflicts).toHaveLength(1);
    expect(editCount(third)).toBe(edits);
  });

  it("decisions about a document this knowledge base lacks wait as orphans and apply when it arrives", async () => {
    const files = readdirSync(SEEDS).sort();
    const last = files[files.length - 1] ?? "";
    const partial = openDatabase(join(tmp.dir, "partial.sqlite"));
    try {
      await importPaths(
        partial,
        files.slice(0, -1).map((f) => join(SEEDS, f)),
      );
      const report = importAnnotations(partial, file.content, "导入者");
      // The manual entity was made from a selection in the missing document.
      expect(report.orphans.map((o) => o.decision.kind)).toContain("createEntity");
      expect(orphans(partial).length).toBeGreaterThanOrEqual(report.orphans.length);
      await importPaths(partial, [join(SEEDS, last)]);
      expect(orphans(partial)).toEqual([]);
      expect(curatedState(partial)).toEqual(curated);
    } finally {
      partial.close();
    }
  });

  it("refuses a file that is not an annotations file, changing nothing", () => {
    const edits = editCount(third);
    for (const bad of [
      "{",
      JSON.stringify({ format: "other" }),
      JSON.stringify({ format: "policy-atlas-annotations", version: 1, decisions: [{ decision: { kind: "drop" } }] }),
    ]) {
      expect(() => importAnnotations(third, bad, ACTOR)).toThrow(CurationError);
    }
    expect(editCount(third)).toBe(edits);
  });
});
