// The learned list layer: a logistic regression that reads an enumeration
// (甲、乙、丙…) as a whole and says whether it lists industries, where no rule
// typed its items. Features: the cue's last characters and words, the head's
// first characters and words, how many items end in an industry head word,
// item count and length, words of the sentence (research, products, projects…),
// and how many items other candidates already cover (a cluster rule that took
// some items, a firm or park rule that took others). Trained by `npm run train`
// (scripts/train-lists.ts) on the development gold; the items it adds are cluster
// candidates (rule "learned:cluster-list") that pass the same validity test as
// the list rules'. Deterministic: fixed features, committed weights.

import { clusterName, leadNotName, validIndustry } from "./clusters-names.ts";
import { placeLead, placeLedList } from "./clusters-places.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { industryHead, industryPhrase } from "./industry-heads.ts";
import { bucket } from "./learned.ts";
import type { EnumList } from "./lists.ts";
import { fieldsOrStages } from "./lists-items.ts";
import { mapPacked } from "./packed.ts";
import { sentenceIndexAt } from "./text.ts";

export interface ListModel {
  /** Only an enabled model adds items (npm run train enables it when cross-validation shows a gain). */
  enabled: boolean;
  threshold: number;
  bias: number;
  weights: Record<string, number>;
  note?: string;
}

export interface ListRow {
  list: EnumList;
  features: string[];
  /** Items no candidate covers: the ones the layer may add. */
  free: { start: number; end: number }[];
}

const HEAD_WORDS = ["产业", "行业", "领域", "企业", "公司", "项目", "产品", "园", "平台", "基地", "集群", "工业"];
const HEAD_ROLES = ["为主导", "为支柱", "为重点", "为代表", "为龙头", "等"];
const CUE_WORDS = ["发展", "打造", "培育", "聚焦", "形成", "围绕", "推动", "涵盖", "涉及", "重点", "壮大"];
const CUE_MORE = ["引进", "包括", "以", "主导产业", "支柱产业", "产业", "企业", "项目"];
const SENT_WORDS = [
  "研究",
  "实验室",
  "科技",
  "技术",
  "产品",
  "应用",
  "企业",
  "项目",
  "园区",
  "开发区",
  "签约",
  "投资",
  "亿元",
];
const SUFFIX = /(产业集群|产业链|集群|产业)$/u;
const HEAD_IN_ITEM = /为(?:主导|支柱|辅助|支撑|重点|特色|核心|引领|龙头|补充|主体)[^、]*$/u;
const CUE_IN_ITEM = /^.*(?:重点|大力|加快|积极|着力|优先)(?:发展|打造|培育|聚焦|壮大)/u;

/** Feature rows of every list of two items or more, with coverage by the candidates so far. */
export function listRows(ctx: Ctx, lists: EnumList[], cands: Cand[], onlyFree = false): ListRow[] {
  const { s } = ctx;
  const live = cands.filter((c) => c.confidence > 0);
  // The candidates overlapping a span, by binary search on the sorted starts (a scan per list was quadratic).
  const byStart = [...live].sort((a, b) => a.start - b.start);
  const longest = live.reduce((m, c) => Math.max(m, c.end - c.start), 0);
  const overlapping = (a: number, b: number): Cand[] => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((byStart[mid] as Cand).start < a - longest) lo = mid + 1;
      else hi = mid;
    }
    const out: Cand[] = [];
    for (let i = lo; i < byStart.length && (byStart[i] as Cand).start < b; i++)
      if ((byStart[i] as Cand).end > a) out.push(byStart[i] as Cand);
    return out;
  };
  // Names the document gives elsewhere, by type (the gazetteer will mark them in the list too).
  const known = new Map<string, string>();
  for (const c of live) known.set(s.slice(c.start, c.end).replace(SUFFIX, ""), c.type);
  const rows: ListRow[] = [];
  for (const l of lists) {
    const n = l.items.length;
    if (n < 2) continue;
    const near = overlapping(l.start, l.end + 1);
    const texts = mapPacked(l.items, (it) => s.slice(it.start, it.end));
    // Each item's types pushed into one array (filtered, mapped and spread arrays took different shapes: deopts).
    const cover = mapPacked(l.items, (it, i) => {
      const own: string[] = [];
      for (const c of near) if (c.start < it.end && c.end > it.start) own.push(c.type);
      const k = known.get((texts[i] as string).replace(SUFFIX, ""));
      if (k) own.push(k);
      return own;
    });
    // The layer adds only free items: a list whose items are all covered needs no features.
    if (onlyFree && cover.every((cs) => cs.length)) continue;
    const cue = l.cue.replace(/\s+/gu, "");
    const head = l.head.replace(/\s+/gu, "");
    const hw = /^[^，。；,;]{0,12}/u.exec(head)?.[0] ?? "";
    const at = ctx.sents[sentenceIndexAt(ctx.sents, l.start)] ?? { start: l.start, end: l.end };
    const sent = s.slice(at.start, at.end);
    // Industries the sentence names outside the list (the items may be its sub-fields), and the document's size.
    const around = overlapping(at.start, at.end).filter(
      (c) => c.type === "cluster" && c.start >= at.start && c.end <= at.end && (c.end <= l.start || c.start >= l.end),
    ).length;
    const f = [
      `c1=${cue.slice(-1)}`,
      `c2=${cue.slice(-2)}`,
      `c3=${cue.slice(-3)}`,
      `h1=${head.slice(0, 1)}`,
      `h2=${head.slice(0, 2)}`,
      `h3=${head.slice(0, 3)}`,
      `n=${bucket(n, [2, 3, 4, 6])}`,
      `ih=${bucket(texts.filter((t) => industryHead(t)).length / n, [0.3, 0.6, 0.9])}`,
      `ip=${bucket(texts.filter((t) => industryPhrase(t)).length / n, [0.3, 0.6, 0.9])}`,
      `len=${bucket(texts.reduce((a, t) => a + t.length, 0) / n, [2.5, 4, 6, 9])}`,
      `other=${bucket(cover.filter((cs) => cs.some((t) => t !== "cluster")).length / n, [0, 0.3, 0.6])}`,
      `cl=${bucket(cover.filter((cs) => cs.includes("cluster")).length / n, [0, 0.3, 0.6])}`,
    ];
    for (const w of [...HEAD_WORDS, ...HEAD_ROLES]) if (hw.includes(w)) f.push(`hw=${w}`);
    for (const w of [...CUE_WORDS, ...CUE_MORE]) if (cue.slice(-12).includes(w)) f.push(`cw=${w}`);
    for (const w of SENT_WORDS) if (sent.includes(w)) f.push(`sw=${w}`);
    if (texts.some((t) => /\d/u.test(t))) f.push("digit");
    f.push(`sc=${bucket(around, [0, 1])}`, `dl=${bucket(s.length, [3000, 10000])}`);
    if (l.count) f.push(l.count === n ? "count=eq" : "count=ne");
    rows.push({ list: l, features: f, free: l.items.filter((_, i) => !cover[i]?.length) });
  }
  return rows;
}

