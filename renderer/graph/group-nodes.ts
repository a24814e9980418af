// The aggregated overview's group nodes in cytoscape (see ./groups.ts): one per type with a
// count, on a ring around the entities drawn. They carry no entity id (no "eid"), so selection,
// picking, layouts, labels and stored positions all pass them by.
import type cytoscape from "cytoscape";
import { ENTITY_TYPES, type EntityType } from "../api-types.ts";
import type { PerType } from "./groups.ts";
import { box } from "./node-box.ts";

export const groupId = (t: EntityType): string => `g-${t}`;

export const GROUP_STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node.group",
    style: {
      shape: "round-rectangle",
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      "text-valign": "center",
      "text-halign": "center",
      "text-margin-y": 0,
      "text-max-width": "data(textWidth)",
      "font-size": "data(font)",
      "border-width": 3,
      "border-style": "dashed",
      "background-opacity": 0.35,
      "min-zoomed-font-size": 0,
    },
  },
];

/** A group node's side: grows with the log of its count. */
const groupSize = (n: number) => Math.round(90 + 30 * Math.log10(n + 1));

type Box = { x1: number; y1: number; w: number; h: number };

/** Where the group of the `i`th entity type stands: on a ring around the entities' box. */
function ringPosition(b: Box, i: number): { x: number; y: number } {
  const r = Math.max(b.w, b.h) / 2 + 220;
  const angle = -Math.PI / 2 + (i * 2 * Math.PI) / ENTITY_TYPES.length;
  return { x: b.x1 + b.w / 2 + r * Math.cos(angle), y: b.y1 + b.h / 2 + r * Math.sin(angle) };
}

/**
 * The entities' box `b` with the ring of group nodes around it (every type, groups as large as
 * 100,000 members make them): the first view of an overview fits this once, so the groups
 * arriving later need no second camera move.
 */
export function withGroupRing(b: Box): Box {
  const half = groupSize(100_000) / 2;
  let x1 = b.x1;
  let y1 = b.y1;
  let x2 = b.x1 + b.w;
  let y2 = b.y1 + b.h;
  ENTITY_TYPES.forEach((_, i) => {
    const p = ringPosition(b, i);
    x1 = Math.min(x1, p.x - half);
    y1 = Math.min(y1, p.y - half);
    x2 = Math.max(x2, p.x + half);
    y2 = Math.max(y2, p.y + half);
  });
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/**
 * Group nodes in line with `counts` (0 or missing: none for that type), labelled by `label`.
 * Returns true when groups appeared where there were none (the camera should take them in).
 */
export function syncGroups(cy: cytoscape.Core, counts: PerType, label: (t: EntityType, n: number) => string): boolean {
  const before = cy.nodes(".group").not(".hubgroup").length;
  const entities = cy.nodes("[eid]").not(".hidden");
  // From positions and sizes: cytoscape's boundingBox() computes every drawn element's style first.
  const b = box(entities);
  cy.batch(() => {
    cy.nodes(".group")
      .not(".hubgroup")
      .forEach((g) => {
        if (!counts[g.data("type") as EntityType]) g.remove();
      });
    ENTITY_TYPES.forEach((t, i) => {
      const n = counts[t];
      if (!n) return;
      const position = ringPosition(b, i);
      const size = groupSize(n);
      const data = { id: groupId(t), type: t, count: n, label: label(t, n), size, font: 18, textWidth: size - 8 };
      const ele = cy.getElementById(groupId(t));
      if (ele.empty()) cy.add({ group: "nodes", data, classes: "group", position });
      else {
        ele.data(data);
        ele.position(position);
      }
    });
  });
  return before === 0 && cy.nodes(".group").not(".hubgroup").nonempty();
}
