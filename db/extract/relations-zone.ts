// The zone a plan or a profile is written by, when neither the title nor the share
// of park mentions says so (a district plan with no title line that also names its
// sub-parks, neighbours and the city's other zones): the park it names in its
// opening lines and more often than any other. Used only where the sentence itself
// points at a zone (引进/落户…, 园区/区内/bare 开发区, 重点发展…), never for bare co-occurrence.

import { inEnumeration } from "./relations-scope.ts";
import type { Ent, MentionSpan } from "./resolve.ts";

/** How far into the document the zone must be named (its opening paragraph or two). */
const LEAD = 400;

export function leadZone(s: string, ents: Ent[], inBracket: (pos: number) => boolean): Ent | null {
  // Mentions as one item of an enumeration (甲园区、乙公司、丙局要…) do not make a park the document's zone.
  const parks = ents
    .filter((e) => e.type === "park")
    .map((e) => ({
      e,
      n: e.mentions.filter((m: MentionSpan) => !inBracket(m.start) && !inEnumeration(s, m.start, m.end)).length,
    }))
    .sort((a, b) => b.n - a.n);
  const top = parks[0];
  if (!top || top.n < 3) return null;
  // Strictly ahead of the next park: two zones named equally often leave the document's zone open.
  if (parks[1] && parks[1].n >= top.n) return null;
  return top.e.mentions.some((m) => m.start < LEAD) ? top.e : null;
}

/** Verbs that bring a firm into a zone (weaker ones like 在/新增 do not). */
export const PLACING = /(引进|引入|招引|吸引|入驻|落户|进驻|集聚|聚集|汇聚|位于|坐落|扎根|签约|入园|入区)/u;
