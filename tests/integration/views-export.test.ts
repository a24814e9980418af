// A saved view exported in every format and drawn as SVG, each parsed back: the exact
// entities and relations of the view, with its positions where the format carries them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphToSvg } from "../../db/briefing/svg.ts";
import { viewToSvg } from "../../db/briefing/view-svg.ts";
import { exportGraph } from "../../db/export/index.ts";
import { neighbourhood } from "../../db/graph/index.ts";
import type { DB } from "../../db/store/open.ts";
import { saveView, ViewError, type ViewGraph, viewGraph } from "../../db/views/index.ts";
import { descendants, parseXml, type XmlElement } from "./support/xml.ts";
import { LATER_CLUSTER, type SeedKb, seedKb } from "./views-kb.ts";

let kb: SeedKb;
let db: DB;
let g: ViewGraph;
let unplaced: string;

beforeAll(async () => {
  kb = await seedKb();
  db = kb.db;
  const hub = db
    .prepare<[string], number>("SELECT id FROM entities WHERE key = ?")
    .pluck()
    .get(LATER_CLUSTER) as number;
  const n = neighbourhood(db, hub, 1);
  // Every node placed but one, to see both cases.
  unplaced = n.nodes[n.nodes.length - 1]?.key as string;
  const positions = Object.fromEntries(
    n.nodes.filter((x) => x.key !== unplaced).map((x, i) => [x.key, { x: 100 + i * 37.5, y: 250 - i * 20 }]),
  );
  const v = saveView(db, {
    name: "信息技术",
    entityKeys: n.nodes.map((x) => x.key),
    relationIds: n.edges.map((e) => e.id),
    positions,
  });
  g = viewGraph(db, v.id);
});
afterAll(() => {
  db.close();
  kb.cleanup();
});

const one = (files: { name: string; content: string }[]) => {
  expect(files).toHaveLength(1);
  return files[0]?.content ?? "";
};
const child = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

describe("exporting a saved view", () => {
  it("has a graph worth testing", () => {
    expect(g.nodes.length).toBeGreaterThan(5);
    expect(g.edges.length).toBeGreaterThan(5);
    expect(g.nodes.filter((n) => n.position === null).map((n) => n.key)).toEqual([unplaced]);
  });

  it("json: exactly the view's nodes and edges, with positions", () => {
    const data = JSON.parse(one(exportGraph(db, "json", { viewId: g.view.id }))) as {
      nodes: { id: number; key: string; position?: { x: number; y: number } }[];
      edges: { id: number }[];
    };
    expect(data.nodes.map((n) => n.key)).toEqual(g.nodes.map((n) => n.key));
    expect(data.edges.map((e) => e.id)).toEqual(g.edges.map((e) => e.id));
    for (const n of data.nodes) expect(n.position).toEqual(g.view.state.positions[n.key]);
  });

  it("csv: BOM, Chinese intact, x/y columns, one row per node and edge", () => {
    const [nodes, edges] = exportGraph(db, "csv", { viewId: g.view.id });
    expect(nodes?.content.startsWith("\uFEFF")).toBe(true);
    expect(
      Buffer.from(nodes?.content ?? "", "utf8")
        .subarray(0, 3)
        .toString("hex"),
    ).toBe("efbbbf");
    const rows = (nodes?.content ?? "").slice(1).trimEnd().split("\r\n");
    const header = rows[0]?.split(",") ?? [];
    expect(header.slice(-2)).toEqual(["x", "y"]);
    expect(rows).toHaveLength(g.nodes.length + 1);
    expect(nodes?.content).toContain("新一代信息技术");
    const hubRow = rows.find((r) => r.includes(`,${LATER_CLUSTER},`))?.split(",") ?? [];
    const pos = g.view.state.positions[LATER_CLUSTER];
    expect(hubRow.slice(-2)).toEqual([String(pos?.x), String(pos?.y)]);
    expect((edges?.content ?? "").trimEnd().split("\r\n")).toHaveLength(g.edges.length + 1);
  });

  it("csv of a plain filter keeps its columns (no x/y)", () => {
    const [nodes] = exportGraph(db, "csv", { types: ["park"] });
    expect(nodes?.content.split("\r\n")[0]).not.toMatch(/,x,y$/u);
  });

  it("graphml: valid XML, node and edge counts, x/y data per placed node", () => {
    const root = parseXml(one(exportGraph(db, "graphml", { viewId: g.view.id })));
    const keys = descendants(root, "key").map((k) => k.attrs.id);
    expect(keys).toEqual(expect.arrayContaining(["x", "y"]));
    const nodes = descendants(root, "node");
    expect(nodes).toHaveLength(g.nodes.length);
    expect(descendants(root, "edge")).toHaveLength(g.edges.length);
    for (const n of g.nodes) {
      const el = nodes.find((x) => x.attrs.id === `n${n.id}`) as XmlElement;
      const data = Object.fromEntries(child(el, "data").map((d) => [d.attrs.key, d.text]));
      expect(data.label).toBe(n.name);
      if (n.position) expect([Number(data.x), Number(data.y)]).toEqual([n.position.x, n.position.y]);
      else expect(data.x).toBeUndefined();
    }
  });

  it("gexf: valid XML, counts, viz:position (y up for Gephi) and viz:color per type", () => {
    const src = one(exportGraph(db, "gexf", { viewId: g.view.id }));
    expect(src).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    const root = parseXml(src);
    const nodes = descendants(root, "node");
    expect(nodes).toHaveLength(g.nodes.length);
    expect(descendants(root, "edge")).toHaveLength(g.edges.length);
    for (const n of g.nodes) {
      const el = nodes.find((x) => x.attrs.id === String(n.id)) as XmlElement;
      expect(el.attrs.label).toBe(n.name);
      const pos = child(el, "viz:position")[0];
      if (!n.position) {
        expect(pos).toBeUndefined();
        continue;
      }
      expect(Number(pos?.attrs.x)).toBe(n.position.x);
      expect(Number(pos?.attrs.y)).toBe(-n.position.y);
      expect(child(el, "viz:color")).toHaveLength(1);
    }
    const cluster = nodes.find((x) => x.attrs.label === "新一代信息技术") as XmlElement;
    expect(child(cluster, "viz:color")[0]?.attrs).toMatchObject({ r: "224", g: "82", b: "94" });
  });

  it("explicit ids: those entities, and the given relations or all non-rejected ones among them", () => {
    const ids = g.nodes.map((n) => n.id);
    const some = g.edges.slice(0, 2).map((e) => e.id);
    const picked = JSON.parse(one(exportGraph(db, "json", { entityIds: ids, relationIds: some }))) as {
      nodes: unknown[];
      edges: { id: number }[];
    };
    expect(picked.nodes).toHaveLength(ids.length);
    expect(picked.edges.map((e) => e.id)).toEqual(some);
    const all = JSON.parse(one(exportGraph(db, "json", { entityIds: ids }))) as { edges: { id: number }[] };
    expect(all.edges.length).toBeGreaterThanOrEqual(g.edges.length);
  });

  it("names an unknown view", () => {
    expect(() => exportGraph(db, "gexf", { viewId: 9_999 })).toThrow(ViewError);
  });
});

