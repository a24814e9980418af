// Saved views on a real SQLite file built from the seeds: storage, order, survival across
// reopening, and exact restoration after a later import added entities next to them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neighbourhood, subgraph } from "../../db/graph/index.ts";
import { importPaths } from "../../db/pipeline/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
import {
  deleteView,
  duplicateView,
  getView,
  listViews,
  renameView,
  reorderViews,
  saveView,
  ViewError,
  viewGraph,
} from "../../db/views/index.ts";
import { LATER_CLUSTER, LATER_ENTERPRISE, type SeedKb, seedKb, writeLaterDoc } from "./views-kb.ts";

let kb: SeedKb;
let db: DB;

beforeAll(async () => {
  kb = await seedKb();
  db = kb.db;
});
afterAll(() => {
  db.close();
  kb.cleanup();
});

const names = () => listViews(db).map((v) => v.name);
const idOf = (key: string) => db.prepare<[string], number>("SELECT id FROM entities WHERE key = ?").pluck().get(key);

function expectViewError(fn: () => unknown, message: RegExp, code: "invalid" | "not_found" = "invalid"): void {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(ViewError);
  expect((caught as ViewError).message).toMatch(message);
  expect((caught as ViewError).code).toBe(code);
}

describe("saving and listing views", () => {
  it("freezes what the filter shows when no entity keys are given", () => {
    const filter = { types: ["cluster" as const, "park" as const] };
    const v = saveView(db, {
      name: "集群与园区",
      filter,
      caption: { title: "全市产业集群与园区", note: "按园区分布" },
    });
    const g = subgraph(db, filter);
    expect(g.nodes.length).toBeGreaterThan(10);
    expect(v.state.entityKeys).toEqual(g.nodes.map((n) => n.key));
    expect(v.state.relations).toHaveLength(g.edges.length);
    expect(v.state.caption).toEqual({ title: "全市产业集群与园区", note: "按园区分布" });
    expect(v.position).toBe(0);
  });

  it("appends new views at the end of the list", () => {
    saveView(db, { name: "企业", filter: { types: ["enterprise"] } });
    saveView(db, { name: "部门", filter: { types: ["department"] } });
    expect(names()).toEqual(["集群与园区", "企业", "部门"]);
    expect(listViews(db).map((v) => v.position)).toEqual([0, 1, 2]);
    const summary = listViews(db)[1];
    expect(summary?.entityCount).toBe(subgraph(db, { types: ["enterprise"] }).nodes.length);
  });

  it("stores selection, focus, positions by key, camera, label size and spotlight", () => {
    const hub = idOf(LATER_CLUSTER);
    expect(hub).toBeDefined();
    const g = neighbourhood(db, hub as number, 1);
    const keys = g.nodes.map((n) => n.key);
    const positions = Object.fromEntries(keys.map((k, i) => [k, { x: i * 40.5, y: 5 - i * 12.25 }]));
    const v = saveView(db, {
      name: "新一代信息技术",
      entityKeys: keys,
      relationIds: g.edges.map((e) => e.id),
      selection: [LATER_CLUSTER],
      focus: { kind: "entity", key: LATER_CLUSTER, depth: 1 },
      positions: { ...positions, "enterprise:不在视图里的企业": { x: 1, y: 1 } },
      camera: { zoom: 1.75, pan: { x: -120, y: 48 } },
      labelSize: 14,
      spotlight: { enabled: true, keys: [LATER_CLUSTER], dim: 0.2 },
    });
    const back = getView(db, v.id);
    expect(back?.state.entityKeys).toEqual(keys);
    expect(back?.state.relations).toHaveLength(g.edges.length);
    expect(back?.state.positions).toEqual(positions);
    expect(back?.state.selection).toEqual([LATER_CLUSTER]);
    expect(back?.state.focus).toEqual({ kind: "entity", key: LATER_CLUSTER, depth: 1 });
    expect(back?.state.camera).toEqual({ zoom: 1.75, pan: { x: -120, y: 48 } });
    expect(back?.state.labelSize).toBe(14);
    expect(back?.state.spotlight).toEqual({ enabled: true, keys: [LATER_CLUSTER], dim: 0.2 });
  });

  it("updates a view in place, keeping what the update leaves out", () => {
    const v = listViews(db).find((x) => x.name === "新一代信息技术");
    const before = getView(db, v?.id ?? 0);
    const after = saveView(db, { id: v?.id, caption: { title: "信息技术集群一张图" }, labelSize: 16 });
    expect(after.id).toBe(v?.id);
    expect(after.state.caption.title).toBe("信息技术集群一张图");
    expect(after.state.labelSize).toBe(16);
    expect(after.state.entityKeys).toEqual(before?.state.entityKeys);
    expect(after.state.positions).toEqual(before?.state.positions);
    expect(after.state.camera).toEqual(before?.state.camera);
    expect(listViews(db)).toHaveLength(4);
  });
});

