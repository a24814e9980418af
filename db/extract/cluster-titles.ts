// An industry named inside the title of a body, an event or a document (某某产业商会,
// 某某产业推进会, 某某产业链图谱) is that thing's subject, not a cluster the text plans;
// and an industry the 产业 suffix cut out of a word in 产 (房地|产业) names nothing.
// Registry entry: filter:cluster-title in rules/precision.ts.
import type { Cand, Ctx } from "./context.ts";

/** Suffix words that end a cluster span. */
const SUFFIX_END = /(?:产业集群|产业链|产业)$/u;
/** A body, an event or a document named by the industry (an optional 发展/创新/合作 between). */
const TITLE_AFTER =
  /^(?:发展|创新|合作|招商|技术创新)?(?:联合体|商会|推进会|促进会|研究会|大会|峰会|论坛|博览会|展览会|交易会|洽谈会|对接会|推介会|座谈会|招商会|发布会|年会|图谱|白皮书|联盟|协会|学会)/u;
/** Words in 产 that 产业 splits (房地产业 = 房地产 + 业, 矿产业 = 矿产 + 业). */
const CUT_CHAN = /(?:房地|矿|土特)$/u;

/** Zero the confidence of cluster candidates in such titles or cut words. */
export function clusterTitles(ctx: Ctx, cands: Cand[]): void {
  const { s } = ctx;
  for (const c of cands) {
    if (c.type !== "cluster" || c.confidence <= 0) continue;
    const span = s.slice(c.start, c.end);
    if (!SUFFIX_END.test(span)) continue;
    const title = TITLE_AFTER.test(s.slice(c.end, c.end + 6));
    const cut = span.endsWith("产业") && !span.endsWith("产产业") && CUT_CHAN.test(c.name) && span === `${c.name}产业`;
    if (title || cut) {
      c.confidence = 0;
      c.rule = "filter:cluster-title";
    }
  }
}
