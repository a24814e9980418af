// The learned layer: a logistic regression over extracted entities (features:
// type, rule, suffix family, context characters either side, list and section
// context; nothing from inside a name but its suffix), trained by `npm run train` (scripts/train.ts) from the shared gold
// and applied as a last filter that drops entities scored below a threshold.
// Deterministic: fixed feature order, zero start, full-batch gradient descent.
import type { ExtractedEntity, ExtractedRelation, Extraction, Section } from "../types.ts";
import type { ListModel } from "./learned-lists.ts";
import type { PairModel } from "./learned-pairs.ts";
import { ruleEntry } from "./registry.ts";

export interface LearnedModel {
  /** Only an enabled model filters (npm run train enables it when leave-one-out CV shows a gain). */
  enabled: boolean;
  threshold: number;
  /** When set, only entities whose confidence is below it are scored (a filter for the weak rules' spans). */
  below?: number;
  bias: number;
  weights: Record<string, number>;
  /** The same for relations (co_mention never filtered). */
  relations?: { enabled: boolean; threshold: number; below?: number; bias: number; weights: Record<string, number> };
  /** The relation proposer (learned-pairs.ts), trained by the same `npm run train`. */
  pairs?: PairModel;
  /** The list layer (learned-lists.ts), trained by the same `npm run train`. */
  lists?: ListModel;
  /** How it was trained and what cross-validation showed (informational). */
  note?: string;
}

/** The index of the first edge `n` does not exceed (a numeric feature's bucket). */
export const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n > (edges[i] as number)) i++;
  return i;
};

/** Feature names of one extracted entity in its document. */
export function entityFeatures(text: string, sections: Section[], e: ExtractedEntity): string[] {
  const first = e.mentions[0];
  const rule = ruleEntry(e.rule)?.id ?? e.rule;
  const name = e.name.normalize("NFKC");
  const f = [
    `t=${e.type}`,
    `r=${rule}`,
    `tr=${e.type}|${rule}`,
    `suf1=${e.type}|${name.slice(-1)}`,
    `suf2=${e.type}|${name.slice(-2)}`,
    `len=${e.type}|${bucket(name.length, [2, 3, 4, 6, 9, 14])}`,
    `men=${bucket(e.mentions.length, [1, 2, 4])}`,
    `conf=${Math.round(e.confidence * 20)}`,
  ];
  for (const m of e.mentions) {
    const mr = ruleEntry(m.rule ?? e.rule)?.id ?? m.rule;
    if (mr !== rule) f.push(`mr=${mr}`);
  }
  if (/\d/u.test(name)) f.push("digit");
  if (/[、，,和与及]/u.test(name)) f.push("joiner");
  if (first) {
    const l1 = text.slice(Math.max(0, first.start - 1), first.start);
    const l2 = text.slice(Math.max(0, first.start - 2), first.start);
    const r1 = text.slice(first.end, first.end + 1);
    const r2 = text.slice(first.end, first.end + 2);
    f.push(`l1=${cls(l1)}`, `r1=${cls(r1)}`);
    // Two-character words either side (发展, 推动, 等国…) only when they hold no mark:
    // across a list mark they would be fragments of neighbouring names.
    if (/^[\p{Script=Han}]{2}$/u.test(l2)) f.push(`l2=${e.type}|${l2}`);
    if (/^[\p{Script=Han}]{2}$/u.test(r2)) f.push(`r2=${e.type}|${r2}`);
    if (l1 === "、" || r1 === "、") f.push("inlist");
    const sec = innermost(sections, first.start);
    f.push(`sec=${sec?.kind ?? "none"}`);
  }
  return f;
}

/** Feature names of one extracted relation: its rule and type, how its ends were found, how far apart. */
export function relationFeatures(x: Extraction, r: ExtractedRelation, byKey?: Map<string, ExtractedEntity>): string[] {
  const keys = byKey ?? new Map(x.entities.map((e) => [e.key, e]));
  const s = keys.get(r.source);
  const t = keys.get(r.target);
  const rule = ruleEntry(r.rule)?.id ?? r.rule;
  const f = [`rt=${r.type}`, `rr=${rule}`, `rtr=${r.type}|${rule}`];
  const ev = r.evidence;
  f.push(`evlen=${bucket(ev.end - ev.start, [20, 40, 80, 160, 320])}`);
  for (const [side, e] of [
    ["s", s],
    ["t", t],
  ] as const) {
    if (!e) continue;
    f.push(`${side}r=${ruleEntry(e.rule)?.id ?? e.rule}`, `${side}c=${Math.round(e.confidence * 20)}`);
    const inEv = e.mentions.filter((m) => m.start >= ev.start && m.end <= ev.end).length;
    f.push(`${side}in=${bucket(inEv, [0, 1, 2])}`);
    f.push(`${side}men=${bucket(e.mentions.length, [1, 2, 4, 8])}`);
  }
  // How many entities of the target's type the evidence names: a long list dilutes a cue.
  const crowd = x.entities.filter(
    (e) => e.type === t?.type && e.mentions.some((m) => m.start >= ev.start && m.end <= ev.end),
  ).length;
  f.push(`crowd=${bucket(crowd, [1, 2, 4, 8])}`);
  return f;
}

