// The saved-view and briefing handlers through the real handler table (zod validation,
// error codes) against a knowledge base built from the bundled seeds.
import { describe, expect, expectTypeOf, it } from "vitest";
import { LABEL_ALL_MAX } from "../../../db/briefing/frame.ts";
import type { Subgraph } from "../../../db/graph/types.ts";
import type { SavedView, ViewGraph, ViewSummary } from "../../../db/views/types.ts";
import { API_NAMES, type Api } from "../../../electron/api.ts";
import { useHandlerKb } from "./handler-kb.ts";

// A 1×1 PNG, as a canvas export would send (much smaller).
const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

const { ok, fails, table } = useHandlerKb("kg-api-views-");

const NAMES = [
  "viewsList",
  "viewSave",
  "viewGet",
  "viewRename",
  "viewReorder",
  "viewDuplicate",
  "viewDelete",
  "viewGraph",
  "viewSvg",
  "briefingPack",
];

describe("view handlers", () => {
  it("are in the table and in API_NAMES", () => {
    for (const n of NAMES) {
      expect(API_NAMES).toContain(n);
      expect(table()).toHaveProperty(n);
    }
    expectTypeOf<Awaited<ReturnType<Api["viewsList"]>>>().toEqualTypeOf<ViewSummary[]>();
    expectTypeOf<Awaited<ReturnType<Api["viewGraph"]>>>().toEqualTypeOf<ViewGraph>();
  });

  it("save, list, get, rename, duplicate, reorder, graph and delete", async () => {
    const shown = await ok<Subgraph>("subgraph", { types: ["park"] });
    const keys = shown.nodes.slice(0, 6).map((n) => n.key);
    const positions = Object.fromEntries(keys.map((k, i) => [k, { x: i * 50, y: 10 }]));
    const a = await ok<SavedView>("viewSave", {
      name: "园区",
      entityKeys: keys,
      positions,
      camera: { zoom: 2, pan: { x: 3, y: 4 } },
      caption: { title: "园区一览", note: "" },
    });
    const b = await ok<SavedView>("viewSave", { name: "平台", filter: { types: ["platform"] } });
    expect((await ok<ViewSummary[]>("viewsList")).map((v) => v.name)).toEqual(["园区", "平台"]);
    expect((await ok<SavedView>("viewGet", { id: a.id })).state.positions).toEqual(positions);
    expect(await ok("viewGet", { id: 98_765 })).toBeNull();

    await ok("viewRename", { id: b.id, name: "科创平台" });
    const c = await ok<SavedView>("viewDuplicate", { id: a.id });
    expect((await ok<ViewSummary[]>("viewsList")).map((v) => v.name)).toEqual(["园区", "园区 (2)", "科创平台"]);
    const reordered = await ok<ViewSummary[]>("viewReorder", { ids: [b.id, a.id, c.id] });
    expect(reordered.map((v) => v.id)).toEqual([b.id, a.id, c.id]);

    const g = await ok<ViewGraph>("viewGraph", { id: a.id });
    expect(g.nodes.map((n) => n.key)).toEqual(keys);
    expect(g.nodes.map((n) => n.position)).toEqual(keys.map((k) => positions[k]));

    await ok("viewDelete", { id: c.id });
    expect((await ok<ViewSummary[]>("viewsList")).map((v) => v.id)).toEqual([b.id, a.id]);
  });

  it("refuses bad input with a clear message and changes nothing", async () => {
    const before = await ok<ViewSummary[]>("viewsList");
    expect(await fails("viewSave", {})).toMatchObject({
      code: "invalid_input",
      message: expect.stringMatching(/needs a name/),
    });
    expect(await fails("viewSave", { name: "x", positions: { "park:甲": { x: "1", y: 2 } } })).toMatchObject({
      code: "invalid_input",
      message: expect.stringMatching(/positions/),
    });
    expect(await fails("viewSave", { name: "x", entityKeys: ["park:没有这个园区"] })).toMatchObject({
      code: "invalid_input",
      message: expect.stringContaining("park:没有这个园区"),
    });
    expect(await fails("viewSave", { name: "x", colour: "red" })).toMatchObject({ code: "invalid_input" });
    expect(await fails("viewSave", { id: 98_765, name: "x" })).toMatchObject({ code: "not_found" });
    expect(await fails("viewRename", { id: before[0]?.id, name: "   " })).toMatchObject({ code: "invalid_input" });
    expect(await fails("viewRename", { id: 98_765, name: "x" })).toMatchObject({ code: "not_found" });
    expect(await fails("viewReorder", { ids: [before[0]?.id] })).toMatchObject({
      code: "invalid_input",
      message: expect.stringMatching(/every view/),
    });
    expect(await fails("viewReorder", { ids: ["1"] })).toMatchObject({ code: "invalid_input" });
    expect(await fails("viewDelete", { id: 98_765 })).toMatchObject({ code: "not_found" });
    expect(await fails("viewGraph", { id: 0 })).toMatchObject({ code: "invalid_input" });
    expect(await ok<ViewSummary[]>("viewsList")).toEqual(before);
  });
});

