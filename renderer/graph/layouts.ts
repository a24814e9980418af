// Layout runners. Layouts run only on demand (first load, layout menu); filter changes never re-layout.
import cytoscape from "cytoscape";
import { LABEL_FONT } from "../../common/palette.ts";
import type { EntityType } from "../api-types.ts";
import type { LayoutName } from "../store.ts";
import { LABEL_FONT_SIZE, LABEL_MARGIN } from "./cy-style.ts";
import { LABEL_ALL, wrapped } from "./labels.ts";

/** Inner ring first in the concentric layout: the few hubs in the middle, the many enterprises outside. */
export const TYPE_RING: Record<EntityType, number> = {
  cluster: 5,
  park: 4,
  platform: 3,
  department: 2,
  enterprise: 1,
};

/** Above this many nodes the force layout switches to fcose's draft quality. */
export const DRAFT_ABOVE = 1000;

function ring(n: cytoscape.NodeSingular): number {
  return TYPE_RING[n.data("type") as EntityType] ?? 0;
}

export function layoutOptions(name: LayoutName, eles: cytoscape.Collection): cytoscape.LayoutOptions {
  const n = eles.nodes().length;
  const animate = n <= 400;
  // A picture small enough to name every node (labels.ts) leaves a label's width between
  // neighbours: an eight-character name is about 100 px wide, a node 30 to 60.
  const roomy = n <= LABEL_ALL;
  switch (name) {
    case "fcose":
      return {
        name: "fcose",
        quality: n > DRAFT_ABOVE ? "draft" : "default",
        randomize: true,
        animate,
        animationDuration: 600,
        fit: true,
        padding: 40,
        nodeDimensionsIncludeLabels: false,
        packComponents: true,
        // plain numbers (not functions) so the options can be posted to the layout worker
        nodeRepulsion: 12000,
        idealEdgeLength: roomy ? 120 : 80,
        edgeElasticity: 0.45,
        nodeSeparation: roomy ? 130 : 90,
        gravity: 0.3,
        // fewer refinement rounds on big graphs: 1000 already untangles them, at half the time
        numIter: n > 500 ? 1000 : 2500,
        tile: true,
        tilingPaddingVertical: roomy ? 44 : 34,
        tilingPaddingHorizontal: roomy ? 96 : 52,
      } as cytoscape.LayoutOptions;
    case "concentric":
      return {
        name: "concentric",
        concentric: (node: cytoscape.NodeSingular) => ring(node),
        levelWidth: () => 1,
        // room between the type rings, or the rings of big types run into one another
        minNodeSpacing: 40,
        animate,
        fit: true,
        padding: 40,
      } as cytoscape.LayoutOptions;
    case "grid":
      return {
        name: "grid",
        sort: (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) =>
          ring(b) - ring(a) || (b.data("degree") as number) - (a.data("degree") as number),
        avoidOverlap: true,
        avoidOverlapPadding: 18,
        animate,
        fit: true,
        padding: 40,
      } as cytoscape.LayoutOptions;
    case "breadthfirst": {
      const roots = eles.nodes('[type = "cluster"]');
      return {
        name: "breadthfirst",
        directed: false,
        roots: roots.nonempty() ? roots : undefined,
        // Hundreds of nodes per level make one line far wider than the screen: levels as rings.
        circle: n > 150,
        spacingFactor: 0.9,
        avoidOverlap: true,
        animate,
        fit: true,
        padding: 40,
      } as cytoscape.LayoutOptions;
    }
  }
}

export function runLayout(
  cy: cytoscape.Core,
  name: LayoutName,
  done: () => void,
  opts: { animate?: boolean } = {},
): void {
  const eles = cy.elements().not(".hidden, .group");
  if (eles.nodes().empty()) {
    done();
    return;
  }
  const options = { ...layoutOptions(name, eles), ...opts } as cytoscape.LayoutOptions;
  if (name === "fcose") {
    // The force layout takes seconds on a thousand nodes: run it off the main thread so the
    // window stays responsive, then move the nodes in one step.
    fcoseInWorker(eles, options)
      .then((pos) => {
        applyPositions(cy, eles, pos, opts.animate ?? eles.nodes().length <= 400, done);
      })
      .catch(() =>
        withFcose().then(
          () => runHere(eles, options, done),
          () => done(),
        ),
      );
    return;
  }
  runHere(eles, options, done);
}

let fcoseLoaded: Promise<void> | null = null;

/**
 * fcose on this thread, loaded when first needed: the force layout runs in the worker
 * (./layout-worker.ts, its own bundle), this thread only falls back on it where workers fail,
 * and its 320 kB of layout code were a sixth of what the first start evaluates before drawing.
 */
function withFcose(): Promise<void> {
  fcoseLoaded ??= import("cytoscape-fcose").then((m) => {
    cytoscape.use(m.default);
  });
  return fcoseLoaded;
}

function runHere(eles: cytoscape.Collection, options: cytoscape.LayoutOptions, done: () => void): void {
  const layout = eles.layout(options);
  layout.one("layoutstop", done);
  layout.run();
}

type Positions = Record<string, { x: number; y: number }>;

/**
 * The room a node takes in the force layout: its body, and in a picture that names every node
 * its name too (the wrapped name's width; its height above and below, either side may take it),
 * so that the layout leaves the names room between nodes rather than the label placer culling them.
 */
function footprint(n: cytoscape.NodeSingular, named: boolean): { w: number; h: number } {
  const size = n.data("size") as number;
  if (!named) return { w: size, h: size };
  const { width, lines } = wrapped(
    String(n.data("label") ?? ""),
    `normal 500 ${LABEL_FONT_SIZE}px ${LABEL_FONT}`,
    n.data("labelWidth") as number,
  );
  return { w: Math.max(size, width), h: size + 2 * (lines * LABEL_FONT_SIZE + LABEL_MARGIN) };
}

function fcoseInWorker(eles: cytoscape.Collection, options: cytoscape.LayoutOptions): Promise<Positions> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
    } catch (e) {
      reject(e);
      return;
    }
    const finish = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<{ positions?: Positions; error?: string }>) => {
      finish();
      if (e.data.positions) resolve(e.data.positions);
      else reject(new Error(e.data.error ?? "layout failed"));
    };
    worker.onerror = (e) => {
      finish();
      e.preventDefault(); // handled: fall back to the main thread without a console error
      reject(new Error(e.message));
    };
    const { animate: _a, ...plain } = options as unknown as Record<string, unknown>;
    const named = eles.nodes().length <= LABEL_ALL;
    worker.postMessage({
      nodes: eles.nodes().map((n) => ({ id: n.id(), ...footprint(n, named) })),
      edges: eles.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
      options: plain,
    });
  });
}

function applyPositions(
  cy: cytoscape.Core,
  eles: cytoscape.Collection,
  pos: Positions,
  animate: boolean,
  done: () => void,
): void {
  if (!animate) {
    // One jump in one batch: the preset layout's fit measured every element's box first
    // (seconds at scale); the caller fits the camera from node positions.
    cy.batch(() => {
      eles.nodes().forEach((n) => {
        const p = pos[n.id()];
        if (p) n.position(p);
      });
    });
    cy.resize();
    done();
    return;
  }
  const layout = eles.layout({
    name: "preset",
    positions: (n: cytoscape.NodeSingular) => pos[n.id()] ?? n.position(),
    animate,
    animationDuration: 500,
    fit: true,
    padding: 40,
  } as cytoscape.LayoutOptions);
  layout.one("layoutstop", () => {
    cy.resize();
    done();
  });
  layout.run();
}
