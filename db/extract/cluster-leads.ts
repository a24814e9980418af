// A recruiting verb in front of an industry is not part of its name: a label rule
// swallows it (加快引进某某龙头企业 → 某某). A town before an industry stays (某镇轴承
// names a town's cluster, as annotated). Registry entry: boundary:cluster-lead.
import type { Cand, Ctx } from "./context.ts";

/** A recruiting or fostering verb, with its adverb and quantity (加快引进一批; 培育钻石 is a product). */
const RECRUIT =
  /^(?:加快|大力|积极|重点|着力|全力|优先|精准|主动|持续)?(?:引进|招引|引育|引培|扶持|培育(?!钻石)|吸引|集聚|聚集)(?:一批|一些|若干)?(?=[\p{Script=Han}]{2})/u;

/** Cut such leads off cluster candidates (mention and name together). */
export function trimClusterLeads(ctx: Ctx, cands: Cand[]): void {
  for (const c of cands) {
    if (c.type !== "cluster" || c.confidence <= 0) continue;
    const t = ctx.s.slice(c.start, c.end);
    const m = RECRUIT.exec(t);
    if (!m) continue;
    const n = m[0].length;
    // Only when the name holds the same lead (a canonical name built elsewhere is left alone).
    if (c.name.length - n < 2 || c.name !== ctx.text.slice(c.start, c.start + c.name.length)) continue;
    c.start += n;
    c.name = c.name.slice(n);
    c.boundary = "boundary:cluster-lead";
  }
}
