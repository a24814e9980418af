import cytoscape from "cytoscape";
import { useEffect, useRef, useState } from "react";
import { ENTITY_TYPES, type EntityType } from "../api-types.ts";
import { attachCuration } from "../curation/graph-picking.ts";
import { formatCount } from "../i18n/format.ts";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { useVisible } from "../visible.ts";
import { fitBox, fitIfOff, fitNow, fitTarget, fitZoom, watchSize } from "./camera.ts";
import { cyStyle } from "./cy-style.ts";
import { openGroupNow, openHubNow } from "./group-actions.ts";
import { syncGroups, withGroupRing } from "./group-nodes.ts";
import { currentHubGroups, leftOut, useGroups } from "./groups.ts";
import { syncHubGroups } from "./hub-group-nodes.ts";
import { LABEL_ALL, labelsCurrent, namesLeftOut, placeLabels } from "./labels.ts";
import { runLayout } from "./layouts.ts";
import { defsBox, box as nodesBox } from "./node-box.ts";
import { rendererOptions } from "./overview.ts";
import { savePositions, storedPositions } from "./position-memory.ts";
import { addInBatches, type BatchSize, edgeId, nodeId, placeUnplaced, syncElements } from "./sync.ts";
import "./graph.css";

/** Above this many elements pan/zoom draws a cached texture and drops edges while moving. */
const LARGE = 600;
/** Up to this many elements drawn, nodes glide from the grid to the force layout. */
const ANIMATE_UP_TO = 600;
/** Up to this many elements drawn, a selection fades the rest. */
const FADE_UP_TO = 600;
/**
 * Progressive drawing of a big first view: the hubs drawn at once, then per frame 50 nodes or 200
 * relations. A node costs its style and a texture of its own; a relation only its style and a
 * line: 100 elements of either a frame made the node frames long tasks without a GPU (the first
 * ones most, the code and fonts still cold) and took 8 frames over the relations.
 */
const FIRST = 30;
const BATCH: BatchSize = { nodes: 50, edges: 200 };

/** Graphs still being drawn a batch per frame (their names are placed once, at the end). */
const drawing = new WeakSet<cytoscape.Core>();

declare global {
  interface Window {
    /** The cytoscape instance, for end-to-end tests and debugging. */
    __cy?: cytoscape.Core;
    /** ms from navigation start to the first laid-out graph frame. */
    __kgFirstPaint?: number;
    /** Durations (ms) of the steps of the first paint, for the benchmark figures. */
    __kgTimings?: Record<string, number>;
  }
}

function mark(step: string, since: number): void {
  window.__kgTimings = { ...window.__kgTimings, [step]: Math.round(performance.now() - since) };
}

