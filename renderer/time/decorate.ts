// Drawing time on the graph: entering nodes fade in when the range changes (the player's
// transitions), and a comparison colours nodes and edges new (only B), dropped (only A),
// kept (both) or changed (status, rename, merge).
import type cytoscape from "cytoscape";
import { useEffect, useRef } from "react";
import { placeLabels } from "../graph/labels.ts";
import { useTime } from "./state.ts";

export const DIFF_COLOURS = { new: "#2F9E44", dropped: "#C92A2A", kept: "#1C7ED6", changed: "#F08C00" } as const;
const CLASSES = "cmp-new cmp-dropped cmp-kept cmp-changed cmp-none";

const styled = new WeakSet<cytoscape.Core>();
function ensureStyle(cy: cytoscape.Core): void {
  if (styled.has(cy)) return;
  styled.add(cy);
  const s = cy.style() as unknown as {
    selector(sel: string): { style(css: Record<string, unknown>): unknown };
    update(): void;
  };
  const ring = (colour: string, style = "solid") => ({
    "border-width": 5,
    "border-color": colour,
    "border-style": style,
  });
  const put = (sel: string, css: Record<string, unknown>) => {
    (s.selector(sel) as { style(css: Record<string, unknown>): unknown }).style(css);
  };
  put("node.cmp-new", ring(DIFF_COLOURS.new));
  put("node.cmp-dropped", { ...ring(DIFF_COLOURS.dropped, "dashed"), opacity: 0.6 });
  put("node.cmp-kept", ring(DIFF_COLOURS.kept));
  put("node.cmp-changed", ring(DIFF_COLOURS.changed, "double"));
  put("edge.cmp-new", { "line-color": DIFF_COLOURS.new, "target-arrow-color": DIFF_COLOURS.new, width: 2.4 });
  put("edge.cmp-dropped", { "line-color": DIFF_COLOURS.dropped, "line-style": "dashed", opacity: 0.5 });
  put("edge.cmp-kept", { "line-color": DIFF_COLOURS.kept });
  s.update();
}

function colour(cy: cytoscape.Core, c: ReturnType<typeof useTime.getState>["comparison"]): void {
  cy.batch(() => {
    cy.elements().removeClass(CLASSES);
    if (!c) return;
    ensureStyle(cy);
    const mark = (prefix: "n" | "e", id: number, cls: string) => cy.getElementById(`${prefix}${id}`).addClass(cls);
    const sides = { only_a: "cmp-dropped", only_b: "cmp-new", both: "cmp-kept" } as const;
    for (const [side, cls] of Object.entries(sides) as [keyof typeof sides, string][]) {
      for (const list of Object.values(c[side].entities)) for (const e of list) mark("n", e.id, cls);
      for (const r of c[side].relations) mark("e", r.id, cls);
    }
    for (const ch of c.status_changed)
      cy.getElementById(`n${ch.entity.id}`).removeClass(CLASSES).addClass("cmp-changed");
  });
}

/** Mounted once (by the timeline strip): keeps the picture in step with the time state. */
export function useTimeDecoration(): void {
  const stated = useTime((s) => s.stated);
  const comparison = useTime((s) => s.comparison);
  const playing = useTime((s) => s.playing);
  const shownBefore = useRef<Set<string>>(new Set());
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const cy = window.__cy;
      if (!cy) return;
      colour(cy, comparison);
      const now = cy.nodes().not(".hidden");
      const before = shownBefore.current;
      const entering = now.filter((n) => !before.has(n.id()));
      shownBefore.current = new Set(now.map((n) => n.id()));
      if (before.size > 0 && entering.nonempty() && entering.length < 800) {
        entering.style("opacity", 0);
        entering.animate({ style: { opacity: 1 } }, { duration: 700, complete: () => entering.removeStyle("opacity") });
      }
      if (playing && now.nonempty()) {
        cy.animate({ fit: { eles: now, padding: 60 } }, { duration: 700, complete: () => placeLabels(cy) });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [stated, comparison, playing]);
}
