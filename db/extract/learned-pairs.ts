// The learned relation proposer (issue 11, "a learned layer where rules cannot
// decide"): after the rules, typed pairs of extracted entities that the text
// puts together — one sentence, one task-table measure, or the document's
// subject park (the zone a profile is about) with the industries and firms it
// names — are scored by a logistic regression over general features (type
// pair, order, distance, cue words and where they stand, punctuation, list
// shape, the rules behind both ends and behind any relation they already
// have; never a name). Pairs the rules did not tie and the model scores at or
// above its threshold become relations with rule `learned:pair`.
// Trained by `npm run train` (scripts/train-pairs.ts); weights in learned-model.json.
// This file: the candidate loop and the proposer; features in learned-pairs-features.ts, span lookups in learned-pairs-spans.ts.
import type { EntityType, ExtractedEntity, ExtractedRelation, Extraction, RelationType, Section } from "../types.ts";
import { scoreFeatures } from "./learned.ts";
import { bucket, type CueIndex, cueIndex, cuesIn, locateObjects, sentenceFeatures } from "./learned-pairs-features.ts";
import { firstFrom, innermost, type M, sentenceAt, sentences } from "./learned-pairs-spans.ts";
import { ruleEntry } from "./registry.ts";

export interface PairModel {
  /** Only an enabled model proposes (npm run train enables it when leave-one-document-out CV shows a gain). */
  enabled: boolean;
  threshold: number;
  bias: number;
  weights: Record<string, number>;
  note?: string;
}

export interface PairCandidate {
  type: RelationType;
  source: string;
  target: string;
  features: string[];
  evStart: number;
  evEnd: number;
  /** The rule of the relation of this type the rules already made between the two, if any. */
  ruled: string | null;
}

/** Relation types a (source type, target type) pair can carry, as the annotation guide defines them. */
const TYPES: Record<string, RelationType[]> = {
  "cluster>enterprise": ["cluster_enterprise"],
  "cluster>platform": ["cluster_platform"],
  "enterprise>platform": ["enterprise_platform"],
  "department>cluster": ["department_cluster", "department_responsible"],
  "department>park": ["department_responsible"],
  "department>platform": ["department_responsible"],
  "department>enterprise": ["department_responsible"],
  "park>cluster": ["park_cluster"],
  "park>enterprise": ["park_enterprise"],
};

/** At most this many entity mentions apart, and this many characters, for a sentence pair. */
const MAX_BETWEEN = 6;
const MAX_GAP = 120;
/** A measure (item section) is paired with its departments only when this short. */
const MAX_MEASURE = 1500;
const MAX_PER_SECTION = 40;

/** Emitted rule id → registry id (family lookups are not free; a document repeats a few ids). */
const RULE_IDS = new Map<string, string>();
const ruleId = (r: string) => {
  let id = RULE_IDS.get(r);
  if (id === undefined) RULE_IDS.set(r, (id = ruleEntry(r)?.id ?? r));
  return id;
};

/**
 * Typed candidate pairs of one extraction with their features (bounded: see MAX_*).
 * `untiedOnly`: leave out the pairs a rule already tied (what applying the model needs; training
 * needs them all). A candidate's features never depend on another's, so the rest are the same.
 */
