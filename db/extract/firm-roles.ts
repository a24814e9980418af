// A firm named by what only a firm has (rule "enterprise:role-owner"): its
// executives (甲乙锂业董事长某某表示) or its subsidiaries (甲乙生物旗下某某有限公司).
// Reports and news name firms this way without a company suffix; the name is
// the clause's opening words up to the role word, in a firm's shape: a firm
// word at its end (…锂业, …生物, …股份) and no clause word inside.

import { matchesAt } from "./anchored.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { itemOk } from "./enterprises-items.ts";
import { FIRM_WORD } from "./firm-subject.ts";
import { typedSuffix } from "./names.ts";
import { LEAD_VERB } from "./project-tail.ts";
import { ruleConfidence } from "./registry.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

const RULE = "enterprise:role-owner";
/** Words only a firm is followed by: its executives and its subsidiaries. */
const ROLE = /(?:旗下|董事长|副董事长|总经理|副总经理|总裁|副总裁|创始人|首席执行官)/uy;
/** Where a role word can start (trigger-index.ts). */
const ROLE_AT = triggerFamily(["旗下", "董事", "副董", "总经", "副总", "总裁", "创始", "首席"]);
/** A clause opening: punctuation, a line, a colon, an opening quote or bracket. */
const OPENS = /[，,。；;！？!?\n：:“"（(]$/u;
/** A word the name ends in: the firm words of firm-subject, or a material's trade (锂业, 纸业, 钢业). */
const ENDS_FIRM = new RegExp(
  `(?:${FIRM_WORD.source.slice(4, -2)}|[\\p{Script=Han}](?<![产行企事农工商就创专物作主开学职])业)$`,
  "u",
);

export function firmRoleCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const conf = ruleConfidence(RULE);
  for (const m of matchesAt(s, ROLE, triggerStarts(s, ROLE_AT))) {
    const e = m.index as number;
    let a = e;
    while (a > 0 && e - a < 12 && /[\p{Script=Han}A-Za-z0-9]/u.test(s[a - 1] as string)) a--;
    if (e - a < 3 || !OPENS.test(s.slice(Math.max(0, a - 1), a) || "\n")) continue;
    const name = s.slice(a, e);
    // A clause that opens with a verb or a qualifier (加快…, 公司董事长) is not a firm's name.
    if (LEAD_VERB.test(name) || !ENDS_FIRM.test(name) || !itemOk(name)) continue;
    if (typedSuffix(name) || fullNameElsewhere(s, name)) continue;
    out.push({ type: "enterprise", start: a, end: e, name: orig(ctx, a, e), rule: RULE, confidence: conf });
  }
  return out;
}

/** The document names the firm in full (甲乙锂业有限公司): resolution makes this a mention of it. Not its subsidiary's name after 旗下. */
function fullNameElsewhere(s: string, name: string): boolean {
  return new RegExp(`${name}(?!旗下)[^，。；、\\s]{0,8}?(?:有限公司|有限责任公司|集团|股份)`, "u").test(s);
}
