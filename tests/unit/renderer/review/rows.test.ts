// The review table's filters and sort, and the choices offered when merging or relating two
// entities (pure parts of renderer/review and renderer/curation).
import { describe, expect, it } from "vitest";
import { bestSurvivor, relationChoices } from "../../../../renderer/curation/relation-ends.ts";
import { NO_FILTERS, type Row, visibleRows } from "../../../../renderer/review/rows.ts";

const row = (over: Partial<Row>): Row => ({
  kind: "entity",
  id: 1,
  label: "甲",
  type: "enterprise",
  state: "unreviewed",
  confidence: 0.9,
  rule: "r1",
  origin: "extracted",
  docs: [1],
  sentence: "甲在乙。",
  marks: [[0, 1]],
  at: null,
  ...over,
});

describe("review rows", () => {
  const rows = [
    row({ id: 1, label: "丙", confidence: 0.3, rule: "a" }),
    row({ id: 2, label: "甲", confidence: 0.9, rule: "b", docs: [2] }),
    row({ kind: "relation", id: 1, label: "甲 → 乙", type: "park_enterprise", confidence: 0.6, rule: "a" }),
    row({ id: 3, label: "乙", state: "confirmed", rule: "a" }),
  ];
  const title = () => "";
  it("filters by kind, rule, document, confidence band and state, and sorts by a column", () => {
    const by = (f: Partial<typeof NO_FILTERS>, key: "confidence" | "label" = "confidence") =>
      visibleRows(rows, { ...NO_FILTERS, ...f }, { key, dir: 1 }, new Set(), title).map((r) => `${r.kind}:${r.id}`);
    expect(by({})).toEqual(["entity:1", "relation:1", "entity:2"]);
    expect(by({ rule: "a" })).toEqual(["entity:1", "relation:1"]);
    expect(by({ kind: "relation" })).toEqual(["relation:1"]);
    expect(by({ document: "2" })).toEqual(["entity:2"]);
    expect(by({ confidence: "low" })).toEqual(["entity:1"]);
    expect(by({ state: "" }, "label")).toHaveLength(4);
    expect(by({ text: "丙" })).toEqual(["entity:1"]);
  });
  it("keeps rows decided this session in the list so the cursor does not jump", () => {
    const decided = rows.map((r) => (r.id === 2 && r.kind === "entity" ? { ...r, state: "rejected" as const } : r));
    const keep = new Set(["entity:2"]);
    expect(visibleRows(decided, NO_FILTERS, { key: "confidence", dir: 1 }, keep, title)).toHaveLength(3);
    expect(visibleRows(decided, NO_FILTERS, { key: "confidence", dir: 1 }, new Set(), title)).toHaveLength(2);
  });
});

describe("merge and relate", () => {
  it("keeps the best-connected entity, then the most mentioned, whatever the picking order", () => {
    const a = { id: 1, degree: 5, mentionCount: 40 };
    const b = { id: 2, degree: 113, mentionCount: 3 };
    expect(bestSurvivor([a, b])?.id).toBe(2);
    expect(bestSurvivor([b, a])?.id).toBe(2);
    expect(bestSurvivor([a, { id: 3, degree: 5, mentionCount: 41 }])?.id).toBe(3);
  });
  it("offers only the relation types that join the two types, in their direction", () => {
    expect(relationChoices("department", "department")).toEqual([]);
    expect(relationChoices("enterprise", "cluster")).toEqual([{ type: "cluster_enterprise", reversed: true }]);
    expect(relationChoices("department", "cluster").map((c) => c.type)).toEqual([
      "department_cluster",
      "department_responsible",
    ]);
    expect(relationChoices("park", "department")).toEqual([{ type: "department_responsible", reversed: true }]);
  });
});