describe("bad input changes nothing", () => {
  it("refuses unknown entity keys, naming them", () => {
    const before = listViews(db);
    expectViewError(
      () => saveView(db, { name: "坏视图", entityKeys: [LATER_CLUSTER, "cluster:并不存在的集群"] }),
      /unknown entities: cluster:并不存在的集群/u,
    );
    expect(listViews(db)).toEqual(before);
  });

  it("refuses relations outside the view, a selection outside it, and blank names", () => {
    const before = listViews(db);
    const hub = idOf(LATER_CLUSTER) as number;
    const g = neighbourhood(db, hub, 1);
    const edge = g.edges[0];
    expect(edge).toBeDefined();
    expectViewError(
      () => saveView(db, { name: "x", entityKeys: [LATER_CLUSTER], relationIds: [edge?.id as number] }),
      /outside the view/u,
    );
    expectViewError(
      () => saveView(db, { name: "x", entityKeys: [LATER_CLUSTER], relationIds: [99_999_999] }),
      /unknown relations: 99999999/u,
    );
    const other = g.nodes.find((n) => n.key !== LATER_CLUSTER)?.key as string;
    expectViewError(
      () => saveView(db, { name: "x", entityKeys: [LATER_CLUSTER], selection: [other] }),
      /not in the view/u,
    );
    expectViewError(() => saveView(db, { name: "   " }), /needs a name/u);
    expectViewError(() => saveView(db, { id: 424_242, name: "x" }), /no saved view with id 424242/u, "not_found");
    expect(listViews(db)).toEqual(before);
  });
});

