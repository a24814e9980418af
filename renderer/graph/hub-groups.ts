// Aggregation by cluster or park (issue 14): in the overview, the entities the host sent but the
// first view does not draw are grouped under the cluster (or park) they are linked to, one group
// node per hub with its member count, and the relations between two groups' members drawn as one
// aggregated edge carrying their count. Pure: works on the host's answer (the reserve behind the
// drawn part, ./groups.ts), so a click opens a group without another round trip. A group is also
// linked to its hub and to each drawn entity several of its members relate to, with that count.
import type { EntityType, Subgraph } from "../api-types.ts";

export type GroupBy = "type" | "cluster" | "park";
export const GROUP_BY: GroupBy[] = ["type", "cluster", "park"];

/** At most this many hub groups (the biggest); the other left-out entities stay ungrouped. */
export const MAX_HUB_GROUPS = 12;

export interface HubGroup {
  /** The cluster or park the members are linked to. */
  hub: number;
  name: string;
  /** Left-out entities linked to the hub (each in one group only: its most heavily linked hub). */
  members: number[];
}

export interface GroupEdge {
  /** Hub ids of the two groups (a < b). */
  a: number;
  b: number;
  /** Relations between the two groups' members. */
  count: number;
}

/** Relations between a group's members and one drawn entity (its hub among them), as one edge. */
export interface GroupLink {
  hub: number;
  entity: number;
  count: number;
}

/** A drawn entity other than the hub is linked to a group when this many members relate to it. */
export const MIN_LINK = 2;

export interface HubGroups {
  groups: HubGroup[];
  edges: GroupEdge[];
  links: GroupLink[];
}

/**
 * Groups of `reserve`'s entities not in `drawn` under their `kind` hub, biggest first, and the
 * aggregated relations between groups. A member linked to several hubs joins the one it has the
 * heaviest relation with (then the hub of higher degree, then the lower id): counts add up.
 */
export function hubGroups(reserve: Subgraph, drawn: ReadonlySet<number>, kind: EntityType): HubGroups {
  const byId = new Map(reserve.nodes.map((n) => [n.id, n]));
  const isHub = (id: number) => byId.get(id)?.type === kind;
  const best = new Map<number, { hub: number; weight: number }>();
  const better = (hub: number, weight: number, had: { hub: number; weight: number } | undefined) => {
    if (!had) return true;
    if (weight !== had.weight) return weight > had.weight;
    const d = (byId.get(hub)?.degree ?? 0) - (byId.get(had.hub)?.degree ?? 0);
    return d !== 0 ? d > 0 : hub < had.hub;
  };
  for (const e of reserve.edges) {
    for (const [member, hub] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      // A hub the view does not draw holds no group: a group stands under a cluster on the canvas.
      if (!isHub(hub) || !drawn.has(hub) || isHub(member) || drawn.has(member) || !byId.has(member)) continue;
      if (better(hub, e.weight, best.get(member))) best.set(member, { hub, weight: e.weight });
    }
  }
  const members = new Map<number, number[]>();
  for (const [member, { hub }] of best) {
    const list = members.get(hub) ?? [];
    list.push(member);
    members.set(hub, list);
  }
  const groups = [...members]
    .map(([hub, ids]) => ({ hub, name: byId.get(hub)?.name ?? String(hub), members: ids.sort((a, b) => a - b) }))
    .sort((x, y) => y.members.length - x.members.length || x.hub - y.hub)
    .slice(0, MAX_HUB_GROUPS);
  const groupOf = new Map<number, number>();
  for (const g of groups) for (const m of g.members) groupOf.set(m, g.hub);
  const counts = new Map<string, GroupEdge>();
  const links = new Map<string, GroupLink>();
  for (const e of reserve.edges) {
    const ga = groupOf.get(e.source);
    const gb = groupOf.get(e.target);
    // A member and a drawn entity: one more relation on the group's link to that entity.
    const [g, other] = ga !== undefined && gb === undefined ? [ga, e.target] : [gb, e.source];
    if ((ga === undefined) !== (gb === undefined) && g !== undefined && drawn.has(other)) {
      const key = `${g}-${other}`;
      const had = links.get(key);
      if (had) had.count++;
      else links.set(key, { hub: g, entity: other, count: 1 });
    }
    if (ga === undefined || gb === undefined || ga === gb) continue;
    const [a, b] = ga < gb ? [ga, gb] : [gb, ga];
    const key = `${a}-${b}`;
    const had = counts.get(key);
    if (had) had.count++;
    else counts.set(key, { a, b, count: 1 });
  }
  return {
    groups,
    edges: [...counts.values()].sort((x, y) => x.a - y.a || x.b - y.b),
    links: [...links.values()]
      .filter((l) => l.entity === l.hub || l.count >= MIN_LINK)
      .sort((x, y) => x.hub - y.hub || x.entity - y.entity),
  };
}
