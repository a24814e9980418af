// What saved views need from the cytoscape instance: read the picture on screen (nodes,
// positions, camera), put a saved one back (optionally animated), and the presentation look.
import type cytoscape from "cytoscape";
import { cyStyle, LABEL_FONT_SIZE } from "../graph/cy-style.ts";
import { placeLabels } from "../graph/labels.ts";
import { nodeId } from "../graph/sync.ts";

type Pos = { x: number; y: number };
export interface Camera {
  zoom: number;
  pan: Pos;
}

/** GraphView publishes its instance on window.__cy (also the end-to-end tests' handle). */
export function getCy(): cytoscape.Core | null {
  return window.__cy ?? null;
}

export const TRANSITION_MS = 400;

export interface Picture {
  entityKeys: string[];
  relationIds: number[];
  positions: Record<string, Pos>;
  camera: Camera;
  viewport: { w: number; h: number };
  keyOf: Map<number, string>;
}

/** The entities and relations drawn now, with their positions and the camera. */
export function capturePicture(cy: cytoscape.Core): Picture {
  const keyOf = new Map<number, string>();
  const positions: Record<string, Pos> = {};
  const entityKeys: string[] = [];
  cy.nodes()
    .not(".hidden")
    .forEach((n) => {
      const key = n.data("key") as string;
      keyOf.set(n.data("eid") as number, key);
      entityKeys.push(key);
      const p = n.position();
      positions[key] = { x: p.x, y: p.y };
    });
  const relationIds = cy
    .edges()
    .not(".hidden")
    .map((e) => e.data("eid") as number)
    .filter((id) => Number.isInteger(id) && id > 0);
  const pan = cy.pan();
  return {
    entityKeys,
    relationIds,
    positions,
    camera: { zoom: cy.zoom(), pan: { x: pan.x, y: pan.y } },
    viewport: { w: cy.width(), h: cy.height() },
    keyOf,
  };
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Resolves once every id is drawn (React has synced them into cytoscape), or after ~3 s. */
export async function waitForNodes(ids: number[]): Promise<cytoscape.Core | null> {
  for (let i = 0; i < 180; i++) {
    const cy = getCy();
    const busy = document.querySelector('[data-testid="graph-busy"]');
    if (
      cy &&
      !busy &&
      ids.every((id) => cy.getElementById(nodeId(id)).nonempty() && !cy.getElementById(nodeId(id)).hasClass("hidden"))
    ) {
      // one more frame: GraphView's selection/path decoration runs in an effect after the sync
      await frame();
      return cy;
    }
    await frame();
  }
  return getCy();
}

/**
 * The saved camera for this container. The saved centre stays the centre; presenting (a
 * bigger, panel-less canvas) also scales the zoom so the same area fills the screen.
 */
export function fitCamera(
  cy: cytoscape.Core,
  cam: Camera,
  saved: { w: number; h: number } | null,
  grow: boolean,
): Camera {
  const w = cy.width();
  const h = cy.height();
  if (!saved || saved.w <= 0 || saved.h <= 0) return cam;
  const k = grow ? Math.min(w / saved.w, h / saved.h) : 1;
  const centre = { x: (saved.w / 2 - cam.pan.x) / cam.zoom, y: (saved.h / 2 - cam.pan.y) / cam.zoom };
  const zoom = cam.zoom * k;
  return { zoom, pan: { x: w / 2 - centre.x * zoom, y: h / 2 - centre.y * zoom } };
}

/**
 * A fit of what is shown (labels included) that keeps clear of the stage's caption above and its
 * controls below, so no name sits under the title when presenting.
 */
export function fitClear(cy: cytoscape.Core): Camera {
  const box = cy.container()?.getBoundingClientRect();
  const edge = (sel: string, side: "top" | "bottom") => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    if (!box || !r || r.height === 0) return 0;
    return Math.max(0, side === "top" ? r.bottom - box.top : box.bottom - r.top);
  };
  const top = edge('[data-testid="stage-caption"]', "top");
  const bottom = edge('[data-testid="stage-controls"]', "bottom");
  const pad = 40;
  const bb = cy.elements().not(".hidden").boundingBox();
  const w = cy.width();
  const h = cy.height();
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(
      cy.minZoom(),
      Math.min((w - 2 * pad) / Math.max(bb.w, 1), (h - top - bottom - 2 * pad) / Math.max(bb.h, 1)),
    ),
  );
  const cx = (bb.x1 + bb.x2) / 2;
  const cyy = (bb.y1 + bb.y2) / 2;
  return { zoom, pan: { x: w / 2 - cx * zoom, y: top + (h - top - bottom) / 2 - cyy * zoom } };
}

