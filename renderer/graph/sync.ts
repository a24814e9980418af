// Bring the cytoscape elements in line with the visible set without moving what is already placed:
// elements are never removed, only hidden; newcomers are put next to their placed neighbours.
import type cytoscape from "cytoscape";
import { nodeSize } from "../../common/palette.ts";
import type { EntityType, GraphEdge, GraphNode } from "../api-types.ts";
import { LABEL_LINE_CHARS } from "./cy-style.ts";
import { setZoomBand } from "./labels.ts";
import { TYPE_RING } from "./layouts.ts";
import type { Visible } from "./visible.ts";

export const nodeId = (id: number): string => `n${id}`;
export const edgeId = (id: number): string => `e${id}`;

const MAX_LABEL_CHARS = 16;

function shortLabel(name: string): string {
  return name.length > MAX_LABEL_CHARS ? `${name.slice(0, MAX_LABEL_CHARS - 1)}…` : name;
}

/** Hubs get bigger labels, so the overview (zoomed out) still names them. */
export function labelSize(degree: number): number {
  return Math.round(12 + Math.min(22, 3 * Math.sqrt(degree)));
}

function nodeData(n: GraphNode): cytoscape.NodeDataDefinition {
  return {
    id: nodeId(n.id),
    eid: n.id,
    key: n.key,
    name: n.name,
    label: shortLabel(n.name),
    type: n.type,
    status: n.status,
    level: n.level ?? "none",
    review: n.review,
    degree: n.degree,
    size: nodeSize(n.degree),
    fontFar: labelSize(n.degree),
    fontMid: Math.round((labelSize(n.degree) + 12) / 2),
    labelWidth: labelSize(n.degree) * LABEL_LINE_CHARS + 2,
  };
}

function edgeData(e: GraphEdge): cytoscape.EdgeDataDefinition {
  return {
    id: edgeId(e.id),
    eid: e.id,
    source: nodeId(e.source),
    target: nodeId(e.target),
    type: e.type,
    review: e.review,
  };
}

type Pos = { x: number; y: number };

const GRID_STEP = 70;

function gridPositions(defs: cytoscape.ElementDefinition[]): void {
  const rank = (d: cytoscape.ElementDefinition) => TYPE_RING[d.data.type as EntityType] ?? 0;
  const sorted = [...defs].sort((a, b) => rank(b) - rank(a) || (b.data.degree as number) - (a.data.degree as number));
  const cols = Math.max(1, Math.ceil(Math.sqrt(sorted.length * 1.6)));
  sorted.forEach((d, i) => {
    d.position = { x: (i % cols) * GRID_STEP, y: Math.floor(i / cols) * GRID_STEP };
  });
}

/**
 * `remembered` gives stored positions (by entity id): a newcomer with one goes there. Returns
 * needsLayout when the graph was empty and too few positions were remembered.
 */
export function syncElements(
  cy: cytoscape.Core,
  visible: Visible,
  remembered: ReadonlyMap<number, Pos> = new Map(),
  /**
   * On a fresh graph, add only this many elements now (nodes first, in the
   * order given: the host sends hubs first); the rest are returned, nodes before relations.
   */
  now = Number.POSITIVE_INFINITY,
): { needsLayout: boolean; added: number; toggled: number; pending: cytoscape.ElementDefinition[] } {
  const fresh = cy.nodes().empty();
  const show = new Set<string>();
  const nodeDefs: cytoscape.ElementDefinition[] = [];
  const edgeDefs: cytoscape.ElementDefinition[] = [];
  let known = 0;
  let updated = 0;
  for (const n of visible.nodes) {
    const id = nodeId(n.id);
    show.add(id);
    if (cy.getElementById(id).empty()) {
      const pos = remembered.get(n.id);
      if (pos) known++;
      nodeDefs.push({ group: "nodes", data: nodeData(n), position: pos ? { ...pos } : { x: 0, y: 0 } });
    } else if (updateNode(cy.getElementById(id), n)) updated++;
  }
  const existing: GraphEdge[] = [];
  for (const e of visible.edges) {
    const id = edgeId(e.id);
    show.add(id);
    if (cy.getElementById(id).empty()) edgeDefs.push({ group: "edges", data: edgeData(e) });
    else {
      updateEdge(cy.getElementById(id), e);
      existing.push(e);
    }
  }
  // Reuse remembered positions only when they cover most of the graph; otherwise lay out afresh.
  const reuse = fresh && nodeDefs.length > 0 && known >= 0.8 * nodeDefs.length;
  const needsLayout = fresh && !reuse;
  // Until the force layout (in a worker) is done: a grid grouped by type, hubs first, set as the
  // nodes are created (cytoscape's grid layout measured every node: seconds at scale).
  if (needsLayout) gridPositions(nodeDefs);
  // Drawn progressively whether laid out now or placed from stored positions: no frame styles
  // and draws a thousand elements at once.
  const pending = fresh ? [...nodeDefs.splice(now), ...edgeDefs.splice(Math.max(0, now - nodeDefs.length))] : [];
  let added: cytoscape.NodeSingular[] = [];
  let toggled = 0;
  cy.batch(() => {
    // One add() call for all newcomers: far cheaper than one per element.
    const addedNodes = cy.add(nodeDefs);
    for (const e of existing) repoint(cy, e);
    cy.add(edgeDefs);
    added = addedNodes.nodes().toArray() as cytoscape.NodeSingular[];
    // Only the elements whose state changes, as two collections: a class call per element
    // restyled and emitted for each of thousands (a selection's second at scale).
    // (group nodes are the overview's own: ./group-nodes.ts)
    const reveal = cy.elements(".hidden").filter((ele) => show.has(ele.id()));
    const hide = cy
      .elements()
      .not(".hidden, .group")
      .filter((ele) => !show.has(ele.id()));
    toggled = updated + reveal.length + hide.length;
    reveal.removeClass("hidden");
    hide.addClass("hidden");
    if (!needsLayout)
      placeNewcomers(
        cy,
        added.filter((n) => !remembered.has(n.data("eid") as number)),
      );
  });
  return { needsLayout, added: added.length + edgeDefs.length, toggled, pending };
}

