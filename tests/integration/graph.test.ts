// Graph queries the UI relies on, over the hand-made corpus in a real SQLite file.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  entityDetail,
  getDocument,
  listDocuments,
  neighbourhood,
  search,
  shortestPath,
  stats,
  subgraph,
} from "../../db/graph/index.ts";
import { importDocument } from "../../db/pipeline/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
import { docA, docB, docC, NUMBER_A, SENTENCE_A5, SENTENCE_A6, TITLE_A, tempDir } from "./support/corpus.ts";

let tmp: ReturnType<typeof tempDir>;
let db: DB;
const docIds: number[] = [];

function id(name: string): number {
  const row = db.prepare<[string], number>("SELECT id FROM entities WHERE name = ?").pluck().get(name);
  if (row === undefined) throw new Error(`no entity ${name}`);
  return row;
}
const names = (nodes: { name: string }[]): string[] => nodes.map((n) => n.name).sort();

beforeAll(() => {
  tmp = tempDir();
  db = openDatabase(join(tmp.dir, "kb.sqlite"));
  for (const f of [docA, docB, docC]) {
    const { doc, extraction } = f();
    const out = importDocument(db, doc, extraction);
    if (out.documentId === undefined) throw new Error(`fixture not imported: ${out.reason}`);
    docIds.push(out.documentId);
  }
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

describe("stats", () => {
  it("counts documents, entities by type and relations by type", () => {
    const s = stats(db);
    expect(s.documents).toBe(3);
    expect(s.byType.platform).toBe(2);
    expect(s.byType.cluster).toBe(1);
    expect(s.byRelation.co_mention).toBe(1);
    expect(s.entities).toBe(Object.values(s.byType).reduce((a, b) => a + b, 0));
  });
});

describe("subgraph", () => {
  it("without a filter returns every entity and relation", () => {
    const g = subgraph(db, {});
    expect(g.nodes.length).toBe(g.totalNodes);
    expect(g.edges.length).toBe(g.totalEdges);
    const carbon = g.nodes.find((n) => n.name === "碳纤维");
    expect(carbon?.degree).toBeGreaterThanOrEqual(5); // co_mention does not count
    expect(carbon?.mentionCount).toBe(3);
  });

  it("filters by entity type and keeps only edges among the kept nodes", () => {
    const g = subgraph(db, { types: ["park", "cluster"] });
    expect(names(g.nodes)).toEqual(["威海火炬高技术产业开发区", "碳纤维"]);
    expect(g.edges.map((e) => e.type)).toEqual(["park_cluster"]);
  });

  it("filters by relation type, level, status and document", () => {
    expect(subgraph(db, { relationTypes: ["cluster_platform"] }).edges).toHaveLength(1);
    expect(names(subgraph(db, { levels: ["national"] }).nodes)).toEqual([
      "医用植入器械国家工程实验室",
      "威海火炬高技术产业开发区",
    ]);
    expect(names(subgraph(db, { status: ["planned"] }).nodes)).toEqual(["医用植入器械国家工程实验室"]);
    expect(names(subgraph(db, { documents: [docIds[2] ?? -1] }).nodes)).toEqual(['R&D<测试>"公司"', "好当家集团"]);
  });

  it("minDegree and hideIsolated drop weakly connected and unconnected nodes", () => {
    const all = subgraph(db, {});
    const strong = subgraph(db, { minDegree: 2 });
    expect(strong.nodes.every((n) => n.degree >= 2)).toBe(true);
    expect(names(strong.nodes)).toContain("碳纤维");
    expect(names(strong.nodes)).not.toContain("光威复材");
    const connected = subgraph(db, { hideIsolated: true });
    expect(names(all.nodes)).toContain("好当家集团");
    expect(names(connected.nodes)).not.toContain("好当家集团");
  });

  it("hides rejected entities and relations unless the review filter asks for them", () => {
    const gw = id("光威复材");
    db.prepare("UPDATE entities SET review = 'rejected' WHERE id = ?").run(gw);
    try {
      const shown = subgraph(db, {});
      expect(shown.nodes.map((n) => n.id)).not.toContain(gw);
      expect(shown.edges.some((e) => e.source === gw || e.target === gw)).toBe(false);
      const rejected = subgraph(db, { review: ["rejected"] });
      expect(rejected.nodes.map((n) => n.id)).toEqual([gw]);
    } finally {
      db.prepare("UPDATE entities SET review = 'unreviewed' WHERE id = ?").run(gw);
    }
  });

  it("text filter matches names and aliases, also with two characters", () => {
    const weigao = names(subgraph(db, { text: "威高" }).nodes);
    expect(weigao).toContain("威高集团");
    expect(weigao).not.toContain("碳纤维");
    expect(names(subgraph(db, { text: "技术创新" }).nodes)).toEqual(["山东省碳纤维技术创新中心"]);
  });
});

describe("neighbourhood", () => {
  it("depth 1 holds direct neighbours, depth 2 their neighbours too", () => {
    const park = id("威海火炬高技术产业开发区");
    const one = neighbourhood(db, park, 1);
    expect(names(one.nodes)).toEqual(["威海火炬高技术产业开发区", "碳纤维"]);
    const two = neighbourhood(db, park, 2);
    expect(names(two.nodes)).toEqual(
      expect.arrayContaining([
        "光威复材",
        "山东省碳纤维技术创新中心",
        "市工业和信息化局",
        "威海火炬高技术产业开发区",
        "碳纤维",
      ]),
    );
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(names(two.nodes)).not.toContain("医用植入器械国家工程实验室"); // three hops away
    expect(neighbourhood(db, 999_999, 2).nodes).toEqual([]);
  });

  it("keeps at most filter.limit nodes, each hop its share by degree, and says how many it found", () => {
    const park = id("威海火炬高技术产业开发区");
    const all = neighbourhood(db, park, 2);
    expect(all.matchedNodes).toBeUndefined(); // nothing cut
    const capped = neighbourhood(db, park, 2, { limit: 3 });
    expect(capped.nodes.length).toBe(3);
    expect(capped.order).toBe("degree");
    expect(capped.matchedNodes).toBeGreaterThan(3);
    expect(capped.matchedNodes).toBeLessThanOrEqual(all.nodes.length);
    expect(capped.nodes.map((n) => n.id)).toContain(park);
    // the edges are those among the nodes kept
    const kept = new Set(capped.nodes.map((n) => n.id));
    expect(capped.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
    // one hop kept by degree: the best-connected of the park's neighbours
    const one = neighbourhood(db, park, 1);
    const hub = one.nodes.filter((n) => n.id !== park).sort((a, b) => b.degree - a.degree || a.id - b.id)[0];
    expect(
      neighbourhood(db, park, 1, { limit: 2 })
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual([park, hub?.id].sort());
  });
});

describe("shortestPath", () => {
  it("finds the fewest typed hops, ignoring direction, with evidence and citation per step", () => {
    const p = shortestPath(db, id("威海火炬高技术产业开发区"), id("光威复材"));
    expect(p).not.toBeNull();
    expect(names(p?.nodes ?? [])).toEqual(["光威复材", "威海火炬高技术产业开发区", "碳纤维"]);
    expect(p?.steps.map((s) => s.evidence)).toEqual([SENTENCE_A6, SENTENCE_A5]);
    expect(p?.steps[0]?.citation?.text).toBe(`《${TITLE_A}》（${NUMBER_A}）二、6`);
  });

  it("does not walk co_mention links unless asked", () => {
    const from = id("光威复材");
    const to = id("威高集团");
    expect(shortestPath(db, from, to)?.edges.map((e) => e.type)).toEqual(["cluster_enterprise", "cluster_enterprise"]);
    expect(shortestPath(db, from, to, { relationTypes: ["co_mention"] })?.edges.map((e) => e.type)).toEqual([
      "co_mention",
    ]);
  });

  it("returns null when no path exists", () => {
    expect(shortestPath(db, id("好当家集团"), id("碳纤维"))).toBeNull();
  });
});

describe("entityDetail", () => {
  it("gives each mention its sentence and an official-style citation", () => {
    const d = entityDetail(db, id("光威复材"));
    expect(d?.mentions).toHaveLength(1);
    const m = d?.mentions[0];
    expect(m?.sentence).toBe(SENTENCE_A5);
    expect(m && m.sentence.slice(m.start - m.sentenceStart, m.end - m.sentenceStart)).toBe("光威复材");
    expect(m?.citation).toMatchObject({
      section: "二、5",
      docNumber: NUMBER_A,
      text: `《${TITLE_A}》（${NUMBER_A}）二、5`,
    });
    expect(d?.relations.map((r) => [r.type, r.direction, r.other.name])).toEqual([
      ["cluster_enterprise", "in", "碳纤维"],
      ["co_mention", "in", "威高集团"],
    ]);
    expect(d?.relations[0]?.evidence[0]?.sentence).toBe(SENTENCE_A5);
  });

  it("lists the documents an entity appears in; a document without 文号 or sections cites by title", () => {
    const d = entityDetail(db, id("碳纤维"));
    expect(d?.documents.map((x) => x.mentions)).toEqual([2, 1]);
    const inB = d?.mentions.find((m) => m.documentId === docIds[1]);
    expect(inB?.citation.text).toBe("《威高医疗器械产业发展报告》");
    expect(inB?.sentence).toBe("碳纤维产业集群持续壮大，威高是其重点企业。");
    expect(entityDetail(db, 999_999)).toBeNull();
  });
});

describe("documents", () => {
  it("lists documents with entity counts", () => {
    const list = listDocuments(db);
    expect(list).toHaveLength(3);
    const a = list.find((d) => d.id === docIds[0]);
    expect(a).toMatchObject({ title: TITLE_A, docNumber: NUMBER_A, entityCount: 6, format: "txt", encoding: "utf-8" });
  });

  it("returns a document in full with sections, parts and mentions at the right offsets", () => {
    const d = getDocument(db, docIds[0] ?? -1);
    expect(d?.sections.map((s) => s.path)).toEqual(["一", "二", "二、5", "二、6"]);
    expect(d?.parts[0]).toMatchObject({ title: TITLE_A, docNumber: NUMBER_A });
    for (const m of d?.mentions ?? []) expect(m.end).toBeGreaterThan(m.start);
    const texts = (d?.mentions ?? []).map((m) => d?.text.slice(m.start, m.end));
    expect(texts).toContain("威海火炬高技术产业开发区");
    expect(getDocument(db, 999_999)).toBeNull();
  });
});

describe("search", () => {
  it("finds entities and documents by a 2-character Chinese query", () => {
    const hits = search(db, "光威");
    expect(hits.filter((h) => h.kind === "entity").map((h) => h.label)).toEqual(["光威复材"]);
    const doc = hits.find((h) => h.kind === "document");
    expect(doc?.id).toBe(docIds[0]);
    expect(doc?.snippet).toContain("光威复材");
  });

  it("finds entities and documents by a 3+-character query through the trigram index", () => {
    const hits = search(db, "碳纤维");
    const entities = hits.filter((h) => h.kind === "entity").map((h) => h.label);
    expect(entities[0]).toBe("碳纤维"); // exact name first
    expect(entities).toContain("山东省碳纤维技术创新中心");
    expect(
      hits
        .filter((h) => h.kind === "document")
        .map((h) => h.id)
        .sort(),
    ).toEqual([docIds[0], docIds[1]].sort());
    const a = hits.find((h) => h.kind === "document" && h.id === docIds[0]);
    expect(a?.matchStart).toBe(getDocument(db, docIds[0] ?? -1)?.text.indexOf("碳纤维"));
  });

  it("finds an entity by an alias, a single character, and nothing for absent text or FTS syntax", () => {
    expect(search(db, "威海市人民政府").length).toBe(0);
    expect(search(db, "港").some((h) => h.kind === "document" && h.id === docIds[2])).toBe(true);
    expect(search(db, '"碳纤维 OR')).toEqual([]);
    expect(search(db, "   ")).toEqual([]);
  });
});
