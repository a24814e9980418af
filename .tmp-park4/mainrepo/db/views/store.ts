// Saved views: create/update, list, rename, reorder, duplicate, delete. Every write is one
// transaction and validates first, so bad input changes nothing.
import { subgraph } from "../graph/index.ts";
import { edgePredicate, loadEdges } from "../graph/rows.ts";
import type { GraphFilter } from "../graph/types.ts";
import type { DB } from "../store/open.ts";
import { entityIdsByKey, refKey, relationsAmong, relationsById } from "./keys.ts";
import { MAX_CAPTION_NOTE, MAX_CAPTION_TITLE, MAX_NAME, parseState } from "./state.ts";
import type { Point, RelationRef, SavedView, ViewFocus, ViewInput, ViewState, ViewSummary } from "./types.ts";

/** An expected failure (unknown view, bad name, keys that do not exist): the message says which. */
export class ViewError extends Error {
  constructor(
    message: string,
    readonly code: "invalid" | "not_found" = "invalid",
  ) {
    super(message);
    this.name = "ViewError";
  }
}

interface ViewRow {
  id: number;
  name: string;
  position: number;
  state: string;
  created_at: string;
  updated_at: string;
}

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

function toView(r: ViewRow): SavedView {
  return {
    id: r.id,
    name: r.name,
    position: r.position,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    state: parseState(r.state),
  };
}

function row(db: DB, id: number): ViewRow | undefined {
  return db.prepare<[number], ViewRow>("SELECT * FROM views WHERE id = ?").get(id);
}

function mustRow(db: DB, id: number): ViewRow {
  const r = row(db, id);
  if (!r) throw new ViewError(`no saved view with id ${id}`, "not_found");
  return r;
}

function cleanName(name: string | undefined): string {
  const n = (name ?? "").replace(/\s+/gu, " ").trim();
  if (n === "") throw new ViewError("a view needs a name");
  if (n.length > MAX_NAME) throw new ViewError(`view name is longer than ${MAX_NAME} characters`);
  return n;
}

function listSome(items: string[]): string {
  const shown = items.slice(0, 5).join(", ");
  return items.length > 5 ? `${shown} (and ${items.length - 5} more)` : shown;
}

/** Views in their list order. */
export function listViews(db: DB): ViewSummary[] {
  return db
    .prepare<[], ViewRow>("SELECT * FROM views ORDER BY position, id")
    .all()
    .map((r) => {
      const v = toView(r);
      return {
        id: v.id,
        name: v.name,
        position: v.position,
        caption: v.state.caption,
        entityCount: v.state.entityKeys.length,
        relationCount: v.state.relations.length,
        createdAt: v.createdAt,
        updatedAt: v.updatedAt,
      };
    });
}

export function getView(db: DB, id: number): SavedView | null {
  const r = row(db, id);
  return r ? toView(r) : null;
}

/** Builds the state to store from the input and (on update) the saved state. */
function buildState(db: DB, input: ViewInput, saved: ViewState | null): ViewState {
  const filter: GraphFilter = input.filter ?? saved?.filter ?? {};

  // The entity set: explicit keys, else what the filter shows now, else (update) unchanged.
  let entityKeys: string[];
  if (input.entityKeys) entityKeys = [...new Set(input.entityKeys)];
  else if (input.filter || !saved) entityKeys = subgraph(db, filter).nodes.map((n) => n.key);
  else entityKeys = saved.entityKeys;
  const ids = entityIdsByKey(db, entityKeys);
  const unknown = entityKeys.filter((k) => !ids.has(k));
  // On update an unchanged set may hold entities deleted since; only new input must resolve.
  if (unknown.length && (input.entityKeys || !saved)) throw new ViewError(`unknown entities: ${listSome(unknown)}`);
  const inView = new Set(entityKeys);
  const savedKeys = new Set(saved?.entityKeys ?? []);
  const setChanged = !saved || entityKeys.length !== savedKeys.size || entityKeys.some((k) => !savedKeys.has(k));

  let relations: RelationRef[];
  if (input.relationIds) {
    const found = relationsById(db, input.relationIds);
    const missing = input.relationIds.filter((id) => !found.has(id));
    if (missing.length) throw new ViewError(`unknown relations: ${listSome(missing.map(String))}`);
    relations = [...found.values()].map(({ type, source, target }) => ({ type, source, target }));
  } else if (input.relations) {
    relations = input.relations;
    const exists = new Set(relationsAmong(db, [...ids.values()]).map(refKey));
    const missing = relations.filter((r) => !exists.has(refKey(r)) && inView.has(r.source) && inView.has(r.target));
    if (missing.length) throw new ViewError(`unknown relations: ${listSome(missing.map(refKey))}`);
  } else if (saved && !setChanged && !input.filter) {
    relations = saved.relations;
  } else {
    const pass = edgePredicate(filter);
    const allowed = new Set(
      loadEdges(db)
        .filter(pass)
        .map((e) => e.id),
    );
    relations = relationsAmong(db, [...ids.values()])
      .filter((r) => allowed.has(r.id))
      .map(({ type, source, target }) => ({ type, source, target }));
  }
  const outside = relations.filter((r) => !inView.has(r.source) || !inView.has(r.target));
  if (outside.length) throw new ViewError(`relations join entities outside the view: ${listSome(outside.map(refKey))}`);
  relations = [...new Map(relations.map((r) => [refKey(r), r])).values()];

  if (input.selection) {
    const bad = input.selection.filter((k) => !inView.has(k));
    if (bad.length) throw new ViewError(`selected entities are not in the view: ${listSome(bad)}`);
  }
  const selection = [...new Set(input.selection ?? saved?.selection ?? [])].filter((k) => inView.has(k));

  const focusKeys = (f: ViewFocus): string[] => (f.kind === "entity" ? [f.key] : [f.from, f.to, ...f.keys]);
  if (input.focus) {
    const bad = focusKeys(input.focus).filter((k) => !inView.has(k));
    if (bad.length) throw new ViewError(`focus names entities not in the view: ${listSome(bad)}`);
  }
  let focus = input.focus !== undefined ? input.focus : (saved?.focus ?? null);
  if (focus && !focusKeys(focus).every((k) => inView.has(k))) focus = null;

  // Positions of entities outside the view are dropped: the canvas may hold hidden nodes.
  const positions: Record<string, Point> = {};
  for (const [k, p] of Object.entries(input.positions ?? saved?.positions ?? {})) {
    if (inView.has(k)) positions[k] = { x: p.x, y: p.y };
  }

  const caption = {
    title: (input.caption?.title ?? saved?.caption.title ?? "").trim(),
    note: (input.caption?.note ?? saved?.caption.note ?? "").trim(),
  };
  if (caption.title.length > MAX_CAPTION_TITLE)
    throw new ViewError(`caption title is longer than ${MAX_CAPTION_TITLE} characters`);
  if (caption.note.length > MAX_CAPTION_NOTE)
    throw new ViewError(`caption note is longer than ${MAX_CAPTION_NOTE} characters`);

  return {
    version: 1,
    filter,
    entityKeys,
    relations,
    selection,
    focus,
    positions,
    camera: input.camera !== undefined ? input.camera : (saved?.camera ?? null),
    labelSize: input.labelSize !== undefined ? input.labelSize : (saved?.labelSize ?? null),
    caption,
    spotlight: input.spotlight !== undefined ? input.spotlight : (saved?.spotlight ?? null),
    time: input.time !== undefined ? input.time : (saved?.time ?? null),
  };
}