export function GraphView() {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const [shown, setShown] = useState({ nodes: 0, edges: 0, laidOut: false });
  const [busy, setBusy] = useState(false);
  const visible = useVisible();
  const heldRef = useRef(false);
  heldRef.current = visible?.held ?? false;
  /** Node ids drawn last time: a re-fit follows a change of what is shown. */
  const lastIds = useRef<Set<number>>(new Set());
  /** Counts syncs: relations still being added in batches stop when a newer sync took over. */
  const syncs = useRef(0);
  /** Where nodes stood in the big picture before a small selection was laid out compactly. */
  const home = useRef<Map<string, cytoscape.Position>>(new Map());
  const selectedId = useStore((s) => s.selectedId);
  const pathResult = useStore((s) => s.pathResult);
  const centreRun = useStore((s) => s.centreRun);
  const layoutRun = useStore((s) => s.layoutRun);
  const fitRun = useStore((s) => s.fitRun);
  const zoomRun = useStore((s) => s.zoomRun);
  const sub = useStore((s) => s.sub);
  const types = useStore((s) => s.filter.types);
  const matched = useGroups((s) => s.matched);
  const by = useGroups((s) => s.by);

  useEffect(
    () => () => {
      cyRef.current?.destroy();
      cyRef.current = null;
      window.__cy = undefined;
    },
    [],
  );

  // Sync the visible set into cytoscape; created lazily so its viewport options can depend on size.
  useEffect(() => {
    if (!visible || !box.current) return;
    let cy = cyRef.current;
    const first = !cy;
    if (!cy) {
      cy = createCy(box.current, visible.nodes.length + visible.edges.length > LARGE);
      cyRef.current = cy;
      window.__cy = cy;
      const stop = watchSize(cy, box.current, () => heldRef.current);
      cy.one("destroy", stop);
    }
    const ids = new Set(visible.nodes.map((n) => n.id));
    const sel = useStore.getState().selectedId;
    // Only the picked entity joined (search, details): the centring on it is the camera move.
    const changed = ids.size !== lastIds.current.size || [...ids].some((id) => !lastIds.current.has(id) && id !== sel);
    const refit = !first && changed && !visible.held;
    lastIds.current = ids;
    const c = cy;
    const count = () => ({
      nodes: c.nodes().not(".hidden, .group").length,
      edges: c.edges().not(".hidden, .group").length,
    });
    const tSync = performance.now();
    const gen = ++syncs.current;
    const { needsLayout, pending, added, toggled } = syncElements(c, visible, storedPositions(), FIRST);
    if (first) mark("sync", tSync);
    // The first view's whole picture: every entity it is about to draw (placed on the grid or where
    // they were stored) and, in an overview, the ring its groups will stand on. Fitted once at the
    // start, so that neither the batches, the groups nor the end move the camera again (each move
    // redrew every texture, and a new zoom band restyled every node).
    const overview = (sub?.matchedNodes ?? 0) > (sub?.nodes.length ?? 0);
    const picture = (defs: cytoscape.ElementDefinition[] = []) => {
      const b = defsBox(defs, nodesBox(c.nodes("[eid]").not(".hidden")));
      return overview ? withGroupRing(b) : b;
    };
    const painted = () => {
      const tLabels = performance.now();
      placeLabels(c, true);
      if (first) mark("labels", tLabels);
      setShown({ ...count(), laidOut: true });
      requestAnimationFrame(() => {
        window.__kgFirstPaint ??= performance.now();
      });
    };
    if (needsLayout) {
      // Paint at once with the grid syncElements placed the nodes on, then let the force layout
      // (seconds, in a worker) move the nodes into place.
      fitBox(c, picture(pending), false, false);
      requestAnimationFrame(() => {
        window.__kgFirstPaint ??= performance.now();
      });
      setBusy(true);
      const tLayout = performance.now();
      // The rest of the elements a batch per frame, then the force layout on all of them.
      drawing.add(c);
      void addInBatches(c, pending, BATCH, () => syncs.current === gen).then(() =>
        runLayout(
          c,
          "fcose",
          () => {
            drawing.delete(c);
            mark("layout", tLayout);
            window.__kgTimings = { ...window.__kgTimings, settled: Math.round(performance.now()) };
            setBusy(false);
            savePositions(c);
            fitIfOff(c, picture(), false, false);
            painted();
          },
          // Each animation frame redraws every element: at scale, one jump instead.
          { animate: c.elements().not(".hidden").length <= ANIMATE_UP_TO },
        ),
      );
    } else if (first) {
      // From stored positions: the hubs at once, the rest a batch per frame, the camera on all.
      fitBox(c, picture(pending), false, false);
      requestAnimationFrame(() => {
        window.__kgFirstPaint ??= performance.now();
      });
      const remembered = storedPositions();
      drawing.add(c);
      void addInBatches(c, pending, BATCH, () => syncs.current === gen).then(() => {
        drawing.delete(c);
        placeUnplaced(c, remembered, pending);
        if (pending.length > 0) {
          savePositions(c);
          // (newcomers placed beside their neighbours may stand outside the first fit)
          fitIfOff(c, picture(), false, false);
        }
        painted();
      });
    } else {
      // Every change of what is shown (filter, focus, path, import) re-fits and re-labels.
      const small = c.nodes().not(".hidden").length <= LABEL_ALL;
      if (refit && !small && home.current.size > 0) {
        // Back to a big picture: every node returns to its place in it.
        const back = home.current;
        c.batch(() => {
          for (const [id, p] of back) c.getElementById(id).position(p);
        });
        home.current = new Map();
      }
      // A few nodes scattered over the big layout, or packed too tight there for their names
      // (its spacing is for a picture too big to name every node): laid out together with room.
      if (refit && small && (fitZoom(c) < 0.75 || namesLeftOut(c, fitZoom(c)) > 0)) {
        c.nodes()
          .not(".hidden")
          .forEach((n) => {
            if (!home.current.has(n.id())) home.current.set(n.id(), { ...n.position() });
          });
        setBusy(true);
        runLayout(c, "fcose", () => {
          setBusy(false);
          fitNow(c);
        });
      } else if (refit) fitNow(c);
      else if (added + toggled === 0)
        return; // same picture (a selection, a data update): no relabel
      else placeLabels(c);
      if (added > 0) savePositions(c); // newcomers placed beside their neighbours: kept there
      setShown((s) => ({ ...count(), laidOut: s.laidOut }));
    }
  }, [visible]);

  // The aggregated overview's group nodes: per shown type, the matched entities not drawn.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const counts = by === "type" ? leftOut(matched, sub) : {};
    for (const ty of ENTITY_TYPES) if (!types.includes(ty)) delete counts[ty];
    const label = (ty: EntityType, n: number) => t("graph.group", { type: t(`type.${ty}`), n: formatCount(n) });
    const typed = syncGroups(cy, counts, label);
    // By cluster or park: the left-out entities under their hub, with aggregated edges.
    const hubs = by === "type" ? null : currentHubGroups(sub);
    const hubLabel = (name: string, n: number) => t("graph.hubGroup", { name, n: formatCount(n) });
    const hubbed = syncHubGroups(cy, hubs, by === "park" ? "park" : "cluster", hubLabel);
    // The first view's camera already left room for the groups (and its end fits them).
    if ((typed || hubbed) && !visible?.held && !drawing.has(cy)) fitIfOff(cy, nodesBox(fitTarget(cy)), false);
  }, [matched, sub, types, shown, t, by]);

  // Selection and path decoration.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements(".faded, .neighbour, .path").removeClass("faded neighbour path");
      cy.elements(":selected").unselect();
      const pathEles = cy.collection();
      if (pathResult && pathResult !== "none") {
        for (const n of pathResult.nodes) pathEles.merge(cy.getElementById(nodeId(n.id)));
        for (const e of pathResult.edges) pathEles.merge(cy.getElementById(edgeId(e.id)));
        pathEles.addClass("path");
      }
      let keep = pathEles;
      if (selectedId !== null) {
        const n = cy.getElementById(nodeId(selectedId));
        if (n.nonempty()) {
          n.select();
          const nb = n.closedNeighborhood().not(".hidden");
          nb.not(n).addClass("neighbour");
          keep = keep.union(nb);
        }
      }
      // Fading restyles every other element: hundreds of ms on a big picture, where the ringed
      // neighbours stand out anyway.
      const drawn = cy.elements().not(".hidden");
      if (keep.nonempty() && drawn.length <= FADE_UP_TO) drawn.not(keep).addClass("faded");
    });
  }, [selectedId, pathResult, shown]);

  // A found path is brought into view (after the decoration effect marked it).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !pathResult || pathResult === "none") return;
    const timer = setTimeout(() => fitNow(cy), 30);
    return () => clearTimeout(timer);
  }, [pathResult]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || selectedId === null || centreRun === 0) return;
    const n = cy.getElementById(nodeId(selectedId));
    if (n.empty()) return;
    n.addClass("highlight");
    cy.animate(
      { center: { eles: n }, zoom: Math.max(cy.zoom(), 1.2) },
      { duration: 350, complete: () => placeLabels(cy) },
    );
    const timer = setTimeout(() => n.removeClass("highlight"), 2500);
    return () => clearTimeout(timer);
  }, [centreRun]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || layoutRun === 0) return;
    setBusy(true);
    runLayout(cy, useStore.getState().layout, () => {
      setBusy(false);
      savePositions(cy);
      fitNow(cy);
    });
  }, [layoutRun]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || fitRun === 0) return;
    fitNow(cy);
  }, [fitRun]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || zoomRun.n === 0) return;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * zoomRun.factor));
    cy.animate(
      { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
      { duration: 200, complete: () => placeLabels(cy) },
    );
  }, [zoomRun]);

  return (
    <>
      <div
        className="graph"
        ref={box}
        data-testid="graph"
        data-visible-nodes={shown.nodes}
        data-visible-edges={shown.edges}
        data-laid-out={shown.laidOut ? "yes" : "no"}
      />
      {busy || !shown.laidOut ? (
        <div className="graph-busy" data-testid="graph-busy">
          <span className="spinner" /> {shown.laidOut || visible ? t("graph.layingOut") : t("status.loading")}
        </div>
      ) : null}
    </>
  );
}

