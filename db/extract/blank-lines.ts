// Many web copies set every paragraph off by a blank line. Rules read a blank line as the end of a block (a
// heading's paragraphs, a task's lines, a page), so in such a copy every block is one paragraph long. When
// blank lines separate (nearly) every two lines of a document, the view reads them as plain line breaks:
// the extra breaks become spaces (offsets kept).

/** The view with the blank lines of a document that spaces every paragraph apart made plain breaks. */
export function plainBlankLines(s: string): string {
  const gaps = s.match(/\n[ \t\u3000]*\n/gu);
  if (!gaps || gaps.length < 5) return s;
  let lines = 0;
  for (const l of s.split("\n")) if (l.trim() !== "") lines++;
  // (A few blank lines set off pages or sections: those stay.)
  if (gaps.length < 0.8 * (lines - 1)) return s;
  return s.replace(/\n([ \t\u3000]*\n)+/gu, (m) => `\n${" ".repeat(m.length - 1)}`);
}
