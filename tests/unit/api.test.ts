// The handler table against a real knowledge base built from the bundled seeds.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { Stats } from "../../db/graph/index.ts";
import type { EntityDetail, GraphFilter, Subgraph } from "../../db/graph/types.ts";
import { importPaths } from "../../db/pipeline/index.ts";
import { openDatabase } from "../../db/store/open.ts";
import {
  API_NAMES,
  type Api,
  type ApiResult,
  createHandlers,
  dispatch,
  type HandlerTable,
  type HostDialogs,
} from "../../electron/api.ts";
import { KnowledgeBase } from "../../electron/knowledge-base.ts";
import type { Locale } from "../../electron/locale.ts";

const SEEDS = resolve(import.meta.dirname, "../../seeds");

let dir: string;
let kb: KnowledgeBase;
let table: HandlerTable;
let locale: Locale = "zh-CN";

/** A desktop whose save dialog answers `saveTo` (the page never names the place). */
const saving = (saveTo: string | null): HostDialogs => ({
  chooseDocuments: () => Promise.resolve([]),
  chooseExportTarget: () => Promise.resolve(saveTo),
});

function tableFor(k: KnowledgeBase, dialogs?: HostDialogs): HandlerTable {
  return createHandlers({
    kb: k,
    host: "desktop",
    version: "1.2.3",
    getLocale: () => locale,
    setLocale: (l) => {
      locale = l;
    },
    dialogs,
  });
}

async function ok<T = unknown>(name: string, input?: unknown, t: HandlerTable = table): Promise<T> {
  const r = await dispatch(t, name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
  return r.data as T;
}

async function fails(
  name: unknown,
  input: unknown,
  t: HandlerTable = table,
): Promise<{ code: string; message: string }> {
  const r: ApiResult<unknown> = await dispatch(t, name, input);
  if (r.ok) throw new Error(`${String(name)} unexpectedly succeeded`);
  return r.error;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kg-api-"));
  const file = join(dir, "kb.db");
  const db = openDatabase(file);
  const seeds = readdirSync(SEEDS).map((f) => join(SEEDS, f));
  const summary = await importPaths(db, seeds);
  expect(summary.rejected).toEqual([]);
  db.close();
  kb = new KnowledgeBase(file);
  table = tableFor(kb);
});

