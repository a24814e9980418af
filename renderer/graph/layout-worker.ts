// Runs fcose on a headless cytoscape inside a Web Worker and posts the node positions back.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

interface Job {
  nodes: { id: string; w: number; h: number }[];
  edges: { id: string; source: string; target: string }[];
  options: Record<string, unknown>;
}

/** mulberry32: a small seeded generator, so the same graph gets the same picture every launch. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

self.onmessage = (e: MessageEvent<Job>) => {
  try {
    // Same input order and same random stream: fcose gives the same positions each time.
    // (This worker runs nothing else, so replacing its Math.random touches nobody.)
    Math.random = seeded(0x5eed);
    const nodes = [...e.data.nodes].sort(byId);
    const edges = [...e.data.edges].sort(byId);
    const { options } = e.data;
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: "node", style: { width: "data(w)", height: "data(h)" } }],
      elements: [
        ...nodes.map((n) => ({ group: "nodes" as const, data: { id: n.id, w: n.w, h: n.h } })),
        ...edges.map((x) => ({ group: "edges" as const, data: x })),
      ],
    });
    const layout = cy.layout({ ...options, name: "fcose", animate: false, fit: false } as cytoscape.LayoutOptions);
    layout.one("layoutstop", () => {
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        positions[n.id()] = { ...n.position() };
      });
      self.postMessage({ positions });
    });
    layout.run();
  } catch (err) {
    self.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};
