// Shapes returned by db/graph and carried unchanged through electron/api.ts
// to the renderer. Keep them plain JSON.
import type { EntityType, Level, RelationType, ReviewState, Status } from "../types.ts";

export interface GraphFilter {
  types?: EntityType[];
  relationTypes?: RelationType[];
  /** Document ids; an entity passes when any of its mentions is in one. */
  documents?: number[];
  levels?: (Exclude<Level, null> | "none")[];
  status?: Status[];
  review?: ReviewState[];
  minDegree?: number;
  hideIsolated?: boolean;
  /** Full-text filter over names and aliases. */
  text?: string;
  /** Only these entities (the nodes pulled in by hand, refreshed after a change). */
  ids?: number[];
  /** At most this many nodes, highest degree first (Subgraph.order); matchedNodes tells how many passed. */
  limit?: number;
}

export interface GraphNode {
  id: number;
  key: string;
  type: EntityType;
  name: string;
  level: Level;
  status: Status;
  review: ReviewState;
  /** Degree within the whole graph (typed relations, not co_mention). */
  degree: number;
  mentionCount: number;
  confidence: number | null;
}

export interface GraphEdge {
  id: number;
  type: RelationType;
  source: number;
  target: number;
  review: ReviewState;
  weight: number;
  confidence: number | null;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Totals before filtering, for "showing N of M". */
  totalNodes: number;
  totalEdges: number;
  /** subgraph(): nodes that passed the filter before filter.limit cut them to the top N. */
  matchedNodes?: number;
  /** subgraph(): "degree" when filter.limit asked for the top N (degree desc, then id). */
  order?: "id" | "degree";
}

export interface Citation {
  documentId: number;
  documentTitle: string;
  docNumber: string | null;
  /** Section path, e.g. "二、5" or "专栏 1". */
  section: string | null;
  /** Official-style citation: 《title》（文号）二、5 */
  text: string;
}

export interface MentionDetail {
  id: number;
  documentId: number;
  start: number;
  end: number;
  surface: string;
  /** The sentence holding the mention and where the mention sits inside it. */
  sentence: string;
  sentenceStart: number;
  citation: Citation;
}

export interface RelationDetail {
  id: number;
  type: RelationType;
  direction: "out" | "in";
  other: { id: number; name: string; type: EntityType };
  review: ReviewState;
  confidence: number | null;
  rule: string | null;
  evidence: { documentId: number; start: number; end: number; sentence: string; citation: Citation }[];
  /** All evidence rows when \`evidence\` is a first page (details through the API). */
  evidenceTotal?: number;
}

export interface EntityDetail extends GraphNode {
  aliases: string[];
  note: string | null;
  tags: string[];
  origin: "extracted" | "user";
  rule: string | null;
  documents: { id: number; title: string; mentions: number }[];
  mentions: MentionDetail[];
  relations: RelationDetail[];
  /** Pagination: mentions/relations hold the page from these offsets; the totals count them all. */
  mentionTotal?: number;
  mentionOffset?: number;
  relationTotal?: number;
  relationOffset?: number;
  documentTotal?: number;
}

export interface DocumentSummary {
  id: number;
  fileName: string;
  title: string | null;
  docNumber: string | null;
  issueDate: string | null;
  issuer: string | null;
  encoding: string;
  format: string;
  importedAt: string;
  chars: number;
  entityCount: number;
}

export interface DocumentFull extends DocumentSummary {
  text: string;
  sections: { start: number; end: number; label: string; heading: string; path: string; kind: string }[];
  parts: { start: number; end: number; title: string; docNumber: string | null }[];
  mentions: { id: number; entityId: number; type: EntityType; start: number; end: number }[];
}

export interface SearchHit {
  kind: "entity" | "document";
  id: number;
  /** Entity name or document title. */
  label: string;
  type?: EntityType;
  /** For documents: a snippet around the match. */
  snippet?: string;
  matchStart?: number;
}

export interface PathResult {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Evidence sentence per edge, in path order. */
  steps: { edge: GraphEdge; evidence: string | null; citation: Citation | null }[];
}
