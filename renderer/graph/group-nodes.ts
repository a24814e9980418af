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

/**
 * Group nodes in line with `counts` (0 or missing: none for that type), labelled by `label`.
 * Returns true when groups appeared where there were none (the camera should take them in).
 */
export function syncGroups(cy: cytoscape.Core, counts: PerType, label: (t: EntityType, n: number) => string): boolean {
  const before = cy.nodes(".group").not(".hubgroup").length;
  const entities = cy.nodes("[eid]").not(".hidden");
  // From positions and sizes: cytoscape's boundingBox() computes every drawn element's style first.
  const b = box(entities);
  const bb = { x1: b.x1, y1: b.y1, x2: b.x1 + b.w, y2: b.y1 + b.h, w: b.w, h: b.h };
  const r = Math.max(bb.w, bb.h) / 2 + 220;
  const cx = (bb.x1 + bb.x2) / 2;
  const cyy = (bb.y1 + bb.y2) / 2;
  cy.batch(() => {
    cy.nodes(".group")
      .not(".hubgroup")
      .forEach((g) => {
        if (!counts[g.data("type") as EntityType]) g.remove();
      });
    ENTITY_TYPES.forEach((t, i) => {
      const n = counts[t];
      if (!n) return;
      const angle = -Math.PI / 2 + (i * 2 * Math.PI) / ENTITY_TYPES.length;
      const position = { x: cx + r * Math.cos(angle), y: cyy + r * Math.sin(angle) };
      const size = Math.round(90 + 30 * Math.log10(n + 1));
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
