// Which zone a passage is about, for relations the text states by position
// rather than in one sentence: a park's own section in a plan ("（二）某产业园",
// "某产业园：规划面积…" followed by ①②③ items), the zone of a zone profile, and
// the zone an anaphor (园区, 区内, 该区, 这里, bare 高新区) points back to.
// Also the spans that are not statements about location at all: the
// responsibility brackets closing a measure (（牵头单位：…；责任单位：…）).
// Park blocks are in relations-scope-blocks.ts, zone anaphors and place words in relations-scope-places.ts (re-exported here).
import type { RelationType, Section } from "../types.ts";
import type { Ent, MentionSpan } from "./resolve.ts";

/** How a relation rule records what it found (relations.ts dedupes and keeps the best). */
export type RelationAdd = (
  type: RelationType,
  a: Ent,
  b: Ent,
  evStart: number,
  evEnd: number,
  rule: string,
  confidence: number,
) => void;

import { ownSentence, passingCue, SENTENCE_STOP } from "./park-passing.ts";
import { type Hit, HitIndex } from "./relations-hits.ts";
import { widerSubject } from "./relations-scope-places.ts";
import { startAfterAny } from "./text.ts";
import { UNIT_LABEL } from "./unit-labels.ts";

export { blockAt, type ParkBlock, parkBlocks } from "./relations-scope-blocks.ts";
export { namesPlace, setScopeDoc, widerSubject, zoneAnaphor } from "./relations-scope-places.ts";
export { type Hit, HitIndex };

/**
 * The document's own zone: the one park when there is one, else the park
 * holding at least 60 % of the park mentions (two or more of them). A park named
 * once, past the lead, and never outside a responsibility bracket is not what the
 * document is about. The parts a zone is said to have (park-parts.ts) count as the zone.
 * `s` (the text) lets it tell mentions that are items of an enumeration.
 */
export function dominantPark(
  ents: Ent[],
  brackets: RespBracket[] = [],
  venueOnly?: (m: MentionSpan) => boolean,
  parentOf: Map<Ent, Ent> = new Map(),
  s = "",
): Ent | null {
  const listed = (m: MentionSpan) => s !== "" && inEnumeration(s, m.start, m.end);
  const inBracket = (pos: number) => brackets.some((b) => pos >= b.start && pos < b.end);
  const root = (e: Ent) => {
    let r = e;
    for (let i = 0; i < 4 && parentOf.has(r); i++) r = parentOf.get(r) as Ent;
    return r;
  };
  // Parks named only in enumerations of other zones (otherZones) do not dilute the share of the others;
  // those listed apart from the text only once a zone is named twice (a lone title park stays open).
  // Parks named in passing (a partner, a zone visited) never count, while a zone the lead names is left.
  const { city, apart, passing } = otherZones(s, ents);
  const weigh = (skip: Set<Ent>) => {
    const w = new Map<Ent, number>();
    for (const e of ents)
      if (e.type === "park" && !city.has(e) && !passing.has(e) && !skip.has(e))
        w.set(root(e), (w.get(root(e)) ?? 0) + e.mentions.length);
    return w;
  };
  const rank = (w: Map<Ent, number>) => [...w].sort((a, b) => b[1] - a[1])[0];
  let weight = weigh(new Set());
  if ((rank(weight)?.[1] ?? 0) >= 2) weight = weigh(apart);
  const n = [...weight.values()].reduce((k, v) => k + v, 0);
  const ranked = rank(weight);
  if (!ranked) return null;
  const [top, count] = ranked;
  // …nor one named only as an item of enumerations (毗邻甲新城、乙城区; 甲项目、某产业园、乙公司等).
  const free = top.mentions.filter((m) => !inBracket(m.start) && !listed(m));
  // A park named only as the venue of an event (签约仪式在某产业园举行) is not what the document is about.
  if (venueOnly && top.mentions.every((m) => venueOnly(m))) return null;
  if (!free.length || (free.length < 2 && (free[0] as MentionSpan).start > 120)) return null;
  return weight.size === 1 || (count >= 2 && count >= 0.6 * n) ? top : null;
}

/**
 * The zone a document's title names (a short first line holding one park,
 * named again below): the document's subject even when its sub-parks and
 * neighbours together are named more often (某高新区经济运行情况 listing 三个园区).
 */
