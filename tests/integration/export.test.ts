// Every export format parsed back: what Gephi, Cytoscape and Excel will read.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvField } from "../../db/export/formats.ts";
import { exportGraph } from "../../db/export/index.ts";
import { subgraph } from "../../db/graph/index.ts";
import { importDocument } from "../../db/pipeline/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
import { docA, docB, docC, ODD_NAME, tempDir } from "./support/corpus.ts";
import { descendants, parseXml } from "./support/xml.ts";

let tmp: ReturnType<typeof tempDir>;
let db: DB;

beforeAll(() => {
  tmp = tempDir();
  db = openDatabase(join(tmp.dir, "kb.sqlite"));
  for (const f of [docA, docB, docC]) importDocument(db, f().doc, f().extraction);
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

/** RFC 4180 reader, enough to check what we write. */
function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && src[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      (row = []), (field = ""), i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe("export", () => {
  const all = () => subgraph(db, {});

  it("json holds nodes, edges and documents", () => {
    const [file, ...rest] = exportGraph(db, "json");
    expect(rest).toEqual([]);
    const data = JSON.parse(file?.content ?? "") as {
      nodes: { name: string; aliases: string[] }[];
      edges: unknown[];
      documents: unknown[];
    };
    expect(data.nodes).toHaveLength(all().nodes.length);
    expect(data.edges).toHaveLength(all().edges.length);
    expect(data.documents).toHaveLength(3);
    expect(data.nodes.map((n) => n.name)).toContain("山东省碳纤维技术创新中心");
  });

  it("csv gives nodes.csv and edges.csv with a BOM, CRLF rows and Chinese intact", () => {
    const files = exportGraph(db, "csv");
    expect(files.map((f) => f.name)).toEqual(["nodes.csv", "edges.csv"]);
    const [nodes, edges] = files;
    expect(nodes?.content.startsWith("\uFEFF")).toBe(true);
    expect(edges?.content.startsWith("\uFEFF")).toBe(true);
    const nodeRows = parseCsv(nodes?.content.slice(1) ?? "");
    expect(nodeRows[0]?.slice(0, 4)).toEqual(["id", "key", "name", "type"]);
    expect(nodeRows).toHaveLength(all().nodes.length + 1);
    expect(nodeRows.map((r) => r[2])).toContain(ODD_NAME); // quotes survive the round trip
    expect(nodeRows.map((r) => r[2])).toContain("威海火炬高技术产业开发区");
    const edgeRows = parseCsv(edges?.content.slice(1) ?? "");
    expect(edgeRows).toHaveLength(all().edges.length + 1);
    expect(
      edgeRows.some((r) => r[3] === "威海火炬高技术产业开发区" && r[4] === "碳纤维" && r[5] === "park_cluster"),
    ).toBe(true);
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField(null)).toBe("");
  });

  it("graphml is well-formed, declares its attributes and has every node and edge", () => {
    const [file] = exportGraph(db, "graphml");
    const root = parseXml(file?.content ?? "");
    expect(root.name).toBe("graphml");
    const keys = descendants(root, "key").map((k) => `${k.attrs.for}:${k.attrs["attr.name"]}`);
    expect(keys).toEqual(
      expect.arrayContaining(["node:type", "node:level", "node:status", "node:degree", "edge:type", "edge:weight"]),
    );
    const nodes = descendants(root, "node");
    expect(nodes).toHaveLength(all().nodes.length);
    expect(descendants(root, "edge")).toHaveLength(all().edges.length);
    const labels = nodes.map((n) => n.children.find((c) => c.attrs.key === "label")?.text);
    expect(labels).toContain(ODD_NAME);
    const ids = new Set(nodes.map((n) => n.attrs.id));
    for (const e of descendants(root, "edge")) expect(ids.has(e.attrs.source) && ids.has(e.attrs.target)).toBe(true);
  });

  it("gexf 1.3 is well-formed, declares its attributes and has every node and edge", () => {
    const [file] = exportGraph(db, "gexf");
    const root = parseXml(file?.content ?? "");
    expect(root.attrs).toMatchObject({ xmlns: "http://gexf.net/1.3", version: "1.3" });
    const declared = descendants(root, "attributes").map((a) => [a.attrs.class, a.children.map((c) => c.attrs.title)]);
    expect(declared).toEqual([
      ["node", expect.arrayContaining(["type", "level", "status", "degree"])],
      ["edge", expect.arrayContaining(["type"])],
    ]);
    const nodes = descendants(root, "node");
    expect(nodes).toHaveLength(all().nodes.length);
    expect(nodes.map((n) => n.attrs.label)).toContain(ODD_NAME);
    const edges = descendants(root, "edge");
    expect(edges).toHaveLength(all().edges.length);
    expect(edges.every((e) => Number(e.attrs.weight) >= 1)).toBe(true);
  });

  it("applies the subgraph filter", () => {
    const [file] = exportGraph(db, "graphml", { types: ["enterprise"] });
    const root = parseXml(file?.content ?? "");
    expect(descendants(root, "node")).toHaveLength(subgraph(db, { types: ["enterprise"] }).nodes.length);
    expect(() => parseXml("<a><b></a></b>")).toThrow(); // the checker itself rejects bad XML
    expect(() => parseXml('<a x="1 & 2"/>')).toThrow();
  });
});
