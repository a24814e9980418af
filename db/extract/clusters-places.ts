// Places the document writes with 市/县/区 (tables built once per document) and the cuts they make at an industry's start: per-document state, read by the suffix and list readers.

import { docMemo } from "./doc-memo.ts";
import { industryHead } from "./industry-heads.ts";
import { tag } from "./tagger.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";
import { GENERIC_INDUSTRY, PLACE_SET } from "./vocab.ts";

/**
 * Characters to cut when a two-character place the document writes with 市/县/区
 * (not 市场, 县域, 区域, 区块) opens the industry, within its first six characters
 * and with two characters of the industry left after it; 0 otherwise.
 */
/** Two characters before 区/市 that make a kind of zone or area, not a place (高新区, 示范区, 主城区). */
const ZONE_KIND =
  /^(高新|经开|开发|保税|综保|示范|试验|工业|产业|集聚|聚集|功能|核心|主城|先行|引领|城区|新城|老城|中心|商务|物流)$/u;
let placeDoc = "";
/** The two characters before each 市/县/区 of the document (not 市场, 县域, 区域, 区块): built once per document. */
const placeSeen = new Set<string>();
/** Whether two to four characters stand before a 市/县/区/旗 of the document (same exceptions), asked per form. */
const levelSeen = new Map<string, boolean>();
export function placeWritten(s: string, p: string): boolean {
  placeTables(s);
  return !ZONE_KIND.test(p) && (placeSeen.has(p) || (zoneSeen.get(p) ?? 0) >= 2);
}
/** A two-character place the document writes with 市/县/区 (项城 of 项城市): a place, not a zone's short name. */
export function placeWithLevel(s: string, p: string): boolean {
  placeTables(s);
  return !ZONE_KIND.test(p) && placeSeen.has(p);
}
/** The level words (and 州, which precision-frames' family shares: one family for both). */
const LEVEL_AT = triggerFamily(["市", "县", "区", "州", "旗"]);
/** Builds the document's place tables once per document: one pass over its level words fills both the two
 * characters before each 市/县/区 (placeSeen) and the positions by those characters (levelAt). */
function placeTables(s: string): void {
  if (s !== placeDoc) {
    placeDoc = s;
    placeSeen.clear();
    levelSeen.clear();
    zoneSeen.clear();
    placeCuts.clear();
    levelAt.clear();
    // The level words' places from the document's trigger index (indexOf scans for them were slow),
    // taken word by word as before.
    const levels = triggerStarts(s, LEVEL_AT);
    for (const c of "市县区旗")
      for (const j of levels) {
        if (s[j] !== c) continue;
        const next = s[j + 1];
        const ok =
          c === "旗" ||
          (c === "市" && next !== "场") ||
          (c === "县" && next !== "域" && next !== "级") ||
          // (区位 is a location word, but 某区位于 is the district followed by 位于)
          (c === "区" && next !== "域" && next !== "块" && (next !== "位" || s[j + 2] === "于"));
        if (!ok || j < 2) continue;
        const k = s.slice(j - 2, j);
        const at = levelAt.get(k);
        if (at) at.push(j);
        else levelAt.set(k, [j]);
        if (c !== "旗" && hanPairBefore(s, j)) placeSeen.add(k);
      }
    // A zone's place (某某经济开发区, 某某高新区): its two characters name a place too (某某石化产业).
    for (const m of s.matchAll(
      /(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|综合保税区)(?<=[\p{Script=Han}]{2}(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|综合保税区))/gu,
    )) {
      const p = s.slice((m.index as number) - 2, m.index as number);
      // Named twice at least: a zone the document is about (洋浦经济开发区…洋浦经济开发区), not a passing
      // mention whose first word is a domain (海洋高新技术产业开发区 once: 海洋电子信息 stays whole).
      if (!/^[省市县区]/u.test(p)) zoneSeen.set(p, (zoneSeen.get(p) ?? 0) + 1);
    }
  }
}
const HAN_PAIR_BEFORE = /(?<=[\p{Script=Han}]{2})/uy;
/** Two Han characters end at j (two common ideographs tested by code, anything else by the pattern). */
function hanPairBefore(s: string, j: number): boolean {
  const x = s.charCodeAt(j - 1);
  const y = s.charCodeAt(j - 2);
  if (x >= 0x4e00 && x <= 0x9fef && y >= 0x4e00 && y <= 0x9fef) return true;
  HAN_PAIR_BEFORE.lastIndex = j;
  return HAN_PAIR_BEFORE.test(s);
}
/** How often each two-character place heads a zone's name (counted once per document). */
const zoneSeen = new Map<string, number>();

const placeCuts = docMemo<string, number>();
export function placeCut(s: string, a: number, b: number): number {
  const key = s.slice(a, b);
  let cut = placeCuts.get(key);
  if (cut === undefined) {
    cut = placeCutOf(s, a, b);
    placeCuts.set(key, cut);
  }
  return cut;
}