/** Moves nodes to their saved positions and the camera to the saved one, then re-places labels. */
export function applyPicture(
  cy: cytoscape.Core,
  positions: Map<number, Pos>,
  camera: Camera | null,
  animate: boolean,
  /** Asked when the move ends: lock nodes again? (presenting may have ended meanwhile) */
  relock: () => boolean,
): Promise<void> {
  return new Promise((resolve) => {
    cy.stop(true, false);
    cy.nodes().stop(true, false);
    // Locked nodes ignore position changes: unlock for the move, lock again after it.
    cy.autolock(false);
    const done = () => {
      cy.autolock(relock());
      placeLabels(cy);
      resolve();
    };
    if (!animate) {
      cy.batch(() => {
        for (const [id, p] of positions) {
          const n = cy.getElementById(nodeId(id));
          if (n.nonempty()) n.position({ x: p.x, y: p.y });
        }
      });
      cy.viewport(camera ? { zoom: camera.zoom, pan: { ...camera.pan } } : fitClear(cy));
      done();
      return;
    }
    for (const [id, p] of positions) {
      const n = cy.getElementById(nodeId(id));
      if (n.nonempty())
        n.animate({ position: { x: p.x, y: p.y } }, { duration: TRANSITION_MS, easing: "ease-in-out-cubic" });
    }
    const target = camera ? { zoom: camera.zoom, pan: { ...camera.pan } } : fitClear(cy);
    cy.animate(target, { duration: TRANSITION_MS, easing: "ease-in-out-cubic", complete: done });
  });
}

export interface Look {
  presenting: boolean;
  /** Base label size in px (the explorer's is LABEL_FONT_SIZE). */
  labelSize: number;
  spotlight: boolean;
  /** Every node gets its label (a presented view of modest size), not only those labels.ts places. */
  labelAll?: boolean;
}

/** Stylesheet rules added after the explorer's: bigger labels, projector contrast, spotlight. */
function lookRules(look: Look): cytoscape.StylesheetJson {
  const k = (look.labelSize / LABEL_FONT_SIZE) * (look.presenting ? 1.5 : 1);
  const num = (field: string) => (n: cytoscape.NodeSingular) => (n.data(field) as number) * k;
  const rules: cytoscape.StylesheetJson = [];
  if (k !== 1) {
    rules.push(
      { selector: "node", style: { "font-size": LABEL_FONT_SIZE * k, "text-max-width": num("labelWidth") } as never },
      { selector: "node.zoom-far", style: { "font-size": num("fontFar") } as never },
      { selector: "node.zoom-mid", style: { "font-size": num("fontMid") } as never },
      { selector: "node:selected", style: { "text-max-width": `${200 * k}px` } },
    );
  }
  if (look.presenting) {
    rules.push(
      {
        selector: "node",
        style: {
          color: "#000000",
          "font-weight": 700,
          "text-outline-color": "#FFFFFF",
          "text-outline-width": 3,
          "text-outline-opacity": 1,
          "border-width": 2.5,
          "border-opacity": 1,
        },
      },
      { selector: "edge", style: { opacity: 0.95 } },
      { selector: 'edge[type = "co_mention"]', style: { opacity: 0.5 } },
      { selector: "node:selected", style: { "border-width": 5, "border-color": "#000000" } },
    );
  }
  if (look.labelAll) {
    rules.push({ selector: "node", style: { label: "data(label)" } });
  }
  if (look.spotlight) {
    rules.push(
      { selector: ".faded", style: { opacity: 0.07, "text-opacity": 0 } },
      { selector: "edge.faded", style: { opacity: 0.03 } },
      { selector: "edge.neighbour", style: { opacity: 1, width: 3 } },
    );
  } else if (look.presenting) {
    // Spotlight off: a view saved with a selection shows every entity, not ghosts around one.
    rules.push(
      { selector: "node.faded", style: { opacity: 1, "text-opacity": 1 } },
      { selector: "edge.faded", style: { opacity: 0.95 } },
      { selector: 'edge.faded[type = "co_mention"]', style: { opacity: 0.5 } },
    );
  }
  return rules;
}

const applied = new WeakMap<cytoscape.Core, string>();

export function applyLook(cy: cytoscape.Core, look: Look): void {
  const sig = JSON.stringify(look);
  // Never touched and still the explorer's look: leave GraphView's stylesheet alone.
  const plain = !look.presenting && !look.spotlight && !look.labelAll && look.labelSize === LABEL_FONT_SIZE;
  if (applied.get(cy) === sig || (plain && !applied.has(cy))) return;
  applied.set(cy, sig);
  const k = (look.labelSize / LABEL_FONT_SIZE) * (look.presenting ? 1.5 : 1);
  // labels.ts sizes its collision boxes by this factor.
  cy.scratch("kgLabelScale", k);
  (cy.style() as unknown as { fromJson(j: unknown): { update(): void } })
    .fromJson([...cyStyle(), ...lookRules(look)])
    .update();
  placeLabels(cy);
}

/** Presentation: nothing moves by itself or by a stray drag. */
export function setLocked(cy: cytoscape.Core, locked: boolean): void {
  cy.autolock(locked);
}
