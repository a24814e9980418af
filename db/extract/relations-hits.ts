// The mentions the relation passes query by span: sorted by start once, indexed per type, with
// the last answer kept as a finger (the passes walk sentences in text order, so the next answer
// is a few steps away and a full binary search per query was the hottest line of the passes).
import type { Ent, MentionSpan } from "./resolve.ts";

export interface Hit {
  ent: Ent;
  m: MentionSpan;
}

/** Hits in start order with their starts and ends as numbers. */
class Run {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The last lowerBound answer: where the next search starts. */
  private finger = 0;
  constructor(readonly hits: Hit[]) {
    this.starts = new Int32Array(hits.length);
    this.ends = new Int32Array(hits.length);
    for (let i = 0; i < hits.length; i++) {
      const m = (hits[i] as Hit).m;
      this.starts[i] = m.start;
      this.ends[i] = m.end;
    }
  }
  /** The first index whose start is at least x: galloping from the finger, then a binary search. */
  lowerBound(x: number): number {
    const v = this.starts;
    const n = v.length;
    // The answer lies in (lo, hi]: v[lo] < x (or lo = -1), and v[hi] >= x (or hi = n).
    let lo: number;
    let hi: number;
    const f = this.finger;
    if (f < n && (v[f] as number) < x) {
      lo = f;
      hi = f + 1;
      for (let step = 1; hi < n && (v[hi] as number) < x; hi = lo + step) {
        lo = hi;
        step *= 2;
      }
      if (hi > n) hi = n;
    } else {
      hi = f;
      lo = f - 1;
      for (let step = 1; lo >= 0 && (v[lo] as number) >= x; lo = hi - step) {
        hi = lo;
        step *= 2;
      }
      if (lo < -1) lo = -1;
    }
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((v[mid] as number) < x) lo = mid;
      else hi = mid;
    }
    this.finger = hi;
    return hi;
  }
  /** Hits wholly inside [a, b), in start order. */
  inSpan(a: number, b: number): Hit[] {
    const out: Hit[] = [];
    const { starts, ends, hits } = this;
    for (let k = this.lowerBound(a); k < starts.length && (starts[k] as number) < b; k++)
      if ((ends[k] as number) <= b) out.push(hits[k] as Hit);
    return out;
  }
  /** Whether a hit starts in [a, b). */
  startsIn(a: number, b: number): boolean {
    const k = this.lowerBound(a);
    return k < this.starts.length && (this.starts[k] as number) < b;
  }
}

const NONE = new Run([]);

/** Mentions sorted by start, with span queries. */
export class HitIndex {
  readonly hits: Hit[] = [];
  private readonly all: Run;
  /** The hits of each type, in the same order: a typed query scans only its own type. */
  private readonly byType = new Map<string, Run>();
  constructor(ents: Ent[]) {
    const all: Hit[] = [];
    for (const e of ents) for (const m of e.mentions) all.push({ ent: e, m });
    // The stable sort by start, as numbers: start * 2^21 + the hit's index, sorted natively.
    const keys = new Float64Array(all.length);
    for (let i = 0; i < all.length; i++) keys[i] = (all[i] as Hit).m.start * 2097152 + i;
    keys.sort();
    for (let i = 0; i < keys.length; i++) this.hits.push(all[(keys[i] as number) % 2097152] as Hit);
    this.all = new Run(this.hits);
    const typed = new Map<string, Hit[]>();
    for (const h of this.hits) {
      const t = h.ent.type;
      const list = typed.get(t);
      if (list) list.push(h);
      else typed.set(t, [h]);
    }
    for (const [t, hs] of typed) this.byType.set(t, new Run(hs));
  }
  lowerBound(x: number): number {
    return this.all.lowerBound(x);
  }
  /** Mentions wholly inside [a, b), optionally of one type. */
  inSpan(a: number, b: number, type?: string): Hit[] {
    return (type ? (this.byType.get(type) ?? NONE) : this.all).inSpan(a, b);
  }
  any(a: number, b: number): boolean {
    return this.all.startsIn(a, b);
  }
  /** Whether a mention of `type` starts in [a, b). */
  startsIn(type: string, a: number, b: number): boolean {
    return (this.byType.get(type) ?? NONE).startsIn(a, b);
  }
}
