// 分别 pairs two lists in order: "甲、乙、丙3个产业……这三个产业分别由A局、B局和C局牵头" — the
// k-th department leads the k-th industry (department_cluster, rule "cue:respectively").
// The industries are the items of the lists just before the cue, counted as items (an item the
// extractor did not mark as a cluster keeps its place and gets no edge); the two counts must match.

import { matchesAt } from "./anchored.ts";
import type { EnumList } from "./lists.ts";
import type { HitIndex, RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

const CUE = /分别由/uy;
const CUE_AT = triggerFamily(["分别"]);
/** What the departments do with the industries. */
const LEADS = /^[^。；]{0,80}?(牵头|负责|主抓|主管|统筹|推进)/u;

export function respectivelyLed(s: string, idx: HitIndex, lists: EnumList[], add: RelationAdd): void {
  for (const m of matchesAt(s, CUE, triggerStarts(s, CUE_AT))) {
    const from = (m.index as number) + m[0].length;
    const lead = LEADS.exec(s.slice(from, from + 90));
    if (!lead) continue;
    const to = from + lead[0].length;
    const depts: Ent[] = [];
    for (const h of idx.inSpan(from, to, "department")) if (!depts.includes(h.ent)) depts.push(h.ent);
    if (depts.length < 2) continue;
    // The items of the lists before the cue, within its paragraph, nearest last.
    const para = Math.max(0, s.lastIndexOf("\n", m.index as number));
    const items = lists
      .filter((l) => l.start >= para && l.end <= (m.index as number))
      .flatMap((l) => l.items)
      .slice(-depts.length);
    if (items.length !== depts.length) continue;
    items.forEach((it, k) => {
      const c = idx.inSpan(it.start, it.end + 1, "cluster")[0];
      if (c) add("department_cluster", depts[k] as Ent, c.ent, it.start, to, "cue:respectively", 0.6);
    });
  }
}
