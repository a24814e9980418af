// What a click on a group node and the status bar's "collapse" do (see ./groups.ts): the drawn
// subgraph grows by one step of that type, or falls back to the first view.
import type { EntityType } from "../api-types.ts";
import { reloadGraph, useStore } from "../store.ts";
import { closeGroups, currentHubGroups, openGroup, openHub, setGroupBy } from "./groups.ts";
import type { GroupBy } from "./hub-groups.ts";
import { raiseOverviewLimit } from "./overview.ts";
import { fetchPositions } from "./position-memory.ts";

export async function openGroupNow(type: EntityType): Promise<void> {
  const drawn = useStore.getState().sub;
  if (!drawn) return;
  const next = openGroup(type, drawn);
  if (!next) {
    // The reserve of that type is used up: the host is asked for a bigger overview.
    raiseOverviewLimit();
    reloadGraph();
    return;
  }
  await fetchPositions(next.nodes.map((n) => n.id));
  useStore.setState({ sub: next });
}

export function closeGroupsNow(): void {
  const next = closeGroups();
  if (next) useStore.setState({ sub: next });
}

/** Opens a cluster / park group: the entities grouped under that hub are drawn. */
export async function openHubNow(hub: number): Promise<void> {
  const drawn = useStore.getState().sub;
  const group = currentHubGroups(drawn)?.groups.find((g) => g.hub === hub);
  if (!group) return;
  const next = openHub(hub, group.members);
  if (!next) return;
  await fetchPositions(next.nodes.map((n) => n.id));
  useStore.setState({ sub: next });
}

export function setGroupByNow(by: GroupBy): void {
  const next = setGroupBy(by);
  if (next) useStore.setState({ sub: next });
}
