// An industry named inside the title of a body, an event or a document (某某产业商会,
// 某某产业推进会, 某某产业链图谱) is that thing's subject, not a cluster the text plans;
// and an industry the 产业 suffix cut out of a word in 产 (房地|产业) names nothing.
// A name holding a verb of speech or of applying (某某称赞某企业, 某企业申请某资金) is a
// clause the suffix rule ran across. Registry: filter:cluster-title, filter:cluster-clause.
import type { Cand, Ctx } from "./context.ts";
import { EVENT_WORDS } from "./vocab.ts";

/** Suffix words that end a cluster span. */
const SUFFIX_END = /(?:产业集群|产业链|产业)$/u;
/** A body, an event or a document named by the industry (an optional 发展/创新/合作 between). */
const TITLE_AFTER = new RegExp(
  `^(?:发展|创新|合作|招商|技术创新)?(?:${EVENT_WORDS}|联合体|商会|图谱|白皮书|联盟|协会|学会)`,
  "u",
);
/** Words in 产 that 产业 splits (房地产业 = 房地产 + 业, 矿产业 = 矿产 + 业). */
const CUT_CHAN = /(?:房地|矿|土特)$/u;

/** Verbs of speech, judgement or applying: a clause, never inside an industry's name. */
const CLAUSE_VERB = /称赞|表示|指出|强调|介绍|申请|荣获|获评|没有|认为|讲[下了话]/u;
/** A link of a chain, not an industry (下游终端产品制造, …石化中下游). */
const CHAIN_LINK = /^(?:[上中下]游|上下游|中下游|上中游)|(?:[上中下]游|上下游|中下游)$/u;

/** A name that is a clause (the learned list layer asks it too). */
export const clauseName = (name: string): boolean => CLAUSE_VERB.test(name) || CHAIN_LINK.test(name);

/** Zero the confidence of cluster candidates in such titles or cut words. */
export function clusterTitles(ctx: Ctx, cands: Cand[]): void {
  const { s } = ctx;
  for (const c of cands) {
    if (c.type !== "cluster" || c.confidence <= 0) continue;
    if (clauseName(c.name)) {
      c.confidence = 0;
      c.rule = "filter:cluster-clause";
      continue;
    }
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
