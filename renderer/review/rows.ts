// The review table's pure part: filters, sort order and the filtered set (tested without a DOM).
import type { ApiOutput } from "../api-types.ts";

export type Row = ApiOutput<"reviewTable">["rows"][number];
export type State = Row["state"];

export type SortKey = "label" | "type" | "document" | "confidence" | "rule" | "state";

export interface Filters {
  kind: "all" | "entity" | "relation";
  type: string;
  /** Document id as a string, or "" for any. */
  document: string;
  state: "" | State;
  rule: string;
  /** "" any, "low" < 0.5, "mid" 0.5–0.8, "high" ≥ 0.8. */
  confidence: "" | "low" | "mid" | "high";
  text: string;
}

export const NO_FILTERS: Filters = {
  kind: "all",
  type: "",
  document: "",
  state: "unreviewed",
  rule: "",
  confidence: "",
  text: "",
};

const confBand = (c: number | null): Filters["confidence"] =>
  c === null ? "" : c < 0.5 ? "low" : c < 0.8 ? "mid" : "high";

export function passes(r: Row, f: Filters): boolean {
  if (f.kind !== "all" && r.kind !== f.kind) return false;
  if (f.type && r.type !== f.type) return false;
  if (f.document && !r.docs.includes(Number(f.document))) return false;
  if (f.state && r.state !== f.state) return false;
  if (f.rule && (r.rule ?? "") !== f.rule) return false;
  if (f.confidence && confBand(r.confidence) !== f.confidence) return false;
  if (f.text) {
    const q = f.text.trim();
    if (q && !r.label.includes(q) && !r.sentence.includes(q)) return false;
  }
  return true;
}

const STATE_ORDER: Record<State, number> = { unreviewed: 0, rejected: 1, confirmed: 2 };

export function compare(key: SortKey, docTitle: (id: number) => string): (a: Row, b: Row) => number {
  switch (key) {
    case "label":
      return (a, b) => a.label.localeCompare(b.label, "zh-CN");
    case "type":
      return (a, b) => a.type.localeCompare(b.type);
    case "document":
      return (a, b) => docTitle(a.docs[0] ?? 0).localeCompare(docTitle(b.docs[0] ?? 0), "zh-CN");
    case "confidence":
      return (a, b) => (a.confidence ?? -1) - (b.confidence ?? -1);
    case "rule":
      return (a, b) => (a.rule ?? "").localeCompare(b.rule ?? "");
    case "state":
      return (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state];
  }
}

/** Rows passing the filters (plus `keep`: decided this session, so the cursor does not jump), sorted. */
export function visibleRows(
  rows: Row[],
  f: Filters,
  sort: { key: SortKey; dir: 1 | -1 },
  keep: Set<string>,
  docTitle: (id: number) => string,
): Row[] {
  const cmp = compare(sort.key, docTitle);
  return rows
    .filter((r) => passes(r, f) || keep.has(rowKey(r)))
    .sort((a, b) => sort.dir * cmp(a, b) || (a.kind === b.kind ? a.id - b.id : a.kind === "entity" ? -1 : 1));
}

export const rowKey = (r: { kind: string; id: number }): string => `${r.kind}:${r.id}`;

/** Distinct values with counts, most frequent first (for the filter menus). */
export function counts(rows: Row[], of: (r: Row) => string | null): [string, number][] {
  const m = new Map<string, number>();
  for (const r of rows) {
    const v = of(r);
    if (v) m.set(v, (m.get(v) ?? 0) + 1);
  }
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
