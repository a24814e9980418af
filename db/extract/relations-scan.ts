// The text's lines, once per document: the relation passes read them many times over.
// (Patterns tried only near a literal every match holds: matchesAround in anchored.ts.)
import { docMemo } from "./doc-memo.ts";

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
