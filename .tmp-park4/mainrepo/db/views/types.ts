// Shapes of saved views. A view freezes the explicit set of entities and relations it
// showed, by stable key (not row id), so it comes back the same after new imports or a
// rebuilt database; positions are keyed by entity key for the same reason.
import type { GraphEdge, GraphFilter, GraphNode } from "../graph/types.ts";
import type { RelationType } from "../types.ts";

export interface Point {
  x: number;
  y: number;
}

/** A relation by stable identity: its type and the keys of its two entities. */
export interface RelationRef {
  type: RelationType;
  source: string;
  target: string;
}

export type ViewFocus =
  | { kind: "entity"; key: string; depth: number }
  | { kind: "path"; from: string; to: string; keys: string[] };

/** Free-form JSON for UI settings this layer only stores (spotlight). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

export interface ViewCaption {
  title: string;
  note: string;
}

export interface ViewCamera {
  zoom: number;
  pan: Point;
}

/** A document, gazette part or date range as db/time selects it ("000", 文号, "2021..2023"). */
export type TimeSelector = string | { units: string[] } | { from?: string; to?: string };

/** A view's time settings: the timeline's brushed range and a comparison of two selections. */
export interface ViewTime {
  range: { from?: string; to?: string } | null;
  compare: { a: TimeSelector; b: TimeSelector } | null;
}

/** What views.state holds (JSON). */
export interface ViewState {
  version: 1;
  filter: GraphFilter;
  entityKeys: string[];
  relations: RelationRef[];
  selection: string[];
  focus: ViewFocus | null;
  positions: Record<string, Point>;
  camera: ViewCamera | null;
  labelSize: number | null;
  caption: ViewCaption;
  spotlight: { [k: string]: JsonValue } | null;
  /** Absent in views saved before the timeline existed. */
  time?: ViewTime | null;
}

export interface SavedView {
  id: number;
  name: string;
  /** 0-based order in the list and in the briefing pack. */
  position: number;
  createdAt: string;
  updatedAt: string;
  state: ViewState;
}

export interface ViewSummary {
  id: number;
  name: string;
  position: number;
  caption: ViewCaption;
  entityCount: number;
  relationCount: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * Input of saveView. Without `id` a new view is appended; with `id` that view's state is
 * replaced (name too when given). Without entityKeys the view freezes what `filter` shows
 * now; without relations/relationIds it takes the relations among its entities that pass
 * the filter's relation types and review states.
 */
export interface ViewInput {
  id?: number;
  name?: string;
  filter?: GraphFilter;
  entityKeys?: string[];
  relationIds?: number[];
  relations?: RelationRef[];
  selection?: string[];
  focus?: ViewFocus | null;
  /** Positions by entity key; keys outside the view are dropped. */
  positions?: Record<string, Point>;
  camera?: ViewCamera | null;
  labelSize?: number | null;
  caption?: Partial<ViewCaption>;
  spotlight?: { [k: string]: JsonValue } | null;
  time?: ViewTime | null;
}

export interface ViewNode extends GraphNode {
  /** The saved position, or null when the view had none for this entity. */
  position: Point | null;
}

/** A view resolved against the current database. */
export interface ViewGraph {
  view: SavedView;
  nodes: ViewNode[];
  edges: GraphEdge[];
  /** Saved keys that no longer resolve (entity deleted or merged away, relation gone). */
  missing: { entities: string[]; relations: RelationRef[] };
}