export function listScore(m: { bias: number; weights: Record<string, number> }, features: string[]): number {
  let z = m.bias;
  for (const k of features) z += m.weights[k] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The cluster a free item names, if it reads as one (the list rules' trimming and validity test). */
export function itemCluster(ctx: Ctx, it: { start: number; end: number }, placeLed = false): Cand | null {
  const { s } = ctx;
  // An item a line wrap cut (…、医药及医\n药器械): the list scan ended it at the break, not at its end.
  if (s[it.end] === "\n" || s[it.end] === "\r") return null;
  // The list's head or cue the scan left inside an end item (…、丙为辅助的产业集群; …重点发展甲、乙).
  const head = HEAD_IN_ITEM.exec(s.slice(it.start, it.end));
  const e = head ? it.start + head.index : it.end;
  const cue = CUE_IN_ITEM.exec(s.slice(it.start, e));
  const start = cue ? it.start + cue[0].length : it.start;
  const sm = SUFFIX.exec(s.slice(start, e));
  const b = sm ? e - sm[0].length : e;
  const { cut } = clusterName(s.slice(start, b));
  let a = start + cut + leadNotName(s.slice(start + cut, b));
  // (In a list of places' industries, the place opens no name: clusters-places.ts placeLedList.)
  if (placeLed && cut === 0) a += placeLead(s, a, b);
  const name = s.slice(a, b);
  if (!/^[\p{Script=Han}]{2,12}$/u.test(name) || !validIndustry(name, false)) return null;
  return {
    type: "cluster",
    start: a,
    end: e,
    name: orig(ctx, a, b),
    rule: "learned:cluster-list",
    confidence: 0.55,
    fromList: true,
  };
}

/**
 * Long plans and gazettes (over this many characters) get no learned items: their lists name the
 * sub-fields and technologies of an industry a section is about, and on the seeds' samples the
 * layer's cross-validated additions were all wrong (scripts/train-lists.ts prints them apart).
 */
export const LONG_DOCUMENT = 10000;

/** Items of the lists the model reads as industry lists, that no candidate covers yet. */
export function learnedListClusters(ctx: Ctx, lists: EnumList[], cands: Cand[], m: ListModel | undefined): Cand[] {
  if (!m?.enabled || ctx.s.length > LONG_DOCUMENT) return [];
  const out: Cand[] = [];
  for (const row of listRows(ctx, lists, cands, true)) {
    if (!row.free.length || listScore(m, row.features) < m.threshold) continue;
    if (fieldsOrStages(ctx.s, row.list.items)) continue;
    const placeLed = placeLedList(ctx.s, row.list.items);
    for (const it of row.free) {
      const c = itemCluster(ctx, it, placeLed);
      if (c) out.push(c);
    }
  }
  return out;
}
