// Which zone a passage is about, for relations the text states by position
// rather than in one sentence: a park's own section in a plan ("（二）某产业园",
// "某产业园：规划面积…" followed by ①②③ items), the zone of a zone profile, and
// the zone an anaphor (园区, 区内, 该区, 这里, bare 高新区) points back to.
// Also the spans that are not statements about location at all: the
// responsibility brackets closing a measure (（牵头单位：…；责任单位：…）).
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

import { matchesAround } from "./anchored.ts";
import { placeWithLevel } from "./clusters-places.ts";
import { docMemo } from "./doc-memo.ts";
import { type Hit, HitIndex } from "./relations-hits.ts";
import { lineSpans } from "./relations-scan.ts";
import { tableCellRows } from "./table-cells.ts";
import { UNIT_LABEL } from "./unit-labels.ts";
import { CITIES } from "./vocab.ts";

export { type Hit, HitIndex };

export interface ParkBlock {
  /** The entity the block is about (a park, or a cluster for industry boxes). */
  park: Ent;
  start: number;
  end: number;
  /** "section" (a parsed heading names the park) or "run-in" (a line opens with the park). */
  kind: "section" | "run-in";
}

/** List markers a run-in heading line may start with, by kind. */
const MARKERS: [string, RegExp][] = [
  ["dash", /^(?:--|——|—|-)\s*/u],
  ["bullet", /^[•·▪●○◆■□]\s*/u],
  ["sub", /^[（(][一二三四五六七八九十]+[)）]\s*/u],
  ["part", /^[一二三四五六七八九十]+、\s*/u],
  ["item", /^\d{1,2}[.．、](?!\d)\s*/u],
  ["shi", /^[一二三四五六七八九十]+是\s*/u],
  ["circled", /^[①-⑳]\s*/u],
  // A bold run-in head (**某产业园。** in documents converted to Markdown): its siblings are bold too.
  ["bold", /^\*\*\s*/u],
];

/** The characters a marker can start with (each pattern above opens with one of them). */
const MARKER_FIRST = new Set("-—•·▪●○◆■□（(一二三四五六七八九十0123456789*①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳");
const NO_MARKER = { kind: "none", len: 0 };

function marker(line: string): { kind: string; len: number } {
  if (!MARKER_FIRST.has(line[0] as string)) return NO_MARKER;
  for (const [kind, re] of MARKERS) {
    const m = re.exec(line);
    if (m) return { kind, len: m[0].length };
  }
  return NO_MARKER;
}

/**
 * A short phrase closed by 。/：/--: a run-in heading ("科技创新园。", "“四区”：", "--智能装备基地。").
 * A bare short line ("目标", "年均增长20%") is a row of the block, not a new heading.
 */
const RUN_IN_HEAD = /^[^，,。：:；;！？\n]{1,24}?(?:。|：|:|--|——)/u;

/** A line that is only a place's name (a district, county, zone or 市直 heading). */
const PLACE_LINE = /^\p{Script=Han}{1,8}(?:区|县|市|旗|镇|乡|街道|市直|省直)$/u;

/** Headings that open a new topic: any parsed heading above the item level. */
const TOPIC_KINDS = new Set<Section["kind"]>(["chapter", "part", "sub", "column"]);
const MAX_BLOCK = 4000;

/**
 * Blocks about one park (or, with type "cluster", one industry). A parsed section
 * whose heading is about one park ("（三）某经济开发区", "第二节 加快某产业园建设") covers
 * its section; a line that opens with the name closed by 。/：/-- (or that is the
 * name alone) covers the lines after it up to the next run-in heading of the same
 * marker kind, the next topic heading, or the next line headed by a name of that type.
 */
