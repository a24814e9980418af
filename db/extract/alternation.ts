// A regex made only of literal alternatives (甲乙|丙丁戊), as an index on the
// first two characters. The regex engine tries such a pattern at every
// character and the long suffix lists were among the costliest scans; two
// table lookups reject almost every position first. Same results as the
// regex: the leftmost position, and there the first alternative listed.

import { lowerBound } from "./anchored.ts";

/** Size of a table of character pairs (a power of two) and a pair's slot in it (a collision only costs a lookup). */
export const PAIRS = 1 << 16;
export const pairSlot = (a: number, b: number): number => (a * 2533 + b) & (PAIRS - 1);

export interface WordHit {
  index: number;
  word: string;
}

export class LiteralAlternation {
  /** First characters of the words. */
  private readonly first = new Uint8Array(0x10000);
  /** First or second characters: where the next character is neither, no word starts here or there (the scan steps two). */
  private readonly edge = new Uint8Array(0x10000);
  /** Hashed pair of first characters → 1 + its words' place in `words`, in the regex's order (a collision's words share it). */
  private readonly slot = new Uint16Array(PAIRS);
  private readonly words: string[][] = [];

  /** `words` in the regex's order; each at least two characters long. */
  constructor(words: readonly string[]) {
    for (const w of words) {
      if (w.length < 2) throw new Error(`LiteralAlternation: "${w}" is shorter than two characters`);
      const a = w.charCodeAt(0);
      const b = w.charCodeAt(1);
      this.first[a] = 1;
      this.edge[a] = 1;
      this.edge[b] = 1;
      const k = pairSlot(a, b);
      if (this.slot[k] === 0) this.slot[k] = this.words.push([]);
      this.words[(this.slot[k] as number) - 1]?.push(w);
    }
  }

  /** What re.exec(s) gives with re.lastIndex = from (a global, unicode regex). */
  find(s: string, from: number): WordHit | null {
    const { first, edge, slot } = this;
    for (let i = Math.max(from, 0); i + 1 < s.length; i++) {
      const b = s.charCodeAt(i + 1);
      if (edge[b] !== 1) {
        i++;
        continue;
      }
      const a = s.charCodeAt(i);
      if (first[a] !== 1) continue;
      const hit = this.wordAt(s, i, slot[pairSlot(a, b)] as number);
      if (hit) return hit;
    }
    return null;
  }

  /** The first of the words in pair slot 1 + `k` (0: none) that stands at i. */
  private wordAt(s: string, i: number, k: number): WordHit | null {
    if (k === 0) return null;
    // (The third character first: most pair hits are common words, 产业 or 创新, that no longer word continues.)
    const c = s.charCodeAt(i + 2);
    for (const w of this.words[k - 1] as string[])
      if ((w.length === 2 || w.charCodeAt(2) === c) && s.startsWith(w, i)) return { index: i, word: w };
    return null;
  }

  /** What s.matchAll(re) gives: each hit, going on from the end of the last. */
  *all(s: string): Generator<WordHit> {
    for (let m = this.find(s, 0); m; m = this.find(s, m.index + m.word.length)) yield m;
  }

  /**
   * What find gives, trying only `starts` (ascending; a superset of where a word can start, such as a
   * trigger family of the words, trigger-index.ts): the document's one shared pass replaces this walk.
   */
  findAmong(s: string, from: number, starts: readonly number[]): WordHit | null {
    const { first, slot } = this;
    for (let j = lowerBound(starts, from); j < starts.length; j++) {
      const i = starts[j] as number;
      const a = s.charCodeAt(i);
      if (first[a] !== 1) continue;
      const hit = this.wordAt(s, i, slot[pairSlot(a, s.charCodeAt(i + 1))] as number);
      if (hit) return hit;
    }
    return null;
  }
}

/**
 * Literal alternatives that may be single characters and may carry a lookahead (`(?!理|置)`,
 * `(?=副?司长)`), indexed by first character: what a global regex of them finds, the leftmost
 * position and there the first alternative listed. A table lookup per character rejects the
 * positions no word starts at, where the regex engine tried its whole alternation.
 */
export class FirstCharAlternation {
  /** First character → 1 + its group's place in `groups` (0: no word starts with it). */
  private readonly group = new Uint16Array(0x10000);
  private readonly groups: { word: string; ahead: RegExp | null }[][] = [];
  /** Set for each pair of first two characters of a word, by hash; a one-character word's first alone. */
  private readonly pairs = new Uint8Array(PAIRS);
  private readonly single = new Uint8Array(0x10000);

  /** The words, in the regex's order (to register as a trigger family). */
  readonly words: readonly string[];

