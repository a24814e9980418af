// A saved view resolved against the current rows: exactly its entities and relations,
// with their saved positions. Entities imported after the view was saved stay out.
import { loadEdges, loadNodes } from "../graph/rows.ts";
import type { DB } from "../store/open.ts";
import { entityIdsByKey, refKey, relationsAmong } from "./keys.ts";
import { getView, ViewError } from "./store.ts";
import type { RelationRef, ViewGraph, ViewNode } from "./types.ts";

export function viewGraph(db: DB, viewId: number): ViewGraph {
  const view = getView(db, viewId);
  if (!view) throw new ViewError(`no saved view with id ${viewId}`, "not_found");
  const { entityKeys, relations, positions } = view.state;

  const ids = entityIdsByKey(db, entityKeys);
  const missingEntities = entityKeys.filter((k) => !ids.has(k));
  // Keep the saved order of keys: the same view draws the same way every time.
  const byId = new Map(loadNodes(db, [...ids.values()]).map((n) => [n.id, n]));
  const nodes: ViewNode[] = [];
  for (const key of entityKeys) {
    const id = ids.get(key);
    const node = id === undefined ? undefined : byId.get(id);
    if (node) nodes.push({ ...node, position: positions[key] ?? null });
  }

  const current = new Map(relationsAmong(db, [...ids.values()]).map((r) => [refKey(r), r.id]));
  const wanted = new Set<number>();
  const missingRelations: RelationRef[] = [];
  for (const r of relations) {
    const id = current.get(refKey(r));
    if (id === undefined) missingRelations.push(r);
    else wanted.add(id);
  }
  const edges = loadEdges(db).filter((e) => wanted.has(e.id));

  return { view, nodes, edges, missing: { entities: missingEntities, relations: missingRelations } };
}
