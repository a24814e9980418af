// Runs fcose on a headless cytoscape inside a Web Worker and posts the node positions back.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

interface Job {
  nodes: { id: string; size: number }[];
  edges: { id: string; source: string; target: string }[];
  options: Record<string, unknown>;
}

self.onmessage = (e: MessageEvent<Job>) => {
  try {
    const { nodes, edges, options } = e.data;
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
      elements: [
        ...nodes.map((n) => ({ group: "nodes" as const, data: { id: n.id, size: n.size } })),
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