/** Curation renames, retypes, reviews and merges in place: placed elements follow their row. */
function updateNode(ele: cytoscape.CollectionReturnValue, n: GraphNode): boolean {
  const d = ele.data() as Record<string, unknown>;
  if (
    d.name !== n.name ||
    d.type !== n.type ||
    d.review !== n.review ||
    d.status !== n.status ||
    d.degree !== n.degree ||
    d.level !== (n.level ?? "none") ||
    d.key !== n.key
  ) {
    ele.data(nodeData(n));
    return true;
  }
  return false;
}

function updateEdge(ele: cytoscape.CollectionReturnValue, e: GraphEdge): void {
  if (ele.data("review") !== e.review || ele.data("type") !== e.type) ele.data(edgeData(e));
}

/** A merge re-points relations to the surviving entity, keeping their ids (move re-adds the edge). */
function repoint(cy: cytoscape.Core, e: GraphEdge): void {
  const ele = cy.getElementById(edgeId(e.id));
  if (ele.data("source") !== nodeId(e.source) || ele.data("target") !== nodeId(e.target)) {
    (ele as unknown as cytoscape.EdgeSingular).move({ source: nodeId(e.source), target: nodeId(e.target) });
  }
}

/**
 * Elements added per frame by progressive drawing: nodes (styled, each drawn into a texture of
 * its own) and relations (styled only, a line each: a small part of a node's cost).
 */
export interface BatchSize {
  nodes: number;
  edges: number;
}

/**
 * Progressive drawing: elements added a batch per frame, so no frame styles and draws them all
 * at once. Stops early when `current()` turns false (a newer sync added the rest itself).
 */
export function addInBatches(
  cy: cytoscape.Core,
  defs: cytoscape.ElementDefinition[],
  size: BatchSize,
  current: () => boolean,
): Promise<void> {
  return new Promise((resolve) => {
    let i = 0;
    const next = () => requestAnimationFrame(() => setTimeout(step, 0));
    const step = () => {
      if (!current() || i >= defs.length) {
        resolve();
        return;
      }
      const batch: cytoscape.ElementDefinition[] = [];
      let nodes = 0;
      let edges = 0;
      for (; i < defs.length; i++) {
        const d = defs[i] as cytoscape.ElementDefinition;
        const isNode = d.group === "nodes";
        if (isNode ? nodes >= size.nodes : edges >= size.edges) break;
        if (isNode) nodes++;
        else edges++;
        if (cy.getElementById(String(d.data.id)).empty()) batch.push(d);
      }
      // The zoom band's class as they come: set later, it restyled every node again.
      cy.batch(() => setZoomBand(cy, cy.add(batch).nodes()));
      next();
    };
    next();
  });
}

/** Nodes added without a stored position (in batches after the first): beside their neighbours. */
export function placeUnplaced(
  cy: cytoscape.Core,
  remembered: ReadonlyMap<number, Pos>,
  defs: cytoscape.ElementDefinition[],
): void {
  const ids = defs
    .filter((d) => d.group === "nodes" && !remembered.has(d.data.eid as number))
    .map((d) => String(d.data.id));
  if (ids.length === 0) return;
  const nodes = ids.map((id) => cy.getElementById(id)).filter((n) => n.nonempty());
  cy.batch(() => placeNewcomers(cy, nodes as unknown as cytoscape.NodeSingular[]));
}

function placeNewcomers(cy: cytoscape.Core, newcomers: cytoscape.NodeSingular[]): void {
  const pending = new Set(newcomers.map((n) => n.id()));
  // A few passes: a newcomer linked only to other newcomers is placed once they are.
  for (let pass = 0; pass < 4 && pending.size > 0; pass++) {
    for (const n of newcomers) {
      if (!pending.has(n.id())) continue;
      const anchors = n.neighborhood("node").filter((m) => !pending.has(m.id()));
      if (anchors.empty()) continue;
      let x = 0;
      let y = 0;
      anchors.forEach((m) => {
        x += m.position("x");
        y += m.position("y");
      });
      const angle = Math.random() * Math.PI * 2;
      const r = 45 + Math.random() * 35;
      n.position({ x: x / anchors.length + Math.cos(angle) * r, y: y / anchors.length + Math.sin(angle) * r });
      pending.delete(n.id());
    }
  }
  if (pending.size === 0) return;
  // No placed neighbour at all: a ring just outside what is already on screen.
  const bb = cy
    .nodes()
    .not(".hidden")
    .filter((m) => !pending.has(m.id()))
    .boundingBox({});
  const cx = Number.isFinite(bb.x1) ? (bb.x1 + bb.x2) / 2 : 0;
  const cyy = Number.isFinite(bb.y1) ? (bb.y1 + bb.y2) / 2 : 0;
  const radius = Number.isFinite(bb.w) ? Math.max(bb.w, bb.h) / 2 + 80 : 200;
  const rest = newcomers.filter((n) => pending.has(n.id()));
  rest.forEach((n, i) => {
    const angle = (i / rest.length) * Math.PI * 2;
    const r = radius + (i % 3) * 30;
    n.position({ x: cx + Math.cos(angle) * r, y: cyy + Math.sin(angle) * r });
  });
}