export function parkBlocks(s: string, idx: HitIndex, sections: Section[], type = "park"): ParkBlock[] {
  const out: ParkBlock[] = [];
  const other = type === "park" ? "cluster" : "park";
  for (const sec of sections) {
    if (sec.kind === "article" || type !== "park") continue;
    const headStart = sec.start;
    const headEnd = Math.min(sec.end, sec.start + sec.label.length + 3 + sec.heading.length);
    const parks = idx.inSpan(headStart, headEnd, type);
    const ents = new Set(parks.map((h) => h.ent));
    if (ents.size !== 1 || idx.inSpan(headStart, headEnd, other).length) continue;
    const h = parks[0] as Hit;
    // The park is the topic: little else in the heading besides it.
    if (sec.heading.length - (h.m.end - h.m.start) > 10) continue;
    out.push({ park: h.ent, start: sec.start, end: sec.end, kind: "section" });
  }
  const topicStarts = sections.filter((x) => TOPIC_KINDS.has(x.kind)).map((x) => x.start);
  type Line = { start: number; end: number };
  const lines = lineSpans(s);
  const parkHeadAt = (ln: { start: number; end: number }): Hit | null => {
    const cap = Math.min(ln.end, ln.start + 60);
    // The head can only start within the line's first 60 characters and one quote mark.
    if (!idx.startsIn(type, ln.start, cap + 2)) return null;
    const text = s.slice(ln.start, cap);
    const lead = /^[\s\u3000]*/u.exec(text)?.[0].length ?? 0;
    const mk = marker(text.slice(lead));
    let at = ln.start + lead + mk.len;
    if (s[at] === "“" || s[at] === "【" || s[at] === "「") at++;
    const k = idx.lowerBound(at);
    const h = idx.hits[k];
    if (!h || h.m.start !== at || h.ent.type !== type) return null;
    // The longest mention starting there (a park name, not a word inside it).
    const after = s.slice(h.m.end, Math.min(ln.end, h.m.end + 3)).replace(/^[”】」]/u, "");
    return /^(?:。|：|:|--|——|—|\s*$)/u.test(after) ? h : null;
  };
  // A park alone on its line inside a table's row is a cell, not a heading (table-cells.ts).
  const cells = type === "park" ? tableCellRows(s).flat() : [];
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i] as { start: number; end: number };
    const head = parkHeadAt(ln);
    if (!head || cells.some(([x, y]) => x <= head.m.start && head.m.end <= y)) continue;
    const lead = /^[\s\u3000]*/u.exec(s.slice(ln.start, ln.start + 8))?.[0].length ?? 0;
    const kind = marker(s.slice(ln.start + lead, ln.start + lead + 8)).kind;
    let end = ln.end;
    // A box's head line is followed by the same labelled rows in every box (目标, 重点企业…):
    // a short bare line followed by one of those rows heads the next box.
    const rowText = (k: number) => s.slice((lines[k] as Line).start, (lines[k] as Line).end).trim();
    const nextRows = (k: number) => {
      const out: string[] = [];
      for (let m = k + 1; m < lines.length && out.length < 2; m++) if (rowText(m)) out.push(rowText(m));
      return out;
    };
    const headRows = new Set(nextRows(i));
    // An industry named at the head of a prose line (某产业。坚持…; 某产业：甲项目、乙项目) is that line's
    // topic only; an industry box has its name alone on the head line.
    const alone = !s
      .slice(head.m.end, ln.end)
      .replace(/^[”】」。：:\s\-—]+/u, "")
      .trim();
    for (let j = i + 1; j < lines.length && (type === "park" || alone); j++) {
      const nx = lines[j] as { start: number; end: number };
      const text = s.slice(nx.start, nx.end).replace(/^[\s\u3000]+/u, "");
      if (!text) continue;
      if (nx.start - ln.start > MAX_BLOCK) break;
      if (topicStarts.some((t) => t >= nx.start && t < nx.end)) break;
      if (parkHeadAt(nx)) break;
      if (/^[\p{Script=Han}“”]{2,12}$/u.test(text) && !headRows.has(text) && nextRows(j).some((r) => headRows.has(r)))
        break;
      // Under a place alone on its line (a list grouped by area: 高 区 / 经 区 / 市直), the next
      // place alone on its line heads the next group.
      if (kind === "none" && alone && PLACE_LINE.test(text.replace(/[\s\u3000]/gu, ""))) break;
      const mk = marker(text);
      // An industry box holds labelled rows (目标：…, 重点企业：…): only the next box ends it.
      if (type === "park" && mk.kind === kind && RUN_IN_HEAD.test(text.slice(mk.len))) break;
      end = nx.end;
    }
    out.push({ park: head.ent, start: ln.start, end, kind: "run-in" });
  }
  return out;
}

