// Regex scans anchored on a literal every match holds. A pattern that opens
// with a lookbehind or a wide character class gives the engine no literal to
// skip ahead to, so it is entered at every character of the document. These
// helpers find the rare literal with indexOf and enter the (sticky) pattern
// only at the few positions before it where a match can start, returning
// exactly what s.matchAll(re) returns.

/** Membership table over UTF-16 code units for a set of BMP characters. */
export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let k = 0; k < chars.length; k++) t[chars.charCodeAt(k)] = 1;
  return t;
}

/**
 * JavaScript's \s (WhiteSpace and LineTerminator of the spec: tab, VT, FF,
 * space, NBSP, BOM, the Zs category, LF, CR, LS, PS) — also what trim() removes.
 */
export const SPACE_CHARS =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** Whether t[a, b) holds a character of the table `chars` (a test before a regex that needs one). */
export function hasChar(chars: Uint8Array, t: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (chars[t.charCodeAt(k)] === 1) return true;
  return false;
}

/** The table of SPACE_CHARS. */
export const SPACE_TABLE = charTable(SPACE_CHARS);

/**
 * Whether the last character of t[start, end) that is no white space (\s) is in `chars`. A regex
 * anchored at the end (…为\s*$) is entered at every position of its text: this test of the one
 * character every match must end in rejects most texts first.
 */
export function endsVisibly(chars: Uint8Array, t: string, end = t.length, start = 0): boolean {
  let e = end;
  while (e > start && SPACE_TABLE[t.charCodeAt(e - 1)] === 1) e--;
  return e > start && chars[t.charCodeAt(e - 1)] === 1;
}

/**
 * The matches s.matchAll(re) gives, trying `re` only at positions p in
 * window(q) = [lo, hi] around each occurrence q of `literal` for which
 * canStart(p) holds. Exact when every match holds `literal` at a q whose
 * window contains the match's start and canStart holds there (each caller
 * says why); windows must move forward as q does. `re` must be sticky (y) and
 * must not match the empty string. `at`, when given, holds (ascending) every place `literal` starts
 * and maybe more (a trigger-index family holding it): each is checked, and no indexOf scans the text.
 */
export function* matchesAround(
  s: string,
  re: RegExp,
  literal: string,
  window: (q: number) => [number, number],
  canStart: (p: number) => boolean,
  at?: readonly number[],
): Generator<RegExpExecArray> {
  // First position not tried yet; after a match, its end (as matchAll goes on).
  let next = 0;
  let j = 0;
  const occurrence = (from: number): number => {
    if (!at) return s.indexOf(literal, from);
    while (j < at.length) {
      const q = at[j++] as number;
      if (q >= from && s.startsWith(literal, q)) return q;
    }
    return -1;
  };
  for (let q = occurrence(0); q >= 0; q = occurrence(q + 1)) {
    const [lo, hi] = window(q);
    for (let p = Math.max(lo, next, 0); p <= hi; p++) {
      next = p + 1;
      if (!canStart(p)) continue;
      re.lastIndex = p;
      const m = re.exec(s);
      if (!m) continue;
      yield m;
      next = Math.max(next, m.index + m[0].length);
      p = next - 1;
    }
  }
}

/**
 * The matches s.matchAll(re) gives when every match starts at one of `starts` (ascending; repeats
 * allowed): the sticky `re` is tried at each start not inside the match before. Exact when the
 * caller's starts hold every place a match can begin (each caller says why).
 */
export function* matchesAt(s: string, re: RegExp, starts: Iterable<number>): Generator<RegExpExecArray> {
  let end = 0;
  for (const p of starts) {
    if (p < end) continue;
    re.lastIndex = p;
    const m = re.exec(s);
    if (!m) continue;
    end = p + m[0].length;
    yield m;
  }
}

/** The first place in the ascending `xs` holding a value at least `x` (xs.length if none). */
export function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
