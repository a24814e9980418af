// One shared index per document of where cue words can start. A whole-text pattern whose every
// match opens with one of a few words (以…为龙头, 入选…企业, 把…作为…产业) was scanned by the engine
// over the whole text, one scan per pattern; one pass here collects the starts of every registered
// family at once, and each pattern is tried (sticky) only there (matchesAt, anchored.ts).
import { PAIRS, pairSlot } from "./alternation.ts";
import { docMemo } from "./doc-memo.ts";

/** Families are bits of 32-bit words, in banks of 32 (two banks: at most 64 families). */
const BANKS = 2;
/** Per bank and code unit (bank * 0x10000 + code), the families holding a word that starts with it. */
const FIRST = new Uint32Array(BANKS * 0x10000);
/** Per bank and code unit, the families holding it as a one-character word (no second character to test). */
const SINGLE = new Uint32Array(BANKS * 0x10000);
/** Per bank and slot of a character pair, the families holding a word that starts with a pair of that slot. */
const PAIR = new Uint32Array(BANKS * PAIRS);
let families = 0;
const byWords = new Map<string, number>();

/**
 * A family of cue words (at most 64 families, registered at module load). Its starts in a text are,
 * ascending, every position where one of its words' first two characters stand (and a few more where
 * pair slots collide): a superset of where a pattern opening with one of the words can match.
 */
export function triggerFamily(words: readonly string[]): number {
  // Modules that ask for the same words share one family (the limit is the index's bits).
  const key = [...words].sort().join("\u0000");
  const known = byWords.get(key);
  if (known !== undefined) return known;
  const id = families++;
  byWords.set(key, id);
  if (id >= BANKS * 32) throw new Error("trigger-index: too many families");
  const base = (id >> 5) * 0x10000;
  const bit = 1 << (id & 31);
  for (const w of words) {
    const a = w.charCodeAt(0);
    FIRST[base + a] = (FIRST[base + a] as number) | bit;
    if (w.length === 1) SINGLE[base + a] = (SINGLE[base + a] as number) | bit;
    else {
      const k = (id >> 5) * PAIRS + pairSlot(a, w.charCodeAt(1));
      PAIR[k] = (PAIR[k] as number) | bit;
    }
  }
  return id;
}

const memo = docMemo<string, number[][]>();

/** Bank 1 of the tables (the loop reads both banks for every character: BANKS is 2). */
const FIRST1 = FIRST.subarray(0x10000);
const SINGLE1 = SINGLE.subarray(0x10000);
const PAIR1 = PAIR.subarray(PAIRS);

function build(s: string): number[][] {
  const out: number[][] = [];
  for (let f = 0; f < families; f++) out.push([]);
  // No branch on whether a character opens a word (four in ten do, unpredictably): the tables
  // answer 0 for the others, and only the rarer hits branch.
  let b = s.length > 0 ? s.charCodeAt(0) : 0;
  for (let i = 0; i < s.length; i++) {
    const a = b;
    b = s.charCodeAt(i + 1);
    const k = pairSlot(a, b);
    let bits0 = (SINGLE[a] as number) | ((FIRST[a] as number) & (PAIR[k] as number));
    let bits1 = (SINGLE1[a] as number) | ((FIRST1[a] as number) & (PAIR1[k] as number));
    if ((bits0 | bits1) === 0) continue;
    while (bits0 !== 0) {
      const f = 31 - Math.clz32(bits0);
      (out[f] as number[]).push(i);
      bits0 ^= 1 << f;
    }
    while (bits1 !== 0) {
      const f = 31 - Math.clz32(bits1);
      (out[32 + f] as number[]).push(i);
      bits1 ^= 1 << f;
    }
  }
  return out;
}

/** The starts of family `f` in s, ascending (shared: callers must not change it). */
export function triggerStarts(s: string, f: number): readonly number[] {
  let idx = memo.get(s);
  // (Rebuilt when a family came after the text was indexed: a module loaded late.)
  if (!idx || idx.length < families) {
    idx = build(s);
    memo.set(s, idx);
  }
  return idx[f] as number[];
}

/** The line terminators of the m flag's ^ (a line starts at 0 and after each). */
const LINE_END = triggerFamily(["\n", "\r", "\u2028", "\u2029"]);

/** Where a line starts in s (where ^ with the m flag holds), ascending. */
export function* lineStarts(s: string): Generator<number> {
  yield 0;
  for (const p of triggerStarts(s, LINE_END)) yield p + 1;
}