describe("rename, reorder, duplicate, delete", () => {
  it("renames", () => {
    const id = listViews(db)[1]?.id as number;
    renameView(db, id, "  重点企业  ");
    expect(names()[1]).toBe("重点企业");
    expectViewError(() => renameView(db, id, ""), /needs a name/u);
    expect(names()[1]).toBe("重点企业");
  });

  it("reorders, and refuses an order that does not list every view once", () => {
    const ids = listViews(db).map((v) => v.id);
    const wanted = [ids[3], ids[0], ids[2], ids[1]] as number[];
    reorderViews(db, wanted);
    expect(listViews(db).map((v) => v.id)).toEqual(wanted);
    expect(listViews(db).map((v) => v.position)).toEqual([0, 1, 2, 3]);
    expectViewError(() => reorderViews(db, wanted.slice(1)), /must list every view/u);
    expectViewError(() => reorderViews(db, [...wanted, wanted[0] as number]), /more than once/u);
    expectViewError(() => reorderViews(db, [...wanted, 777_777]), /no saved view with id 777777/u, "not_found");
    expect(listViews(db).map((v) => v.id)).toEqual(wanted);
  });

  it("duplicates right after the original; the copy is independent", () => {
    const original = listViews(db)[0];
    const copy = duplicateView(db, original?.id as number);
    expect(copy.name).toBe(`${original?.name} (2)`);
    expect(
      listViews(db)
        .map((v) => v.id)
        .indexOf(copy.id),
    ).toBe(1);
    expect(copy.state).toEqual(getView(db, original?.id as number)?.state);
    saveView(db, { id: copy.id, caption: { title: "副本标题" }, positions: {} });
    expect(getView(db, original?.id as number)?.state.caption.title).toBe(original?.caption.title);
    expect(Object.keys(getView(db, original?.id as number)?.state.positions ?? {}).length).toBeGreaterThan(0);
    const third = duplicateView(db, original?.id as number);
    expect(third.name).toBe(`${original?.name} (3)`);
    expect(listViews(db).map((v) => v.position)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("deletes, closing the gap in the order", () => {
    const [first, second] = listViews(db);
    deleteView(db, second?.id as number);
    expect(getView(db, second?.id as number)).toBeNull();
    expect(listViews(db).map((v) => v.position)).toEqual([0, 1, 2, 3, 4]);
    expect(listViews(db)[0]?.id).toBe(first?.id);
    expectViewError(() => deleteView(db, second?.id as number), /no saved view/u, "not_found");
    expect(listViews(db)).toHaveLength(5);
  });
});

describe("views survive closing and reopening the database file", () => {
  it("lists the same views with the same state", () => {
    const before = listViews(db).map((v) => getView(db, v.id));
    db.close();
    db = openDatabase(kb.file);
    expect(listViews(db).map((v) => getView(db, v.id))).toEqual(before);
  });
});

describe("restoring a view after new documents were imported", () => {
  it("brings back the same entities at the same positions, leaving new ones out", async () => {
    const view = listViews(db).find((v) => v.name === "新一代信息技术");
    expect(view).toBeDefined();
    const id = view?.id as number;
    const before = viewGraph(db, id);
    const filterBefore = subgraph(db, { types: ["cluster", "enterprise"] });
    const frozen = saveView(db, { name: "集群与企业", filter: { types: ["cluster", "enterprise"] } });
    expect(idOf(LATER_ENTERPRISE)).toBeUndefined();

    const summary = await importPaths(db, [writeLaterDoc(kb.dir)]);
    expect(summary.documents).toBe(1);
    expect(idOf(LATER_ENTERPRISE)).toBeDefined();
    // The live graph did change around the view's hub…
    const hub = idOf(LATER_CLUSTER) as number;
    expect(neighbourhood(db, hub, 1).nodes.map((n) => n.key)).toContain(LATER_ENTERPRISE);
    expect(subgraph(db, { types: ["cluster", "enterprise"] }).nodes.length).toBeGreaterThan(filterBefore.nodes.length);

    // …the views did not.
    const after = viewGraph(db, id);
    expect(after.nodes.map((n) => n.key)).toEqual(before.nodes.map((n) => n.key));
    expect(after.nodes.map((n) => n.position)).toEqual(before.nodes.map((n) => n.position));
    expect(after.nodes.every((n) => n.position !== null)).toBe(true);
    expect(after.edges.map((e) => e.id)).toEqual(before.edges.map((e) => e.id));
    expect(after.nodes.map((n) => n.key)).not.toContain(LATER_ENTERPRISE);
    expect(after.view.state.camera).toEqual(before.view.state.camera);
    expect(after.missing).toEqual({ entities: [], relations: [] });

    const frozenAfter = viewGraph(db, frozen.id);
    expect(frozenAfter.nodes.map((n) => n.key)).toEqual(filterBefore.nodes.map((n) => n.key));
    expect(frozenAfter.edges).toHaveLength(filterBefore.edges.length);

    // Updating the view with its filter takes the new entities in.
    const updated = saveView(db, { id: frozen.id, filter: { types: ["cluster", "enterprise"] } });
    expect(updated.state.entityKeys).toContain(LATER_ENTERPRISE);
  });

  it("reports saved keys that no longer resolve and shows the rest", () => {
    const view = listViews(db).find((v) => v.name === "新一代信息技术");
    const g = viewGraph(db, view?.id as number);
    const gone = g.nodes.find((n) => n.key !== LATER_CLUSTER && n.type === "enterprise") ?? g.nodes[1];
    const goneEdges = g.edges.filter((e) => e.source === gone?.id || e.target === gone?.id).length;
    db.prepare("DELETE FROM entities WHERE key = ?").run(gone?.key);
    const after = viewGraph(db, view?.id as number);
    expect(after.missing.entities).toEqual([gone?.key]);
    expect(after.missing.relations).toHaveLength(goneEdges);
    expect(after.nodes).toHaveLength(g.nodes.length - 1);
    expect(after.edges).toHaveLength(g.edges.length - goneEdges);
  });

  it("names an unknown view", () => {
    expectViewError(() => viewGraph(db, 31_337), /no saved view with id 31337/u, "not_found");
  });
});