describe("svg, export and briefing handlers", () => {
  it("viewSvg draws a saved view or given nodes, labels as text", async () => {
    const [first] = await ok<ViewSummary[]>("viewsList");
    const g = await ok<ViewGraph>("viewGraph", { id: first?.id });
    const { svg } = await ok<{ svg: string }>("viewSvg", { viewId: first?.id });
    // Up to LABEL_ALL_MAX nodes every node is labelled; above it labels are thinned by degree, so the
    // best-connected nodes still carry theirs (the seeds' platform view is near the limit).
    const labelled =
      g.nodes.length <= LABEL_ALL_MAX ? g.nodes : [...g.nodes].sort((x, y) => y.degree - x.degree).slice(0, 5);
    for (const n of labelled) expect(svg).toContain(`>${n.name}</text>`);
    expect((svg.match(/<\/text>/g) ?? []).length).toBeGreaterThanOrEqual(Math.min(g.nodes.length, LABEL_ALL_MAX) / 2);
    const given = await ok<{ svg: string }>("viewSvg", {
      nodes: [
        { id: 1, label: "甲园区", type: "park", x: 0, y: 0 },
        { id: 2, label: "乙企业", type: "enterprise", x: 100, y: 0 },
      ],
      edges: [{ source: 1, target: 2, type: "park_enterprise" }],
      background: "transparent",
    });
    expect(given.svg).toContain(">甲园区</text>");
    expect(await fails("viewSvg", { nodes: [{ id: 1, label: "x", type: "city" }], edges: [] })).toMatchObject({
      code: "invalid_input",
    });
    expect(await fails("viewSvg", { viewId: 98_765 })).toMatchObject({ code: "not_found" });
  });

  it("exportGraph takes a view id (positions included) or explicit ids, not both with a filter", async () => {
    const views = await ok<ViewSummary[]>("viewsList");
    const withPositions = views.find((v) => v.name === "园区");
    const gexf = await ok<{ files: { name: string; content: string }[] }>("exportGraph", {
      format: "gexf",
      viewId: withPositions?.id,
    });
    expect(gexf.files[0]?.content.match(/<viz:position /g)).toHaveLength(6);
    const ids = await ok<{ files: { content: string }[] }>("exportGraph", { format: "json", entityIds: [1, 2, 3] });
    expect((JSON.parse(ids.files[0]?.content ?? "{}") as { nodes: unknown[] }).nodes).toHaveLength(3);
    expect(
      await fails("exportGraph", { format: "json", viewId: withPositions?.id, filter: { types: ["park"] } }),
    ).toMatchObject({ code: "invalid_input", message: expect.stringMatching(/one of filter, viewId or entityIds/) });
    expect(await fails("exportGraph", { format: "json", relationIds: [1] })).toMatchObject({ code: "invalid_input" });
    expect(await fails("exportGraph", { format: "csv", viewId: 98_765 })).toMatchObject({ code: "not_found" });
  });

  it("briefingPack returns one HTML file with every view", async () => {
    const views = await ok<ViewSummary[]>("viewsList");
    const { html } = await ok<{ html: string }>("briefingPack", {
      images: [{ viewId: views[0]?.id, png: PNG }],
      title: "测试简报",
    });
    expect(html).toContain("<title>测试简报</title>");
    expect(html).toContain(`<img src="${PNG}"`);
    expect(html.match(/<img /g)).toHaveLength(views.length);
    expect((await ok<{ html: string }>("briefingPack", {})).html).toContain("政策图谱简报");
    expect((await ok<{ html: string }>("briefingPack", { locale: "en" })).html).toContain('lang="en"');
    expect(
      await fails("briefingPack", { images: [{ viewId: views[0]?.id, png: "http://example.com/a.png" }] }),
    ).toMatchObject({
      code: "invalid_input",
    });
    expect(
      await fails("briefingPack", { images: [{ viewId: views[0]?.id, png: "data:image/png;base64,AAAAAAAAAAAA" }] }),
    ).toMatchObject({ code: "invalid_input", message: expect.stringMatching(/not a PNG/) });
    expect(await fails("briefingPack", { images: [{ viewId: 98_765, png: PNG }] })).toMatchObject({
      code: "not_found",
    });
  });
});
