// The overview grouped by cluster (?groupBy=cluster) in real Chromium, at a modest size: with the
// threshold lowered to 100 (?overview=100) the seeds' knowledge base is "big"; the entities the
// first view leaves out stand under the cluster they are linked to, one group node per cluster with
// its count, and aggregated edges between groups carry the number of relations between their
// members. A click opens a group (its members drawn), collapse folds it back; zh/en labels.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Subgraph } from "../../db/graph/types.ts";
import { buildRenderer, openSession, SEEDS, type Session } from "./harness.ts";
import { FILTER, showEverythingCut } from "./overview-setup.ts";

/** The reserve the explorer asks for behind 100 drawn (overview.ts: three times what is drawn). */
const RESERVE = 300;

interface HubGroupView {
  hub: number;
  count: number;
  members: number[];
  label: string;
}

let s: Session;
const drawnIds = () =>
  s.page.evaluate(() =>
    (window.__cy?.nodes("[eid]").not(".hidden") ?? []).map(
      (n: import("cytoscape").NodeSingular) => n.data("eid") as number,
    ),
  );
const hubGroups = () =>
  s.page.evaluate(() =>
    (window.__cy?.nodes(".hubgroup") ?? []).map((g: import("cytoscape").NodeSingular) => ({
      hub: g.data("hub") as number,
      count: g.data("count") as number,
      members: g.data("members") as number[],
      label: g.data("label") as string,
    })),
  );
const groupEdges = () =>
  s.page.evaluate(() =>
    (window.__cy?.edges(".group") ?? []).map((e: import("cytoscape").EdgeSingular) => ({
      source: e.source().data("hub") as number,
      target: e.target().data("hub") as number | undefined,
      entity: e.target().data("eid") as number | undefined,
      count: e.data("count") as number,
      label: e.data("label") as string,
    })),
  );

describe("overview grouped by cluster", () => {
  beforeAll(async () => {
    buildRenderer();
    s = await openSession([SEEDS]);
    await s.page.goto(`${s.host.url}?overview=100&groupBy=cluster`);
    await s.page.locator('[data-laid-out="yes"]').waitFor({ timeout: 60_000 });
    await showEverythingCut(s.page, 100);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it("left-out entities stand under their cluster with counts; edges between groups count relations", async () => {
    const reserve = await s.api<Subgraph>("subgraph", { ...FILTER, limit: RESERVE });
    await expect.poll(async () => (await hubGroups()).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const drawn = new Set(await drawnIds());
    const groups = (await hubGroups()) as HubGroupView[];
    const type = new Map(reserve.nodes.map((n) => [n.id, n.type]));
    const linked = (a: number, b: number) =>
      reserve.edges.some((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
    const seen = new Set<number>();
    for (const g of groups) {
      expect(type.get(g.hub)).toBe("cluster");
      expect(g.count).toBe(g.members.length);
      expect(g.label).toContain(String(g.count));
      for (const m of g.members) {
        expect(drawn.has(m)).toBe(false);
        expect(linked(m, g.hub)).toBe(true);
        expect(seen.has(m)).toBe(false); // each entity in one group only
        seen.add(m);
      }
    }
    // Every aggregated edge counts exactly the relations between the two groups' members.
    const members = new Map(groups.map((g) => [g.hub, new Set(g.members)]));
    const between = (a: number, b: number) =>
      reserve.edges.filter(
        (e) =>
          (members.get(a)?.has(e.source) && members.get(b)?.has(e.target)) ||
          (members.get(b)?.has(e.source) && members.get(a)?.has(e.target)),
      ).length;
    const all = await groupEdges();
    expect(groups.length).toBeGreaterThan(1);
    const edges = all.filter((e) => e.target !== undefined);
    for (const e of edges) {
      expect(e.count).toBeGreaterThan(0);
      expect(e.count).toBe(between(e.source, e.target as number));
      expect(e.label).toBe(String(e.count));
    }
    // and no pair of groups with relations between them lacks its edge
    let pairs = 0;
    for (const a of members.keys()) for (const b of members.keys()) if (a < b && between(a, b) > 0) pairs++;
    expect(edges.length).toBe(pairs);
    // A group's link to a drawn entity (its hub at least) counts the relations its members have with it.
    const links = all.filter((e) => e.target === undefined);
    for (const g of groups) expect(links.some((l) => l.source === g.hub && l.entity === g.hub)).toBe(true);
    for (const l of links) {
      const n = reserve.edges.filter(
        (e) =>
          (members.get(l.source)?.has(e.source) && e.target === l.entity) ||
          (members.get(l.source)?.has(e.target) && e.source === l.entity),
      ).length;
      expect(l.count).toBe(n);
      expect(drawn.has(l.entity as number)).toBe(true);
    }
  });

  it("a click opens a group (its members drawn); collapse folds it back", async () => {
    const before = await drawnIds();
    const biggest = ((await hubGroups()) as HubGroupView[]).reduce((a, b) => (b.count > a.count ? b : a));
    await s.page.evaluate((hub) => {
      window.__cy?.getElementById(`h-${hub}`).emit("tap");
    }, biggest.hub);
    await expect.poll(async () => (await drawnIds()).length, { timeout: 20_000 }).toBe(before.length + biggest.count);
    expect(new Set(await drawnIds())).toEqual(new Set([...before, ...biggest.members]));
    // its members are drawn now: that group is gone, and so are its aggregated edges
    await expect.poll(async () => (await hubGroups()).some((g) => g.hub === biggest.hub)).toBe(false);
    expect((await groupEdges()).some((e) => e.source === biggest.hub || e.target === biggest.hub)).toBe(false);
    expect(Number(await s.page.getByTestId("status-overview").getAttribute("data-shown"))).toBe(
      before.length + biggest.count,
    );

    await s.page.getByTestId("overview-collapse").click();
    await expect.poll(async () => (await drawnIds()).length, { timeout: 20_000 }).toBe(before.length);
    expect(new Set(await drawnIds())).toEqual(new Set(before));
    await expect.poll(async () => (await hubGroups()).find((g) => g.hub === biggest.hub)?.count).toBe(biggest.count);
    expect(s.errors).toEqual([]);
  });

  it("labels follow the language; switching the grouping to type brings the type groups back", async () => {
    const g = (await hubGroups())[0] as HubGroupView;
    expect(g.label).toContain("关联");
    await s.page.getByTestId("lang").click();
    await expect.poll(async () => (await hubGroups())[0]?.label).toContain("linked");
    await s.page.getByTestId("lang").click();
    await expect.poll(async () => (await hubGroups())[0]?.label).toContain("关联");

    await s.page.getByTestId("overview-group-by").selectOption("type");
    await expect.poll(async () => (await hubGroups()).length).toBe(0);
    await expect
      .poll(async () => s.page.evaluate(() => window.__cy?.nodes(".group").not(".hubgroup").length ?? 0), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    expect(await s.page.evaluate(() => window.__cy?.edges(".group").length)).toBe(0);
    await s.page.getByTestId("overview-group-by").selectOption("cluster");
    await expect.poll(async () => (await hubGroups()).length).toBeGreaterThan(0);
    expect(s.errors).toEqual([]);
  });
});