export function titlePark(s: string, ents: Ent[], brackets: RespBracket[] = []): Ent | null {
  const lead = /^\s*/u.exec(s)?.[0].length ?? 0;
  let end = s.indexOf("\n", lead);
  if (end < 0) end = s.length;
  if (end - lead > 60 || /[。；;]/u.test(s.slice(lead, end))) return null;
  const inTitle = ents.filter((e) => e.type === "park" && e.mentions.some((m) => m.start >= lead && m.end <= end));
  if (inTitle.length !== 1) return null;
  const park = inTitle[0] as Ent;
  const inBracket = (pos: number) => brackets.some((b) => pos >= b.start && pos < b.end);
  // A report, plan or profile whose title names the zone is about it, named again or not.
  const genre = /(报告|总结|规划|方案|简介|概况|介绍|情况|汇报|要点|计划)$/u.test(
    s.slice(lead, end).replace(/[\s”"》）)]+$/u, ""),
  );
  return genre || park.mentions.some((m) => m.start > end && !inBracket(m.start)) ? park : null;
}

/**
 * True when [a, b) stands inside a bracketed aside of its line (…规划面积6000亩（乙工业园首期开发部分位于该区）):
 * an opening bracket before it with no closing one between, a closing one after it, and more than the
 * name between them. A park named in an aside is not what the paragraph is about.
 */
export function inAside(s: string, a: number, b: number): boolean {
  for (let k = a - 1; k >= Math.max(0, a - 60); k--) {
    const c = s[k];
    if (c === ")" || c === "）" || c === "\n") return false;
    if (c !== "(" && c !== "（") continue;
    for (let j = b; j < Math.min(s.length, b + 60); j++) {
      const d = s[j];
      // A bracket holding the name alone is another name for what stands before it (甲园（乙园）), not an aside.
      if (d === ")" || d === "）") return j - k - 1 - (b - a) >= 2;
      if (d === "\n" || d === "(" || d === "（") return false;
    }
    return false;
  }
  return false;
}

/**
 * True when [a, b) is one item of an enumeration (甲项目、某产业园、乙公司等): a name listed among
 * others is not the zone a passage's 园区/区内 points back to.
 */
export function inEnumeration(s: string, a: number, b: number): boolean {
  return s[a - 1] === "、" || /^(?:[（(][^）)]{1,6}[）)])?、/u.test(s.slice(b, b + 9));
}

/**
 * Parks that say nothing about the document's zone: named only as items of enumerations, either in
 * sentences about the city or the province (全市还有甲园、乙园等园区: the wider place's other zones), or in
 * paragraphs naming nothing else (此外，甲园、乙园也在加快建设). A zone's own parts are listed beside it or
 * beside what they host, and still count.
 */
export function otherZones(s: string, ents: Ent[]): { city: Set<Ent>; apart: Set<Ent>; passing: Set<Ent> } {
  const city = new Set<Ent>();
  const apart = new Set<Ent>();
  if (s === "") return { city, apart, passing: new Set() };
  const parks = ents.filter((e) => e.type === "park");
  const cityListed = (m: MentionSpan) => {
    if (!inEnumeration(s, m.start, m.end) && !/^等[\p{Script=Han}]{0,4}(?:园|区)/u.test(s.slice(m.end, m.end + 7)))
      return false;
    return widerSubject(s.slice(startAfterAny(s, SENTENCE_STOP, m.start), m.start));
  };
  for (const e of parks) if (e.mentions.every(cityListed)) city.add(e);
  const listed = parks.filter((e) => !city.has(e) && e.mentions.every((m) => inEnumeration(s, m.start, m.end)));
  const paraOf = (pos: number) => s.lastIndexOf("\n", pos - 1);
  const shared = new Set<number>();
  for (const e of ents) if (!listed.includes(e)) for (const m of e.mentions) shared.add(paraOf(m.start));
  for (const e of listed) if (e.mentions.every((m) => !shared.has(paraOf(m.start)))) apart.add(e);
  // A zone named in passing (a partner, a zone visited or learnt from, one named once in a sentence naming
  // nothing else, past the lead) is not a second subject and does not dilute the share of the others.
  const passing = parks.filter(
    (e) =>
      !city.has(e) &&
      !apart.has(e) &&
      e.mentions.every((m) => m.start >= 120 && (passingCue(s, ents, m) || ownSentence(s, ents, e, m))),
  );
  // …and only when a zone the lead names (its first 120 characters, not as a list item) is left to be the subject.
  const lead = (e: Ent) => e.mentions.some((m) => m.start < 120 && !inEnumeration(s, m.start, m.end));
  const left = parks.some((e) => !city.has(e) && !apart.has(e) && !passing.includes(e) && lead(e));
  return { city, apart, passing: new Set(left ? passing : []) };
}

/**
 * department_responsible: each unit answers for every entity other than a department named in [from, to)
 * (a measure's or a task row's text), with evidence [evStart, evEnd).
 */
export function answerFor(
  idx: HitIndex,
  units: readonly Ent[],
  from: number,
  to: number,
  add: RelationAdd,
  evStart: number,
  evEnd: number,
  rule: string,
  confidence: number,
): void {
  const targets = new Set<Ent>();
  for (const h of idx.inSpan(from, to)) if (h.ent.type !== "department") targets.add(h.ent);
  for (const d of units) for (const t of targets) add("department_responsible", d, t, evStart, evEnd, rule, confidence);
}

/** Text of [a, b) with every entity mention replaced by spaces (same length). */
export function blankNames(s: string, idx: HitIndex, a: number, b: number): string {
  // Pieces joined once: a flat string for the patterns and memories that read it.
  const parts: string[] = [];
  let at = a;
  for (const h of idx.inSpan(a, b)) {
    if (h.m.end <= at) continue;
    const from = Math.max(at, h.m.start);
    parts.push(s.slice(at, from), " ".repeat(h.m.end - from));
    at = h.m.end;
  }
  if (!parts.length) return s.slice(a, b);
  parts.push(s.slice(at, b));
  return parts.join("");
}

/** Responsibility brackets: （牵头单位：…；责任单位：…）, （…负责）, （…牵头，…配合）, （…牵头，各区县参与）. */
const RESP_BRACKET = new RegExp(
  `[（(]\\s*(?:(?:(?:责任|牵头|分管|联系)领导\\s*[:：][^（）()；;]{0,20}[；;]\\s*)?${UNIT_LABEL}|[^（）()]{2,80}?(?:按职责分工)?(?:负责|牵头|配合)[）)]|[^（）()]{2,80}?牵头[，,；;][^（）()]{2,80}?[）)])[^（）()]{0,300}[）)]?`,
  "gu",
);

export interface RespBracket {
  start: number;
  end: number;
}

/** One flag per character: inside a responsibility bracket (constant-time tests for every mention). */
export function bracketMask(length: number, brackets: RespBracket[]): Uint8Array {
  const mask = new Uint8Array(length + 1);
  for (const b of brackets) mask.fill(1, b.start, b.end);
  return mask;
}

/** The responsibility brackets of the text, each with its extent. */
export function responsibilityBrackets(s: string): RespBracket[] {
  const out: RespBracket[] = [];
  if (!/牵头|负责|(?:单位|部门|主体|科室|处室)\s*[:：]/u.test(s)) return out;
  for (const m of s.matchAll(RESP_BRACKET)) {
    const start = m.index as number;
    if (out.length && start < (out[out.length - 1] as RespBracket).end) continue;
    // The bracket runs to its closing mark (a nested pair like 青禾(集团)公司 inside is kept).
    let depth = 0;
    let end = -1;
    for (let k = start; k < Math.min(s.length, start + 400); k++) {
      const c = s[k];
      if (c === "（" || c === "(") depth++;
      else if (c === "）" || c === ")") {
        depth--;
        if (depth === 0) {
          end = k + 1;
          break;
        }
      } else if (c === "\n") break;
    }
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** 为核心/为中心…: the role that makes the park after 以 the anchor of its sentence. */
const ANCHOR_ROLE =
  /^[”」』"]?为[“「『"]?(?:核心|中心|主体|龙头|引领|主阵地|主平台|主载体|核心区|(?:重要|主要)?(?:载体|依托|支撑|主战场|抓手|平台|引擎))/u;

/**
 * "（东部，）以（某某唯一的…园区——）某产业园为核心，…构建A、B…产业体系": the one park a
 * sentence takes as its centre, within its first 80 characters; null when none or several.
 */
export function anchorPark(s: string, parks: Hit[], sentStart: number): Hit | null {
  const found = parks.filter((h) => {
    if (h.m.start - sentStart > 80 || !ANCHOR_ROLE.test(s.slice(h.m.end, h.m.end + 6))) return false;
    const clause = s.slice(Math.max(sentStart, h.m.start - 40), h.m.start);
    const at = Math.max(clause.lastIndexOf("，"), clause.lastIndexOf(","), clause.lastIndexOf("；"));
    // (a short subject and adverbs may come first: 某县将继续以某工业园为主战场)
    return /^\s*以/u.test(clause.slice(at + 1)) || /^[^，,；;]{0,10}以$/u.test(clause.slice(at + 1));
  });
  return new Set(found.map((h) => h.ent)).size === 1 ? (found[0] as Hit) : null;
}

/** 在某产业园(成功)举行/召开/举办: a mention naming where an event took place. */
export function isVenue(s: string, m: MentionSpan): boolean {
  return /^(?:内|里)?(?:隆重|成功|正式|顺利)?(?:举行|召开|举办|开幕|启动)/u.test(s.slice(m.end, m.end + 8));
}

/**
 * A park the sentence builds or signs (签约某产业园, 建设某产业园一期, …项目、某产业园等): what
 * is being built, not where the sentence's firms are.
 */
export function parkAsProject(s: string, parkHits: Hit[], sentStart: number): boolean {
  return parkHits.some(
    (h) =>
      // A park the clause places its subject in (甲公司位于某产业园一期项目A区) is the site, whatever phase follows.
      // …or one item of a run of projects (引进某产业园项目、甲公司某项目…): each item is its own site.
      /^项目[、，,和及与]/u.test(s.slice(h.m.end, h.m.end + 3)) ||
      (/^(?:[一二三四五六七八九十]期|等)/u.test(s.slice(h.m.end, h.m.end + 2)) &&
        !/(?:位于|坐落于?|地处)$/u.test(s.slice(Math.max(sentStart, h.m.start - 3), h.m.start))) ||
      /(?:建设|签约|投资|促成|打造|新建)$/u.test(s.slice(Math.max(sentStart, h.m.start - 2), h.m.start)) ||
      // …or one item of an enumeration of projects and firms (甲项目、某物流园、乙公司等项目相继开工).
      (h.m.start > sentStart && s[h.m.start - 1] === "、") ||
      /^(?:[（(][^）)]{1,6}[）)])?、/u.test(s.slice(h.m.end, h.m.end + 9)),
  );
}

/**
 * A run of firms named as customers (主要服务甲、乙等厂商; 为甲、乙提供配套; 向甲供货; 客户包括甲): the text
 * names who buys from the zone's firms, not firms located there. `start`/`end` bound the run.
 */
const CUSTOMER_BEFORE =
  /(?:服务于?|供货给?|供应给?|提供给|销售给|卖给|客户(?:包括|有|为|是)?|销往|远销|出口到?|运输到|运送到|运往|发往|送往)(?:下游的?|[^，,。；;\p{Script=Han}]{0,2})$/u;
/** A head after a run that names its items customers (等长期合作的高端客户). */
const CUSTOMER_HEAD = /^\s*等[^，,。；;、]{0,14}?客户/u;
const SUPPLY_AFTER = /^[^，,。；;]{0,16}?(?:提供|配套|供货|供应)/u;
export function customerRun(s: string, start: number, end: number): boolean {
  // The clause's last 12 characters before the run.
  const before =
    s
      .slice(Math.max(0, start - 12), start)
      .split(/[，。；]/u)
      .pop() ?? "";
  if (CUSTOMER_BEFORE.test(before)) return true;
  const b = s.slice(end).search(/[，,。；;\n]/u);
  const after = s.slice(end, b < 0 ? s.length : end + b);
  // "甲、乙等长期合作的高端客户": the run's head names them customers.
  if (CUSTOMER_HEAD.test(after)) return true;
  return /[为向]\s*$/u.test(before) && SUPPLY_AFTER.test(after);
}

/** The park right before 位于/地处/坐落于 a park hit (甲园位于乙新区): the subject the hit places, or null. */
export function siteSubject(s: string, hits: readonly Hit[], h: Hit): Hit | null {
  const m = /(位于|地处|坐落于|坐落在)$/u.exec(s.slice(Math.max(0, h.m.start - 3), h.m.start));
  if (!m) return null;
  return hits.find((g) => g.ent !== h.ent && g.m.end === h.m.start - m[0].length) ?? null;
}
