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
import type { EntityType, ExtractedEntity, ExtractedRelation, Extraction, RelationType, Section } from "../types.ts";
import { scoreFeatures } from "./learned.ts";
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

/** Cue vocabulary: word → group. General policy-text verbs and markers, never names. */
const CUE_GROUPS: Record<string, string[]> = {
  develop: [
    "发展",
    "打造",
    "培育",
    "集聚",
    "聚集",
    "壮大",
    "形成",
    "布局",
    "做强",
    "做大",
    "引育",
    "主导",
    "特色",
    "重点",
  ],
  locate: ["位于", "落户", "入驻", "坐落", "园区内", "区内", "园内", "境内", "辖区", "落地", "选址", "引进", "签约"],
  lead: ["龙头", "链主", "领军", "骨干", "重点企业", "代表", "头部", "标杆", "领航"],
  rely: ["依托", "建设", "建成", "组建", "设立", "成立", "共建", "联合"],
  charge: ["牵头", "负责", "责任单位", "配合", "牵头单位", "主管", "指导"],
  serve: ["服务", "支撑", "赋能", "面向", "平台"],
  zone: ["园区", "全区", "本区", "我区", "这里", "该区", "开发区", "高新区", "新区"],
  chain: ["产业链", "集群", "上下游", "配套"],
  firm: ["企业", "公司", "集团", "项目"],
  list: ["等", "包括", "如", "主要有", "：", ":"],
};
const CUES: [string, string][] = Object.entries(CUE_GROUPS)
  .flatMap(([g, ws]) => ws.map((w) => [w, g] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);

/** Verbs whose object is a place: what follows them says where a firm is (this park, a zone word, elsewhere). */
const LOCATE_VERBS = /(位于|落户|入驻|坐落|落地|选址|扎根|布局在|集聚在|聚集在)(于|在|到)?/gu;
const ZONE_WORD = /^(园区|开发区|高新区|经开区|新区|区内|园内|我区|本区|全区|该区|这里|此)/u;

/** Where the locate verbs of a span point: "self" (a mention of the park), "zone" (a zone word), "other". */
function locateObjects(text: string, span: { start: number; end: number }, park: ExtractedEntity | null): string[] {
  const out = new Set<string>();
  const s = text.slice(span.start, span.end);
  for (const m of s.matchAll(LOCATE_VERBS)) {
    const at = span.start + (m.index ?? 0) + m[0].length;
    if (park?.mentions.some((x) => x.start >= at && x.start <= at + 2)) out.add("self");
    else if (ZONE_WORD.test(text.slice(at, at + 4))) out.add("zone");
    else if (/^[\p{Script=Han}]/u.test(text.slice(at, at + 1))) out.add("other");
  }
  return [...out];
}

const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n > (edges[i] as number)) i++;
  return i;
};

/** At most this many entity mentions apart, and this many characters, for a sentence pair. */
const MAX_BETWEEN = 6;
const MAX_GAP = 120;
/** A measure (item section) is paired with its departments only when this short. */
const MAX_MEASURE = 1500;
const MAX_PER_SECTION = 40;

interface M {
  e: ExtractedEntity;
  start: number;
  end: number;
}

function cuesIn(s: string): [string, string][] {
  const out: [string, string][] = [];
  for (const [w, g] of CUES) if (s.includes(w)) out.push([w, g]);
  return out;
}

const ruleId = (r: string) => ruleEntry(r)?.id ?? r;

/** Sentence spans: split at 。！？ and line ends. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let st = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "。" || ch === "！" || ch === "？" || ch === "!" || ch === "?" || ch === "\n") {
      if (i + 1 > st) out.push({ start: st, end: i + 1 });
      st = i + 1;
    }
  }
  if (st < text.length) out.push({ start: st, end: text.length });
  return out;
}

/** The sentence holding a position (binary search over ordered spans). */
function sentenceAt(sents: { start: number; end: number }[], at: number): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sents[mid] as { start: number; end: number };
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function innermost(sections: Section[], at: number): Section | null {
  let best: Section | null = null;
  for (const s of sections) if (at >= s.start && at < s.end && (!best || s.depth >= best.depth)) best = s;
  return best;
}

