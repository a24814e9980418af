// A firm's partner in a joint act: "由甲集团与乙联合投资", "甲集团与日本乙等战略合作",
// "甲股份和乙共同出资". Only firms invest, found or sign jointly with a firm, so
// the partner of a firm named by its suffix is a firm too, even with no suffix
// of its own (甲集团与日本乙、丙集团与丁等战略合作 pairs several). A country before it (日本, 韩国) is where it is from, not its name.

import { matchesAt } from "./anchored.ts";
import { type Cand, type Ctx, spanCand } from "./context.ts";
import { COUNTRIES } from "./enterprises-cues.ts";
import { itemOk } from "./enterprises-items.ts";
import { typedSuffix } from "./names.ts";
import { ruleConfidence } from "./registry.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";
import { PLACE_SET } from "./vocab.ts";

const RULE = "enterprise:partner-joint";

/** Firm (its suffix), 与/和/同, an optional country, the partner, then the joint act. */
const PAIR = new RegExp(
  `(?:集团|股份|公司|控股|实业|科技|基金)(?:与|和|同)((?:${COUNTRIES})?)([\\p{Script=Han}A-Za-z]{2,8}?)(?=联合|共同|合资|合建|共建|出资|设立|分别合作|等?(?:战略|深度)?合作(?!社)|等?签约|签署|签订|、[^，。；]{2,30}?等(?:战略|深度)?合作)`,
  "uy",
);
const PAIR_AT = triggerFamily(["集团", "股份", "公司", "控股", "实业", "科技", "基金"]);
/** Partners that are no firm: public bodies, schools, institutes, places. */
const NOT_FIRM =
  /(?:政府|管委会|委员会|[局厅委部办处院所校会]|大学|学院|中心|[区市县省镇乡村州盟旗]|园|基地|企业|公司|项目|双方|各方)$/u;

export function firmPartnerCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const conf = ruleConfidence(RULE);
  for (const m of matchesAt(s, PAIR, triggerStarts(s, PAIR_AT))) {
    const name = m[2] as string;
    if (NOT_FIRM.test(name) || PLACE_SET.has(name) || typedSuffix(name) || !itemOk(name)) continue;
    const start = (m.index as number) + m[0].length - name.length;
    out.push({ ...spanCand(ctx, "enterprise", start, start + name.length, RULE, conf), fromList: true });
  }
  return out;
}

const SCHOOL_RULE = "enterprise:school-partner";
/**
 * "甲乙生物与某大学签订校企合作协议 / 共建…": a clause opening with brand + firm word whose partner is a
 * university or institute; schools co-build with firms (校企共建), so the opener is a firm.
 */
const SCHOOL_PAIR =
  /([\p{Script=Han}]{2,4}?(?:集团|控股|股份|实业|药业|制药|重工|科技|电子|光电|电气|机械|新材料|新材|生物|医药|医疗|食品|能源|化工|精密|智能|装备|半导体|仪器|电器|动力|光伏|锂电|储能|电力|化学|通信|钢铁|高科))(?:与|和|同|携手|联合)[^，。；]{0,12}?(?:大学|学院|科学院|研究院|研究所)[^，。；]{0,6}?(?:签订|签署|共建|合作|联合|共同|合建|成立|组建)/uy;
/** The school words the pair needs; a clause start within reach before one is where the pattern is tried. */
const SCHOOL_AT = triggerFamily(["大学", "学院", "研究院", "研究所"]);
/** Clause openers: the pair starts the text or follows one of these. */
const CLAUSE_END = /[，,。；;：:\n]/u;
/** Farthest a school word stands from its clause's start (brand 4 + firm word 3 + 携手 2 + 12). */
const SCHOOL_REACH = 24;

/** Clause starts within reach before a school word, in order (where SCHOOL_PAIR may match). */
function schoolClauseStarts(s: string): number[] {
  const starts = new Set<number>();
  for (const p of triggerStarts(s, SCHOOL_AT))
    for (let q = p - 1; q >= Math.max(0, p - SCHOOL_REACH); q--)
      if (q === 0 || CLAUSE_END.test(s[q - 1] as string)) starts.add(q);
  return [...starts].sort((a, b) => a - b);
}

export function schoolPartnerCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const conf = ruleConfidence(SCHOOL_RULE);
  for (const m of matchesAt(s, SCHOOL_PAIR, schoolClauseStarts(s))) {
    const start = m.index as number;
    const name = m[1] as string;
    if (NOT_FIRM.test(name) || PLACE_SET.has(name.slice(0, 2)) || typedSuffix(name) || !itemOk(name)) continue;
    out.push(spanCand(ctx, "enterprise", start, start + name.length, SCHOOL_RULE, conf));
  }
  return out;
}
