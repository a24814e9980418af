// Multi-selection in the graph for merge and new relations: Shift/Ctrl/Cmd-click toggles a node,
// Shift-drag draws a box that picks every node in it, a click on the empty background (or Esc)
// starts over. A plain click only selects, so picks made with the details panel's button survive
// browsing. Picked nodes carry the class "picked" (styled in review-style.ts).
import type cytoscape from "cytoscape";
import { useCuration } from "./state.ts";

const withModifier = (e: cytoscape.EventObject): boolean => {
  const o = e.originalEvent as MouseEvent | undefined;
  return !!o && (o.shiftKey || o.ctrlKey || o.metaKey);
};

export function attachCuration(cy: cytoscape.Core): void {
  // With panning on, cytoscape box-selects only while a modifier key is held (Shift-drag).
  cy.boxSelectionEnabled(true);
  cy.on("tap", "node[eid]", (e) => {
    const id = e.target.data("eid") as number;
    if (withModifier(e)) useCuration.getState().togglePick(id);
  });
  cy.on("tap", (e) => {
    if (e.target === cy && !withModifier(e) && useCuration.getState().picked.length) {
      useCuration.getState().setPicked([]);
    }
  });
  let boxed: number[] = [];
  let flush: ReturnType<typeof setTimeout> | undefined;
  cy.on("box", "node[eid]", (e) => {
    if (e.target.hasClass("hidden")) return;
    boxed.push(e.target.data("eid") as number);
    clearTimeout(flush);
    flush = setTimeout(() => {
      useCuration.getState().addPicks(boxed);
      boxed = [];
      // The box also selected them in cytoscape; selection stays the details panel's single node.
      cy.nodes(":selected").unselect();
    }, 0);
  });

  const paint = (picked: number[]) => {
    const ids = new Set(picked);
    cy.batch(() => {
      cy.nodes(".picked").forEach((n) => {
        if (!ids.has(n.data("eid") as number)) n.removeClass("picked");
      });
      for (const id of ids) cy.getElementById(`n${id}`).addClass("picked");
    });
  };
  paint(useCuration.getState().picked);
  const unsubscribe = useCuration.subscribe((s, prev) => {
    if (s.picked !== prev.picked && !cy.destroyed()) paint(s.picked);
  });
  cy.on("destroy", unsubscribe);
}