/** Typed candidate pairs of one extraction with their features (bounded: see MAX_*). */
export function pairCandidates(text: string, sections: Section[], x: Extraction): PairCandidate[] {
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
    } else if (ev.end - ev.start < c.evEnd - c.evStart && f.includes("inst=sent")) {
      c.evStart = ev.start;
      c.evEnd = ev.end;
    }
    c.features.push(...f);
  };
  const typesOf = (a: EntityType, b: EntityType) => TYPES[`${a}>${b}`] ?? [];

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
            const f = sentenceFeatures(text, sent, rt, a, b, order, inS.slice(i + 1, j), lead);
            const park = first.e.type === "park" ? first.e : null;
            if (park) for (const lo of locateObjects(text, sent, park)) f.push(`lo=${rt}|${lo}`);
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
    const hp = ms.filter((m) => m.e.type === "park" && m.start >= hs && m.end <= he);
    if (hp.length === 1) subjects.push({ p: (hp[0] as M).e, how: `heading-${sec.kind}`, span: sec });
  }
  for (const { p, how, span } of subjects.slice(0, 12)) {
    let n = 0;
    const seen = new Set<ExtractedEntity>();
    for (const m of ms) {
      if (m.start < span.start || m.end > span.end || seen.has(m.e)) continue;
      if (m.e.type !== "cluster" && m.e.type !== "enterprise") continue;
      seen.add(m.e);
      if (++n > MAX_PER_SECTION * 3) break;
      const sent = sentenceAt(sents, m.start) ?? { start: m.start, end: m.end };
      const st = text.slice(sent.start, sent.end);
      const rt = m.e.type === "cluster" ? "park_cluster" : "park_enterprise";
      const f = [`subj=${rt}|${how}`, `np=${rt}|${nParks}`, `men=${rt}|${bucket(m.e.mentions.length, [1, 2, 4])}`];
      const otherPark = ms.some((o) => o.e.type === "park" && o.start >= sent.start && o.end <= sent.end && o.e !== p);
      const samePark = p.mentions.some((o) => o.start >= sent.start && o.end <= sent.end);
      f.push(`sp=${rt}|${samePark ? "same" : otherPark ? "other" : "none"}`);
      for (const [w, g] of cuesIn(st)) f.push(`zc=${rt}|${g}`, `zw=${w}`);
      for (const lo of locateObjects(text, sent, p)) f.push(`lo=${rt}|${lo}`);
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
    for (const o of ms) {
      if (o.start < sec.start || o.end > sec.end || o.e.type === "department" || seen.has(o.e)) continue;
      seen.add(o.e);
      if (++n > MAX_PER_SECTION) break;
      for (const rt of typesOf("department", o.e.type))
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
  for (const c of cands) c.features = [...new Set(c.features)];
  return cands;
}

function sentenceFeatures(
  text: string,
  sent: { start: number; end: number },
  rt: RelationType,
  a: M,
  b: M,
  order: "st" | "ts",
  inner: M[],
  lead: number,
): string[] {
  const between = inner.length;
  const f = [`inst=sent`, `ord=${rt}|${order}`];
  const gap = b.start - a.end;
  f.push(`d=${rt}|${bucket(gap, [0, 1, 3, 8, 20, 50])}`, `nb=${rt}|${bucket(between, [0, 1, 3])}`);
  const mid = text.slice(a.end, b.start);
  // Clause before the first end: from the last ；or ， (or the sentence start).
  const pre = text.slice(sent.start + lead, a.start);
  const post = text.slice(b.end, sent.end);
  const preClause = pre.slice(
    Math.max(pre.lastIndexOf("；"), pre.lastIndexOf("，"), pre.lastIndexOf(";"), pre.lastIndexOf(",")) + 1,
  );
  const postClause = post.split(/[，；,;]/u)[0] ?? "";
  const puncts = new Set<string>();
  for (const ch of mid) if ("，、；：（）,;:()".includes(ch)) puncts.add(ch);
  if (puncts.size === 0) f.push(`p=${rt}|none`);
  for (const ch of puncts) f.push(`p=${rt}|${ch}`);
  // Both in one 、-list: nothing but other names and joiners between them.
  let rest = "";
  let at = a.end;
  for (const m of inner) {
    if (m.start > at) rest += text.slice(at, m.start);
    at = Math.max(at, m.end);
  }
  rest += text.slice(at, b.start);
  if (/^[、和与及\s]*$/u.test(rest)) f.push(`samelist=${rt}`);
  for (const [pos, s] of [
    ["pre", preClause],
    ["mid", mid],
    ["post", postClause],
  ] as const)
    for (const [w, g] of cuesIn(s)) f.push(`c=${rt}|${pos}|${g}`, `w=${pos}|${w}`);
  // The earlier end opens the sentence (its subject).
  if (pre.trim().length === 0) f.push(`init=${rt}|${order}`);
  return f;
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
  for (const c of pairCandidates(text, sections, x)) {
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
