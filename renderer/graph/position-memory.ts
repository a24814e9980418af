// Node positions survive a reload: saved per knowledge base (by entity key) in localStorage,
// so the user's map of the graph does not change between sessions.
import type cytoscape from "cytoscape";

const PREFIX = "kg.positions:";

export function loadPositions(scope: string): Map<string, { x: number; y: number }> {
  try {
    const raw = localStorage.getItem(PREFIX + scope);
    if (!raw) return new Map();
    return new Map(Object.entries(JSON.parse(raw) as Record<string, { x: number; y: number }>));
  } catch {
    return new Map();
  }
}

export function savePositions(scope: string, cy: cytoscape.Core): void {
  const old = loadPositions(scope);
  cy.nodes().forEach((n) => {
    const p = n.position();
    old.set(n.data("key") as string, { x: Math.round(p.x), y: Math.round(p.y) });
  });
  try {
    localStorage.setItem(PREFIX + scope, JSON.stringify(Object.fromEntries(old)));
  } catch {
    // storage full or disabled: positions are a convenience, not data
  }
}
