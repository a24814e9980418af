// The cluster / park groups (./hub-groups.ts) in cytoscape: one group node per hub with its member
// count, beside its hub when the hub is drawn, and aggregated edges between groups labelled with
// how many relations they stand for. Like the type groups they carry no entity id ("eid") and the
// class "group", so selection, layouts, labels, stored positions and the visible-set sync pass them by.
import type cytoscape from "cytoscape";
import { TYPE_STYLE } from "../../common/palette.ts";
import type { EntityType } from "../api-types.ts";
import type { HubGroups } from "./hub-groups.ts";
import { box } from "./node-box.ts";

export const hubGroupId = (hub: number): string => `h-${hub}`;

export const HUB_GROUP_STYLE: cytoscape.StylesheetJson = [
  { selector: "node.hubgroup", style: { "background-color": "data(color)", "border-color": "data(color)" } },
  {
    selector: "edge.group",
    style: {
      "curve-style": "straight",
      width: "data(width)",
      "line-color": "#94A3B8",
      "line-style": "dashed",
      opacity: 0.8,
      label: "data(label)",
      "font-size": 14,
      color: "#334155",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "2px",
    },
  },
];

/**
 * Group nodes and aggregated edges in line with `hubs` (null: none). Returns true when groups
 * appeared where there were none (the camera should take them in).
 */
export function syncHubGroups(
  cy: cytoscape.Core,
  hubs: HubGroups | null,
  kind: EntityType,
  label: (name: string, n: number) => string,
): boolean {
  const before = cy.nodes(".hubgroup").length;
  const want = new Set((hubs?.groups ?? []).map((g) => hubGroupId(g.hub)));
  const entities = cy.nodes("[eid]").not(".hidden");
  const b = box(entities);
  const cx = b.x1 + b.w / 2;
  const cyy = b.y1 + b.h / 2;
  const ring = Math.max(b.w, b.h) / 2 + 220;
  const color = TYPE_STYLE[kind].color;
  cy.batch(() => {
    cy.edges(".group").remove();
    cy.nodes(".hubgroup").forEach((g) => {
      if (!want.has(g.id())) g.remove();
    });
    (hubs?.groups ?? []).forEach((g, i) => {
      const n = g.members.length;
      const size = Math.round(60 + 25 * Math.log10(n + 1));
      const hub = cy.getElementById(`n${g.hub}`);
      let position: { x: number; y: number };
      if (hub.nonempty() && !hub.hasClass("hidden")) {
        // Beside its hub, outwards from the middle of the picture.
        const p = hub.position();
        const dx = p.x - cx;
        const dy = p.y - cyy;
        const d = Math.hypot(dx, dy) || 1;
        position = { x: p.x + (dx / d) * (size + 40), y: p.y + (dy / d) * (size + 40) };
      } else {
        const angle = -Math.PI / 2 + (i * 2 * Math.PI) / Math.max(hubs?.groups.length ?? 1, 1);
        position = { x: cx + ring * Math.cos(angle), y: cyy + ring * Math.sin(angle) };
      }
      const data = {
        id: hubGroupId(g.hub),
        hub: g.hub,
        count: n,
        members: g.members,
        label: label(g.name, n),
        size,
        font: 14,
        textWidth: size + 60,
        color,
      };
      const ele = cy.getElementById(data.id);
      if (ele.empty()) cy.add({ group: "nodes", data, classes: "group hubgroup", position });
      else {
        ele.data(data);
        ele.position(position);
      }
    });
    for (const l of hubs?.links ?? []) {
      const to = cy.getElementById(`n${l.entity}`);
      if (to.empty() || to.hasClass("hidden")) continue;
      cy.add({
        group: "edges",
        classes: "group",
        data: {
          id: `hl-${l.hub}-${l.entity}`,
          source: hubGroupId(l.hub),
          target: to.id(),
          count: l.count,
          label: String(l.count),
          width: Math.min(10, 1.5 + Math.log2(l.count + 1)),
        },
      });
    }
    for (const e of hubs?.edges ?? []) {
      cy.add({
        group: "edges",
        classes: "group",
        data: {
          id: `he-${e.a}-${e.b}`,
          source: hubGroupId(e.a),
          target: hubGroupId(e.b),
          count: e.count,
          label: String(e.count),
          width: Math.min(10, 1.5 + Math.log2(e.count + 1)),
        },
      });
    }
  });
  return before === 0 && cy.nodes(".hubgroup").nonempty();
}