function createCy(container: HTMLElement, large: boolean): cytoscape.Core {
  const cy = cytoscape({
    container,
    style: cyStyle(),
    minZoom: 0.05,
    maxZoom: 5,
    boxSelectionEnabled: false,
    selectionType: "single",
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    motionBlur: false,
    ...rendererOptions(),
  } as cytoscape.CytoscapeOptions);
  noLayeredTextures(cy);
  const { select, expand } = useStore.getState();
  cy.on("tap", "node[eid]", (e) => void select(e.target.data("eid") as number));
  cy.on("tap", "node.group", (e) => {
    const hub = e.target.data("hub") as number | undefined;
    void (hub !== undefined ? openHubNow(hub) : openGroupNow(e.target.data("type") as EntityType));
  });
  cy.on("tap", (e) => {
    if (e.target === cy) void select(null);
  });
  cy.on("dbltap", "node[eid]", (e) => void expand(e.target.data("eid") as number));
  cy.on("mouseover", "node", (e) => e.target.addClass("hover"));
  cy.on("mouseout", "node", (e) => e.target.removeClass("hover"));
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on("viewport", () => {
    clearTimeout(timer);
    // (a fit that placed the labels at its new camera leaves nothing to redo)
    timer = setTimeout(() => {
      // (the first view places its names once all of it is drawn, not on each partial picture)
      if (!labelsCurrent(cy) && !drawing.has(cy)) placeLabels(cy, true);
    }, 120);
  });
  // Nodes that move without the camera (a re-layout that ends at the same fit, a drag) would
  // keep names placed for where they were: placed again once they stop.
  let moved: ReturnType<typeof setTimeout> | undefined;
  cy.on("position", "node", () => {
    clearTimeout(moved);
    moved = setTimeout(() => {
      if (!drawing.has(cy) && !cy.animated()) placeLabels(cy, true);
    }, 120);
  });
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on("dragfree", "node", () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => savePositions(cy), 500);
  });
  attachCuration(cy);
  return cy;
}

/**
 * Turns off the canvas renderer's layered texture cache (drawing falls back on its per-element
 * textures). The layers are whole-picture bitmaps rebuilt about 250 ms after any change, a hover
 * or a selection included: without a GPU, each rebuild was a main-thread task of 300 ms and more
 * on a 10k overview, while a frame drawn from the element textures took 15 to 20 ms. Pan and zoom
 * of a big picture use the viewport texture (textureOnViewport) anyway. (Not a public option:
 * the renderer's own object, left alone when it is not there.)
 */
function noLayeredTextures(cy: cytoscape.Core): void {
  const r = (cy as unknown as { renderer?: () => { data?: { lyrTxrCache?: { getLayers?: unknown } } } }).renderer?.();
  const layers = r?.data?.lyrTxrCache;
  if (layers && typeof layers.getLayers === "function") layers.getLayers = () => null;
}
