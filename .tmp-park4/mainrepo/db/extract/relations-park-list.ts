// park_cluster stated by apposition: parks enumerated under a head that names
// an industry's parks host that industry (甲园区、乙产业园两个民用航空产业园区).
// (A park merely named after an industry, 某汽车城, is not annotated as hosting
// it often enough to state it: 1 of 5 on dev01-36.)
import type { RelationType } from "../types.ts";
import type { Hit, HitIndex, RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";

type Add = RelationAdd;

export function parkListHeads(s: string, idx: HitIndex, add: Add): void {
  // 甲园区、乙产业园两个民用航空产业园区: the head after a run of parks names their industry.
  for (let k = 0; k < idx.hits.length; k++) {
    const first = idx.hits[k] as Hit;
    if (first.ent.type !== "park") continue;
    const run: Hit[] = [first];
    let j = k + 1;
    for (; j < idx.hits.length; j++) {
      const nx = idx.hits[j] as Hit;
      const prev = run[run.length - 1] as Hit;
      // Items may carry a short place word (南部甲区、北部乙园).
      if (nx.ent.type !== "park" || !/^[、和及与][\p{Script=Han}]{0,2}$/u.test(s.slice(prev.m.end, nx.m.start))) break;
      run.push(nx);
    }
    const last = run[run.length - 1] as Hit;
    const head = /^(?:等)?\s*(?:[两二三四五六七八九十\d]+\s*个)?/u.exec(s.slice(last.m.end, last.m.end + 6))?.[0] ?? "";
    const cl = idx.hits[j];
    if (run.length >= 2 && head && cl && cl.ent.type === "cluster" && cl.m.start === last.m.end + head.length) {
      const tail = s.slice(cl.m.end, cl.m.end + 8);
      if (/^(?:产业)?(?:园区|产业园区|产业园|基地|集聚区|聚集区)/u.test(tail))
        for (const p of run) add("park_cluster", p.ent, cl.ent, first.m.start, cl.m.end + 4, "head:park-list", 0.7);
    }
    k = j - 1;
  }
}
