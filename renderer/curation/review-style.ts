// How review states look in the graph: confirmed nodes get a thick green ring, rejected ones
// (shown only when the review filter asks for them) are faded and dashed; unreviewed look as
// extracted. Placed after the type styles and before selection/path, which stay on top.
import type cytoscape from "cytoscape";

export function reviewStyle(): cytoscape.StylesheetJson {
  return [
    { selector: 'node[review = "confirmed"]', style: { "border-width": 3.5, "border-color": "#15803D" } },
    { selector: 'node[review = "confirmed"][status = "planned"]', style: { "border-style": "dashed" } },
    {
      selector: 'node[review = "rejected"]',
      style: {
        "border-width": 2,
        "border-style": "dashed",
        "border-color": "#B91C1C",
        "background-opacity": 0.25,
        opacity: 0.55,
      },
    },
    { selector: 'edge[review = "confirmed"]', style: { opacity: 1 } },
    { selector: 'edge[review = "rejected"]', style: { "line-style": "dashed", opacity: 0.3 } },
    {
      selector: "node.picked",
      style: {
        label: "data(name)",
        "overlay-color": "#2563EB",
        "overlay-opacity": 0.22,
        "overlay-padding": 7,
        "z-index": 15,
      },
    },
  ];
}