afterAll(async () => {
  await kb?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("input validation", () => {
  it("names an unknown handler without running anything", async () => {
    expect(await fails("dropEverything", {})).toMatchObject({ code: "unknown_handler" });
    expect(await fails(42, {})).toMatchObject({ code: "unknown_handler" });
    expect(await fails("__proto__", {})).toMatchObject({ code: "unknown_handler" });
  });

  it("rejects wrong types, naming the field", async () => {
    const e = await fails("entity", { id: "7" });
    expect(e.code).toBe("invalid_input");
    expect(e.message).toContain("id");
    expect(await fails("neighbourhood", { id: 1, depth: 99 })).toMatchObject({ code: "invalid_input" });
    expect(await fails("subgraph", { types: ["castle"] })).toMatchObject({ code: "invalid_input" });
    expect(await fails("search", { q: 5 })).toMatchObject({ code: "invalid_input" });
    expect(await fails("exportGraph", { format: "xlsx" })).toMatchObject({ code: "invalid_input" });
    expect(await fails("importFiles", { files: [{ name: "a.txt", base64: "not base64!" }] })).toMatchObject({
      code: "invalid_input",
    });
  });

  it("rejects missing fields and unknown keys", async () => {
    const e = await fails("path", { from: 1 });
    expect(e.code).toBe("invalid_input");
    expect(e.message).toContain("to");
    expect(await fails("entity", {})).toMatchObject({ code: "invalid_input" });
    expect(await fails("importFiles", {})).toMatchObject({ code: "invalid_input" });
    expect(await fails("stats", { everything: true })).toMatchObject({ code: "invalid_input" });
    expect(await fails("subgraph", { typo: ["park"] })).toMatchObject({ code: "invalid_input" });
    expect(await fails("entity", "1")).toMatchObject({ code: "invalid_input" });
  });

  it("treats a missing input as {} for handlers without input", async () => {
    expect(await ok("stats", undefined)).toMatchObject({ documents: 5 });
    expect(await ok("stats", null)).toMatchObject({ documents: 5 });
  });

  it("turns a failing handler into an internal error instead of crashing", async () => {
    const file = join(dir, "closed.db");
    const closed = new KnowledgeBase(file);
    await closed.close();
    const e = await fails("stats", {}, tableFor(closed));
    expect(e.code).toBe("internal");
    expect(e.message).toMatch(/not open/i);
  });
});

describe("handlers on the seed knowledge base", () => {
  it("meta describes the app and lists exactly the handler table", async () => {
    const meta = await ok<{ name: string; version: string; locale: string; handlers: string[] }>("meta");
    expect(meta).toMatchObject({
      name: "Policy Atlas",
      title: "政策图谱",
      version: "1.2.3",
      locale: "zh-CN",
      host: "desktop",
    });
    expect(meta.handlers).toEqual([...API_NAMES]);
    expect(Object.keys(table).sort()).toEqual([...API_NAMES].sort());
  });

  it("status says ready", async () => {
    expect(await ok("status")).toMatchObject({ phase: "ready", dbFile: join(dir, "kb.db") });
  });

  it("stats counts the five seeds and their entities", async () => {
    const s = await ok<{ documents: number; entities: number; relations: number; byType: Record<string, number> }>(
      "stats",
    );
    expect(s.documents).toBe(5);
    expect(s.entities).toBeGreaterThan(20);
    expect(s.relations).toBeGreaterThan(10);
    expect(Object.values(s.byType).reduce((a, b) => a + b, 0)).toBe(s.entities);
  });

  it("subgraph filters by type", async () => {
    const all = await ok<{ nodes: { id: number; type: string }[]; edges: { source: number; target: number }[] }>(
      "subgraph",
      {},
    );
    expect(all.nodes.length).toBeGreaterThan(20);
    const ids = new Set(all.nodes.map((n) => n.id));
    for (const e of all.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const parks = await ok<{ nodes: { type: string }[] }>("subgraph", { types: ["park"] });
    expect(parks.nodes.length).toBeGreaterThan(0);
    expect(parks.nodes.length).toBeLessThan(all.nodes.length);
    expect(parks.nodes.every((n) => n.type === "park")).toBe(true);
  });

  it("neighbourhood, path and entity agree with the subgraph", async () => {
    const all = await ok<{
      nodes: { id: number; name: string }[];
      edges: { source: number; target: number; type: string }[];
    }>("subgraph", {
      relationTypes: [
        "cluster_enterprise",
        "park_cluster",
        "cluster_platform",
        "department_cluster",
        "park_enterprise",
      ],
    });
    const edge = all.edges[0];
    expect(edge).toBeDefined();
    if (!edge) return;
    const hood = await ok<{ nodes: { id: number }[]; edges: unknown[] }>("neighbourhood", {
      id: edge.source,
      depth: 1,
    });
    expect(hood.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([edge.source, edge.target]));
    expect(hood.edges.length).toBeGreaterThan(0);

    const path = await ok<{ nodes: { id: number }[]; steps: unknown[] } | null>("path", {
      from: edge.source,
      to: edge.target,
    });
    expect(path?.nodes.map((n) => n.id)).toEqual([edge.source, edge.target]);
    expect(path?.steps).toHaveLength(1);

    const name = all.nodes.find((n) => n.id === edge.source)?.name;
    const detail = await ok<{ id: number; name: string; mentions: unknown[]; relations: unknown[] }>("entity", {
      id: edge.source,
    });
    expect(detail).toMatchObject({ id: edge.source, name });
    expect(detail.mentions.length).toBeGreaterThan(0);
    expect(detail.relations.length).toBeGreaterThan(0);
    expect(await ok("entity", { id: 9_999_999 })).toBeNull();
  });

  it("documents and document give the stored text", async () => {
    const docs = await ok<{ id: number; fileName: string; chars: number }[]>("documents");
    expect(docs.map((d) => d.fileName).sort()).toEqual(readdirSync(SEEDS).sort());
    const first = docs[0];
    if (!first) throw new Error("no documents");
    const full = await ok<{ id: number; text: string }>("document", { id: first.id });
    expect(full.text.length).toBe(first.chars);
    expect(await ok("document", { id: 9_999_999 })).toBeNull();
  });

  it("search finds an entity by its name; a blank query finds nothing", async () => {
    const { nodes } = await ok<{ nodes: { id: number; name: string }[] }>("subgraph", { types: ["enterprise"] });
    const target = nodes.find((n) => n.name.length >= 3);
    if (!target) throw new Error("no enterprise with a searchable name");
    const hits = await ok<{ kind: string; id: number }[]>("search", { q: target.name });
    expect(hits).toContainEqual(expect.objectContaining({ kind: "entity", id: target.id }));
    expect(await ok("search", { q: "   " })).toEqual([]);
  });

  it("exportGraph returns file contents, and writes only where the user chose in a save dialog", async () => {
    const json = await ok<{ files: { name: string; content: string }[]; written: string[] }>("exportGraph", {
      format: "json",
    });
    expect(json.files).toHaveLength(1);
    expect(() => JSON.parse(json.files[0]?.content ?? "")).not.toThrow();
    const csv = await ok<{ files: { name: string; content: string }[] }>("exportGraph", {
      format: "csv",
      filter: { types: ["park"] },
    });
    expect(csv.files.map((f) => f.name).sort()).toEqual(["edges.csv", "nodes.csv"]);
    expect(csv.files[0]?.content.startsWith("\uFEFF")).toBe(true);

    const target = join(dir, "export", "graph.graphml");
    // The page never names a path, on either host.
    expect(await fails("exportGraph", { format: "graphml", path: target })).toMatchObject({ code: "not_allowed" });
    expect(await fails("exportGraph", { format: "graphml", path: target }, tableFor(kb, saving(target)))).toMatchObject(
      { code: "not_allowed" },
    );
    expect(await fails("exportGraph", { format: "graphml", saveAs: true })).toMatchObject({ code: "not_allowed" });
    expect(existsSync(target)).toBe(false);
    const written = await ok<{ written: string[] }>(
      "exportGraph",
      { format: "graphml", saveAs: true },
      tableFor(kb, saving(target)),
    );
    expect(written.written).toEqual([target]);
    expect(readFileSync(target, "utf8")).toContain("<graphml");
    const cancelled = await ok("exportGraph", { format: "json", saveAs: true }, tableFor(kb, saving(null)));
    expect(cancelled).toMatchObject({ written: [], cancelled: true });

    // Only export-shaped targets, even from the dialog: never a file of another kind.
    const precious = join(dir, "kb.db");
    const writer = tableFor(kb, saving(precious));
    expect(await fails("exportGraph", { format: "json", saveAs: true }, writer)).toMatchObject({
      code: "not_allowed",
    });
    expect(await fails("exportGraph", { format: "csv", saveAs: true }, writer)).toMatchObject({
      code: "not_allowed",
    });
    expect(await ok("stats")).toMatchObject({ documents: 5 });
  });

  it("setLocale changes what meta reports", async () => {
    expect(await ok("setLocale", { locale: "en" })).toEqual({ locale: "en" });
    expect(await ok("meta")).toMatchObject({ locale: "en" });
    expect(await fails("setLocale", { locale: "fr" })).toMatchObject({ code: "invalid_input" });
    await ok("setLocale", { locale: "zh-CN" });
  });
});

// Runs last: it changes the knowledge base.
describe("importFiles", () => {
  const notice =
    "威海市人民政府办公室关于推进智能制造产业集群发展的通知\n\n一、市工业和信息化局负责推进威海智能制造产业集群建设。\n";
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

  it("imports an upload once; the same bytes again are unchanged", async () => {
    const first = await ok<{ documents: number; unchanged: number; rejected: unknown[] }>("importFiles", {
      files: [{ name: "C:\\Users\\x\\notice.txt", base64: b64(notice) }],
    });
    expect(first).toMatchObject({ documents: 1, unchanged: 0, rejected: [] });
    const again = await ok("importFiles", { files: [{ name: "notice.txt", base64: b64(notice) }] });
    expect(again).toMatchObject({ documents: 0, unchanged: 1 });
    const docs = await ok<{ fileName: string }[]>("documents");
    expect(docs.map((d) => d.fileName)).toContain("notice.txt");
    expect(await ok("stats")).toMatchObject({ documents: 6 });
  });

  it("refuses paths from the page; imports what the user chose in the dialog, by a one-time handle", async () => {
    const seed = join(SEEDS, readdirSync(SEEDS)[0] ?? "");
    expect(await fails("importFiles", { paths: [seed] })).toMatchObject({ code: "not_allowed" });
    expect(await fails("chooseImport", {})).toMatchObject({ code: "not_available" });
    const desktop = tableFor(kb, {
      chooseDocuments: () => Promise.resolve([seed, join(dir, "kb.db")]),
      chooseExportTarget: () => Promise.resolve(null),
    });
    expect(await fails("importFiles", { paths: [seed] }, desktop)).toMatchObject({ code: "not_allowed" });
    const chosen = await ok<{ handle: string; names: string[] }>("chooseImport", {}, desktop);
    expect(chosen.names).toEqual([basename(seed), "kb.db"]);
    expect(JSON.stringify(chosen)).not.toContain(dir);
    const r = await ok<{ unchanged: number; rejected: { file: string; reason: string }[] }>(
      "importFiles",
      { handle: chosen.handle },
      desktop,
    );
    expect(await fails("importFiles", { handle: chosen.handle }, desktop)).toMatchObject({ code: "not_found" });
    expect(r.unchanged).toBe(1);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.reason).toBeTruthy();
    expect(await ok("stats")).toMatchObject({ documents: 6 });
  });

  it("rejects an undecodable upload with a reason and changes nothing", async () => {
    const before = await ok<{ documents: number }>("stats");
    const r = await ok<{ documents: number; rejected: { file: string; reason: string }[] }>("importFiles", {
      files: [{ name: "broken.docx", base64: Buffer.from("this is not a zip archive").toString("base64") }],
    });
    expect(r.documents).toBe(0);
    expect(r.rejected).toEqual([expect.objectContaining({ file: "broken.docx" })]);
    expect(await ok("stats")).toEqual(before);
  });
});

describe("the Api type the renderer imports", () => {
  it("maps each handler to its input and db/graph output", () => {
    expectTypeOf<Api["stats"]>().returns.resolves.toEqualTypeOf<Stats>();
    expectTypeOf<Api["subgraph"]>().returns.resolves.toEqualTypeOf<Subgraph>();
    expectTypeOf<Api["entity"]>().returns.resolves.toEqualTypeOf<EntityDetail | null>();
    expectTypeOf<Parameters<Api["subgraph"]>[0]>().toExtend<GraphFilter>();
    expectTypeOf<{ id: number }>().toExtend<Parameters<Api["neighbourhood"]>[0]>();
  });
});