/** The innermost block holding [a, b). */
export function blockAt(blocks: ParkBlock[], a: number, b: number): ParkBlock | null {
  let best: ParkBlock | null = null;
  for (const x of blocks)
    if (x.start <= a && b <= x.end && (!best || x.end - x.start < best.end - best.start)) best = x;
  return best;
}

/**
 * The document's own zone: the one park when there is one, else the park
 * holding at least 60 % of the park mentions (two or more of them). A park named
 * once, past the lead, and never outside a responsibility bracket is not what the
 * document is about. The parts a zone is said to have (park-parts.ts) count as the zone.
 */
export function dominantPark(
  ents: Ent[],
  brackets: RespBracket[] = [],
  venueOnly?: (m: MentionSpan) => boolean,
  parentOf: Map<Ent, Ent> = new Map(),
): Ent | null {
  const inBracket = (pos: number) => brackets.some((b) => pos >= b.start && pos < b.end);
  const parkEnts = ents.filter((e) => e.type === "park");
  const n = parkEnts.reduce((k, e) => k + e.mentions.length, 0);
  const root = (e: Ent) => {
    let r = e;
    for (let i = 0; i < 4 && parentOf.has(r); i++) r = parentOf.get(r) as Ent;
    return r;
  };
  const weight = new Map<Ent, number>();
  for (const e of parkEnts) weight.set(root(e), (weight.get(root(e)) ?? 0) + e.mentions.length);
  const ranked = [...weight].sort((a, b) => b[1] - a[1])[0];
  if (!ranked) return null;
  const [top, count] = ranked;
  const free = top.mentions.filter((m) => !inBracket(m.start));
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

/** Words that point back to the zone a passage is about (not inside a name: callers blank names first). */
const ZONE_ANAPHOR =
  /(?<![各类些批大个级点型色业])(?:该区|本区|全区|区内|园区内|园区|园内|该园|入园|入区|这里|在此|于此|此地|开发区|经开区|高新区|新区|综保区)/u;

/** True when the text (names blanked) refers back to a zone. */
export function zoneAnaphor(text: string): boolean {
  return ZONE_ANAPHOR.test(text);
}

/** District-like words that are zones or generic areas, not places of action. */
const NOT_PLACE =
  /(该区|本区|全区|区内|园区|城区|社区|厂区|(?:仓储|办公|研发|物流|加工|装配|作业|展示|停车|储存|存储|检测|孵化|中试)区|港区|矿区|库区|校区|展区|街区|专区|地区|区域|片区|景区|辖区|开发区|经开区|高新区|新区|综保区|保税区|示范区|集聚区|聚集区|功能区|工业区|核心区|先行区|引领区|试验区|产业区|承载区|发展区|拓展区|预留区|生产区|生活区|融合区|试点区|实验区|改革区|创新区|先导区|承接区|合作区|保护区|风景区|旅游区|度假区|商务区|中心区|服务区|配套区|全市|我市(?!的)|本市(?!的)|该市|全省|我省|本省|该省|外省|城市|都市|超市|上市|市场|门市)/gu;

/**
 * True when the text (names blanked) names an administrative place (某某区, 某县,
 * 某某市, 我市的): a firm placed there is not placed in the zone. 全市/我市 as the
 * scope of a plan (聚焦全市优势集群) places nothing.
 */
const PLACE_WORD =
  /[\p{Script=Han}]{2}(?:区|县|旗)(?!域|内|外|级|块|位|间|划)|[我本]市的|[\p{Script=Han}]{2}市(?![场级值民委政属区])|[\p{Script=Han}]{2}省(?![级委政属内会份])/u;
/** PLACE_WORD, sticky: every match holds one of 区县旗市省 at most two characters after its start (tried only there). */
const PLACE_WORD_AT = new RegExp(PLACE_WORD.source, "uy");
const namesPlaceWord = (t: string): boolean => {
  for (const key of "区县旗市省")
    if (
      !matchesAround(
        t,
        PLACE_WORD_AT,
        key,
        (q) => [q - 2, q],
        () => true,
      ).next().done
    )
      return true;
  return false;
};
/** Answers remembered for the document: the relation rules ask again about the same sentences and clauses. */
const namesPlaceMemo = docMemo<string, boolean>();
export function namesPlace(text: string): boolean {
  let v = namesPlaceMemo.get(text);
  if (v === undefined) {
    // Every word NOT_PLACE removes holds 区, 市 or 省: without them there is nothing to remove.
    const t = text.includes("区") || text.includes("市") || text.includes("省") ? text.replace(NOT_PLACE, "") : text;
    v = namesPlaceWord(t) || CITY_NAME.test(t);
    namesPlaceMemo.set(text, v);
  }
  return v;
}

/** A city as the place of action or the owner (落户海口, 在徐州, 徐州的主导产业); names inside a park's name are blanked first. */
const CITY_SET = new Set(CITIES);
const PLACING = /落户|位于|扎根|落地|入驻|坐落|选址|在/gu;
const CITY_NAME = {
  // Set lookups at the few places that can start or end one: a 300-way alternation tried at
  // every character was the slowest part of the relation pass.
  test(t: string): boolean {
    const cityAt = (a: number, b: number) => a >= 0 && CITY_SET.has(t.slice(a, b));
    for (let i = t.indexOf("的"); i >= 0; i = t.indexOf("的", i + 1)) {
      const e = t[i - 1] === "市" ? i - 1 : i;
      for (let len = 2; len <= 4; len++) if (cityAt(e - len, e)) return true;
    }
    for (const m of t.matchAll(PLACING)) {
      const a = (m.index as number) + m[0].length;
      for (let len = 2; len <= 4; len++) if (cityAt(a, a + len)) return true;
    }
    // …or a city as a clause's subject (金昌吸引甲、乙…落地; ，宁德先后培育…): looked for only where such a verb is.
    // A county or county-level city the document writes with its level (某某市, 某某县) counts as well (，晋江聚焦…).
    if (!SUBJECT_VERB_ANY.test(t)) return false;
    for (const m of t.matchAll(CLAUSE_START)) {
      const at = (m.index as number) + m[0].length;
      for (let len = 2; len <= 4; len++)
        if (
          (cityAt(at, at + len) || (len === 2 && scopeDoc !== "" && placeWithLevel(scopeDoc, t.slice(at, at + 2)))) &&
          CITY_SUBJECT_VERB.test(t.slice(at + len, at + len + 6))
        )
          return true;
    }
    return false;
  },
};
/** The document the relation pass reads (set by findRelations): where namesPlace looks up the places it writes with a level. */
let scopeDoc = "";
export function setScopeDoc(s: string): void {
  scopeDoc = s;
}
/** What a city does as a clause's subject: brings firms in, grows or holds them, or directs its industries. */
const SUBJECT_VERBS = "吸引|引进|引入|招引|培育|集聚|聚集|汇聚|拥有|落地|签约|聚焦|大力发展|重点发展";
const CITY_SUBJECT_VERB = new RegExp(`^(?:先后|相继|陆续|已|累计|共|还|也)?(?:${SUBJECT_VERBS})`, "u");
const SUBJECT_VERB_ANY = new RegExp(SUBJECT_VERBS, "u");
/** A clause's start: the text's, or right after ，；。 */
const CLAUSE_START = /^|[，,；;。]/gu;

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
const ANCHOR_ROLE = /^[”」』]?为(?:核心|中心|主体|龙头|引领|主阵地|主平台|主载体|核心区)/u;

/**
 * "（东部，）以（某某唯一的…园区——）某产业园为核心，…构建A、B…产业体系": the one park a
 * sentence takes as its centre, within its first 80 characters; null when none or several.
 */
export function anchorPark(s: string, parks: Hit[], sentStart: number): Hit | null {
  const found = parks.filter((h) => {
    if (h.m.start - sentStart > 80 || !ANCHOR_ROLE.test(s.slice(h.m.end, h.m.end + 6))) return false;
    const clause = s.slice(Math.max(sentStart, h.m.start - 40), h.m.start);
    const at = Math.max(clause.lastIndexOf("，"), clause.lastIndexOf(","), clause.lastIndexOf("；"));
    return /^\s*以/u.test(clause.slice(at + 1));
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
  /(?:服务于?|供货给?|供应给?|提供给|销售给|卖给|客户(?:包括|有|为|是)?|销往|远销|出口到?)(?:下游的?|[^，,。；;\p{Script=Han}]{0,2})$/u;
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
  return /[为向]\s*$/u.test(before) && SUPPLY_AFTER.test(after);
}
