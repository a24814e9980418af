// What "A" and "B" mean in a comparison or a time filter: a document by file name (or its
// number prefix, "000"), 文号 or title; a unit id from listUnits; or a date range
// "2021..2023" (also "2021-07..2023-08", "..2020", "2024..", a bare year "2023").
import type { TimeUnit } from "./units.ts";

export type Selector = string | { units: string[] } | { from?: string; to?: string };

export interface Span {
  documentId: number;
  start: number;
  end: number;
}

export interface Selection {
  /** How the selection is named in output: the document's title, or the range. */
  label: string;
  units: TimeUnit[];
  /** What counts as "stated in the selection": mentions and evidence starting inside a span. */
  spans: Span[];
  range?: { from?: string; to?: string };
}

export class SelectorError extends Error {
  override name = "SelectorError";
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;
const norm = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\s\u3000]+/gu, "")
    .replace(/[[［〔【]/gu, "〔")
    .replace(/[\]］〕】]/gu, "〕");
const stem = (f: string) => f.replace(/\.[^.]+$/u, "");

/** Whether an ISO date lies in the range; bounds may be a year or year-month. */
export function inRange(date: string | null, from?: string, to?: string): boolean {
  if (!date) return false;
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

function parseRange(s: string): { from?: string; to?: string } | null {
  const t = s.trim();
  if (DATE.test(t)) return { from: t, to: t };
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)?\s*(?:\.\.|~|～|至)\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/u.exec(t);
  if (!m || (!m[1] && !m[2])) return null;
  return { ...(m[1] ? { from: m[1] } : {}), ...(m[2] ? { to: m[2] } : {}) };
}

function rangeSelection(units: TimeUnit[], r: { from?: string; to?: string }): Selection {
  if (r.from && r.to && r.from.slice(0, 4) > r.to.slice(0, 4)) {
    throw new SelectorError(`the range ${r.from}..${r.to} ends before it starts`);
  }
  const chosen = units.filter((u) => inRange(u.date, r.from, r.to));
  return {
    label: `${r.from ?? ""}..${r.to ?? ""}`,
    units: chosen,
    spans: chosen.map((u) => ({ documentId: u.documentId, start: u.start, end: u.end })),
    range: r,
  };
}

function documentSelection(units: TimeUnit[], documentId: number): Selection {
  const own = units.filter((u) => u.documentId === documentId);
  const first = own[0];
  if (!first) throw new SelectorError(`no document ${documentId}`);
  const label = first.kind === "part" ? (first.partOf ?? first.fileName) : first.title;
  return { label, units: own, spans: [{ documentId, start: 0, end: Number.MAX_SAFE_INTEGER }] };
}

function unitSelection(chosen: TimeUnit[]): Selection {
  return {
    label: chosen.map((u) => u.title).join("、"),
    units: chosen,
    spans: chosen.map((u) => ({ documentId: u.documentId, start: u.start, end: u.end })),
  };
}

function describe(units: TimeUnit[]): string {
  return units
    .slice(0, 8)
    .map((u) => `${u.fileName}${u.kind === "part" ? ` @${u.start}` : ""} ${u.docNumber ?? ""} ${u.title}`.trim())
    .join("; ");
}

/** Resolves a selector against the units; throws SelectorError with what was meant when it cannot. */
export function resolveSelector(units: TimeUnit[], sel: Selector): Selection {
  if (typeof sel !== "string") {
    if ("units" in sel) {
      const want = new Set(sel.units);
      const chosen = units.filter((u) => want.has(u.id));
      const missing = sel.units.filter((id) => !chosen.some((u) => u.id === id));
      if (missing.length) throw new SelectorError(`no such document or part: ${missing.join(", ")}`);
      return unitSelection(chosen);
    }
    return rangeSelection(units, sel);
  }
  const s = sel.trim();
  if (s === "") throw new SelectorError("empty selector: give a file name, a 文号 or a range like 2021..2023");
  const byId = units.filter((u) => u.id === s);
  if (byId.length) return unitSelection(byId);
  const docIds = (list: TimeUnit[]) => [...new Set(list.map((u) => u.documentId))];
  const byFile = docIds(units.filter((u) => u.fileName === s || stem(u.fileName) === s));
  if (byFile.length === 1) return documentSelection(units, byFile[0] as number);
  const n = norm(s);
  const byNumber = units.filter((u) => u.docNumber && norm(u.docNumber) === n);
  if (byNumber.length) return unitSelection(byNumber);
  const byTitle = units.filter((u) => norm(u.title) === n);
  if (byTitle.length === 1) return unitSelection(byTitle);
  const range = parseRange(s);
  if (range) return rangeSelection(units, range);
  const byPrefix = docIds(units.filter((u) => u.fileName.startsWith(s)));
  if (byPrefix.length === 1) return documentSelection(units, byPrefix[0] as number);
  const byPart = units.filter((u) => norm(u.title).includes(n));
  if (byPart.length === 1) return unitSelection(byPart);
  const candidates = [...byFile.flatMap((id) => units.filter((u) => u.documentId === id)), ...byPart];
  if (byPrefix.length > 1 || candidates.length > 1) {
    throw new SelectorError(`"${s}" matches more than one document: ${describe(candidates)}`);
  }
  throw new SelectorError(
    `no document matches "${s}": give a file name (or its start, e.g. 000), a 文号, a title or a range like 2021..2023`,
  );
}

/** A predicate: does the span [start, …) of a document lie in the selection? */
export function spanTest(sel: Selection): (documentId: number, start: number) => boolean {
  const byDoc = new Map<number, Span[]>();
  for (const sp of sel.spans) byDoc.set(sp.documentId, [...(byDoc.get(sp.documentId) ?? []), sp]);
  return (documentId, start) => byDoc.get(documentId)?.some((sp) => sp.start <= start && start < sp.end) ?? false;
}
