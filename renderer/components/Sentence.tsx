/** A sentence with [start, end) (offsets inside the sentence) wrapped in <mark>. */
export function Sentence({ text, start, end }: { text: string; start: number; end: number }) {
  const a = Math.max(0, Math.min(text.length, start));
  const b = Math.max(a, Math.min(text.length, end));
  return (
    <span className="sentence">
      {text.slice(0, a)}
      <mark>{text.slice(a, b)}</mark>
      {text.slice(b)}
    </span>
  );
}
