// Firms as the object of a measure's support verb (rule "enterprise:measure-object"):
// 支持甲乙重工扩大产能 / 推动甲乙生物、丙丁制药做大做强 / 引导甲乙纺织与丙丁服饰向…延伸.
// Plans name the firms they back by brand + firm word, without a company suffix. An item
// counts when its brand is coined (a token the tagger does not know, as for the clause
// subjects of firm-subject.ts) and it ends in a firm word; the chain of items (、/与/和)
// must end in what a backed firm does (扩大, 做强, 建设, 向, 在, 等…), so an industry
// (推动海洋生物…) or a place never fits.
import { type Cand, type Ctx, orig } from "./context.ts";
import { itemOk } from "./enterprises-items.ts";
import { coinedBrand, hasFullName, isFirmWord } from "./firm-subject.ts";
import { typedSuffix } from "./names.ts";
import { ruleConfidence } from "./registry.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

const RULE = "enterprise:measure-object";
/** The support verbs of a measure, right before the firm. */
const VERBS = ["支持", "推动", "引导", "鼓励", "扶持", "帮助", "指导", "助推", "推进"];
const VERB_AT = triggerFamily(VERBS);
/** Whether a support verb stands at p (all are two characters; a trigger start may be a pair-slot collision). */
const verbAt = (s: string, p: number): boolean => VERBS.some((w) => s.startsWith(w, p));
/** What a backed firm does next (the item chain ends here). */
const ACT =
  /^(?:扩大|做大|做强|做优|做精|做实|加快|开展|实施|完成|建设|新建|扩建|投资|在|向|等|提升|打造|加大|扩产|上市|牵头|参与|申报|创建|争创|建成|开拓|拓展|研发|突破|加强|进行|成为|对接|布局|落户|入驻|组建|整合|引进|延伸|增资|实现|承担|联合|围绕|聚焦|攻关|提质|转型|发挥|带动|壮大|推进)/u;
const SEP = /^(?:、|与|和|及)/u;
/** Trade words firms end in besides firm-subject's (…氢能, …封测, …水泥): read only here, where a support verb and an act frame the name. */
const MORE_FIRM_WORD = new Set(
  "氢能 封测 水泥 船舶 陶瓷 玻璃 软件 网络 数据 物流 轴承 液压 铸造 电缆 线缆 塑业 包装 印务 家纺 鞋业 新能".split(" "),
);

/** The end of a brand + firm word item starting at p (the longest firm word after a 2-4 character brand), or -1. */
function itemEnd(s: string, p: number): number {
  const head = /^[\p{Script=Han}]{4,10}/u.exec(s.slice(p, p + 10))?.[0];
  if (!head) return -1;
  for (let k = 2; k <= 4; k++) {
    for (let e = Math.min(head.length, k + 4); e >= k + 2; e--) {
      const word = head.slice(k, e);
      if (!isFirmWord(word) && !MORE_FIRM_WORD.has(word)) continue;
      const rest = s.slice(p + e, p + e + 4);
      if (!SEP.test(rest) && !ACT.test(rest)) continue;
      if (coinedBrand(head.slice(0, k))) return p + e;
    }
  }
  return -1;
}

export function measureObjectCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const conf = ruleConfidence(RULE);
  // Matches do not overlap: a start inside the verb before is skipped (as matchesAt did with a sticky regex).
  let verbEnd = 0;
  for (const v of triggerStarts(s, VERB_AT)) {
    if (v < verbEnd || !verbAt(s, v)) continue;
    verbEnd = v + 2;
    const items: [number, number][] = [];
    let p = verbEnd;
    for (;;) {
      const e = itemEnd(s, p);
      if (e < 0) break;
      items.push([p, e]);
      const sep = SEP.exec(s.slice(e, e + 1));
      if (!sep) break;
      p = e + sep[0].length;
    }
    const last = items[items.length - 1];
    if (!last || !ACT.test(s.slice(last[1], last[1] + 4))) continue;
    for (const [a, e] of items) {
      const name = s.slice(a, e);
      if (!itemOk(name) || typedSuffix(name) || hasFullName(s, name)) continue;
      out.push({
        type: "enterprise",
        start: a,
        end: e,
        name: orig(ctx, a, e),
        rule: RULE,
        confidence: conf,
        fromList: true,
      });
    }
  }
  return out;
}
