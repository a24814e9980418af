// Centres listed as platforms (打造甲育种中心、乙品创中心等关键载体; 依托“甲研究中心”、“乙制剂中心”等平台):
// the list's head names its items platforms, so an item ending in 中心 is one although its kind word
// is none of the suffix scan's (rule list-typed:centre).
import { type Cand, type Ctx, orig } from "./context.ts";
import type { EnumList } from "./lists.ts";
import { bareCategory, trimLeadingVerbs } from "./names.ts";
import { ruleConfidence } from "./registry.ts";

const RULE = "list-typed:centre";
/** A head calling the items platforms, carriers or research bodies (等平台, 等一批关键载体, 等研发机构). */
const HEAD = /^\s*等[^，。；]{0,14}?(平台|载体|研发机构|科研机构|创新机构|创新资源|服务资源)/u;
/** An item (quoted or not) ending in 中心, with a name of its own before it. */
const ITEM = /^([“"「]?)([\p{Script=Han}A-Za-z0-9（）()]{2,22}中心)[”"」]?$/u;

export function listedCentres(ctx: Ctx, lists: EnumList[], named: Cand[]): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const l of lists) {
    if (!HEAD.test(l.head)) continue;
    // …and another item a named platform: the list is one of platforms, not of venues or services.
    const inList = (c: Cand) => c.start >= l.start && c.end <= l.end + 1;
    if (!named.some((c) => c.type === "platform" && c.confidence > 0 && inList(c))) continue;
    for (const it of l.items) {
      const m = ITEM.exec(s.slice(it.start, it.end));
      if (!m) continue;
      const b = it.start + (m[1] as string).length;
      const e = b + (m[2] as string).length;
      if (named.some((c) => c.start < e && b < c.end)) continue;
      const a = trimLeadingVerbs(s, b, e - 2);
      if (e - a < 5 || bareCategory(s.slice(a, e))) continue;
      out.push({
        type: "platform",
        start: a,
        end: e,
        name: orig(ctx, a, e),
        rule: RULE,
        confidence: ruleConfidence(RULE),
      });
    }
  }
  return out;
}
