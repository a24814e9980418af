// The calls the explorer makes (renderer/store.ts, time/, curation/, review/, briefing/), with the
// inputs it sends, measured by bench-scale.ts in-process (the handler table, zod included) and
// through the web host. One sample per round: two entity ids and a search term.
import type { GraphFilter } from "../../db/graph/types.ts";
import { RELATION_TYPES } from "../../db/types.ts";
import { prng } from "./corpus.ts";

export interface Sample {
  a: number;
  b: number;
  q: string;
  /** A document id, for the filter by document. */
  doc: number;
  /** The most-mentioned entity. */
  top: number;
  /** A year that has documents, for the timeline's brush. */
  year: number;
  /** Entities pulled into the view by hand (neighbourhoods opened). */
  ids: number[];
}

/** The few statements the samples read (a better-sqlite3 database of any checkout). */
interface SampleDb {
  prepare(sql: string): { pluck(): { all(): unknown[]; get(): unknown } };
}

/**
 * The rounds' samples of a database: deterministic (seed 7, the same draws in the same order),
 * spread over the id range, so the bench and the dev scripts comparing or probing it agree.
 */
export function benchSamples(db: SampleDb, rounds: number): Sample[] {
  const col = <T>(sql: string) => db.prepare(sql).pluck().all() as T[];
  const ids = col<number>("SELECT id FROM entities ORDER BY id");
  const names = col<string>("SELECT name FROM entities ORDER BY id");
  const docIds = col<number>("SELECT id FROM documents ORDER BY id");
  const years = col<number>(
    "SELECT DISTINCT CAST(substr(issue_date, 1, 4) AS INTEGER) FROM documents WHERE issue_date IS NOT NULL ORDER BY 1",
  );
  const top =
    (db.prepare("SELECT entity_id FROM mentions GROUP BY entity_id ORDER BY count(*) DESC LIMIT 1").pluck().get() as
      | number
      | undefined) ?? 1;
  const random = prng(7);
  const pick = (): number => ids[Math.floor(random() * ids.length)] ?? 1;
  return Array.from({ length: rounds }, () => ({
    a: pick(),
    b: pick(),
    q: [...(names[Math.floor(random() * names.length)] ?? "产业园")].slice(0, 3).join(""),
    doc: docIds[Math.floor(random() * docIds.length)] ?? 1,
    top,
    year: years[Math.floor(random() * years.length)] ?? 2020,
    ids: Array.from({ length: 40 }, pick),
  }));
}

export const EXPLORER_FILTER: GraphFilter = {
  types: ["cluster", "park", "platform", "enterprise", "department"],
  relationTypes: RELATION_TYPES.filter((r) => r !== "co_mention"),
  levels: ["national", "provincial", "city", "none"],
  status: ["existing", "planned"],
  review: ["unreviewed", "confirmed"],
  minDegree: 0,
  hideIsolated: false,
};

/** renderer/store.ts defaultFilter() as graphRequest() sends it, with the overview's limit. */
const FIRST_VIEW: GraphFilter = {
  ...EXPLORER_FILTER,
  relationTypes: RELATION_TYPES.filter((r) => r !== "co_mention" && r !== "department_responsible"),
  limit: 1000,
};

const REVIEW_FIRST = {
  filters: { kind: "all", type: "", document: null, state: "unreviewed", rule: "", confidence: "", text: "" },
  keep: { entities: [], relations: [] },
  sort: { key: "confidence", dir: 1 },
  offset: 0,
  limit: 200,
  facets: true,
};

export type Call = (s: Sample) => [name: string, input: unknown];

export const CALLS: Record<string, Call> = {
  // start: stats (legend counts), the first view, the documents list (first page)
  stats: () => ["stats", {}],
  subgraph: () => ["subgraph", FIRST_VIEW],
  subgraph_type: () => ["subgraph", { ...FIRST_VIEW, types: ["park", "platform"] }],
  subgraph_doc: (s) => ["subgraph", { ...FIRST_VIEW, documents: [s.doc] }],
  // after a curation: the nodes pulled in by hand, refreshed by id (renderer/store.ts afterChange)
  subgraph_ids: (s) => ["subgraph", { review: ["unreviewed", "confirmed", "rejected"], ids: s.ids }],
  // the sidebar: the first page of the documents list and the three largest
  documentsPage: () => ["documentsPage", { limit: 100 }],
  documentsPage_largest: () => ["documentsPage", { limit: 3, order: "entities" }],
  // a selection: details, history; double-click, focus; a path
  entityDetail: (s) => ["entity", { id: s.a }],
  entityDetail_top: (s) => ["entity", { id: s.top }],
  entityHistory: (s) => ["entityHistory", { id: s.a }],
  entityHistory_top: (s) => ["entityHistory", { id: s.top }],
  neighbourhood: (s) => ["neighbourhood", { id: s.a, depth: 1, filter: EXPLORER_FILTER }],
  neighbourhood_2: (s) => ["neighbourhood", { id: s.a, depth: 2, filter: EXPLORER_FILTER }],
  shortestPath: (s) => ["path", { from: s.a, to: s.b }],
  search: (s) => ["search", { q: s.q, limit: 20 }],
  // the timeline, a brushed range; review mode; the views tab
  timeUnitsPacked: () => ["timeUnitsPacked", {}],
  timeStated: (s) => ["timeStated", { selector: { from: String(s.year), to: String(s.year) } }],
  reviewQueue: () => ["reviewQueue", { limit: 200 }],
  // the review table as renderer/review/state.ts asks: the first page, unreviewed, by confidence,
  // with the menus' counts; a filter changed; sorted by name; the next page
  reviewTable: () => ["reviewTable", REVIEW_FIRST],
  reviewTable_filter: () => [
    "reviewTable",
    { ...REVIEW_FIRST, filters: { ...REVIEW_FIRST.filters, kind: "relation" }, facets: false },
  ],
  reviewTable_label: () => ["reviewTable", { ...REVIEW_FIRST, sort: { key: "label", dir: 1 }, facets: false }],
  reviewTable_next: () => ["reviewTable", { ...REVIEW_FIRST, offset: 200, facets: false }],
  history: () => ["history", { newestFirst: true, limit: 300 }],
  viewsList: () => ["viewsList", {}],
};

/**
 * Calls the renderer never makes (the CLI and the exporters read the whole graph and the whole
 * documents list): measured with --all, reported apart.
 */
export const NOT_RENDERER_CALLS: Record<string, Call> = {
  subgraph_all: () => ["subgraph", EXPLORER_FILTER],
  // the timeline reads timeUnitsPacked; the plain list stays for the CLI and tests
  timeUnits: () => ["timeUnits", {}],
  documents: () => ["documents", {}],
  // the whole review table at once (what the renderer read before it was paged)
  reviewTable_all: () => ["reviewTable", { limit: 100_000 }],
};
