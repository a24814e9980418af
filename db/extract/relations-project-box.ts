// Key-project boxes (专栏 重点项目): a line "新材料产业：甲…项目、乙…产业园、丙…项目"
// files each project under the industry of its label. The firm inside a
// project's name is that industry's firm (cluster_enterprise) and a named park
// or base in a project's name hosts it (park_cluster).
import { projectLines } from "./project-firms-lines.ts";
import type { HitIndex, RelationAdd } from "./relations-scope.ts";

export function projectBoxRelations(s: string, idx: HitIndex, add: RelationAdd): void {
  for (const line of projectLines(s)) {
    const label = idx.inSpan(line.labelStart, line.labelEnd + 1, "cluster")[0];
    if (!label) continue;
    for (const it of line.items)
      for (const h of idx.inSpan(it.start, it.end)) {
        if (h.ent.type === "enterprise")
          add("cluster_enterprise", label.ent, h.ent, line.start, line.end, "box:project-firm", 0.65);
        else if (h.ent.type === "park")
          add("park_cluster", h.ent, label.ent, line.start, line.end, "box:project-park", 0.6);
      }
  }
}
