// Many web copies set every paragraph off by a blank line. Rules read a blank line as the end of a block (a
// heading's paragraphs, a task's lines, a page), so in such a copy every block is one paragraph long. When
// blank lines separate (nearly) every two lines of a document, the view reads them as plain line breaks:
// the extra breaks become spaces (offsets kept).

/** Space, tab and the ideographic space: what a blank line may hold. */
const isBlank = (c: number) => c === 32 || c === 9 || c === 0x3000;

/** The view with the blank lines of a document that spaces every paragraph apart made plain breaks. */
export function plainBlankLines(s: string): string {
  // One pass over the line breaks, no allocation: most documents stop here.
  let lines = 0;
  let gaps = 0;
  let inGap = false;
  for (let a = 0; a <= s.length; ) {
    let b = s.indexOf("\n", a);
    if (b < 0) b = s.length;
    let k = a;
    while (k < b && isBlank(s.charCodeAt(k))) k++;
    if (k === b) {
      // A blank line (or a run of them) between two lines of text.
      if (lines > 0 && !inGap && b < s.length) gaps++;
      inGap = true;
    } else {
      lines++;
      inGap = false;
    }
    a = b + 1;
  }
  // (A few blank lines set off pages or sections: those stay.)
  if (gaps < 5 || gaps < 0.8 * (lines - 1)) return s;
  return s.replace(/\n([ \t\u3000]*\n)+/gu, (m) => `\n${" ".repeat(m.length - 1)}`);
}