/**
 * Creates a view (no id: appended at the end of the list) or updates one (fields left out keep
 * their saved values; a new filter without entityKeys re-freezes what the filter shows now).
 */
export function saveView(db: DB, input: ViewInput): SavedView {
  return db.transaction((): SavedView => {
    if (input.id === undefined) {
      const name = cleanName(input.name);
      const state = buildState(db, input, null);
      const position = db.prepare<[], number>("SELECT coalesce(max(position) + 1, 0) FROM views").pluck().get() ?? 0;
      const id = Number(
        db
          .prepare("INSERT INTO views (name, position, state) VALUES (?, ?, ?)")
          .run(name, position, JSON.stringify(state)).lastInsertRowid,
      );
      return toView(mustRow(db, id));
    }
    const existing = mustRow(db, input.id);
    const name = input.name === undefined ? existing.name : cleanName(input.name);
    const state = buildState(db, input, parseState(existing.state));
    db.prepare(`UPDATE views SET name = ?, state = ?, updated_at = ${NOW} WHERE id = ?`).run(
      name,
      JSON.stringify(state),
      input.id,
    );
    return toView(mustRow(db, input.id));
  })();
}

export function renameView(db: DB, id: number, name: string): SavedView {
  const clean = cleanName(name);
  mustRow(db, id);
  db.prepare(`UPDATE views SET name = ?, updated_at = ${NOW} WHERE id = ?`).run(clean, id);
  return toView(mustRow(db, id));
}

function setOrder(db: DB, ids: number[]): void {
  const stmt = db.prepare("UPDATE views SET position = ? WHERE id = ?");
  ids.forEach((id, i) => stmt.run(i, id));
}

function orderedIds(db: DB): number[] {
  return db.prepare<[], number>("SELECT id FROM views ORDER BY position, id").pluck().all();
}

/** `ids` must name every saved view exactly once, in the new order. */
export function reorderViews(db: DB, ids: number[]): ViewSummary[] {
  db.transaction(() => {
    const current = orderedIds(db);
    const given = new Set(ids);
    const unknown = ids.filter((id) => !current.includes(id));
    if (unknown.length) throw new ViewError(`no saved view with id ${unknown.join(", ")}`, "not_found");
    if (given.size !== ids.length) throw new ViewError("reorder lists a view more than once");
    const left = current.filter((id) => !given.has(id));
    if (left.length) throw new ViewError(`reorder must list every view; missing ${left.join(", ")}`);
    setOrder(db, ids);
  })();
  return listViews(db);
}

/** A copy placed right after the original; default name "<name> (2)", "(3)"… */
export function duplicateView(db: DB, id: number, name?: string): SavedView {
  return db.transaction((): SavedView => {
    const original = mustRow(db, id);
    let newName: string;
    if (name !== undefined) newName = cleanName(name);
    else {
      const taken = new Set(db.prepare<[], string>("SELECT name FROM views").pluck().all());
      const base = original.name.replace(/ \(\d+\)$/u, "");
      let n = 2;
      while (taken.has(`${base} (${n})`)) n++;
      newName = `${base} (${n})`.slice(0, MAX_NAME);
    }
    const copy = Number(
      db
        .prepare("INSERT INTO views (name, position, state) VALUES (?, ?, ?)")
        .run(newName, original.position + 1, original.state).lastInsertRowid,
    );
    const order = orderedIds(db).filter((v) => v !== copy);
    order.splice(order.indexOf(id) + 1, 0, copy);
    setOrder(db, order);
    return toView(mustRow(db, copy));
  })();
}

export function deleteView(db: DB, id: number): { deleted: number } {
  db.transaction(() => {
    mustRow(db, id);
    db.prepare("DELETE FROM views WHERE id = ?").run(id);
    setOrder(db, orderedIds(db));
  })();
  return { deleted: id };
}
