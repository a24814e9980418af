// Industries named without a 产业 suffix: the items of an enumeration after a
// development cue (大力发展甲、乙和丙; 就甲、乙、丙…) are industries when their
// head words are industry heads (…制造, …装备, …材料, …物流). The head
// vocabulary decides, not the cue alone: "重点发展研发、孵化、办公" lists
// activities and stays out. Registry entries: rules/clusters-structure.ts.
import { charTable } from "./anchored.ts";
import { etcSplit } from "./clusters-list-cues.ts";
import { validIndustry } from "./clusters-names.ts";
import { type Cand, type Ctx, spanCand } from "./context.ts";
import { industryHead } from "./industry-heads.ts";
import type { EnumList } from "./lists.ts";
import { matchNearCue } from "./text.ts";
import { triggerFamily } from "./trigger-index.ts";

/** A development cue right before the first item (重点发展, 大力培育, 做强做优, 就). */
const DEVELOP_CUE =
  /(?:发展|培育|壮大|打造|做强|做大|做优|做精|做实|主攻|布局|引育|集聚|聚集|延伸|拓展|就|突出|围绕|提升|巩固|升级|涉及|发展方向[为是：:]|主攻方向[为是：:])\s*(?:[‘“'"][^’”'"]{1,6}[’”'"])?\s*$/u;
/** A development word at the start of the first item (the list scan stops at 。, not at the cue). */
const LEAD_CUE =
  /^(?:重点发展|大力发展|加快发展|积极发展|培育发展|发展|培育|壮大|打造|就|聚焦|主攻|(?:主要|主导)?(?:产业|行业)(?:主要)?(?:有|为|是|包括|涵盖))(?=[\p{Script=Han}]{2})/u;
/** After the items: nothing, 等 alone, or a head naming sectors by another word (领域 is a domain, not an industry). */
const TAIL_OK = /^\s*(等|等等)?\s*(行业|产业|$)/u;
/** "积极发展甲、乙等新能源产业": after a growth verb, the items of a named sector are industries too. */
const TAIL_SECTOR = /^\s*等[\p{Script=Han}]{2,6}?产业(?!链|园|基地|项目)/u;
const GROWTH_CUE = /(发展|培育|壮大|布局)\s*$/u;

/** The head word of a sector, also when the sector is written with 业 (现代仓储业, 船舶修造业). */
export function sectorHead(t: string): string | undefined {
  return industryHead(t) ?? (/[^产]业$/u.test(t) ? industryHead(t.slice(0, -1)) : undefined);
}

/**
 * Items of an enumeration after a development cue, when every item is an industry by its head word.
 * A list whose head already says 产业/集群 is clusters-lists.ts's; this one takes lists whose head says nothing.
 */
export function developListClusters(ctx: Ctx, lists: EnumList[]): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const l of lists) {
    const first = l.items[0];
    if (!first) continue;
    // A cue word the list scan kept in the first item (。就甲、乙、丙): it is the cue, not part of the name.
    const lead = LEAD_CUE.exec(s.slice(first.start, first.end));
    if (!(DEVELOP_CUE.test(l.cue) || lead)) continue;
    if (!TAIL_OK.test(l.head) && !(TAIL_SECTOR.test(l.head) && GROWTH_CUE.test(l.cue))) continue;
    // Pushed, not mapped: a mapped array changed shape once this was optimised (a deopt).
    const raw: { start: number; end: number }[] = [];
    for (const it of l.items)
      raw.push(raw.length === 0 && lead ? { start: it.start + lead[0].length, end: it.end } : it);
    // A PDF line wrap inside the last item (…、医药及医⏎药): the item is cut, so it is not a name.
    const wrapped = /^\n[\p{Script=Han}]|^\s*$/u.test(s.slice(l.end, l.end + 2));
    // The last item may hold the list's final 和 (甲、乙和丙): split it when both halves are industries.
    const items: { start: number; end: number }[] = [];
    for (const it of raw) {
      const isLast = it === raw[raw.length - 1];
      if (isLast && wrapped) continue;
      const t = s.slice(it.start, it.end);
      // (Closed by 等, the 和 is the list's whatever the halves' heads: 甲、乙和丙等.)
      const etc = isLast && etcSplit(s, raw, t, l.end);
      const k = t.lastIndexOf("和");
      if (isLast && k >= 2 && t.length - k > 2) {
        const left = t.slice(0, k);
        const right = t.slice(k + 1);
        if (etc || (industryHead(left) && sectorHead(right))) {
          items.push({ start: it.start, end: it.start + k }, { start: it.start + k + 1, end: it.end });
          continue;
        }
      }
      items.push(it);
    }
    const ok = items.filter((it) => {
      const t = s.slice(it.start, it.end);
      return /^[\p{Script=Han}]{2,10}$/u.test(t) && !!sectorHead(t) && validIndustry(t, false);
    });
    // Every item must be an industry (one odd item in four or more is tolerated as a bad item).
    if (ok.length < 2 || (ok.length < items.length && (items.length < 4 || ok.length < items.length - 1))) continue;
    // Items that share one head (甲材料、乙材料、丙材料) are products of one sector, not sectors.
    const heads = new Map<string, number>();
    for (const it of ok) {
      const h = sectorHead(s.slice(it.start, it.end)) as string;
      // Economies named by their carrier (甲经济、乙经济) are sectors each, not products of one.
      // …and kinds of tourism (民俗旅游、红色旅游、乡村旅游) are industries each.
      if (h === "经济" || h === "旅游") continue;
      heads.set(h, (heads.get(h) ?? 0) + 1);
    }
    if (Math.max(0, ...heads.values()) * 2 > ok.length) continue;
    for (const it of ok) out.push(spanCand(ctx, "cluster", it.start, it.end, "cluster:develop-list", 0.7));
  }
  return out;
}

/** "。某某链主型企业甲乙…": the industry whose chain a leading firm leads, written right before the label. */
const CHAIN_LEADER = /(?<=^|[，。；：、\n“”（(])([\p{Script=Han}]{2,8}?)(?:产业)?(?:链主|龙头)型?企业/gu;
const CHAIN_LEADER_AFTER = charTable("，。；：、\n“”（(");
/** The recruiting verb before the label (加快引进甲龙头企业): it is the clause's verb, not part of the industry. */
const LEAD_VERB =
  /^(?:(?:加快|积极|大力|着力|全力|重点|持续|主动|精准|招大)?(?:引进|招引|引入|引育|培育|扶持|支持|壮大|吸引|对接|招商|引强|落地|培强|做强|发展|聚集|集聚)(?:培育|壮大|一批)?)+/u;

const CHAIN_CUE_AT = triggerFamily(["链主", "龙头"]);

/** The industry named by a chain leader's or a leading firm's label (某某器件链主型企业某某). */
export function chainLeaderClusters(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  for (const m of matchNearCue(ctx.s, CHAIN_LEADER, /链主|龙头/u, CHAIN_CUE_AT, 10, CHAIN_LEADER_AFTER)) {
    const lead = LEAD_VERB.exec(m[1] as string)?.[0].length ?? 0;
    const name = (m[1] as string).slice(lead);
    if (name.length < 2 || !sectorHead(name) || !validIndustry(name, false)) continue;
    const a = (m.index as number) + lead;
    out.push(spanCand(ctx, "cluster", a, a + name.length, "cluster:chain-leader", 0.65));
  }
  return out;
}
