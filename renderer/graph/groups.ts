// The aggregated overview (issue 14): above the threshold, the entities that matched but are not
// drawn stand as one group node per type with their count ("企业 +24,000"). A click on a group
// opens it a step further (the next GROUP_STEP of that type by degree, from the reserve the host
// already sent behind what is drawn); "collapse" folds every group back. Kept apart from the
// main store: it holds the host's whole answer (the reserve), the per-type counts and what is open.
import { create } from "zustand";
import { ENTITY_TYPES, type EntityType, type GraphFilter, type Subgraph } from "../api-types.ts";
import { call } from "../client.ts";
import { type GroupBy, type HubGroups, hubGroups } from "./hub-groups.ts";
import { drawnPart, GROUP_STEP, groupBySetting, overviewShown, overviewThreshold } from "./overview.ts";

export type PerType = Partial<Record<EntityType, number>>;

interface Groups {
  /** The host's answer: what is drawn and, in an overview, a reserve behind it. */
  reserve: Subgraph | null;
  /** Entities of each type that matched the filter (asked for only in an overview). */
  matched: PerType;
  /** How many beyond the first view each group has brought in. */
  opened: PerType;
  /** Grouped by type (counts from the host) or under their cluster / park (./hub-groups.ts). */
  by: GroupBy;
  /** Cluster / park groups opened: their hub ids. */
  openHubs: number[];
}

export const useGroups = create<Groups>(() => ({
  reserve: null,
  matched: {},
  opened: {},
  by: groupBySetting(),
  openHubs: [],
}));

let countSeq = 0;

function cut(): Subgraph | null {
  const { reserve, opened } = useGroups.getState();
  return reserve ? drawnPart(reserve, overviewShown(), opened, overviewThreshold(), openedMembers()) : null;
}

/** The members of the opened cluster/park groups, as they were grouped when opened. */
const hubMembers = new Map<number, number[]>();
function openedMembers(): Set<number> {
  const ids = new Set<number>();
  for (const hub of useGroups.getState().openHubs) for (const m of hubMembers.get(hub) ?? []) ids.add(m);
  return ids;
}

/** The cluster/park groups of what `drawn` leaves out of the reserve (none when grouped by type). */
export function currentHubGroups(drawn: Subgraph | null): HubGroups | null {
  const { reserve, by } = useGroups.getState();
  if (!reserve || !drawn || by === "type" || !isOverview(reserve)) return null;
  return hubGroups(reserve, new Set(drawn.nodes.map((n) => n.id)), by);
}

/** Opens a cluster/park group: its members are drawn. Returns what to draw then. */
export function openHub(hub: number, members: number[]): Subgraph | null {
  hubMembers.set(hub, members);
  const { openHubs } = useGroups.getState();
  if (!openHubs.includes(hub)) useGroups.setState({ openHubs: [...openHubs, hub] });
  return cut();
}

/** Another grouping: every group folded. Returns what to draw then. */
export function setGroupBy(by: GroupBy): Subgraph | null {
  try {
    window.localStorage.setItem("kg.groupBy", by);
  } catch {
    // no storage: the choice lasts this session
  }
  useGroups.setState({ by, opened: {}, openHubs: [] });
  return cut();
}

/** Whether the host's answer is an overview (more matched than the threshold). */
export function isOverview(sub: Subgraph | null): boolean {
  return (sub?.matchedNodes ?? 0) > overviewThreshold();
}

/** A new answer from the host: every group folded. Returns what to draw. */
export function newReserve(reserve: Subgraph): Subgraph {
  ++countSeq;
  useGroups.setState({ reserve, matched: {}, opened: {}, openHubs: [] });
  return cut() ?? reserve;
}

/**
 * In an overview, the per-type counts of the group nodes, asked for after the first paint and
 * one type at a time (at 25k entities each costs 20-250 ms of the host's one thread: a click's
 * request slips in between rather than waiting behind all five).
 */
export function loadGroupCounts(request: GraphFilter): void {
  const seq = countSeq;
  if (!isOverview(useGroups.getState().reserve)) return;
  void (async () => {
    const matched: PerType = {};
    try {
      for (const t of ENTITY_TYPES) {
        if (seq !== countSeq) return;
        matched[t] = (await call("subgraph", { ...request, types: [t], limit: 1 })).matchedNodes ?? 0;
      }
    } catch {
      return; // no counts: no group nodes, the overview stays as it is
    }
    if (seq === countSeq) useGroups.setState({ matched });
  })();
}

/** Opens a group one step; null when its reserve is used up (the host must be asked for more). */
export function openGroup(type: EntityType, drawn: Subgraph): Subgraph | null {
  const { reserve, opened } = useGroups.getState();
  if (!reserve) return null;
  const ids = new Set(drawn.nodes.map((n) => n.id));
  if (!reserve.nodes.some((n) => n.type === type && !ids.has(n.id))) return null;
  useGroups.setState({ opened: { ...opened, [type]: (opened[type] ?? 0) + GROUP_STEP } });
  return cut();
}

/** Folds every group back; returns what to draw then. */
export function closeGroups(): Subgraph | null {
  useGroups.setState({ opened: {}, openHubs: [] });
  return cut();
}

export function anyGroupOpen(opened: PerType, openHubs: number[] = []): boolean {
  return openHubs.length > 0 || Object.values(opened).some((n) => (n ?? 0) > 0);
}

/** Per type, how many matched entities the drawn subgraph leaves out (the group nodes' counts). */
export function leftOut(matched: PerType, drawn: Subgraph | null): PerType {
  if (!drawn) return {};
  const have: PerType = {};
  for (const n of drawn.nodes) have[n.type] = (have[n.type] ?? 0) + 1;
  const out: PerType = {};
  for (const t of ENTITY_TYPES) {
    const m = matched[t];
    if (m !== undefined && m > (have[t] ?? 0)) out[t] = m - (have[t] ?? 0);
  }
  return out;
}
