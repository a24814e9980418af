// The timeline, comparison and entity-history state (its own zustand slice): the dated units,
// the brushed year range and what its documents state, the year-by-year player, and the
// comparison shown on the graph. The graph's visible set is narrowed by narrowToStated (time/visible.ts).
import { create } from "zustand";
import type { ApiOutput } from "../api-types.ts";
import { call } from "../client.ts";

export type TimeUnit = ApiOutput<"timeUnits">[number];
export type Comparison = ApiOutput<"compare">;
export type TimeSelector = Parameters<typeof call<"compare">>[1]["a"];
export interface YearRange {
  from: string;
  to: string;
}

interface TimeState {
  units: TimeUnit[];
  range: YearRange | null;
  /** What the range (or the comparison's two sides) states; null = no narrowing. */
  stated: { entityIds: Set<number>; relationIds: Set<number> } | null;
  playing: boolean;
  colourBy: "issuer" | "kind";
  compareOpen: boolean;
  /** The list of documents without a date (shown in the side panel's Time tab with the comparison). */
  undatedOpen: boolean;
  /** The strip is folded by default: unfolded it takes height from the graph. */
  stripOpen: boolean;
  compare: { a: TimeSelector; b: TimeSelector } | null;
  comparison: Comparison | null;
  busy: boolean;
  error: string | null;
}

export const useTime = create<TimeState>()(() => ({
  units: [],
  range: null,
  stated: null,
  playing: false,
  colourBy: "issuer",
  compareOpen: false,
  undatedOpen: false,
  stripOpen: false,
  compare: null,
  comparison: null,
  busy: false,
  error: null,
}));

const set = useTime.setState;
const get = useTime.getState;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The units from columns (timeUnitsPacked: half the bytes of one object per unit). */
export function unpack(p: ApiOutput<"timeUnitsPacked">): TimeUnit[] {
  const fields = Object.keys(p.columns) as (keyof TimeUnit)[];
  const out: TimeUnit[] = [];
  for (let i = 0; i < p.count; i++) {
    const u: Record<string, unknown> = {};
    for (const f of fields) u[f] = (p.columns[f] as unknown[])[i];
    out.push(u as TimeUnit);
  }
  return out;
}

export async function loadUnits(): Promise<void> {
  try {
    set({ units: unpack(await call("timeUnitsPacked", {})) });
  } catch (e) {
    set({ error: message(e) });
  }
}

/** Years holding at least one dated unit, oldest first. */
export function unitYears(units: TimeUnit[]): string[] {
  return [...new Set(units.flatMap((u) => (u.date ? [u.date.slice(0, 4)] : [])))].sort();
}

let seq = 0;

/** Narrows the graph to what the documents of [from, to] (years) state; null shows everything. */
export async function setRange(range: YearRange | null): Promise<void> {
  const mine = ++seq;
  if (!range) {
    set({ range: null, stated: statedOfComparison(get().comparison) });
    return;
  }
  const r = range.from <= range.to ? range : { from: range.to, to: range.from };
  set({ range: r });
  try {
    const s = await call("timeStated", { selector: { from: r.from, to: r.to } });
    if (mine !== seq) return;
    set({ stated: { entityIds: new Set(s.entityIds), relationIds: new Set(s.relationIds) }, error: null });
  } catch (e) {
    set({ error: message(e) });
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
/** Bumped by every play and stop, so a step scheduled by an earlier run never fires. */
let run = 0;
const STEP_MS = 2200;

/** Steps year by year through the years that have documents, one year shown at a time. */
export function play(): void {
  const years = unitYears(get().units);
  if (years.length === 0) return;
  clearTimeout(timer);
  const mine = ++run;
  const current = get().range;
  let i = current && current.from === current.to ? years.indexOf(current.from) + 1 : 0;
  if (i >= years.length) i = 0;
  set({ playing: true });
  const tick = () => {
    if (mine !== run || !get().playing) return;
    const y = years[i] as string;
    void setRange({ from: y, to: y });
    i++;
    if (i >= years.length) {
      timer = setTimeout(() => mine === run && set({ playing: false }), STEP_MS);
      return;
    }
    timer = setTimeout(tick, STEP_MS);
  };
  tick();
}

export function stop(): void {
  run++;
  clearTimeout(timer);
  set({ playing: false });
}

function statedOfComparison(c: Comparison | null): TimeState["stated"] {
  if (!c) return null;
  const entityIds = new Set<number>();
  const relationIds = new Set<number>();
  for (const side of ["only_a", "only_b", "both"] as const) {
    for (const list of Object.values(c[side].entities)) for (const e of list) entityIds.add(e.id);
    for (const r of c[side].relations) relationIds.add(r.id);
  }
  return { entityIds, relationIds };
}

/** Compares two selections; the graph then shows their union, coloured by the difference. */
export async function runCompare(a: TimeSelector, b: TimeSelector): Promise<boolean> {
  set({ busy: true, error: null });
  try {
    const comparison = await call("compare", { a, b });
    stop();
    set({ compare: { a, b }, comparison, busy: false, range: null, stated: statedOfComparison(comparison) });
    return true;
  } catch (e) {
    set({ busy: false, error: message(e) });
    return false;
  }
}

export function clearCompare(): void {
  set({ compare: null, comparison: null, stated: null });
  const r = get().range;
  if (r) void setRange(r);
}

export function setStripOpen(open: boolean): void {
  set({ stripOpen: open });
}

export function setCompareOpen(open: boolean): void {
  set({ compareOpen: open });
}

export function setUndatedOpen(open: boolean): void {
  set({ undatedOpen: open });
}

/** What a saved view keeps (db/views ViewTime). */
export function timeSnapshot(): { range: YearRange | null; compare: TimeState["compare"] } | null {
  const { range, compare } = get();
  return range || compare ? { range, compare } : null;
}

/** Puts a saved view's range and comparison back (or clears them). */
export async function applyViewTime(
  t: { range: { from?: string; to?: string } | null; compare: TimeState["compare"] } | null | undefined,
): Promise<void> {
  stop();
  if (t?.compare) await runCompare(t.compare.a, t.compare.b);
  else set({ compare: null, comparison: null, stated: null });
  if (t?.range?.from || t?.range?.to) {
    const from = t.range.from ?? t.range.to ?? "";
    await setRange({ from, to: t.range.to ?? from });
  } else set({ range: null });
}
