// department_cluster in the layouts Chinese documents use to put a body in
// charge of an industry (链长制 and its kin), beyond "甲局牵头负责乙产业集群":
// - a lead label after an industry:  "乙产业链：牵头单位 甲局", "乙产业链（链长：…；牵头部门：甲局）",
//   or under a heading that is only the industry ("（一）乙产业链\n链长：…\n牵头单位：甲局");
// - a task whose whole object is an industry: "5.培育乙产业集群。责任单位：甲局",
//   "培育乙产业集群（甲局牵头，丙局配合）";
// - prose with a lead verb: "由甲局牵头推进乙产业链", "乙产业链由甲局牵头", "甲局牵头抓乙产业".
// A measure about an industry as a whole makes its lead unit lead that industry; where the
// measure names other things (a park, a firm) it stays department_responsible (relations-measures.ts).

import { matchesAt } from "./anchored.ts";
import type { Hit, HitIndex, RelationAdd, RespBracket } from "./relations-scope.ts";
import { responsibleUnits } from "./relations-units.ts";
import type { Ent } from "./resolve.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

/** A leading list number: 1. / （一） / 一是 / 一、 / ① */
const NUMBER =
  /^[\s\u3000]*(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[是、]|[①-⑳])\s*/u;
/** Verbs a task about an industry opens with (培育甲产业集群, 做强乙产业链). */
const OBJECT_VERB =
  /^(?:(?:加快|大力|着力|重点|全力|持续|积极|统筹|牵头|负责|组织)?(?:推进|推动|发展|培育|壮大|做强|做大|做优|做精|打造|提升|建设|引育|聚焦|抓好|抓|服务|延伸|强化|实施|招引|构建|培植|保障))+/u;
/** Words that may close a task about an industry (…产业链建设, …产业发展工作). */
const OBJECT_TAIL =
  /(?:产业链|产业集群|集群|产业|链条|链|专班|工作专班)?(?:的)?(?:建设|发展|培育|招商|推进|提升|壮大|(?:[建延补强育固稳优]链){2,5})?(?:工作|行动)?$/u;

function distinct(hs: Hit[]): Ent[] {
  return [...new Set(hs.map((h) => h.ent))];
}

/**
 * The clusters that [a, b) is about when it names nothing else: a list number, a leading
 * verb, separators and an industry tail aside, only cluster mentions. Empty otherwise.
 */