export function pairCandidates(text: string, sections: Section[], x: Extraction, untiedOnly = false): PairCandidate[] {
  const ms: M[] = [];
  for (const e of x.entities) for (const m of e.mentions) ms.push({ e, start: m.start, end: m.end });
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const ruled = new Map<string, string>();
  const has = new Set<string>();
  const co = new Set<string>();
  for (const r of x.relations) {
    if (r.type === "co_mention") {
      co.add(`${r.source}|${r.target}`);
      co.add(`${r.target}|${r.source}`);
      continue;
    }
    const k = `${r.type}|${r.source}|${r.target}`;
    if (!ruled.has(k)) ruled.set(k, ruleId(r.rule));
    has.add(`s|${r.type}|${r.source}`);
    has.add(`t|${r.type}|${r.target}`);
  }
  const out = new Map<string, PairCandidate>();
  // Each candidate's features as a set while pairs are gathered (a measure re-adds its pairs per unit mention).
  const feats = new Map<PairCandidate, Set<string>>();
  const add = (
    rt: RelationType,
    s: ExtractedEntity,
    t: ExtractedEntity,
    f: string[],
    ev: { start: number; end: number },
  ) => {
    const k = `${rt}|${s.key}|${t.key}`;
    let c = out.get(k);
    if (!c) {
      const rr = ruled.get(k) ?? null;
      c = { type: rt, source: s.key, target: t.key, features: [], evStart: ev.start, evEnd: ev.end, ruled: rr };
      c.features.push(
        `rt=${rt}`,
        `rule=${rt}|${rr ?? "none"}`,
        `sr=${rt}|${ruleId(s.rule)}`,
        `tr=${rt}|${ruleId(t.rule)}`,
        `sc=${rt}|${Math.round(s.confidence * 10)}`,
        `tc=${rt}|${Math.round(t.confidence * 10)}`,
      );
      if (has.has(`s|${rt}|${s.key}`)) c.features.push(`shas=${rt}`);
      if (has.has(`t|${rt}|${t.key}`)) c.features.push(`thas=${rt}`);
      if (co.has(`${s.key}|${t.key}`)) c.features.push(`co=${rt}`);
      out.set(k, c);
      feats.set(c, new Set(c.features));
    } else if (ev.end - ev.start < c.evEnd - c.evStart && f.includes("inst=sent")) {
      c.evStart = ev.start;
      c.evEnd = ev.end;
    }
    const fs = feats.get(c) as Set<string>;
    for (const x of f) fs.add(x);
  };
  const typesOf = (a: EntityType, b: EntityType) => TYPES[`${a}>${b}`] ?? [];
  const skip = (rt: RelationType, s: ExtractedEntity, t: ExtractedEntity) =>
    untiedOnly && ruled.has(`${rt}|${s.key}|${t.key}`);

  // (a) One sentence: pairs at most MAX_BETWEEN mentions and MAX_GAP characters apart.
  const sents = sentences(text);
  let mi = 0;
  for (const sent of sents) {
    while (mi < ms.length && (ms[mi] as M).start < sent.start) mi++;
    const inS: M[] = [];
    for (let j = mi; j < ms.length && (ms[j] as M).start < sent.end; j++)
      if ((ms[j] as M).end <= sent.end) inS.push(ms[j] as M);
    if (inS.length < 2) continue;
    const stext = text.slice(sent.start, sent.end);
    const lead = /^[\s（(]*([一二三四五六七八九十\d]+[、.．)）]\s*)?/u.exec(stext)?.[0].length ?? 0;
    let cuesOf: CueIndex | null = null;
    const cues = () => {
      if (!cuesOf) cuesOf = cueIndex(text, sent.start, sent.end);
      return cuesOf;
    };
    const located = new Map<ExtractedEntity, string[]>();
    for (let i = 0; i < inS.length; i++)
      for (let j = i + 1; j < inS.length && j - i - 1 <= MAX_BETWEEN; j++) {
        const a = inS[i] as M;
        const b = inS[j] as M;
        if (a.e === b.e || b.start < a.end) continue;
        const gap = b.start - a.end;
        if (gap > MAX_GAP) break;
        for (const [first, second, order] of [
          [a, b, "st"],
          [b, a, "ts"],
        ] as const)
          for (const rt of typesOf(first.e.type, second.e.type)) {
            if (skip(rt, first.e, second.e)) continue;
            const f = sentenceFeatures(text, sent, cues(), rt, a, b, order, inS.slice(i + 1, j), lead);
            const park = first.e.type === "park" ? first.e : null;
            if (park) {
              let los = located.get(park);
              if (!los) located.set(park, (los = locateObjects(text, sent, park)));
              for (const lo of los) f.push(`lo=${rt}|${lo}`);
            }
            add(rt, first.e, second.e, f, sent);
          }
      }
  }

  // (b) The subject park: named in the title line or the first sentences, or a section heading's park.
  const parks = x.entities.filter((e) => e.type === "park");
  const nParks = bucket(parks.length, [1, 2, 4]);
  const head = text.slice(0, Math.min(text.length, 120));
  const titleEnd = text.indexOf("\n");
  const subjects: { p: ExtractedEntity; how: string; span: { start: number; end: number } }[] = [];
  for (const p of parks) {
    const first = p.mentions[0];
    if (!first) continue;
    if (titleEnd > 0 && first.start < titleEnd)
      subjects.push({ p, how: "title", span: { start: 0, end: text.length } });
    else if (first.start < head.length) subjects.push({ p, how: "opening", span: { start: 0, end: text.length } });
  }
  if (subjects.length === 0 && parks.length > 0) {
    const sorted = [...parks].sort((a, b) => b.mentions.length - a.mentions.length);
    const top = sorted[0] as ExtractedEntity;
    const next = sorted[1]?.mentions.length ?? 0;
    if (top.mentions.length >= 3 && top.mentions.length >= 2 * next)
      subjects.push({ p: top, how: "dominant", span: { start: 0, end: text.length } });
  }
  for (const sec of sections) {
    if (!sec.heading) continue;
    const hs = sec.start;
    const he = hs + sec.label.length + sec.heading.length + 4;
    const hp: M[] = [];
    for (let k = firstFrom(ms, hs); k < ms.length && (ms[k] as M).start < he; k++) {
      const m = ms[k] as M;
      if (m.e.type === "park" && m.end <= he) hp.push(m);
    }
    if (hp.length === 1) subjects.push({ p: (hp[0] as M).e, how: `heading-${sec.kind}`, span: sec });
  }
  // Per sentence, computed once: the parks named wholly inside it, its cue words.
  const sentParks = new Map<number, Set<ExtractedEntity>>();
  for (const m of ms) {
    if (m.e.type !== "park") continue;
    const s = sentenceAt(sents, m.start);
    if (!s || m.end > s.end) continue;
    const set = sentParks.get(s.start) ?? new Set<ExtractedEntity>();
    set.add(m.e);
    sentParks.set(s.start, set);
  }
  const sentCues = new Map<number, [string, string][]>();
  for (const { p, how, span } of subjects.slice(0, 12)) {
    let n = 0;
    const seen = new Set<ExtractedEntity>();
    const located = new Map<number, string[]>();
    for (let k = firstFrom(ms, span.start); k < ms.length; k++) {
      const m = ms[k] as M;
      if (m.start >= span.end) break;
      if (m.end > span.end || seen.has(m.e)) continue;
      if (m.e.type !== "cluster" && m.e.type !== "enterprise") continue;
      seen.add(m.e);
      if (++n > MAX_PER_SECTION * 3) break;
      const found = sentenceAt(sents, m.start);
      const sent = found ?? { start: m.start, end: m.end };
      // A mention outside every sentence (never, as sentences tile the text) is computed apart, uncached.
      const whole = !!found;
      const rt = m.e.type === "cluster" ? "park_cluster" : "park_enterprise";
      if (skip(rt, p, m.e)) continue;
      const f = [`subj=${rt}|${how}`, `np=${rt}|${nParks}`, `men=${rt}|${bucket(m.e.mentions.length, [1, 2, 4])}`];
      const inSent = sentParks.get(sent.start);
      const otherPark = whole
        ? [...(inSent ?? [])].some((o) => o !== p)
        : ms.some((o) => o.e.type === "park" && o.start >= sent.start && o.end <= sent.end && o.e !== p);
      const samePark = p.mentions.some((o) => o.start >= sent.start && o.end <= sent.end);
      f.push(`sp=${rt}|${samePark ? "same" : otherPark ? "other" : "none"}`);
      let cs = sentCues.get(sent.start);
      if (!cs || !whole) {
        cs = cuesIn(cueIndex(text, sent.start, sent.end), sent.start, sent.end);
        if (whole) sentCues.set(sent.start, cs);
      }
      for (const [w, g] of cs) f.push(`zc=${rt}|${g}`, `zw=${w}`);
      let los = located.get(sent.start);
      if (!los) {
        los = locateObjects(text, sent, p);
        if (whole) located.set(sent.start, los);
      }
      for (const lo of los) f.push(`lo=${rt}|${lo}`);
      add(rt as RelationType, p, m.e, f, sent);
    }
  }

  // (c) A measure and its departments: a department named with 牵头/责任单位 in a short item section.
  for (const m of ms) {
    if (m.e.type !== "department") continue;
    const sec = innermost(sections, m.start);
    if (!sec || sec.end - sec.start > MAX_MEASURE) continue;
    const around = text.slice(Math.max(sec.start, m.start - 12), m.start);
    const unit = /(牵头|责任|配合|主管)单位|牵头|负责/u.test(around);
    let n = 0;
    const seen = new Set<ExtractedEntity>();
    for (let k = firstFrom(ms, sec.start); k < ms.length; k++) {
      const o = ms[k] as M;
      if (o.start >= sec.end) break;
      if (o.end > sec.end || o.e.type === "department" || seen.has(o.e)) continue;
      seen.add(o.e);
      if (++n > MAX_PER_SECTION) break;
      for (const rt of typesOf("department", o.e.type))
        if (!skip(rt, m.e, o.e))
          add(
            rt,
            m.e,
            o.e,
            [`measure=${rt}|${sec.kind}`, `munit=${rt}|${unit}`, `mord=${rt}|${o.start < m.start ? "st" : "ts"}`],
            // Evidence: the sentence of the measure that names the entity.
            sentenceAt(sents, o.start) ?? sec,
          );
    }
  }
  const cands = [...out.values()];
  for (const c of cands) c.features = [...(feats.get(c) as Set<string>)];
  return cands;
}

const CONFIDENCES = [0.5, 0.6, 0.7, 0.8, 0.9];
/** The model's probability floored to a registered confidence (registry `learned:pair`). */
export const pairConfidence = (p: number) =>
  CONFIDENCES.reduce((best, c) => (p >= c ? c : best), CONFIDENCES[0] as number);

/** Adds the relations the model proposes that no rule made (types it may carry, threshold met). */
export function applyPairProposer(
  text: string,
  sections: Section[],
  x: Extraction,
  model: PairModel | undefined,
  force = false,
): Extraction {
  if (!model || !(model.enabled || force)) return x;
  const add: ExtractedRelation[] = [];
  for (const c of pairCandidates(text, sections, x, true)) {
    if (c.ruled) continue;
    const p = scoreFeatures(model, c.features);
    if (p < model.threshold) continue;
    add.push({
      type: c.type,
      source: c.source,
      target: c.target,
      evidence: { start: c.evStart, end: c.evEnd, surface: text.slice(c.evStart, c.evEnd) },
      rule: "learned:pair",
      confidence: pairConfidence(p),
    });
  }
  return add.length ? { entities: x.entities, relations: [...x.relations, ...add] } : x;
}
