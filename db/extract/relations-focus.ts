// cluster_platform the way plans describe what a platform works on: the platform
// is the subject and a focus verb introduces the industries (甲研究院围绕A、B和C三大
// 产业板块…; 支持甲中心、乙研究院建设，聚焦A、B等领域开展研发). Only platforms stand
// before the verb in the clause chain, and the industries follow it within the clause.
import type { HitIndex, RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";

const FOCUS = /(?:围绕|聚焦|面向|服务于|服务|专注于|专注|瞄准|针对)/gu;
/** How the industries' clause may end: the industries are its object (…等领域/产业/板块/方向). */
const CLAUSE_END = /[，,。；;\n]/u;

export function focusPlatforms(s: string, idx: HitIndex, sents: { start: number; end: number }[], add: RelationAdd) {
  for (const sent of sents) {
    if (!idx.any(sent.start, sent.end)) continue;
    const txt = s.slice(sent.start, sent.end);
    if (!/(围绕|聚焦|面向|服务|专注|瞄准|针对)/u.test(txt)) continue;
    for (const m of txt.matchAll(FOCUS)) {
      const at = sent.start + (m.index as number);
      const before = idx.inSpan(sent.start, at);
      // The subject: platforms only (no park, firm or industry before the verb).
      if (!before.length || before.some((h) => h.ent.type !== "platform")) continue;
      // The verb opens the platforms' own clause or the one right after it (…建设，聚焦…).
      const gap = s.slice(before[before.length - 1]?.m.end ?? at, at);
      if ((gap.match(/[，,]/gu) ?? []).length > 1 || /[；;。]/u.test(gap) || gap.length > 20) continue;
      let end = at + m[0].length;
      while (end < sent.end && !CLAUSE_END.test(s[end] as string)) end++;
      const object = s.slice(at + m[0].length, end);
      // The object must be industries (…等领域/产业/板块/方向/行业), not 需求/市场/企业.
      if (!/(领域|产业|板块|方向|行业|集群|产业链)/u.test(object)) continue;
      const clusters = [...new Set(idx.inSpan(at, end, "cluster").map((h) => h.ent))];
      if (!clusters.length || idx.inSpan(at, end).some((h) => h.ent.type === "park")) continue;
      const platforms = [...new Set(before.map((h) => h.ent))] as Ent[];
      for (const p of platforms)
        for (const c of clusters) add("cluster_platform", c, p, sent.start, end, "cue:platform-focus", 0.6);
      break;
    }
  }
}
