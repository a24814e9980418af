// Shared per-document context and the candidate record every recogniser emits.
import type { EntityType, Level, Section, Status } from "../types.ts";
import { BigramIndex } from "./bigram.ts";
import { plainBlankLines } from "./blank-lines.ts";
import { listSeparators } from "./list-layout.ts";
import { simplifiedView } from "./script.ts";
import { type Sentence, splitSentences } from "./text.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";
import { CITIES, PROVINCES } from "./vocab.ts";

export interface Cand {
  type: EntityType;
  /** Mention span in the document text. */
  start: number;
  end: number;
  /** Canonical name in the document's own script. */
  name: string;
  rule: string;
  confidence: number;
  level?: Level;
  status?: Status;
  /** Span that blocks overlapping candidates (coordination items block only their item). */
  occStart?: number;
  occEnd?: number;
  /** Set when the type came from list context rather than the name's own suffix. */
  fromList?: boolean;
  /** The boundaries rule that moved the span's start (its mentions carry it; the entity keeps `rule`). */
  boundary?: string;
}

export interface Ctx {
  text: string;
  /** Simplified view, same offsets as text. */
  s: string;
  sents: Sentence[];
  sections: Section[];
  /** The document's own city / province (short names), used for 市/省 prefixes. */
  city: string | null;
  province: string | null;
}

/**
 * City and province names indexed by their first two characters, for one
 * linear scan that counts both (吉林 is both, and counts for each). Within
 * each kind the names keep their vocabulary order, so ties resolve as before.
 */
const PLACE_INDEX = new BigramIndex<{ word: string; city: boolean }>();
for (const w of CITIES) PLACE_INDEX.add(w, { word: w, city: true });
for (const w of PROVINCES) PLACE_INDEX.add(w, { word: w, city: false });
/** The same names as a family of the document's shared trigger index: its one pass finds their starts. */
const PLACE_STARTS = triggerFamily([...CITIES, ...PROVINCES]);

/** The most frequent name in counts (the first counted wins a tie). */
function mostFrequent(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/** Whether `word` occurs at i, its first two characters known to match (the index's bucket): no builtin call. */
function restAt(s: string, word: string, i: number): boolean {
  for (let k = 2; k < word.length; k++) if (s.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** The document's most frequent city and province names. */
function places(s: string): { city: string | null; province: string | null } {
  const cities = new Map<string, number>();
  const provinces = new Map<string, number>();
  // Only where a name's first two characters may stand (a superset: pair slots may collide).
  for (const i of triggerStarts(s, PLACE_STARTS)) {
    if (i + 1 >= s.length) break;
    const l = PLACE_INDEX.at(s, i);
    if (!l) continue;
    for (const { word, city } of l)
      if (restAt(s, word, i)) {
        const counts = city ? cities : provinces;
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
  }
  return { city: mostFrequent(cities), province: mostFrequent(provinces) };
}

/** ASCII punctuation that plays the full-width role in Chinese prose, by code. */
const FULL_WIDTH: Record<number, string> = { 44: "，", 59: "；", 58: "：", 33: "！", 63: "？" };
/** Small-form and half-width CJK marks (﹔﹐﹑ from some web editors, ｡､): always their full-width twins. */
const SMALL_FORM: Record<number, string> = {
  0xfe50: "，",
  0xfe51: "、",
  0xfe52: "。",
  0xfe54: "；",
  0xfe55: "：",
  0xfe56: "？",
  0xfe57: "！",
  0xfe59: "（",
  0xfe5a: "）",
  0xff61: "。",
  0xff64: "、",
};

/** The keys of FULL_WIDTH and SMALL_FORM, as a class. */
const MARKS = /[!,:;?\ufe50-\ufe52\ufe54-\ufe57\ufe59\ufe5a\uff61\uff64]/g;

/**
 * Many documents write Chinese prose with ASCII , ; : (exported from web pages
 * or word processors). Rules read the full-width marks, so the view maps an
 * ASCII mark to its full-width twin unless it sits between two ASCII digits or
 * letters (1,200 / 13:33 / a:b); small-form marks (﹔) map always. One unit for one unit: offsets are kept.
 */
export function fullWidthPunct(s: string): string {
  // The pieces are joined once at the end: a string grown by += is a rope that every later scan of
  // the text reads at about half speed.
  const parts: string[] = [];
  let run = 0;
  const ascii = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // The marks found by a regex scan: a loop over every character cost six times as much.
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(s); m; m = MARKS.exec(s)) {
    const i = m.index;
    const code = s.charCodeAt(i);
    if (code > 63) {
      parts.push(s.slice(run, i), SMALL_FORM[code] as string);
      run = i + 1;
      continue;
    }
    const f = FULL_WIDTH[code] as string;
    if (ascii(s.charCodeAt(i - 1)) && ascii(s.charCodeAt(i + 1))) continue;
    // "http://" and similar: a colon before a slash stays.
    if (f === "：" && s[i + 1] === "/") continue;
    parts.push(s.slice(run, i), f);
    run = i + 1;
  }
  if (run === 0) return s;
  parts.push(s.slice(run));
  return parts.join("");
}

/** The context of a text; `place` given (a page of a document about one city), its own places are not counted. */
export function makeContext(
  text: string,
  sections: Section[],
  place?: { city: string | null; province: string | null },
): Ctx {
  const s = plainBlankLines(listSeparators(fullWidthPunct(simplifiedView(text))));
  const { city, province } = place ?? places(s);
  return { text, s, sents: splitSentences(s), sections, city, province };
}

/** Original-script slice for a span of the simplified view. */
export function orig(ctx: Ctx, start: number, end: number): string {
  return ctx.text.slice(start, end);
}

/** A candidate whose name is exactly its span's text. */
export function spanCand(
  ctx: Ctx,
  type: EntityType,
  start: number,
  end: number,
  rule: string,
  confidence: number,
): Cand {
  return { type, start, end, name: orig(ctx, start, end), rule, confidence };
}

export const PLACE_PREFIX_RE = new RegExp(
  `^(?:${PROVINCES.join("|")})(?:省|自治区)?|^(?:${[...CITIES].sort((a, b) => b.length - a.length).join("|")})市?`,
  "u",
);
