// Ordinal alignment: a plan lists its clusters ("打造甲、乙、丙、丁4大产业集群") and then
// takes them in the same order ("一是依托A、B等企业，形成…。二是依托C、D等企业，打造…。").
// When the ordinals count exactly the listed clusters, the k-th item is about the
// k-th cluster; an item that names no cluster of its own gives its firms (依托/以/龙头
// …) to that cluster.
import type { RelationType } from "../types.ts";
import type { EnumList } from "./lists.ts";
import type { HitIndex, RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";

type Add = RelationAdd;

const ORDINALS = "一二三四五六七八九十";
/** Firms the item leans on or that lead it. */
const LEAD = /(依托|以[^，。；]{0,30}为(龙头|骨干|核心|代表)|龙头|骨干|链主|领军|重点企业)/u;

export function ordinalClusters(s: string, idx: HitIndex, lists: EnumList[], add: Add): void {
  if (!s.includes("二是")) return;
  for (const l of lists) {
    const clusters: Ent[] = [];
    for (const h of idx.inSpan(l.start, l.end + 1, "cluster")) if (!clusters.includes(h.ent)) clusters.push(h.ent);
    if (clusters.length < 3 || clusters.length > ORDINALS.length || clusters.length < l.items.length) continue;
    // The ordinals that follow, in order, close to the list.
    const window = s.slice(l.end, Math.min(s.length, l.end + 1500));
    const at: number[] = [];
    let from = 0;
    for (let k = 0; k < clusters.length + 1; k++) {
      const p = window.indexOf(`${ORDINALS[k]}是`, from);
      if (p < 0) break;
      at.push(l.end + p);
      from = p + 2;
    }
    // Exactly as many items as clusters: "五是" after four clusters is not this list's.
    if (at.length !== clusters.length) continue;
    for (let k = 0; k < at.length; k++) {
      const start = at[k] as number;
      const stop = s.indexOf("。", start);
      const end = Math.min(stop < 0 ? s.length : stop + 1, (at[k + 1] as number | undefined) ?? s.length);
      if (idx.inSpan(start, end, "cluster").length) continue;
      if (!LEAD.test(s.slice(start, end))) continue;
      const firms = new Set(idx.inSpan(start, end, "enterprise").map((h) => h.ent));
      for (const f of firms) add("cluster_enterprise", clusters[k] as Ent, f, start, end, "ordinal:cluster", 0.6);
    }
  }
}
