// Aggregation by cluster / park (renderer/graph/hub-groups.ts): the entities an overview leaves
// out stand under the hub they are most heavily linked to, and the relations between two groups'
// members become one edge with their count.
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode, Subgraph } from "../../db/graph/types.ts";
import type { EntityType } from "../../db/types.ts";
import { hubGroups, MAX_HUB_GROUPS } from "../../renderer/graph/hub-groups.ts";

const node = (id: number, type: EntityType, degree = 1): GraphNode => ({
  id,
  key: `${type}:n${id}`,
  type,
  name: `${type}-${id}`,
  level: null,
  status: "existing",
  review: "unreviewed",
  degree,
  mentionCount: 1,
  confidence: null,
});
let eid = 0;
const edge = (source: number, target: number, weight = 1): GraphEdge => ({
  id: ++eid,
  type: "cluster_enterprise",
  source,
  target,
  review: "unreviewed",
  weight,
  confidence: null,
});
const sub = (nodes: GraphNode[], edges: GraphEdge[]): Subgraph => ({
  nodes,
  edges,
  totalNodes: nodes.length,
  totalEdges: edges.length,
});

describe("hubGroups", () => {
  // clusters 1 and 2 (drawn), enterprises 10-15 left out, 16 drawn
  const nodes = [
    node(1, "cluster", 9),
    node(2, "cluster", 5),
    ...[10, 11, 12, 13, 14, 15, 16].map((i) => node(i, "enterprise")),
  ];
  const edges = [
    edge(1, 10),
    edge(1, 11),
    edge(12, 1),
    edge(2, 13),
    edge(2, 14),
    edge(1, 14, 1), // 14: linked to both, heavier to 2
    edge(2, 14, 3),
    edge(16, 1), // drawn: no group
    edge(10, 13), // between groups 1 and 2
    edge(11, 14),
    edge(10, 11), // inside group 1
    edge(12, 16), // member to a drawn node: not aggregated
  ];
  const drawn = new Set([1, 2, 16]);

  it("puts each left-out entity under its most heavily linked hub, biggest group first", () => {
    const { groups } = hubGroups(sub(nodes, edges), drawn, "cluster");
    expect(groups.map((g) => [g.hub, g.members])).toEqual([
      [1, [10, 11, 12]],
      [2, [13, 14]],
    ]);
    // 15 is linked to no cluster: ungrouped; 16 is drawn
    expect(groups.flatMap((g) => g.members)).not.toContain(15);
    expect(groups.flatMap((g) => g.members)).not.toContain(16);
  });

  it("aggregates the relations between two groups' members into one edge with their count", () => {
    const { edges: agg } = hubGroups(sub(nodes, edges), drawn, "cluster");
    expect(agg).toEqual([{ a: 1, b: 2, count: 2 }]);
  });

  it("links each group to its hub and to drawn entities several members relate to, with counts", () => {
    const { links } = hubGroups(sub(nodes, [...edges, edge(13, 16), edge(14, 16)]), drawn, "cluster");
    expect(links).toEqual([
      { hub: 1, entity: 1, count: 3 },
      { hub: 2, entity: 2, count: 3 }, // 2–13, 2–14 and a second 2–14 relation
      { hub: 2, entity: 16, count: 2 },
    ]);
    // group 1 has one member related to 16 (12) and one to cluster 2 (14 is not its member): no link
  });

  it("ties go to the hub of higher degree; nothing is grouped under a park when asked for clusters", () => {
    const tie = hubGroups(sub(nodes, [edge(1, 10, 2), edge(2, 10, 2)]), new Set([1, 2]), "cluster");
    expect(tie.groups.map((g) => [g.hub, g.members])).toEqual([[1, [10]]]);
    expect(hubGroups(sub(nodes, edges), drawn, "park")).toEqual({ groups: [], edges: [], links: [] });
  });

  it("groups nothing under a hub the view does not draw (a group stands under a cluster on the canvas)", () => {
    const { groups, links } = hubGroups(sub(nodes, edges), new Set([2, 16]), "cluster");
    expect(groups.map((g) => g.hub)).toEqual([2]);
    expect(groups[0]?.members).toEqual([13, 14]);
    // every group has its link to its hub
    for (const g of groups) expect(links.some((l) => l.hub === g.hub && l.entity === g.hub)).toBe(true);
  });

  it("keeps at most MAX_HUB_GROUPS groups, the biggest", () => {
    const many: GraphNode[] = [];
    const links: GraphEdge[] = [];
    for (let h = 0; h < MAX_HUB_GROUPS + 3; h++) {
      many.push(node(1000 + h, "park"));
      for (let m = 0; m <= h; m++) {
        many.push(node(2000 + h * 100 + m, "enterprise"));
        links.push(edge(1000 + h, 2000 + h * 100 + m));
      }
    }
    const hubs = new Set(many.filter((n) => n.type === "park").map((n) => n.id));
    const { groups } = hubGroups(sub(many, links), hubs, "park");
    expect(groups).toHaveLength(MAX_HUB_GROUPS);
    expect(groups[0]?.members).toHaveLength(MAX_HUB_GROUPS + 3);
    expect(Math.min(...groups.map((g) => g.members.length))).toBe(4);
  });
});