describe("SVG of a view", () => {
  it("is well-formed XML with every label as text, in its type's colour", () => {
    const svg = viewToSvg(db, g.view.id);
    const root = parseXml(svg);
    expect(root.name).toBe("svg");
    const texts = descendants(root, "text").map((t) => t.text);
    expect(texts.sort()).toEqual(g.nodes.map((n) => n.name).sort());
    const shapes = descendants(root, "g").find((x) => x.attrs.class === "nodes")?.children ?? [];
    expect(shapes).toHaveLength(g.nodes.length);
    const clusterShape = shapes.find((s) => s.attrs["data-type"] === "cluster");
    expect(clusterShape?.attrs.fill).toBe("#E0525E");
    const lines = descendants(root, "line");
    expect(lines).toHaveLength(g.edges.length);
    // Every coordinate is a number: the unplaced node was put somewhere.
    expect(svg).not.toMatch(/NaN|Infinity/u);
  });

  it("keeps placed nodes where the view put them", () => {
    const root = parseXml(viewToSvg(db, g.view.id));
    const hub = g.nodes.find((n) => n.key === LATER_CLUSTER);
    const label = descendants(root, "text").find((t) => t.text === hub?.name);
    expect(Number(label?.attrs.x)).toBe(hub?.position?.x);
  });

  it("escapes names and draws a transparent background when asked", () => {
    const svg = graphToSvg(
      {
        nodes: [
          { id: "a", label: "A&B <集团>", type: "enterprise" },
          { id: "b", label: "“园区”", type: "park", x: 10, y: 10 },
        ],
        edges: [{ source: "a", target: "b", type: "park_enterprise" }],
      },
      { background: "transparent" },
    );
    const root = parseXml(svg);
    expect(descendants(root, "text").map((t) => t.text)).toEqual(["A&B <集团>", "“园区”"]);
    expect(root.children.filter((c) => c.name === "rect")).toHaveLength(0);
    const opaque = parseXml(graphToSvg({ nodes: [], edges: [] }));
    expect(opaque.children.filter((c) => c.name === "rect")[0]?.attrs.fill).toBe("#FFFFFF");
  });
});
