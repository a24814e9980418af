// Scanning helpers of the relation and resolution passes, which read long texts many times over.
// LiteralScan: V8 tries a global pattern at every position of the text; a pattern whose every match
// opens with one of a few characters (由…负责, 高新区|经开区…) needs trying only where those stand,
// found by indexOf. Same matches, same order. lineSpans: the lines once per document.
import { docMemo } from "./doc-memo.ts";

export class LiteralScan {
  private readonly sticky: RegExp;
  /**
   * `re`: a global pattern whose every match is non-empty and opens with one of the characters of
   * `first` (a lookbehind before that character is fine: it still reads the whole text).
   */
  constructor(
    re: RegExp,
    private readonly first: string,
  ) {
    this.sticky = new RegExp(re.source, `${re.flags.replace("g", "")}y`);
  }
  /** What s.matchAll(re) yields, in order. */
  all(s: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    const chars = this.first;
    // The next position of each opening character at or after `from` (-1: none left).
    const next: number[] = [];
    for (let i = 0; i < chars.length; i++) next.push(s.indexOf(chars[i] as string));
    let from = 0;
    for (;;) {
      let at = -1;
      for (let i = 0; i < chars.length; i++) {
        let k = next[i] as number;
        if (k >= 0 && k < from) {
          k = s.indexOf(chars[i] as string, from);
          next[i] = k;
        }
        if (k >= 0 && (at < 0 || k < at)) at = k;
      }
      if (at < 0) return out;
      this.sticky.lastIndex = at;
      const m = this.sticky.exec(s);
      if (m) {
        out.push(m);
        from = at + m[0].length;
      } else from = at + 1;
    }
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
