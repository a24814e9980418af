/** Text with every occurrence of any of `terms` wrapped in <mark> (longest term wins). */
export function MarkedText({ text, terms }: { text: string; terms: string[] }) {
  const wanted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  // Jump from hit to hit with indexOf (a character-by-character walk took ~100 ms for a hub's
  // hundred relations' evidence on a busy machine): the earliest hit, the longest term there.
  let at = 0;
  while (at < text.length) {
    let hit: string | undefined;
    let where = text.length;
    for (const t of wanted) {
      const i = text.indexOf(t, at);
      if (i >= 0 && i < where) {
        where = i;
        hit = t;
      }
    }
    if (where > at) parts.push(text.slice(at, where));
    if (!hit) break;
    parts.push(<mark key={where}>{hit}</mark>);
    at = where + hit.length;
  }
  return <>{parts}</>;
}
