// "Save only the highlighted part": the path's entities and relations (as one row), or the
// focus / the selection's neighbourhood (as rings around it), instead of everything drawn.
import type cytoscape from "cytoscape";
import { nodeId } from "../graph/sync.ts";
import { useStore } from "../store.ts";
import { pathRow, rings } from "./tidy.ts";

type Pos = { x: number; y: number };

export interface Part {
  kind: "path" | "focus" | "selection";
  entityKeys: string[];
  relationIds: number[];
  positions: Record<string, Pos>;
}

/** What is highlighted now, or null when nothing is (then the whole picture is saved). */
export function highlighted(cy: cytoscape.Core): Part | null {
  const s = useStore.getState();
  if (s.pathResult && s.pathResult !== "none") {
    const keys = s.pathResult.nodes.map((n) => n.key);
    const relationIds = s.pathResult.edges.map((e) => e.id);
    return { kind: "path", entityKeys: keys, relationIds, positions: pathRow(keys) };
  }
  if (s.selectedId === null) return null;
  const centre = cy.getElementById(nodeId(s.selectedId));
  if (centre.empty()) return null;
  // Focus already draws only the neighbourhood; a plain selection keeps its direct neighbours.
  const part = s.focus.on ? cy.elements().not(".hidden") : centre.closedNeighborhood().not(".hidden");
  const nodes = part.nodes();
  const edges = part
    .edges()
    .filter((e: cytoscape.EdgeSingular) => nodes.contains(e.source()) && nodes.contains(e.target()));
  const entityKeys = nodes.map((n) => n.data("key") as string);
  const pairs = edges.map(
    (e: cytoscape.EdgeSingular) => [e.source().data("key"), e.target().data("key")] as [string, string],
  );
  return {
    kind: s.focus.on ? "focus" : "selection",
    entityKeys,
    relationIds: edges.map((e) => e.data("eid") as number).filter((id) => Number.isInteger(id) && id > 0),
    positions: rings(centre.data("key") as string, entityKeys, pairs),
  };
}

/** Whether "keep only the highlighted part" has something to keep now. */
export function hasHighlight(): boolean {
  const s = useStore.getState();
  return (s.pathResult !== null && s.pathResult !== "none") || s.selectedId !== null;
}