  /** `words` in the regex's order: [word] or [word, lookahead source]. */
  constructor(words: readonly (readonly [string, string?])[]) {
    this.words = words.map(([w]) => w);
    for (const [word, ahead] of words) {
      const c = word.charCodeAt(0);
      if (this.group[c] === 0) this.group[c] = this.groups.push([]);
      if (word.length === 1) this.single[c] = 1;
      else this.pairs[pairSlot(c, word.charCodeAt(1))] = 1;
      this.groups[(this.group[c] as number) - 1]?.push({ word, ahead: ahead ? new RegExp(ahead, "uy") : null });
    }
  }

  /** What re.exec(s) gives with re.lastIndex = from (a global, unicode regex of the words). */
  find(s: string, from: number): WordHit | null {
    const n = s.length;
    // (The tables as locals: the loop's calls keep the engine from hoisting their loads.)
    const { group, single, pairs } = this;
    for (let i = Math.max(from, 0); i < n; i++) {
      const c = s.charCodeAt(i);
      const g = group[c] as number;
      if (g === 0 || (single[c] !== 1 && pairs[pairSlot(c, s.charCodeAt(i + 1))] !== 1)) continue;
      const hit = this.wordAt(s, i, g);
      if (hit) return hit;
    }
    return null;
  }

  /** What find gives, trying only `starts` (ascending; a superset of where a word can start: a trigger family of the words). */
  findAmong(s: string, from: number, starts: readonly number[]): WordHit | null {
    const { group, single, pairs } = this;
    for (let j = lowerBound(starts, from); j < starts.length; j++) {
      const i = starts[j] as number;
      const c = s.charCodeAt(i);
      const g = group[c] as number;
      if (g === 0 || (single[c] !== 1 && pairs[pairSlot(c, s.charCodeAt(i + 1))] !== 1)) continue;
      const hit = this.wordAt(s, i, g);
      if (hit) return hit;
    }
    return null;
  }

  /** The first word of group 1 + `g` that stands at i with its lookahead holding. */
  private wordAt(s: string, i: number, g: number): WordHit | null {
    for (const w of this.groups[g - 1] as { word: string; ahead: RegExp | null }[]) {
      if (w.word.length > 1 && !s.startsWith(w.word, i)) continue;
      if (w.ahead) {
        w.ahead.lastIndex = i + w.word.length;
        if (!w.ahead.test(s)) continue;
      }
      return { index: i, word: w.word };
    }
    return null;
  }
}

/**
 * The same matches for a few words sharing few last characters (the national bodies end in 部, 局,
 * 委…): the text is searched (indexOf, native) for each last character instead of walked character
 * by character in JavaScript, which costs some forty instructions a character.
 */
export class EndIndexedAlternation {
  /**
   * Last character → the character before it → the words ending in both, with their place in the
   * list (the last character alone, 部 or 局, is common: its second key rejects most hits at once).
   */
  private readonly byLast = new Map<number, Map<number, { word: string; rank: number }[]>>();
  /** Set for each pair of last two characters, by hash (a collision only costs a lookup). */
  private readonly pairs = new Uint8Array(PAIRS);
  /** Set for each last character: one lookup rejects most characters before the pair's hash. */
  private readonly last = new Uint8Array(0x10000);

  constructor(words: readonly string[]) {
    words.forEach((w, rank) => {
      if (w.length < 2) throw new Error(`EndIndexedAlternation: "${w}" is shorter than two characters`);
      const k = w.charCodeAt(w.length - 1);
      let byPrev = this.byLast.get(k);
      if (!byPrev) {
        byPrev = new Map();
        this.byLast.set(k, byPrev);
      }
      const prev = w.charCodeAt(w.length - 2);
      this.pairs[pairSlot(prev, k)] = 1;
      this.last[k] = 1;
      const l = byPrev.get(prev);
      if (l) l.push({ word: w, rank });
      else byPrev.set(prev, [{ word: w, rank }]);
    });
  }

  /** What LiteralAlternation.all gives: at each start the first word listed, going on from the end of the last. */
  *all(s: string): Generator<WordHit> {
    // The best (first listed) word at each start.
    const best = new Map<number, { word: string; rank: number }>();
    // One pass over the pairs of characters (searching the text once per last character cost more).
    const last = this.last;
    const n = s.length;
    for (let q = 1; q < n; q++) {
      const c = s.charCodeAt(q);
      if (last[c] !== 1) continue;
      const p = s.charCodeAt(q - 1);
      if (this.pairs[pairSlot(p, c)] !== 1) continue;
      const words = this.byLast.get(c)?.get(p);
      if (words === undefined) continue;
      for (const w of words) {
        const i = q + 1 - w.word.length;
        if (i < 0 || !s.startsWith(w.word, i)) continue;
        const b = best.get(i);
        if (!b || w.rank < b.rank) best.set(i, w);
      }
    }
    let next = 0;
    for (const i of [...best.keys()].sort((a, b) => a - b)) {
      if (i < next) continue;
      const w = best.get(i) as { word: string };
      yield { index: i, word: w.word };
      next = i + w.word.length;
    }
  }
}
