// The curation entries of the handler table: each refuses malformed input (and changes
// nothing) and does its job on valid input, against a real knowledge base from the seeds.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "../../db/pipeline/index.ts";
import { openDatabase } from "../../db/store/open.ts";
import { type ApiResult, createHandlers, dispatch, type HandlerTable, type HostDialogs } from "../../electron/api.ts";
import { KnowledgeBase } from "../../electron/knowledge-base.ts";

const SEEDS = resolve(import.meta.dirname, "../../seeds");
let dir: string;
let kb: KnowledgeBase;
let table: HandlerTable;
let desktop: HandlerTable;
let saveTo: string | null = null;

const tableFor = (dialogs?: HostDialogs): HandlerTable =>
  createHandlers({
    kb,
    host: "desktop",
    version: "0.0.0",
    getLocale: () => "zh-CN",
    setLocale: () => undefined,
    dialogs,
    actor: "审校员",
  });

async function ok<T = Record<string, unknown>>(name: string, input: unknown = {}): Promise<T> {
  const r = await dispatch(table, name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
  return r.data as T;
}

const edits = (): number => kb.db.prepare<[], number>("SELECT count(*) FROM edits").pluck().get() ?? 0;

/** Malformed input: invalid_input naming the handler, and no edit recorded. */
async function rejects(name: string, input: unknown, code = "invalid_input"): Promise<string> {
  const before = edits();
  const r: ApiResult<unknown> = await dispatch(table, name, input);
  expect(r.ok).toBe(false);
  if (r.ok) return "";
  expect(r.error.code).toBe(code);
  expect(edits()).toBe(before);
  return r.error.message;
}

function one<T>(sql: string, ...params: unknown[]): T {
  const r = kb.db.prepare(sql).get(...params) as T | undefined;
  if (r === undefined) throw new Error(`no row: ${sql}`);
  return r;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kg-api-curate-"));
  const file = join(dir, "kb.db");
  const db = openDatabase(file);
  expect((await importPaths(db, [SEEDS])).rejected).toEqual([]);
  db.close();
  kb = new KnowledgeBase(file);
  table = tableFor();
  desktop = tableFor({
    chooseDocuments: () => Promise.resolve([]),
    chooseExportTarget: () => Promise.resolve(saveTo),
  });
});
afterAll(async () => {
  await kb?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("curation handlers", () => {
  it("editEntity", async () => {
    const e = one<{ id: number; name: string }>(
      "SELECT id, name FROM entities WHERE type = 'park' ORDER BY id LIMIT 1",
    );
    expect(await rejects("editEntity", { id: e.id })).toContain("at least one field");
    await rejects("editEntity", { id: e.id, level: "county" });
    await rejects("editEntity", { id: "1", name: "x" });
    await rejects("editEntity", { id: e.id, name: "x", sql: "DROP TABLE entities" });
    const out = await ok<{ editId: number; canUndo: boolean }>("editEntity", {
      id: e.id,
      name: "  新名称园区 ",
      note: "备注",
    });
    expect(out.canUndo).toBe(true);
    expect(one<{ name: string; note: string }>("SELECT name, note FROM entities WHERE id = ?", e.id)).toEqual({
      name: "新名称园区",
      note: "备注",
    });
    await rejects("editEntity", { id: 99_999_999, name: "x" }, "not_found");
  });

  it("addAlias and removeAlias", async () => {
    const e = one<{ id: number }>("SELECT id FROM entities WHERE type = 'platform' ORDER BY id LIMIT 1");
    await rejects("addAlias", { id: e.id, alias: "" });
    await rejects("removeAlias", { id: e.id });
    await ok("addAlias", { id: e.id, alias: "别名甲" });
    expect(kb.db.prepare("SELECT 1 FROM aliases WHERE entity_id = ? AND alias = '别名甲'").get(e.id)).toBeDefined();
    await ok("removeAlias", { id: e.id, alias: "别名甲" });
    expect(kb.db.prepare("SELECT 1 FROM aliases WHERE entity_id = ? AND alias = '别名甲'").get(e.id)).toBeUndefined();
  });

  it("mergeEntities", async () => {
    const [a, b] = kb.db
      .prepare<[], { id: number; name: string }>(
        "SELECT id, name FROM entities WHERE type = 'enterprise' ORDER BY id LIMIT 2",
      )
      .all();
    if (!a || !b) throw new Error("seeds have enterprises");
    await rejects("mergeEntities", { into: a.id, from: [] });
    await rejects("mergeEntities", { into: a.id, from: a.id });
    const out = await ok<{ entityId: number }>("mergeEntities", { into: a.id, from: [b.id] });
    expect(out.entityId).toBe(a.id);
    expect(kb.db.prepare("SELECT 1 FROM entities WHERE id = ?").get(b.id)).toBeUndefined();
  });

  it("splitEntity", async () => {
    const e = one<{ id: number; m: number }>(
      "SELECT entity_id AS id, min(id) AS m FROM mentions GROUP BY entity_id HAVING count(*) >= 2 ORDER BY entity_id LIMIT 1",
    );
    await rejects("splitEntity", { id: e.id, mentionIds: [], name: "分出" });
    await rejects("splitEntity", { id: e.id, mentionIds: [e.m] });
    const out = await ok<{ entityId: number }>("splitEntity", { id: e.id, mentionIds: [e.m], name: "分出的实体" });
    expect(one<{ entity_id: number }>("SELECT entity_id FROM mentions WHERE id = ?", e.m).entity_id).toBe(out.entityId);
  });

  it("setReview", async () => {
    const r = one<{ id: number }>("SELECT id FROM relations ORDER BY id LIMIT 1");
    await rejects("setReview", { kind: "relation", id: r.id, state: "approved" });
    await rejects("setReview", { kind: "document", id: r.id, state: "confirmed" });
    await ok("setReview", { kind: "relation", id: r.id, state: "rejected" });
    expect(one<{ review: string }>("SELECT review FROM relations WHERE id = ?", r.id).review).toBe("rejected");
  });

  it("createEntity, createRelation and deleteUserItem", async () => {
    const doc = one<{ id: number; text: string }>("SELECT id, text FROM documents ORDER BY id LIMIT 1");
    await rejects("createEntity", { documentId: doc.id, start: 10, end: 10, type: "park" });
    await rejects("createEntity", { documentId: doc.id, start: 10, end: 12, type: "city" });
    await rejects("createEntity", { documentId: doc.id, start: -1, end: 12, type: "park" });
    await rejects("createEntity", { documentId: doc.id, start: 0, end: doc.text.length + 5, type: "park" });
    const made = await ok<{ entityId: number }>("createEntity", {
      documentId: doc.id,
      start: 20,
      end: 24,
      type: "enterprise",
      name: "界面新建企业",
    });
    const other = one<{ id: number }>("SELECT id FROM entities WHERE type = 'cluster' ORDER BY id LIMIT 1");
    await rejects("createRelation", { type: "owns", source: other.id, target: made.entityId });
    await rejects("createRelation", {
      type: "cluster_enterprise",
      source: other.id,
      target: made.entityId,
      evidence: { documentId: doc.id, start: 5 },
    });
    const rel = await ok<{ relationId: number }>("createRelation", {
      type: "cluster_enterprise",
      source: other.id,
      target: made.entityId,
      evidence: { documentId: doc.id, start: 0, end: 30 },
    });
    expect(one<{ weight: number }>("SELECT weight FROM relations WHERE id = ?", rel.relationId).weight).toBe(1);
    await rejects("deleteUserItem", { kind: "entity" });
    await ok("deleteUserItem", { kind: "relation", id: rel.relationId });
    await ok("deleteUserItem", { kind: "entity", id: made.entityId });
    expect(kb.db.prepare("SELECT 1 FROM entities WHERE id = ?").get(made.entityId)).toBeUndefined();
    const extracted = one<{ id: number }>("SELECT id FROM entities WHERE origin = 'extracted' LIMIT 1");
    await rejects("deleteUserItem", { kind: "entity", id: extracted.id });
  });

  it("undo, redo and history", async () => {
    await rejects("undo", { steps: 2 });
    await rejects("redo", { all: true });
    await rejects("history", { limit: 0 });
    const u = await ok<{ edit: { action: string; actor: string }; canRedo: boolean }>("undo");
    expect(u.edit.action).toBe("deleteEntity");
    expect(u.canRedo).toBe(true);
    const r = await ok<{ edit: { action: string } }>("redo");
    expect(r.edit.action).toBe("deleteEntity");
    const h = await ok<{ edits: { action: string; actor: string }[]; total: number }>("history", {
      newestFirst: true,
      limit: 3,
    });
    expect(h.edits.map((e) => e.action)).toEqual(["redo", "undo", "deleteEntity"]);
    expect(h.edits.every((e) => e.actor === "审校员")).toBe(true);
  });

  it("reviewQueue and orphans", async () => {
    await rejects("reviewQueue", { limit: 10_000 });
    await rejects("orphans", { all: true });
    const q = await ok<{ items: { score: number }[]; total: number }>("reviewQueue", { limit: 10 });
    expect(q.items).toHaveLength(10);
    expect(q.total).toBeGreaterThan(10);
    expect(await ok<unknown[]>("orphans")).toEqual([]);
  });

  it("exportAnnotations and importAnnotations", async () => {
    await rejects("exportAnnotations", { format: "xml" });
    const exp = await ok<{ content: string; count: number; name: string }>("exportAnnotations");
    expect(exp.count).toBeGreaterThan(0);
    expect(exp.name).toMatch(/\.json$/);
    await rejects("importAnnotations", {});
    expect(await rejects("importAnnotations", { content: "not json" })).toContain("not a JSON file");
    const again = await ok<{ unchanged: number; applied: number }>("importAnnotations", { content: exp.content });
    expect(again).toMatchObject({ applied: 0, unchanged: exp.count });
    // Writing a file: only on the desktop, only where its save dialog said, only a .json file.
    const web = await dispatch(table, "exportAnnotations", { saveAs: true });
    expect(web.ok ? "" : web.error.code).toBe("not_allowed");
    const named = await dispatch(desktop, "exportAnnotations", { path: join(dir, "a.json") });
    expect(named.ok ? "" : named.error.code).toBe("not_allowed");
    saveTo = join(dir, "a.txt");
    const bad = await dispatch(desktop, "exportAnnotations", { saveAs: true });
    expect(bad.ok ? "" : bad.error.code).toBe("not_allowed");
    saveTo = join(dir, "a.json");
    const good = await dispatch(desktop, "exportAnnotations", { saveAs: true });
    expect(good.ok).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "a.json"), "utf8")).decisions).toHaveLength(exp.count);
  });

  it("reextract", async () => {
    await rejects("reextract", { documents: [1] });
    const before = kb.db.prepare<[], number>("SELECT count(*) FROM edits WHERE undone = 0").pluck().get();
    const out = await ok<{ documents: number; orphans: unknown[] }>("reextract");
    expect(out.documents).toBe(one<{ n: number }>("SELECT count(*) AS n FROM documents").n);
    expect(out.orphans).toEqual([]);
    expect(kb.db.prepare<[], number>("SELECT count(*) FROM edits WHERE undone = 0").pluck().get()).toBe(
      (before ?? 0) + 1,
    );
  });
});
