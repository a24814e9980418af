// The park a sentence's first clause is about when that clause is only a noun phrase:
// "由甲乙两地共建的…某产业园(以下简称“乙园”)，聚焦A、B…" or "…的某产业园区里，…甲、乙等企业…".
// The park closes the clause, after a modifier ending in 的 (or 在), so it is the
// sentence's subject or its setting however long the modifier; the 14-character subject
// window of relations-park-hosts.ts misses it, and parks inside the modifier are not it.
import type { Hit } from "./relations-hits.ts";

/** What may follow the park before the comma: an alias bracket, a place word (里/内). */
const CLOSE = /^[\s\u3000]*(?:[（(][^（()）]{0,30}[）)])?[\s\u3000]*(?:里|内|中)?[\s\u3000]*$/u;
/** …and what must precede it within its clause: a modifier ending in 的, or 在 alone. */
const OPEN = /(?:的|^[\s\u3000]*在)[\s\u3000“"]*$/u;

/**
 * The park closing the sentence's first clause as its head noun, if any. `setting`: only a park
 * the clause places the sentence in (在某园区， / 某园区里，), so the firms the sentence names are there.
 */
export function framePark(s: string, parks: Hit[], from: number, sentEnd: number, setting = false): Hit | null {
  let sentStart = from;
  // The first comma outside brackets ends the clause; a short opener (近日，/ 2023年，) is skipped.
  let depth = 0;
  let end = -1;
  for (let i = sentStart; i < Math.min(sentEnd, sentStart + 100); i++) {
    const c = s[i];
    if (c === "（" || c === "(") depth++;
    else if ((c === "）" || c === ")") && depth > 0) depth--;
    else if (depth === 0 && (c === "，" || c === ",")) {
      if (i - sentStart <= 8 && !parks.some((h) => h.m.start >= sentStart && h.m.start < i)) {
        sentStart = i + 1;
        continue;
      }
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  // (An alias inside the closing bracket is not the head: the park before the bracket is.)
  const last = parks.find((h) => h.m.start >= sentStart && h.m.end <= end && CLOSE.test(s.slice(h.m.end, end)));
  if (!last) return null;
  const lead = s.slice(sentStart, last.m.start);
  // A park joined to others (甲、乙园区，…) is one of several subjects, not the frame.
  if (/[、和与及]$/u.test(lead) || !OPEN.test(lead)) return null;
  if (setting && !/[里内中]\s*$/u.test(s.slice(last.m.end, end)) && !/^[\s\u3000]*在/u.test(lead)) return null;
  return last;
}
