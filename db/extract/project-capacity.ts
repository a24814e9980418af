// A firm named right before the capacity of its plant (rule "enterprise:project-capacity"):
// 围绕甲乙90万吨电解铝这一链主项目, 先进制造区甲乙年产5万台…制造项目已投产, 推进甲乙2×60万千瓦热电机组,
// 。甲乙30万吨白酒基地…. Reports size a plant by its owner's name; a place or a kind is not sized so.
// The project clause and subject readers need 项目 right after a milestone or at a clause's open; this one
// starts from the capacity, anywhere a plant word (项目, 生产线, 电站, 机组, 基地) follows it in the clause,
// and reads the name back to a mark or to the clause's last action word, past a zone or a city before it.

import { matchesAt } from "./anchored.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { hasFullName } from "./firm-subject.ts";
import { typedSuffix } from "./names.ts";
import { capacityBrand } from "./project-tail.ts";
import { ruleConfidence } from "./registry.ts";
import { tag } from "./tagger.ts";
import { writtenWith } from "./text.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";
import { PLACE_SET, PROVINCES } from "./vocab.ts";

const RULE = "enterprise:project-capacity";

/**
 * An output capacity: 90万吨, 年产5万台, 2×60万千瓦, 42GWh, 8万锭 (a size of what is made, not of money or land).
 * Matched from its first digit (an optional group first made the engine enter it at every character);
 * a 年产 or 年处理 right before that digit belongs to the match.
 */
const CAPACITY = /\d[\d.]*\s*(?:[×xX*]\s*[\d.]+\s*)?(?:万|亿|千)?\s*(?:吨|千瓦|兆瓦|GWh|MWh|GW|MW|锭|台|辆|套)/uy;
const DIGIT_AT = triggerFamily("0123456789".split(""));
/** A plant word after the capacity, in the same clause: what is sized is a plant, so its owner is a firm. */
const PLANT = /^[^，。；：\n]{0,30}?(?:项目|生产线|产线|基地|电站|机组|工厂|装置)/u;
/** Actions on a plant that open its name (推进甲乙…, 围绕甲乙…, 引进甲乙…): the name starts after the last. */
const ACTION =
  /(?:推进|加快|加速|推动|引进|引入|招引|签约|签下|实施|启动|抓好|促进|确保|争取|建成|投资建设|新建|续建|围绕|突出|发挥|依托|聚焦|支持|打造|建设|落地|落户|还有|拥有|包括|形成|新上|上马|新增)/gu;
/** One plant named after another (甲…电站及乙…项目): the second name starts after the joining word. */
const JOINED = /(?:项目|工程|电站|基地|生产线|机组|工厂)(?:以及|及|和|与)/gu;
/** A zone the plant stands in, written before its owner (某某产业园甲乙…, 先进制造区甲乙…). */
const ZONE_LEAD =
  /^[\p{Script=Han}]{2,10}?(?:产业园区|工业园区|产业园|工业园|开发区|高新区|经开区|园区|片区|制造区|功能区)(?![区内外])/u;
const PROVINCE = new Set(PROVINCES);
/** A measure of output or a verb of reaching it (产能达到, 装机容量, 规模超过): the size is a total, not a plant's owner. */
const MEASURE = /(?:产能|产量|容量|装机|规模|能力|总量|达到|超过|突破|实现|形成|累计|全[市县区省])/u;

export function projectCapacityCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const conf = ruleConfidence(RULE);
  for (const m of matchesAt(s, CAPACITY, triggerStarts(s, DIGIT_AT))) {
    const d = m.index as number;
    const end = d + m[0].length;
    const c = d >= 2 && s.startsWith("年产", d - 2) ? d - 2 : d >= 3 && s.startsWith("年处理", d - 3) ? d - 3 : d;
    if (!PLANT.test(s.slice(end, end + 34))) continue;
    // A place in brackets between the owner and the size (甲乙（某地）70万千瓦…) is where the plant is.
    let b = c;
    const br = /[（(][\p{Script=Han}]{2,6}[）)]$/u.exec(s.slice(Math.max(0, c - 8), c));
    if (br) b -= br[0].length;
    let a = b;
    while (a > 0 && b - a < 16 && /[\p{Script=Han}A-Za-z]/u.test(s[a - 1] as string) && s[a - 1] !== "的") a--;
    // One product of a sized list (年产甲1650吨、乙3300吨): the names are products, not owners.
    if (s[a - 1] === "、" && /(?:吨|瓦|台|套|辆|锭|Wh?)$/u.test(s.slice(Math.max(0, a - 4), a - 1))) continue;
    // A phase between the owner and the size (甲乙一期12万吨…) is the plant's, not the name's.
    const phase = /[一二三四五六七八九十\d]+期$/u.exec(s.slice(a, b));
    if (phase) b -= phase[0].length;
    let span = s.slice(a, b);
    let cut = 0;
    for (const x of span.matchAll(ACTION)) cut = (x.index as number) + x[0].length;
    for (const x of span.matchAll(JOINED)) cut = Math.max(cut, (x.index as number) + x[0].length);
    // The run was cut at a hyphen, a dot or a digit inside a longer product name (甲乙L-乳酸): no owner there.
    if (cut === 0 && /[-‐·.\d]/u.test(s[a - 1] ?? "")) continue;
    span = span.slice(cut);
    const zone = ZONE_LEAD.exec(span);
    if (zone && span.length - zone[0].length >= 2) span = span.slice(zone[0].length);
    // A city or county before the owner (某县甲乙) is where it builds; a province, or a mountain or a river
    // (某山甲乙), stays as part of the name.
    const first = tag(span, true)[0];
    if (
      first &&
      first.tag === "ns" &&
      first.word.length >= 2 &&
      !PROVINCE.has(first.word) &&
      (PLACE_SET.has(first.word) || writtenWith(s, first.word, "市县区旗") || !/[山江河湖海岭峰]$/u.test(first.word)) &&
      span.length - first.word.length >= 2
    )
      span = span.slice(first.word.length);
    if (span.length < 2 || span.length > 10 || !/^[\p{Script=Han}A-Za-z]+$/u.test(span)) continue;
    if (MEASURE.test(span) || !capacityBrand(span, s) || typedSuffix(span) || hasFullName(s, span)) continue;
    const start = b - span.length;
    out.push({
      type: "enterprise",
      start,
      end: b,
      name: orig(ctx, start, b),
      rule: RULE,
      confidence: conf,
      fromList: true,
    });
  }
  return out;
}
