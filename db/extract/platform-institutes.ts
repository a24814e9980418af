// Research institutes of the national academy written by their short form
// (中科院某某所, 中国科学院某某所): no suffix word of the suffix scan ends them,
// yet each is a research institute, a platform (guide). Items listed after one
// (中科院甲所、乙所、丙所) share its prefix, as 市甲局、乙局 share 市.
import type { Cand, Ctx } from "./context.ts";
import { ruleConfidence } from "./registry.ts";

const RULE = "platform:academy-institute";
/** The academy, an institute's own short name, 所 — not where 所 opens a word (所属, 所在, 所长). */
const INSTITUTE = /(中国科学院|中科院)([\p{Script=Han}]{1,6}?)所(?![属有在以长得需])/gu;
/** A further institute of the same list: 、 and a short name with 所. */
const NEXT = /^、([\p{Script=Han}]{1,6}?)所(?![属有在以长得需])/u;
/** 研究所 ends a full name (the suffix rule's); 院所 is research institutes in general. */
const NOT_SHORT = /(院|研究)$/u;

export function academyInstitutes(ctx: Ctx): Cand[] {
  const { s, text } = ctx;
  if (!s.includes("中科院") && !s.includes("中国科学院")) return [];
  const confidence = ruleConfidence(RULE);
  const out: Cand[] = [];
  for (const m of s.matchAll(INSTITUTE)) {
    if (NOT_SHORT.test(m[2] as string)) continue;
    const a = m.index as number;
    let e = a + m[0].length;
    out.push({ type: "platform", start: a, end: e, name: text.slice(a, e), rule: RULE, confidence });
    const prefix = text.slice(a, a + (m[1] as string).length);
    for (let n = NEXT.exec(s.slice(e, e + 9)); n && !NOT_SHORT.test(n[1] as string); n = NEXT.exec(s.slice(e, e + 9))) {
      const b = e + 1;
      e += n[0].length;
      out.push({ type: "platform", start: b, end: e, name: prefix + text.slice(b, e), rule: RULE, confidence });
    }
  }
  return out;
}