export function industryObject(s: string, idx: HitIndex, a: number, b: number): Ent[] {
  const hs = idx.inSpan(a, b);
  if (!hs.length || hs.some((h) => h.ent.type !== "cluster")) return [];
  let rest = "";
  let k = a;
  for (const h of hs) {
    if (h.m.start < k) continue;
    rest += `${s.slice(k, h.m.start)}#`;
    k = h.m.end;
  }
  rest += s.slice(k, b);
  rest = rest
    .replace(NUMBER, "")
    .replace(/[\s\u3000、，,。；;：:“”"‘’《》（）()—－\-]/gu, "")
    .replace(/和|及|与|以及/gu, "");
  rest = rest.replace(OBJECT_VERB, "").replace(/^(?:重点|新兴|传统|优势|特色|主导|未来)?/u, "");
  // Every cluster mention may carry its own 产业链/集群 tail (甲产业链#、乙产业链#).
  rest = rest.replace(/#(?:产业链|产业集群|集群|产业|链)/gu, "#").replace(/#+/gu, "#");
  rest = rest.replace(OBJECT_TAIL, "");
  return /^(?:#)?$/u.test(rest) ? distinct(hs) : [];
}

/** A lead label and its units: 牵头单位：甲局 / 牵头部门 甲局 / 责任单位：甲局、乙局. */
const LEAD_LABEL = /(?:牵头|责任|主责)(?:市直|市级|区直)?(?:单位|部门)(?:\s*[:：]\s*|[\s\u3000]+(?=\S))/uy;
const LEAD_LABEL_AT = triggerFamily(["牵头", "责任", "主责"]);
/** Where a label's unit list ends: the clause, the line, a closing bracket or an assisting label. */
const UNITS_END = /[；;。\n）)]|(?:配合|协同|协办|参与|协助)(?:单位|部门)/u;
/** A labelled line that is not the heading (链长：…, 链主企业：…, 配合单位：…). */
const OTHER_LABEL = /^[\s\u3000]*[\p{Script=Han}]{2,8}\s*[:：]/u;

function lineStart(s: string, pos: number): number {
  return s.lastIndexOf("\n", pos - 1) + 1;
}

/**
 * "（一）乙产业链。重点企业：…。重点园区：…。牵头部门：…": a numbered heading sentence that is an industry
 * alone (no verb: a task 培育乙产业集群。推进丙园建设。 names other things), then only labelled clauses.
 */
function headingSentence(s: string, idx: HitIndex, from: number, at: number): Ent[] {
  if (from === lineStart(s, from)) return [];
  const dot = s.indexOf("。", from);
  if (dot < 0 || dot >= at || idx.inSpan(from, dot)[0]?.m.start !== from) return [];
  const rest = s
    .slice(dot + 1, at)
    .split("。")
    .filter((x) => x.trim());
  return rest.every((x) => OTHER_LABEL.test(x)) ? industryObject(s, idx, from, dot) : [];
}

/** Clusters of the text before a lead label: the label's own clause head, or the heading lines above. */
function labelHead(s: string, idx: HitIndex, at: number): { start: number; cs: Ent[] } {
  const ls = lineStart(s, at);
  const before = s.slice(ls, at);
  if (/\p{Script=Han}/u.test(before)) {
    // "（一）乙产业链：牵头单位…" / "乙产业链（链长：…；牵头部门：…）": the head ends at the first mark.
    const num = NUMBER.exec(before)?.[0].length ?? 0;
    const cut = before.slice(num).search(/[：:（(]|链长|链主/u);
    const headEnd = ls + (cut < 0 ? before.length : num + cut);
    const cs = industryObject(s, idx, ls, headEnd);
    return { start: ls, cs: cs.length ? cs : headingSentence(s, idx, ls + num, at) };
  }
  // The label has its own line: up to 8 lines above (链长, 链主企业, 重点平台, 重点园区… each a line), past
  // other labelled lines, to the heading.
  let k = ls - 1;
  for (let n = 0; n < 8 && k > 0; n++) {
    const a = lineStart(s, k);
    const text = s.slice(a, k);
    if (!text.trim()) break;
    if (!OTHER_LABEL.test(text) || NUMBER.test(text)) return { start: a, cs: industryObject(s, idx, a, k) };
    k = a - 1;
  }
  return { start: ls, cs: [] };
}

/** Lead verbs: 牵头 (负责/推进/抓…), 负责 (推进/培育…), 担纲 (takes the lead of). */
const LEAD_VERB = /牵头(?!单位|部门|领导|人|制定|起草|组织召开|召开)|负责(?!人|同志|单位|部门)|担纲/uy;
const LEAD_VERB_AT = triggerFamily(["牵头", "负责", "担纲"]);

/**
 * Adds department_cluster for the layouts above and returns the department→cluster pairs
 * it found, so that the measure rules do not add department_responsible for the same pair.
 */
export function chainLeads(s: string, idx: HitIndex, brackets: RespBracket[], add: RelationAdd): Set<string> {
  const pairs = new Set<string>();
  const cued = /牵头|负责|担纲|责任单位|责任部门|主责/u.test(s);
  const emit = (ds: Ent[], cs: Ent[], a: number, b: number, rule: string, conf: number) => {
    for (const d of ds)
      for (const c of cs) {
        add("department_cluster", d, c, a, b, rule, conf);
        pairs.add(`${d.rkey}|${c.rkey}`);
      }
  };
  // 1. Lead labels after an industry head or under an industry heading.
  for (const m of cued ? matchesAt(s, LEAD_LABEL, triggerStarts(s, LEAD_LABEL_AT)) : []) {
    const at = m.index as number;
    const from = at + m[0].length;
    const stop = s.slice(from, from + 120).search(UNITS_END);
    const to = from + (stop < 0 ? Math.min(120, s.length - from) : stop);
    const ds = responsibleUnits(s, idx, from, to);
    if (!ds.length) continue;
    const head = labelHead(s, idx, at);
    if (head.cs.length) emit(ds, head.cs, head.start, to, "chain:lead-label", 0.75);
  }
  // 2. A responsibility bracket closing a task whose object is an industry.
  let prevEnd = 0;
  for (const b of brackets) {
    const prev = Math.max(lineStart(s, b.start), prevEnd);
    prevEnd = b.end;
    const cs = industryObject(s, idx, prev, b.start);
    if (cs.length) emit(responsibleUnits(s, idx, b.start, b.end), cs, prev, b.end, "chain:lead-task", 0.7);
  }
  // 3. Lead verbs in prose: 由甲局牵头推进乙产业链 / 乙产业链由甲局牵头 / 甲局牵头抓乙产业.
  for (const m of cued ? matchesAt(s, LEAD_VERB, triggerStarts(s, LEAD_VERB_AT)) : []) {
    const at = m.index as number;
    const pre = s.slice(Math.max(0, at - 6), at);
    if (/(?:配合|协助|协同|分工|分别|各自|共同|具体)$/u.test(pre)) continue;
    let ls = at;
    while (ls > 0 && at - ls < 60 && !/[，,。；;\n：:（(]/u.test(s[ls - 1] as string)) ls--;
    let le = at + m[0].length;
    while (le < s.length && le - at < 60 && !/[，,。；;\n）)]/u.test(s[le] as string)) le++;
    // The last 由 between the clause start and the verb (only one there counts: no search further back).
    let byAt = at - 1;
    while (byAt >= ls && s[byAt] !== "由") byAt--;
    const unitsFrom = byAt >= ls ? byAt + 1 : ls;
    const dh = idx.inSpan(unitsFrom, at, "department");
    if (!dh.length) continue;
    // Only units (and 会同/和) between the clause start (or 由) and the verb.
    let gap = s.slice(unitsFrom, at);
    for (const h of [...dh].reverse()) gap = gap.slice(0, h.m.start - unitsFrom) + gap.slice(h.m.end - unitsFrom);
    if (gap.replace(/[、，,和与及\s]|会同|联合/gu, "")) continue;
    const ds = responsibleUnits(s, idx, unitsFrom, at + m[0].length);
    let cs = industryObject(s, idx, at + m[0].length, le);
    // 乙产业链由甲局牵头: the industry before 由, with nothing after the verb.
    if (
      !cs.length &&
      byAt >= ls &&
      !/\p{Script=Han}/u.test(s.slice(at + m[0].length, le).replace(/负责|推进|实施/gu, ""))
    )
      cs = industryObject(s, idx, ls, byAt);
    // "2.培育乙产业集群。由甲局牵头。": a unit clause closing a task about an industry alone.
    if (!cs.length && !/\p{Script=Han}/u.test(s.slice(at + m[0].length, le).replace(/负责|推进|实施/gu, "")))
      cs = industryObject(s, idx, lineStart(s, ls), ls);
    if (cs.length) emit(ds, cs, ls, le, "chain:lead-verb", 0.7);
  }
  // 4. A line (or ；-clause) that is an industry and its units, or units and their industries.
  if (idx.hits.some((h) => h.ent.type === "department") && idx.hits.some((h) => h.ent.type === "cluster"))
    for (const { a, b } of unitSegments(s, idx)) {
      const ds = idx.inSpan(a, b, "department");
      if (!ds.length) continue;
      const first = (ds[0] as Hit).m.start;
      const last = (ds[ds.length - 1] as Hit).m.end;
      if (!onlyUnits(s, ds, first, last)) continue;
      const tail = s.slice(last, b).replace(/[\s\u3000]/gu, "");
      const head = s.slice(a, first).replace(NUMBER, "");
      // 乙产业链（甲局）/ 乙产业链——甲局 / 乙产业链 甲局 / 乙产业链：甲局牵头 — the industry before the
      // units; 甲局：乙产业链、丙产业链 — the industries after them.
      const before =
        /^(?:牵头|负责|牵头负责)?[)）]?[。．.]?$/u.test(tail) && /(?:[（(]|[—－\-:：]+|[\s\u3000]+)$/u.test(head);
      const after = !before && !/\p{Script=Han}/u.test(head) && /^[:：]/u.test(s.slice(last, last + 1));
      if (!before && !after) continue;
      const cs = before ? industryObject(s, idx, a, first) : industryObject(s, idx, last + 1, b);
      if (cs.length)
        emit(
          ds.map((h) => h.ent),
          cs,
          a,
          b,
          "chain:lead-pair",
          0.7,
        );
    }
  return pairs;
}

/** A line break, ； or ;: where the segments of rule 4 end. */
function isSegmentStop(c: number): boolean {
  return c === 10 || c === 0xff1b || c === 0x3b;
}

/**
 * The segments of rule 4 (runs of characters other than a line break or ；/;) of at most 120
 * characters where a department starts, in text order: found from the departments' mentions, not
 * by a scan of the whole text (a segment without one names no unit).
 */
function unitSegments(s: string, idx: HitIndex): { a: number; b: number }[] {
  const out: { a: number; b: number }[] = [];
  let done = -1;
  let lastA = -1;
  for (const h of idx.inSpan(0, s.length, "department")) {
    const p = h.m.start;
    if (p < done) continue;
    let a = p;
    while (a > 0 && p - a <= 120 && !isSegmentStop(s.charCodeAt(a - 1))) a--;
    if (p - a > 120 || a === lastA) continue;
    let b = p;
    while (b < s.length && b - a <= 120 && !isSegmentStop(s.charCodeAt(b))) b++;
    lastA = a;
    done = b;
    if (a === b || b - a > 120) continue;
    out.push({ a, b });
  }
  return out;
}

/** [a, b) holds only the units' mentions and list separators. */
function onlyUnits(s: string, ds: Hit[], a: number, b: number): boolean {
  let k = a;
  let rest = "";
  for (const h of ds) {
    if (h.m.start < k) continue;
    rest += s.slice(k, h.m.start);
    k = h.m.end;
  }
  rest += s.slice(k, b);
  return !rest.replace(/[、，,和及与\s\u3000]/gu, "");
}