/**
 * A place of two to four characters that the document also writes with 市/县/区/旗 (乐清市, 霍林郭勒市) opening an
 * industry whose rest ends in a sector's head word (乐清新能源 → 新能源): the place's length, else 0.
 */
export function levelPlaceCut(s: string, a: number, b: number): number {
  placeTables(s);
  for (let n = 4; n >= 2; n--) {
    if (b - a - n < 2) continue;
    const p = s.slice(a, a + n);
    if (!/^[\p{Script=Han}]+$/u.test(p) || ZONE_KIND.test(p)) continue;
    if (!levelWritten(s, p)) continue;
    // A level word written here too (某某市甲产业) is left to the scale words, which cut it with what follows.
    if (/[市县区旗]/u.test(s[a + n] ?? "")) continue;
    const rest = s.slice(a + n, b);
    if (industryHead(rest) && !PLACE_SET.has(rest)) return n;
  }
  return 0;
}

/** p written before 市 (not 市场), 县 (not 县域, 县级), 区 (not 区域, 区块, 区位) or 旗: looked up among the level
 * words' positions, indexed once per document by the two characters before them (a scan of the text per form cost more). */
function levelWritten(s: string, p: string): boolean {
  let seen = levelSeen.get(p);
  if (seen !== undefined) return seen;
  const n = p.length;
  seen = false;
  for (const j of levelAt.get(p.slice(n - 2)) ?? []) if (j >= n && s.startsWith(p, j - n)) seen = true;
  levelSeen.set(p, seen);
  return seen;
}
/** Positions of the document's level words, by the two characters before each. */
const levelAt = new Map<string, number[]>();

function placeCutOf(s: string, a: number, b: number): number {
  for (let i = 0; i <= Math.min(6, b - a - 4); i++) {
    const p = s.slice(a + i, a + i + 2);
    if (!/^[\p{Script=Han}]{2}$/u.test(p)) continue;
    if (!placeWritten(s, p)) continue;
    // The tagger must read the place as a word of its own (高新|技术 is one word: 高新技术).
    // Unknown names fall apart into proper-noun or single characters (沧/ns 澜/ns); a boundary must follow them.
    let at = 0;
    for (const t of tag(s.slice(a, b), false)) {
      const end = at + t.word.length;
      if (end > i) {
        // b: a place the lexicon files as a distinguishing word (临清/b), written elsewhere with 市/县/区.
        if (at < i || end > i + 2 || !/^(ns|nr|nz|x|j|g|b|nrt|nrfg)$/u.test(t.tag)) return 0;
        // Known only from a zone's name: an industry word heading a zone (石化/j + 经济技术开发区) is no place.
        if (!placeSeen.has(p) && !/^(ns|x)$/u.test(t.tag)) return 0;
        if (end === i + 2) return i + 2;
      }
      at = end;
    }
    return 0;
  }
  return 0;
}

/**
 * "包括永城某某、柘城某某、虞城某某…": a list whose items mostly open with a two-character place
 * (the tagger's ns) names each place's industry; the industry is the rest (guide: the industry phrase).
 */
export function placeLedList(s: string, items: readonly { start: number; end: number }[]): boolean {
  if (items.length < 3) return false;
  // (Each its own place: a shared opening, 海洋甲、海洋乙, 临港甲、临港乙, is the industries' common word;
  // tested first, as it needs no tagging.)
  if (new Set(items.map((it) => s.slice(it.start, it.start + 2))).size !== items.length) return false;
  // Most items must open with a place: stop tagging once too few are left to make most.
  const need = Math.ceil((items.length + 1) / 2);
  let n = 0;
  let left = items.length;
  for (const it of items) {
    if (n + left < need) return false;
    left--;
    if (placeLead(s, it.start, it.end, true) > 0) n++;
  }
  return n >= need;
}

/** Kinds of place the tagger files as places (海洋/ns, 滨海/ns): an industry's word, never one place's name. */
const KIND_OF_PLACE = new Set("海洋 滨海 临港 山区 高原 滨江 湾区 沿海 沿江 临空 空港 海岛 港口 山地 平原".split(" "));

/** Two when the item at a opens with a two-character token (ns only when strict) and keeps two characters after it. */
export function placeLead(s: string, a: number, b: number, strict = false): number {
  if (b - a < 4) return 0;
  const first = tag(s.slice(a, b), false)[0];
  if (!first || first.word.length !== 2 || !/^[\p{Script=Han}]{2}$/u.test(first.word)) return 0;
  if (strict ? first.tag !== "ns" || KIND_OF_PLACE.has(first.word) : !/^(ns|nr|nz|n|x)$/u.test(first.tag)) return 0;
  // (A leading industry word is the name's own: 纺织服装, 电子信息.)
  return industryHead(first.word) || GENERIC_INDUSTRY.has(first.word) ? 0 : 2;
}
