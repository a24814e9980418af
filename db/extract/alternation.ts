// A regex made only of literal alternatives (甲乙|丙丁戊), as an index on the
// first two characters. The regex engine tries such a pattern at every
// character and the long suffix lists were among the costliest scans; two
// table lookups reject almost every position first. Same results as the
// regex: the leftmost position, and there the first alternative listed.
import { BigramIndex } from "./bigram.ts";

export interface WordHit {
  index: number;
  word: string;
}

export class LiteralAlternation {
  private readonly index = new BigramIndex<string>();

  /** `words` in the regex's order; each at least two characters long. */
  constructor(words: readonly string[]) {
    for (const w of words) {
      if (w.length < 2) throw new Error(`LiteralAlternation: "${w}" is shorter than two characters`);
      this.index.add(w, w);
    }
  }

  /** What re.exec(s) gives with re.lastIndex = from (a global, unicode regex). */
  find(s: string, from: number): WordHit | null {
    for (let i = Math.max(from, 0); i + 1 < s.length; i++) {
      const l = this.index.at(s, i);
      if (l === undefined) continue;
      // (The third character first: most bigram hits are common words, 产业 or 创新, that no longer word continues.)
      const c = s.charCodeAt(i + 2);
      for (const w of l)
        if ((w.length === 2 || w.charCodeAt(2) === c) && s.startsWith(w, i)) return { index: i, word: w };
    }
    return null;
  }

  /** What s.matchAll(re) gives: each hit, going on from the end of the last. */
  *all(s: string): Generator<WordHit> {
    for (let m = this.find(s, 0); m; m = this.find(s, m.index + m.word.length)) yield m;
  }
}

/**
 * The same matches for a few words sharing few last characters (the national bodies end in 部, 局,
 * 委…): the text is searched (indexOf, native) for each last character instead of walked character
 * by character in JavaScript, which costs some forty instructions a character.
 */
export class EndIndexedAlternation {
  /** Last character → the words ending in it, with their place in the list. */
  private readonly byLast = new Map<string, { word: string; rank: number }[]>();

  constructor(words: readonly string[]) {
    words.forEach((w, rank) => {
      if (w.length < 2) throw new Error(`EndIndexedAlternation: "${w}" is shorter than two characters`);
      const k = w.charAt(w.length - 1);
      const l = this.byLast.get(k);
      if (l) l.push({ word: w, rank });
      else this.byLast.set(k, [{ word: w, rank }]);
    });
  }

  /** What LiteralAlternation.all gives: at each start the first word listed, going on from the end of the last. */
  *all(s: string): Generator<WordHit> {
    // The best (first listed) word at each start.
    const best = new Map<number, { word: string; rank: number }>();
    for (const [last, words] of this.byLast)
      for (let q = s.indexOf(last); q >= 0; q = s.indexOf(last, q + 1))
        for (const w of words) {
          const i = q + 1 - w.word.length;
          if (i < 0 || !s.startsWith(w.word, i)) continue;
          const b = best.get(i);
          if (!b || w.rank < b.rank) best.set(i, w);
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