/** A context character as itself when it is punctuation or a common word end, else its class. */
function cls(ch: string): string {
  if (ch === "") return "edge";
  if (/\s/u.test(ch)) return "space";
  if (/\p{P}/u.test(ch)) return ch;
  if (/\d/u.test(ch)) return "digit";
  if (/[A-Za-z]/u.test(ch)) return "latin";
  return ch;
}

function innermost(sections: Section[], at: number): Section | null {
  let best: Section | null = null;
  for (const s of sections) if (at >= s.start && at < s.end && (!best || s.depth >= best.depth)) best = s;
  return best;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function scoreFeatures(model: Pick<LearnedModel, "bias" | "weights">, features: string[]): number {
  let z = model.bias;
  for (const k of features) z += model.weights[k] ?? 0;
  return sigmoid(z);
}

/** Drops entities the model scores below its threshold, and the relations that touch them. */
export function applyLearnedFilter(
  text: string,
  sections: Section[],
  x: Extraction,
  model: LearnedModel,
  force = false,
): Extraction {
  const rm = model.relations;
  const ents = model.enabled || force;
  const rels = !!rm && (rm.enabled || force);
  if (!ents && !rels) return x;
  const weak = (c: number, below: number | undefined) => below === undefined || c < below;
  const keep = ents
    ? x.entities.filter(
        (e) =>
          !weak(e.confidence, model.below) ||
          scoreFeatures(model, entityFeatures(text, sections, e)) >= model.threshold,
      )
    : x.entities;
  const keys = new Set(keep.map((e) => e.key));
  const byKey = new Map(x.entities.map((e) => [e.key, e]));
  const relations = x.relations.filter(
    (r) =>
      keys.has(r.source) &&
      keys.has(r.target) &&
      (!rels ||
        !rm ||
        r.type === "co_mention" ||
        !weak(r.confidence, rm.below) ||
        scoreFeatures(rm, relationFeatures(x, r, byKey)) >= rm.threshold),
  );
  if (keep.length === x.entities.length && relations.length === x.relations.length) return x;
  return { entities: keep, relations };
}

/**
 * L2-regularised logistic regression by full-batch gradient descent (Adagrad
 * steps), features as presence indicators. Deterministic for a given input order.
 */
export function trainLogistic(
  rows: { features: string[]; label: boolean }[],
  opts: { epochs?: number; l2?: number; rate?: number; minCount?: number; balanced?: boolean } = {},
): { bias: number; weights: Record<string, number> } {
  const { epochs = 300, l2 = 0.01, rate = 0.5, minCount = 3, balanced = false } = opts;
  const counts = new Map<string, number>();
  for (const r of rows) for (const k of new Set(r.features)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= minCount).map(([k]) => k);
  const index = new Map(vocab.map((k, i) => [k, i]));
  const xs = rows.map(
    (r) => [...new Set(r.features.map((k) => index.get(k)).filter((i) => i !== undefined))] as number[],
  );
  const ys = rows.map((r) => (r.label ? 1 : 0));
  // Balanced: each class weighs as much as the other in total (wrong items are rare).
  const pos = ys.reduce((a: number, y) => a + y, 0);
  const cw = (y: number) =>
    !balanced || pos === 0 || pos === ys.length ? 1 : y ? ys.length / (2 * pos) : ys.length / (2 * (ys.length - pos));
  const w = new Float64Array(vocab.length);
  const g2 = new Float64Array(vocab.length).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  const n = rows.length || 1;
  for (let ep = 0; ep < epochs; ep++) {
    const grad = new Float64Array(vocab.length);
    let gb = 0;
    xs.forEach((x, i) => {
      let z = b;
      for (const j of x) z += w[j] as number;
      const err = (sigmoid(z) - (ys[i] as number)) * cw(ys[i] as number);
      gb += err;
      for (const j of x) grad[j] = (grad[j] as number) + err;
    });
    for (let j = 0; j < w.length; j++) {
      const g = (grad[j] as number) / n + l2 * (w[j] as number);
      g2[j] = (g2[j] as number) + g * g;
      w[j] = (w[j] as number) - (rate * g) / Math.sqrt(g2[j] as number);
    }
    gb /= n;
    gb2 += gb * gb;
    b -= (rate * gb) / Math.sqrt(gb2);
  }
  const weights: Record<string, number> = {};
  vocab.forEach((k, j) => {
    const v = Math.round((w[j] as number) * 1e4) / 1e4;
    if (Math.abs(v) >= 1e-3) weights[k] = v;
  });
  return { bias: Math.round(b * 1e4) / 1e4, weights };
}
