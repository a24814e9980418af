// Many web copies set every paragraph off by a blank line. Rules read a blank line as the end of a block (a
// heading's paragraphs, a task's lines, a page), so in such a copy every block is one paragraph long. When
// blank lines separate (nearly) every two lines of a document, the view reads them as plain line breaks:
// the extra breaks become spaces (offsets kept).

/** Space, tab and the ideographic space: what a blank line may hold. */
const isBlank = (c: number) => c === 32 || c === 9 || c === 0x3000;
const NEWLINE = 10;

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
  // Each run of blank lines after a break: every unit of it after that break becomes a space (what
  // s.replace(/\n([ \t\u3000]*\n)+/gu, m => "\n" + spaces) gives, without a callback per run).
  const parts: string[] = [];
  let last = 0;
  for (let a = s.indexOf("\n"); a >= 0; ) {
    // The end of the run: after the last break that closes a blank line.
    let end = a + 1;
    for (let k = end; ; k++) {
      while (k < s.length && isBlank(s.charCodeAt(k))) k++;
      if (s.charCodeAt(k) !== NEWLINE) break;
      end = k + 1;
    }
    if (end > a + 1) {
      parts.push(s.slice(last, a + 1), " ".repeat(end - a - 1));
      last = end;
    }
    a = s.indexOf("\n", end);
  }
  parts.push(s.slice(last));
  return parts.join("");
}
