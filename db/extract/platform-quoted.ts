// Platforms written in quotation marks (获批建设“某某中试基地”, 苏南首家“某某云创新中心”投入运行):
// the marks bound the name, so the whole quoted phrase is the platform's name — the suffix scan's own
// left boundary may cut a word the tagger reads as a verb or a quality (联合…, 含…, 大型…, a brand) — and a
// quoted phrase ending in 中心 is a centre's name although its kind word is none of the scan's (rule
// platform:quoted).
import { type Cand, type Ctx, orig } from "./context.ts";
import { bareCategory, kindOnlySpecific, typedSuffix } from "./names.ts";
import { GENERIC_SPECIFIC } from "./names-valid.ts";
import { ruleConfidence } from "./registry.ts";

const RULE = "platform:quoted";
/** A quoted phrase of one name: Han characters, letters, digits and brackets only. */
const QUOTED = /[“"「]([\p{Script=Han}A-Za-z0-9（）()·]{4,30})[”"」]/gu;
/** Any centre (某某制剂中心, 某某科技中心): a platform's kind word when the marks give the name. */
const CENTRE = /中心$/u;
/** A programme's slogan (一中心两基地, 双中心) or a count: no one name. */
const SLOGAN = /[一二三四五六七八九十两双多]+(个|大|项)?(中心|基地|平台|园)|^\d|^[一二三四五六七八九十]+/u;
/**
 * Centres of administration, residents' services or trade (政务服务中心, 信用中心, 会展中心, 物流中心,
 * 大数据中心 — a public agency, a department): no platform (guide).
 */
const ADMIN_CENTRE =
  /(政务|便民|市民|党群|群众|信用|监管|审批|指挥|调度|应急|交易|医疗|卫生|康复|养老|文化|体育|活动|会展|会议|展览|购物|商务|商业|物流|配送|仓储|分拨|集散|客服|呼叫|数据|新闻|融媒体|财富|金融|结算|运营|营运|招商|投促|办事|服务|管理)中心$/u;
/** Levels and designation words before the name's own part. */
const LEVEL = /^(国家级|省级|市级|自治区级|国家|省|市)/u;

export function quotedPlatforms(ctx: Ctx, named: Cand[]): Cand[] {
  const { s } = ctx;
  if (!/[“"「]/u.test(s)) return [];
  const confidence = ruleConfidence(RULE);
  const out: Cand[] = [];
  for (const m of s.matchAll(QUOTED)) {
    const q = m[1] as string;
    const a = (m.index as number) + 1;
    const e = a + q.length;
    const ts = typedSuffix(q);
    const platformKind = ts?.type === "platform";
    if (!platformKind && !(CENTRE.test(q) && !ts)) continue;
    if (SLOGAN.test(q) || (!platformKind && ADMIN_CENTRE.test(q)) || bareCategory(q)) continue;
    const kindLen = platformKind ? (ts?.suffix.length ?? 2) : 2;
    const spec = q.slice(0, q.length - kindLen).replace(LEVEL, "");
    if (spec.length < 2 || GENERIC_SPECIFIC.has(spec) || kindOnlySpecific(spec)) continue;
    // A suffix name already spanning the whole phrase needs no second reading.
    if (named.some((c) => c.start === a && c.end === e && c.type === "platform" && c.confidence > 0)) continue;
    out.push({ type: "platform", start: a, end: e, name: orig(ctx, a, e), rule: RULE, confidence });
  }
  return out;
}
