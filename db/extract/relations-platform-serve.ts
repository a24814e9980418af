// cluster_platform where a sentence about ONE platform says which industry it serves:
// 甲研究院将…推动某产业发展, 甲中心…为…服务某产业. The platform is named in the
// sentence or referred back to at its start (该中心…, 组建该工程技术研究中心旨在…, 目前，研究院正…):
// platform news carry a platform's purpose in the sentence after the one naming it.
import type { HitIndex, RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";

type Sent = { start: number; end: number };

/** A verb of serving an industry, in the clause that names the industry. */
const SERVES = /(服务于?|支撑|推动|助力|带动|加速|促进|引领|赋能)/u;
/** A back-reference opening the sentence: 该/这个/此 (+ a kind) + a platform's head word, or the bare head word. */
const BACK_REF =
  /^[\s\u3000]*(?:(?:目前|近日|近年来|同时|今后|未来|此外)[，,]?)?(?:[\p{Script=Han}]{0,4}?(?:该|这个|此|这一)([\p{Script=Han}]{0,8}?))?(中心|研究院|实验室|平台|工作站|研究所)/u;
/** How far back the platform a back-reference points to may be named. */
const BACK_WINDOW = 600;

/** The one platform a sentence is about, and where its mention (or back-reference) ends. */
function sentencePlatform(s: string, idx: HitIndex, sent: Sent): { ent: Ent; end: number } | null {
  const ps = idx.inSpan(sent.start, sent.end, "platform");
  if (ps.length) {
    const one = ps.every((h) => h.ent === ps[0]?.ent);
    return one
      ? { ent: (ps[0] as (typeof ps)[number]).ent, end: (ps[ps.length - 1] as (typeof ps)[number]).m.end }
      : null;
  }
  const m = BACK_REF.exec(s.slice(sent.start, sent.end));
  if (!m) return null;
  // The nearest platform before, whose name ends in the words the back-reference repeats.
  const head = (m[1] ?? "") + (m[2] as string);
  const before = idx
    .inSpan(Math.max(0, sent.start - BACK_WINDOW), sent.start, "platform")
    .filter((h) => s.slice(h.m.start, h.m.end).endsWith(head));
  const p = before[before.length - 1];
  return p ? { ent: p.ent, end: sent.start + m.index + m[0].length } : null;
}

export function servedIndustries(s: string, idx: HitIndex, sents: readonly Sent[], add: RelationAdd): void {
  for (const sent of sents) {
    if (!idx.any(sent.start, sent.end)) continue;
    const cs = idx.inSpan(sent.start, sent.end, "cluster");
    if (!cs.length || cs.some((h) => h.ent !== cs[0]?.ent)) continue;
    const p = sentencePlatform(s, idx, sent);
    if (!p) continue;
    for (const c of cs) {
      if (c.m.start < p.end) continue;
      const between = s.slice(p.end, c.m.start);
      const clause = between.slice(
        Math.max(...["，", ",", "；", ";", "：", ":"].map((x) => between.lastIndexOf(x))) + 1,
      );
      if (!SERVES.test(clause)) continue;
      add("cluster_platform", c.ent, p.ent, sent.start, sent.end, "serve:platform", 0.5);
      break;
    }
  }
}
