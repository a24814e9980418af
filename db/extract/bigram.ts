// Words indexed by their first two characters, for one linear scan of a text
// that finds every occurrence of any of them. A per-character flag and a flag
// per hashed pair of characters reject almost every position before the
// (slower) map lookup: the scans run over every character of every document.

/** Size of the pair table (a power of two). */
const PAIRS = 1 << 16;
const pairSlot = (a: number, b: number): number => (a * 2533 + b) & (PAIRS - 1);

export class BigramIndex<T> {
  private readonly first = new Uint8Array(0x10000);
  /** Set for each pair of first two characters, by hash (a collision only costs a lookup). */
  private readonly pairs = new Uint8Array(PAIRS);
  /** First character → second character → items (small-integer keys hash fastest). */
  private readonly map = new Map<number, Map<number, T[]>>();

  /** Items in insertion order per bigram; `word` must have at least two characters. */
  add(word: string, item: T): void {
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1);
    this.first[a] = 1;
    this.pairs[pairSlot(a, b)] = 1;
    let byB = this.map.get(a);
    if (!byB) {
      byB = new Map();
      this.map.set(a, byB);
    }
    const l = byB.get(b);
    if (l) l.push(item);
    else byB.set(b, [item]);
  }

  /** Items whose word may start at i (same first two characters), or undefined. */
  at(s: string, i: number): T[] | undefined {
    const a = s.charCodeAt(i);
    if (this.first[a] !== 1) return undefined;
    const b = s.charCodeAt(i + 1);
    if (this.pairs[pairSlot(a, b)] !== 1) return undefined;
    return this.map.get(a)?.get(b);
  }
}
