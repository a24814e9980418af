// Cytoscape stylesheet. Labels are off by default and switched on per node by labels.ts
// (class "labelled") so that they never pile on each other.
import type cytoscape from "cytoscape";
import { LABEL_FONT, type NodeShape, RELATION_STYLE, TYPE_STYLE } from "../../common/palette.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../api-types.ts";
import { reviewStyle } from "../curation/review-style.ts";
import { GROUP_STYLE } from "./group-nodes.ts";
import { HUB_GROUP_STYLE } from "./hub-group-nodes.ts";

export const LABEL_FONT_SIZE = 12;
/** Gap between a node and its label per side (model px); labels.ts places boxes with the same. */
export const LABEL_MARGIN = 3;
export const LABEL_MARGIN_SIDE = 4;

/** The window draws the rounded variant of each shared outline. */
const CY_SHAPE: Record<NodeShape, cytoscape.Css.NodeShape> = {
  hexagon: "round-hexagon",
  rectangle: "round-rectangle",
  diamond: "round-diamond",
  ellipse: "ellipse",
  triangle: "round-triangle",
};
/** Characters per label line; long Chinese names wrap at any character. */
export const LABEL_LINE_CHARS = 8;

export type ZoomBand = "far" | "mid" | "near";
export const zoomBand = (zoom: number): ZoomBand => (zoom < 0.6 ? "far" : zoom < 1.1 ? "mid" : "near");

export function cyStyle(): cytoscape.StylesheetJson {
  const s: cytoscape.StylesheetJson = [
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        "border-width": 1.5,
        "border-opacity": 0.9,
        label: "",
        "font-family": LABEL_FONT,
        "font-size": LABEL_FONT_SIZE,
        "font-weight": 500,
        color: "#1F2933",
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": LABEL_MARGIN,
        "text-wrap": "wrap",
        "text-max-width": "data(labelWidth)",
        "text-overflow-wrap": "anywhere",
        "text-outline-color": "#FFFFFF",
        "text-outline-width": 2,
        "text-outline-opacity": 0.9,
        "min-zoomed-font-size": 7,
        "overlay-opacity": 0,
      },
    },
    { selector: "node.labelled", style: { label: "data(label)" } },
    { selector: "node.lbl-top", style: { "text-valign": "top", "text-margin-y": -LABEL_MARGIN } },
    {
      selector: "node.lbl-right",
      style: { "text-valign": "center", "text-halign": "right", "text-margin-x": LABEL_MARGIN_SIDE },
    },
    {
      selector: "node.lbl-left",
      style: { "text-valign": "center", "text-halign": "left", "text-margin-x": -LABEL_MARGIN_SIDE },
    },
    // Corners: the label's corner at the corner of the node's bounding square (labels.ts boxes).
    { selector: "node.lbl-br", style: { "text-valign": "bottom", "text-halign": "right", "text-margin-y": 0 } },
    { selector: "node.lbl-bl", style: { "text-valign": "bottom", "text-halign": "left", "text-margin-y": 0 } },
    { selector: "node.lbl-tr", style: { "text-valign": "top", "text-halign": "right", "text-margin-y": 0 } },
    { selector: "node.lbl-tl", style: { "text-valign": "top", "text-halign": "left", "text-margin-y": 0 } },
    // Labelled nodes draw above the rest, so their names are never under another body.
    { selector: "node.labelled", style: { "z-index": 5 } },
    // Zoomed out, hubs keep readable names (labels.ts sets the zoom band class on the core).
    { selector: "node.zoom-far", style: { "font-size": "data(fontFar)" } },
    { selector: "node.zoom-mid", style: { "font-size": "data(fontMid)" } },
    { selector: 'node[status = "planned"]', style: { "border-style": "dashed", "background-opacity": 0.55 } },
    { selector: "node.hidden", style: { display: "none" } },
    { selector: "edge.hidden", style: { display: "none" } },
    {
      selector: "edge",
      style: {
        "curve-style": "haystack",
        "haystack-radius": 0,
        width: 1.2,
        opacity: 0.75,
        "line-color": "#C9CED6",
      },
    },
  ];
  for (const t of ENTITY_TYPES) {
    const st = TYPE_STYLE[t];
    s.push({
      selector: `node[type = "${t}"]`,
      style: { "background-color": st.color, "border-color": st.border, shape: CY_SHAPE[st.shape] },
    });
  }
  for (const r of RELATION_TYPES) {
    const st = RELATION_STYLE[r];
    s.push({
      selector: `edge[type = "${r}"]`,
      style: {
        "line-color": st.color,
        "line-style": st.line,
        width: st.width,
        ...(st.arrow
          ? {
              "curve-style": "straight",
              "target-arrow-shape": "triangle",
              "target-arrow-color": st.color,
              "arrow-scale": 0.7,
            }
          : {}),
      },
    });
  }
  s.push(
    { selector: 'edge[type = "co_mention"]', style: { opacity: 0.35 } },
    ...reviewStyle(),
    // Selection: the chosen node and its neighbours stand out, everything else recedes.
    { selector: ".faded", style: { opacity: 0.15, "text-opacity": 0.3 } },
    { selector: "edge.faded", style: { opacity: 0.06 } },
    {
      selector: "node:selected",
      style: {
        label: "data(name)",
        "border-width": 4,
        "border-color": "#111827",
        "font-weight": 700,
        "z-index": 20,
        "text-max-width": "200px",
      },
    },
    { selector: "node.neighbour", style: { "z-index": 10 } },
    // Hover names any node, whatever label placement decided.
    {
      selector: "node.hover",
      style: {
        label: "data(name)",
        "z-index": 40,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.9,
        "text-background-padding": "2px",
      },
    },
    { selector: "edge.neighbour", style: { opacity: 1, width: 2.4, "z-index": 10 } },
    {
      selector: "node.highlight",
      style: {
        label: "data(name)",
        "border-width": 6,
        "border-color": "#FACC15",
        "z-index": 30,
      },
    },
    {
      selector: "node.path",
      style: { label: "data(name)", "border-width": 5, "border-color": "#F97316", "z-index": 25, opacity: 1 },
    },
    {
      selector: "edge.path",
      style: {
        "line-color": "#F97316",
        "line-style": "solid",
        width: 5,
        opacity: 1,
        "z-index": 25,
        "curve-style": "straight",
      },
    },
  );
  // The aggregated overview's group nodes (last: over the type colours' sizes).
  s.push(...GROUP_STYLE, ...HUB_GROUP_STYLE);
  return s;
}
