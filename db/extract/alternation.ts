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
