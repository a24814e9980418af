// Scanning helpers of the relation and resolution passes, which read long texts many times over.
// LiteralScan: V8 tries some patterns at every position of the text (a look-behind in one branch,
// a Han class first); one whose every match holds one of a few characters near its start (由…负责,
// 某某区/某某市) needs trying only there, found by indexOf. Same matches, same order. It pays only for
// such patterns: on literal-led ones V8's own search is as fast or faster (measured per pattern).
// lineSpans: the lines once per document.
import { docMemo } from "./doc-memo.ts";

export class LiteralScan {
  private readonly sticky: RegExp;
  /**
   * `re`: a pattern whose every match is non-empty and holds one of the characters of `keys` at most
   * `reach` characters after its start (0: it opens with one; a lookbehind before it is fine, it still
   * reads the whole text).
   */
  constructor(
    re: RegExp,
    private readonly keys: string,
    private readonly reach = 0,
  ) {
    this.sticky = new RegExp(re.source, `${re.flags.replace("g", "")}y`);
  }
  /** Calls `at(p)` for every position a match may start at, in order, while it returns a number: the next position to try from. */
  private scan(s: string, at: (p: number) => number): void {
    const keys = this.keys;
    // The next position of each key character at or after `from` (-1: none left).
    const next: number[] = [];
    for (let i = 0; i < keys.length; i++) next.push(s.indexOf(keys[i] as string));
    // Positions before `from` need no trying (tried already, or inside a match).
    let from = 0;
    for (;;) {
      let k = -1;
      // The next key character at or after `from`: a match starting at or after `from` holds one.
      for (let i = 0; i < keys.length; i++) {
        let n = next[i] as number;
        if (n >= 0 && n < from) {
          n = s.indexOf(keys[i] as string, from);
          next[i] = n;
        }
        if (n >= 0 && (k < 0 || n < k)) k = n;
      }
      if (k < 0) return;
      // Every position up to `reach` before it (not tried yet) may start a match.
      for (let p = Math.max(from, k - this.reach); p <= k; p = Math.max(from, p + 1)) {
        from = at(p);
        if (from < 0) return;
      }
    }
  }
  /** The match at p (sticky), or null. */
  private at(s: string, p: number): RegExpExecArray | null {
    this.sticky.lastIndex = p;
    return this.sticky.exec(s);
  }
  /** What s.matchAll(re) yields, in order (re global). */
  all(s: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    this.scan(s, (p) => {
      const m = this.at(s, p);
      if (!m) return p + 1;
      out.push(m);
      return p + m[0].length;
    });
    return out;
  }
  /** re.test(s) (re not global). */
  test(s: string): boolean {
    let found = false;
    this.scan(s, (p) => {
      found = this.at(s, p) !== null;
      return found ? -1 : p + 1;
    });
    return found;
  }
}

/** A white-space character as the patterns' \s reads it (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The text's lines with their offsets, once per document (callers must not change them). */
const linesMemo = docMemo<string, readonly { start: number; end: number }[]>();
export function lineSpans(s: string): readonly { start: number; end: number }[] {
  let lines = linesMemo.get(s);
  if (!lines) {
    const out: { start: number; end: number }[] = [];
    for (let a = 0; a <= s.length; ) {
      let b = s.indexOf("\n", a);
      if (b < 0) b = s.length;
      out.push({ start: a, end: b });
      a = b + 1;
    }
    linesMemo.set(s, out);
    lines = out;
  }
  return lines;
}
