/** Text with every occurrence of any of `terms` wrapped in <mark> (longest term wins). */
export function MarkedText({ text, terms }: { text: string; terms: string[] }) {
  const wanted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  let plain = "";
  while (at < text.length) {
    const hit = wanted.find((t) => text.startsWith(t, at));
    if (hit) {
      if (plain) parts.push(plain);
      plain = "";
      parts.push(<mark key={at}>{hit}</mark>);
      at += hit.length;
    } else {
      plain += text[at];
      at++;
    }
  }
  if (plain) parts.push(plain);
  return <>{parts}</>;
}
