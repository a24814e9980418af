// park_cluster stated by apposition: parks enumerated under a head that names
// an industry's parks host that industry (甲园区、乙产业园两个民用航空产业园区).
// (A park merely named after an industry, 某汽车城, is not annotated as hosting
// it often enough to state it: 1 of 5 on dev01-36.)
import type { RelationType } from "../types.ts";
import type { Hit, HitIndex, RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";

type Add = RelationAdd;

/** The cluster one of whose written forms (name, mentions, without 产业/集群) starts at `at`, longest first. */
function formAt(s: string, at: number, clusters: [string, Ent][]): { ent: Ent; end: number } | null {
  for (const [f, e] of clusters) if (s.startsWith(f, at)) return { ent: e, end: at + f.length };
  return null;
}

export function parkListHeads(s: string, idx: HitIndex, add: Add): void {
  const clusters: [string, Ent][] = [];
  for (const e of new Set(idx.hits.filter((h) => h.ent.type === "cluster").map((h) => h.ent)))
    for (const f of new Set([e.name, ...e.mentions.map((m) => s.slice(m.start, m.end))])) {
      const bare = f.replace(/(产业集群|产业链|集群|产业)$/u, "");
      if (bare.length >= 2) clusters.push([bare, e]);
    }
  clusters.sort((a, b) => b[0].length - a[0].length);
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
    const head =
      /^(?:[、和及与][\p{Script=Han}]{2,10}?(?:园区|产业园|园)(?=[、和及与等]))*(?:等)?\s*(?:[两二三四五六七八九十\d]+\s*个|一批|多个)?\s*(?:特色|专业|重点|主要)?/u.exec(
        s.slice(last.m.end, last.m.end + 30),
      )?.[0] ?? "";
    const at = last.m.end + head.length;
    // The industry right after the head: its marked mention, else one of its written forms
    // (an industry named again as a modifier is not always marked).
    const hit = idx.hits[j];
    const marked = hit && hit.ent.type === "cluster" && hit.m.start === at ? { ent: hit.ent, end: hit.m.end } : null;
    const written = marked ?? formAt(s, at, clusters);
    if (run.length >= 2 && head && written) {
      const tail = s.slice(written.end, written.end + 8);
      if (/^(?:产业)?(?:园区|产业园区|产业园|基地|集聚区|聚集区)/u.test(tail))
        for (const p of run)
          add("park_cluster", p.ent, written.ent, first.m.start, written.end + 4, "head:park-list", 0.7);
    }
    k = j - 1;
  }
}
