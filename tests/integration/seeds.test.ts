// The real pipeline on the real seeds: readDocument → extract → store → graph.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entityDetail, getDocument, listDocuments, search, shortestPath, subgraph } from "../../db/graph/index.ts";
import { type ImportSummary, importFile, importPaths } from "../../db/pipeline/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
import { TABLES, tempDir } from "./support/corpus.ts";

const SEEDS = join(import.meta.dirname, "..", "..", "seeds");
let tmp: ReturnType<typeof tempDir>;
let db: DB;
let summary: ImportSummary;

function counts(): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, db.prepare<[], number>(`SELECT count(*) FROM ${t}`).pluck().get() ?? 0]),
  );
}

beforeAll(async () => {
  tmp = tempDir();
  db = openDatabase(join(tmp.dir, "kb.sqlite"));
  summary = await importPaths(db, [SEEDS]);
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

describe("the seeds in a real database", () => {
  it("import every seed with entities and relations", () => {
    expect(summary).toMatchObject({ documents: 5, unchanged: 0, rejected: [] });
    expect(summary.entities).toBeGreaterThan(100);
    expect(summary.relations).toBeGreaterThan(50);
  });

  it("a second import is a no-op", async () => {
    const before = counts();
    const again = await importPaths(db, [SEEDS]);
    expect(again).toMatchObject({ documents: 0, unchanged: 5, entities: 0, relations: 0 });
    expect(counts()).toEqual(before);
  });

  it("a bad file is rejected with its reason and changes nothing", async () => {
    const before = counts();
    const bad = join(tmp.dir, "broken.docx");
    writeFileSync(bad, "not a zip");
    const out = await importFile(db, bad);
    expect(out.status).toBe("rejected");
    expect(out.reason).toMatch(/docx/);
    expect(counts()).toEqual(before);
  });

  it("resolves entities across documents: some entity is mentioned in several seeds", () => {
    const shared = db
      .prepare<[], { name: string; docs: number }>(
        "SELECT e.name, count(DISTINCT m.document_id) AS docs FROM entities e JOIN mentions m ON m.entity_id = e.id GROUP BY e.id HAVING docs >= 2",
      )
      .all();
    expect(shared.length).toBeGreaterThan(5);
    // Stable keys are unique; no two entities of a type share a resolution key.
    const dup = db
      .prepare("SELECT type, resolution_key, count(*) AS n FROM entities GROUP BY type, resolution_key HAVING n > 1")
      .all();
    expect(dup).toEqual([]);
  });

  it("every mention and evidence span lies inside its document and reads as its surface", () => {
    const bad = db
      .prepare(
        `SELECT m.id FROM mentions m JOIN documents d ON d.id = m.document_id
         WHERE m."end" > d.chars OR substr(d.text, m.start + 1, m."end" - m.start) <> m.surface LIMIT 5`,
      )
      .all();
    expect(bad).toEqual([]);
    expect(
      db
        .prepare(
          "SELECT count(*) AS n FROM relations WHERE weight <> (SELECT count(*) FROM evidence v WHERE v.relation_id = relations.id)",
        )
        .get(),
    ).toEqual({ n: 0 });
  });

  it("search finds 威高 (2 characters) and 碳纤维 (3) in names and text", () => {
    for (const q of ["威高", "碳纤维"]) {
      const hits = search(db, q);
      expect(hits.some((h) => h.kind === "entity" && h.label.includes(q))).toBe(true);
      expect(hits.some((h) => h.kind === "document")).toBe(true);
    }
  });

  it("entity details cite the document the official way", () => {
    const list = listDocuments(db);
    const withNumber = list.find((d) => d.docNumber);
    expect(withNumber).toBeDefined();
    const doc = getDocument(db, withNumber?.id ?? -1);
    const mention = doc?.mentions.find((m) => m.type === "enterprise") ?? doc?.mentions[0];
    const detail = entityDetail(db, mention?.entityId ?? -1);
    const m = detail?.mentions.find((x) => x.documentId === doc?.id);
    expect(m?.sentence.length).toBeGreaterThan(0);
    expect(m?.citation.text).toMatch(/^《.+》/);
    expect(m && m.sentence.slice(m.start - m.sentenceStart, m.end - m.sentenceStart)).toBe(m?.surface);
  });

  it("the typed graph has paths between connected entities", () => {
    const g = subgraph(db, {
      relationTypes: ["cluster_enterprise", "cluster_platform", "park_cluster", "enterprise_platform"],
      hideIsolated: true,
    });
    expect(g.nodes.length).toBeGreaterThan(10);
    const e = g.edges[0];
    const p = e ? shortestPath(db, e.source, e.target) : null;
    expect(p?.edges).toHaveLength(1);
    expect(p?.steps[0]?.evidence).toBeTruthy();
  });
});
