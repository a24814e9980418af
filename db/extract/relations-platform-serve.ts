// cluster_platform where a sentence about ONE platform says which industry it serves:
// 甲研究院将…推动某产业发展, 甲中心…为…服务某产业. The platform is named in the
// sentence or referred back to at its start (该中心…, 组建该工程技术研究中心旨在…, 目前，研究院正…):
// platform news carry a platform's purpose in the sentence after the one naming it.
import { matchesAt } from "./anchored.ts";
import type { Hit, HitIndex, RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";

type Sent = { start: number; end: number };

/** A verb of serving an industry, in the clause that names the industry. */
const SERVES = /(服务于?|支撑|推动|助力|带动|加速|促进|引领|赋能)/u;
/** A back-reference opening the sentence: 该/这个/此 (+ a kind) + a platform's head word, or the bare head word. */
const BACK_REF =
  /^[\s\u3000]*(?:(?:目前|近日|近年来|同时|今后|未来|此外)[，,]?)?(?:[\p{Script=Han}]{0,4}?(?:该|这个|此|这一)([\p{Script=Han}]{0,8}?))?(中心|研究院|实验室|平台|工作站|研究所)/u;
/** How far back the platform a back-reference points to may be named. */
const BACK_WINDOW = 600;

/** The one platform a sentence is about, and where its mention (or back-reference) ends. */
function sentencePlatform(s: string, idx: HitIndex, sent: Sent): { ent: Ent; end: number } | null {
  const ps = idx.inSpan(sent.start, sent.end, "platform");
  if (ps.length) {
    const one = ps.every((h) => h.ent === ps[0]?.ent);
    return one
      ? { ent: (ps[0] as (typeof ps)[number]).ent, end: (ps[ps.length - 1] as (typeof ps)[number]).m.end }
      : null;
  }
  const m = BACK_REF.exec(s.slice(sent.start, sent.end));
  if (!m) return null;
  // The nearest platform before, whose name ends in the words the back-reference repeats.
  const head = (m[1] ?? "") + (m[2] as string);
  const before = idx
    .inSpan(Math.max(0, sent.start - BACK_WINDOW), sent.start, "platform")
    .filter((h) => s.slice(h.m.start, h.m.end).endsWith(head));
  const p = before[before.length - 1];
  return p ? { ent: p.ent, end: sent.start + m.index + m[0].length } : null;
}

export function servedIndustries(s: string, idx: HitIndex, sents: readonly Sent[], add: RelationAdd): void {
  for (const sent of sents) {
    if (!idx.startsIn("cluster", sent.start, sent.end)) continue;
    const cs = idx.inSpan(sent.start, sent.end, "cluster");
    if (!cs.length || cs.some((h) => h.ent !== cs[0]?.ent)) continue;
    const p = sentencePlatform(s, idx, sent);
    if (!p) continue;
    for (const c of cs) {
      if (c.m.start < p.end) continue;
      const between = s.slice(p.end, c.m.start);
      const clause = between.slice(
        Math.max(...["，", ",", "；", ";", "：", ":"].map((x) => between.lastIndexOf(x))) + 1,
      );
      if (!SERVES.test(clause)) continue;
      add("cluster_platform", c.ent, p.ent, sent.start, sent.end, "serve:platform", 0.5);
      break;
    }
  }
}

/** An industry's platform label opening a clause: 储能电池产业创新平台：甲、乙 / …重点平台包括甲、乙. */
const LABEL =
  /(?:^|[。；;\n])[\s\u3000]*(?:[(（]?[\d一二三四五六七八九十]{1,3}[)）.、．]?)?[\s\u3000]*([\p{Script=Han}]{2,12}?)(?:产业集群|产业链|产业|行业|领域)?(?:科技)?(?:创新|重点|研发|公共服务|服务|科研)?(?:平台|载体)(?:建设)?(?:[：:]|包括|主要有)/gu;
/** An industry's park label: 储能电池产业链重点园区：甲、乙 / …主要载体：甲、乙. */
const PARK_LABEL =
  /(?:^|[。；;\n])[\s\u3000]*(?:[(（]?[\d一二三四五六七八九十]{1,3}[)）.、．]?)?[\s\u3000]*([\p{Script=Han}]{2,12}?)(?:产业集群|产业链|产业)(?:重点|主要|核心|承载)(?:园区|载体)[：:]/gu;
/** What every LABEL (PARK_LABEL) match holds: most documents have none, and the full patterns
 * try every sentence start (a lazy name and optional words before the head), a few % of extraction. */
const LABEL_TAIL = /(?:平台|载体)(?:建设)?(?:[：:]|包括|主要有)/gu;
const PARK_LABEL_TAIL = /(?:产业集群|产业链|产业)(?:重点|主要|核心|承载)(?:园区|载体)[：:]/gu;
const LABEL_AT = new RegExp(LABEL.source, "uy");
const PARK_LABEL_AT = new RegExp(PARK_LABEL.source, "uy");

/** The matches `s.matchAll(re)` gives, tried only where one can start: the text's start, or the
 * clause break (or a line break after it) last before a tail; nothing between holds 。；; (a tail
 * is found once per document, the full pattern at every sentence start cost a few %). */
function* labelMatches(s: string, at: RegExp, tail: RegExp): Generator<RegExpExecArray> {
  const starts = new Set<number>([0]);
  for (const t of s.matchAll(tail)) {
    const q = Math.max(s.lastIndexOf("。", t.index), s.lastIndexOf("；", t.index), s.lastIndexOf(";", t.index));
    if (q >= 0) starts.add(q);
    for (let n = s.indexOf("\n", q + 1); n >= 0 && n < t.index; n = s.indexOf("\n", n + 1)) starts.add(n);
  }
  yield* matchesAt(
    s,
    at,
    [...starts].sort((x, y) => x - y),
  );
}
/** Between two listed platforms. */
const LIST_SEP = /^(?:[、，,和及与]|以及)?$/u;

/** cluster_platform for the platforms an industry's label lists, the label naming a cluster by one of its forms. */
export function labelledPlatforms(s: string, idx: HitIndex, add: RelationAdd): void {
  const forms = new Map<string, Ent>();
  for (const h of idx.hits)
    if (h.ent.type === "cluster") {
      forms.set(h.ent.name, h.ent);
      forms.set(s.slice(h.m.start, h.m.end).replace(/(?:产业集群|产业链|产业)$/u, ""), h.ent);
    }
  if (!forms.size) return;
  for (const [re, tail, type] of [
    [LABEL_AT, LABEL_TAIL, "platform"],
    [PARK_LABEL_AT, PARK_LABEL_TAIL, "park"],
  ] as const) {
    for (const m of labelMatches(s, re, tail)) {
      const c = forms.get(m[1] as string);
      if (!c) continue;
      let at = (m.index as number) + m[0].length;
      // Every platform (park) the list names, one after another.
      for (const h of idx.inSpan(at, at + 400)) {
        if (h.ent.type !== type || !LIST_SEP.test(s.slice(at, h.m.start).replace(/等$/u, ""))) break;
        if (type === "platform")
          add("cluster_platform", c, h.ent, m.index as number, h.m.end, "label:industry-platform", 0.6);
        else add("park_cluster", h.ent, c, m.index as number, h.m.end, "label:industry-park", 0.6);
        at = h.m.end;
      }
    }
  }
}

/** 以甲中心、乙研究院为代表的某产业(创新体系): the platforms listed before 为代表的 stand for that industry. */
export function representedIndustries(s: string, idx: HitIndex, add: RelationAdd): void {
  for (let k = 0; k < idx.hits.length; k++) {
    const c = idx.hits[k] as Hit;
    if (c.ent.type !== "cluster" || k === 0) continue;
    let prev = idx.hits[k - 1] as Hit;
    if (!/^\s*等?\s*为代表的$/u.test(s.slice(prev.m.end, c.m.start))) continue;
    // Back over the list to its 以; every item a platform.
    const items: Hit[] = [];
    for (let j = k - 1; j >= 0; j--) {
      prev = idx.hits[j] as Hit;
      if (prev.ent.type !== "platform") return void 0;
      items.push(prev);
      const gap = s.slice(idx.hits[j - 1]?.m.end ?? 0, prev.m.start);
      if (/以$/u.test(gap)) {
        for (const p of items)
          add("cluster_platform", c.ent, p.ent, prev.m.start - 1, c.m.end, "represent:platform", 0.6);
        break;
      }
      if (!LIST_SEP.test(gap)) break;
    }
  }
}

/** Between two platforms of a list: a separator, or unnamed items (国家企业技术中心) between separators. */
const SKIP_ITEMS = /^(?:[、和及]|(?:、[^，。；,;\n、]{2,20}?)+、)$/u;

/** A park named for an industry that owns platforms (某风电产业园拥有甲中心、乙实验室等平台): they serve that industry. */
const PARK_OWNS = /^[^，。；,;\n]{0,12}?(?:拥有|建有|建成|集聚|聚集|布局)(?:了)?[^，。；,;\n]{0,8}$/u;

export function parkIndustryPlatforms(s: string, idx: HitIndex, add: RelationAdd): void {
  const clusters = idx.hits.filter((h) => h.ent.type === "cluster");
  if (!clusters.length) return;
  for (let k = 0; k < idx.hits.length; k++) {
    const park = idx.hits[k] as Hit;
    if (park.ent.type !== "park") continue;
    const pn = s.slice(park.m.start, park.m.end);
    const c = clusters.find((h) => h.ent.name.length >= 2 && pn.includes(h.ent.name));
    if (!c) continue;
    let at = park.m.end;
    for (let j = k + 1; j < idx.hits.length; j++) {
      const h = idx.hits[j] as Hit;
      const gap = s.slice(at, h.m.start);
      if (h.ent.type !== "platform" || !(j === k + 1 ? PARK_OWNS.test(gap) : SKIP_ITEMS.test(gap))) break;
      add("cluster_platform", c.ent, h.ent, park.m.start, h.m.end, "park-named:platform", 0.55);
      at = h.m.end;
    }
  }
}
