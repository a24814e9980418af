// A firm named right after what it is to its trade (rule "enterprise:role-apposition"):
// 全球农化巨头甲乙的核心供应商 / 本土化工龙头甲乙化工通过… / 头部企业甲乙总部项目落户….
// News introduces a firm by its standing and then its name, with no company
// suffix and no list around it. The name is the run of tokens after the role
// word up to the clause's next verb, particle, adverb or time word; it must
// hold a token the tagger reads as a proper or coined name (a brand), so a
// common noun after the role word (龙头企业数量) is no firm.

import { matchesAt } from "./anchored.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { COUNTRY } from "./enterprises-cues.ts";
import { itemOk } from "./enterprises-items.ts";
import { LEAD_CHAR } from "./firm-subject.ts";
import { typedSuffix } from "./names.ts";
import { LEAD_VERB } from "./project-tail.ts";
import { ruleConfidence } from "./registry.ts";
import { tag } from "./tagger.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";
import { CHAIN_SLOGAN } from "./vocab.ts";

const RULE = "enterprise:role-apposition";
/** What a firm is to its trade, written before its name. */
const ROLE = /(?:巨头|龙头企业|龙头|头部企业|领军企业|制造商|供应商|生产企业|制造企业|领军者)/uy;
/** Where a role word can start (trigger-index.ts). */
const ROLE_AT = triggerFamily(["巨头", "龙头", "头部", "领军", "制造", "供应", "生产"]);
/** Tags that end the name: verbs, particles, prepositions, adverbs, conjunctions, pronouns, numbers, times, places-of-direction. */
const ENDS = /^(v|vd|vn|u|uj|ul|uz|ug|ud|uv|p|d|c|r|m|q|f|t|y|w)$/u;
/** Tags of a brand's token (proper, coined or foreign). */
const PROPER = /^(x|nz|nr|nrt|nrfg|j|ns|nt|eng)$/u;
/** Words after the name that are its project or site, not its name (甲乙总部项目, 甲乙二期). */
const SITE = /^(?:总部|项目|工厂|基地|二期|三期|一期|超级工厂|生产线|产业园)/u;

export function roleAppositionCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const conf = ruleConfidence(RULE);
  for (const m of matchesAt(s, ROLE, triggerStarts(s, ROLE_AT))) {
    const at = m.index as number;
    // The role word is described (全球农化巨头, 本土化工龙头): a Han character before it, not a clause start.
    if (!/[\p{Script=Han}]/u.test(s[at - 1] ?? "")) continue;
    let p = at + m[0].length;
    // A country before the brand (美国甲乙) says where the firm is from; the name starts after it.
    const country = COUNTRY.exec(s.slice(p, p + 6))?.[0];
    if (country && /^[\p{Script=Han}A-Za-z]{2}/u.test(s.slice(p + country.length))) p += country.length;
    const seg = /^[\p{Script=Han}A-Za-z0-9]{2,14}/u.exec(s.slice(p, p + 14))?.[0];
    if (!seg || LEAD_CHAR.test(seg)) continue;
    let len = 0;
    let proper = false;
    for (const t of tag(seg, true)) {
      if (ENDS.test(t.tag) || SITE.test(seg.slice(len))) break;
      len += t.word.length;
      if (PROPER.test(t.tag)) proper = true;
      if (len >= 10) break;
    }
    if (len > 10 || !proper) continue;
    const name = seg.slice(0, len);
    // Two characters are a name only in Latin letters or a known brand tag; a short common run is a slogan (扩规).
    if (name.length < 3 && !/^[A-Za-z]{2}$/u.test(name)) continue;
    if (!itemOk(name) || LEAD_VERB.test(name) || CHAIN_SLOGAN.test(name)) continue;
    // The full name follows (甲乙有限公司): the suffix rule reads it.
    if (typedSuffix(name) || /^[\p{Script=Han}]{0,6}(?:公司|集团|有限)/u.test(s.slice(p + len, p + len + 8))) continue;
    out.push({ type: "enterprise", start: p, end: p + len, name: orig(ctx, p, p + len), rule: RULE, confidence: conf });
  }
  return out;
}
