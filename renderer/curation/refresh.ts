// After a curation action: reload counts, documents and the filtered graph through the store's own
// refresh, then bring the pieces the store keeps on the side up to date — nodes pulled in by hand
// (extras: expansions, picked results, the selection), the details, the open document and the
// focus neighbourhood. Cytoscape elements are never removed (sync.ts), so positions stay put.
import type { GraphEdge, GraphNode, Subgraph } from "../api-types.ts";
import { call } from "../client.ts";
import { useStore } from "../store.ts";
import { useCuration } from "./state.ts";

const ALL_REVIEW = ["unreviewed", "confirmed", "rejected"] as const;

export interface RefreshOptions {
  /** Entity to show afterwards; null clears the selection; undefined keeps it. */
  focus?: number | null;
  /** Where the open document should scroll to (e.g. the span just turned into an entity). */
  viewerTarget?: { start: number; end: number };
}

export async function refreshAfterCuration(opts: RefreshOptions = {}): Promise<void> {
  const store = useStore.getState();
  await store.refresh();
  const { extras, filter, selectedId, viewer } = useStore.getState();
  const allowed = new Set<string>(filter.review ?? ["unreviewed", "confirmed"]);

  if (extras.nodes.length > 0 || extras.edges.length > 0) {
    const all: Subgraph = await call("subgraph", { review: [...ALL_REVIEW] });
    const nodes = new Map(all.nodes.map((n) => [n.id, n]));
    const edges = new Map(all.edges.map((e) => [e.id, e]));
    const keepNodes: GraphNode[] = [];
    for (const n of extras.nodes) {
      const fresh = nodes.get(n.id);
      if (fresh && allowed.has(fresh.review)) keepNodes.push(fresh);
    }
    const keepEdges: GraphEdge[] = [];
    for (const e of extras.edges) {
      const fresh = edges.get(e.id);
      if (fresh && allowed.has(fresh.review)) keepEdges.push(fresh);
    }
    useStore.setState({ extras: { nodes: keepNodes, edges: keepEdges } });
    const exists = (id: number) => nodes.has(id);
    const picked = useCuration.getState().picked;
    if (picked.some((id) => !exists(id))) useCuration.setState({ picked: picked.filter(exists) });
  }

  const focus = opts.focus;
  if (focus === null) {
    await store.select(null);
  } else if (focus !== undefined && focus !== selectedId) {
    await store.select(focus, { centre: true });
  } else if (selectedId !== null) {
    // The same entity: new details, without pulling it back into view if it was just rejected.
    const detail = await call("entity", { id: selectedId });
    if (useStore.getState().selectedId === selectedId) {
      if (detail) useStore.setState({ detail });
      else await store.select(null);
    }
  }

  if (viewer) {
    const doc = await call("document", { id: viewer.doc.id });
    const now = useStore.getState().viewer;
    if (now && now.doc.id === viewer.doc.id)
      useStore.setState({
        viewer: doc ? { ...now, doc, target: opts.viewerTarget ?? now.target } : null,
      });
  }
  if (useStore.getState().focus.on) await useStore.getState().setFocus(true);
}
