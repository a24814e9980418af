// Sub-parks listed together: "一区三园…三园包括甲创业园、乙东园、乙西园" or
// "甲产业园、乙东园、丙西园等". Items ending in 园 name parks when the list says
// it counts parks (N园包括/为/即…) or a sibling is a park by its own suffix;
// alone, X东园 or 某某创业园 after a generic word is too weak to stand.
import { charTable, endsVisibly, hasChar } from "./anchored.ts";
import type { Cand, Ctx } from "./context.ts";
import { spanCand } from "./context.ts";
import { countValue, type EnumList } from "./lists.ts";
import { ruleConfidence } from "./registry.ts";

export const PARK_LIST_RULE = "park:list-item";

/** A cue that counts the zone's parts (三园包括, 一区四园：, 四个园区分别为). */
const PARKS_CUE =
  /(?:[一二三四五六七八九十两\d]+\s*(?:个)?(?:园|园区|片区))\s*(?:包括|为|即|是|分别为|分别是|[：:])\s*$/u;
/** A head after the list that counts parks (六大特色产业园, 等5家孵化器, 三个园区). */
const PARKS_HEAD =
  /^\s*(等)?\s*(\d+|[一二三四五六七八九十两]+)\s*[个大家座处]\s*((?:[\p{Script=Han}]{0,6}?)(?:产业园区|产业园|园区|开发区|孵化器|众创空间|加速器))(?![\p{Script=Han}]{0,2}(?:企业|项目|建设))/u;
/** …or 等 and a kind of park with no count (甲、乙、丙等省级园区; 等重点产业园区): the items are some of them. */
const PARKS_ETC =
  /^\s*等\s*(?:省级以上|国家级|省级|市级)?(?:重点|特色|专业|主要)?(?:产业|工业|科技|物流|化工)?(?:园区|开发区|产业园)(?![\p{Script=Han}]{0,2}(?:企业|项目|建设))/u;
/** Characters PARKS_HEAD's kinds end in, and the last characters PARKS_CUE can end in (tests before them). */
const HEAD_LAST = charTable("园器间区");
const CUE_END = charTable("括为即是：:");
/** An item that ends like a park or a venue of its own (…园, …谷, …城, …中心): a whole name. */
const OWN_END = /[园谷城港区汇坊街镇心]$/u;
/** Items that end in 园 but are not parks (gardens, homes, campuses). */
const NOT_PARK = /(公园|花园|庄园|家园|校园|乐园|菜园|果园|茶园|陵园|植物园|动物园|园林|园艺)$/u;
/** An item that is a park by its 园: a name of two to eight characters, then 园 or a park word ending in 园. */
const PARK_ITEM = /^[\p{Script=Han}]{2,8}园$/u;

/** A zone's structure verb right before the list (甲开发区下设…; 一区多园，下设…; 甲开发区由…组成). */
const STRUCT_CUE = /(?:下设|下辖|辖有|设有|划分为|分为|包括|包含|由)\s*$/u;
/** …said of a zone: a zone word or an 一区N园 scheme in the cue. */
const STRUCT_ZONE = /(开发区|高新区|园区|产业园|新区|一区[多两二三四五六七八九十\d]+园)/u;

/** "下设甲园、乙园和丙园" / "由甲园、乙园组成": every item a name ending in 园 (the last split at 和). */
function structureItems(s: string, l: EnumList): { start: number; end: number }[] | null {
  if (!STRUCT_CUE.test(l.cue) || !STRUCT_ZONE.test(l.cue)) return null;
  const out: { start: number; end: number }[] = [];
  l.items.forEach((it, i) => {
    let t = s.slice(it.start, it.end);
    if (i === l.items.length - 1) t = t.replace(/(?:等)?(?:组成|构成)$/u, "");
    const k = i === l.items.length - 1 ? t.search(/园[和及与]/u) : -1;
    if (k > 0) {
      out.push({ start: it.start, end: it.start + k + 1 }, { start: it.start + k + 2, end: it.start + t.length });
    } else out.push({ start: it.start, end: it.start + t.length });
  });
  const ok = out.every((it) => {
    const name = s.slice(it.start, it.end);
    return PARK_ITEM.test(name) && !NOT_PARK.test(name);
  });
  return ok ? out : null;
}

export function parkListCandidates(ctx: Ctx, lists: EnumList[], named: Cand[]): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const conf = ruleConfidence(PARK_LIST_RULE);
  // Where each park named by its suffix ends (the earliest start for that end): one pass, not one per item.
  const parkEnds = new Map<number, number>();
  for (const c of named)
    if (c.type === "park" && c.confidence > 0) parkEnds.set(c.end, Math.min(c.start, parkEnds.get(c.end) ?? c.start));
  const isPark = (it: { start: number; end: number }) =>
    (parkEnds.get(it.end) ?? Number.POSITIVE_INFINITY) <= it.start ||
    (parkEnds.get(it.end - 1) ?? Number.POSITIVE_INFINITY) <= it.start;
  const push = (start: number, end: number) =>
    out.push({ ...spanCand(ctx, "park", start, end, PARK_LIST_RULE, conf), fromList: true });
  for (const l of lists) {
    if (l.items.length < 2) continue;
    // 甲、乙…六大特色产业园 / 甲、乙等5家孵化器: a head that counts parks names each item one, whatever its
    // own ending (甲食尚汇, 乙传输谷): the count matches the items, or 等 says they are some of them.
    const headed = hasChar(HEAD_LAST, l.head, 0, l.head.length);
    const head = headed ? PARKS_HEAD.exec(l.head) : null;
    const etc = headed && !head && PARKS_ETC.test(l.head);
    const n = head ? countValue(head[2] as string) : null;
    if (etc || (head && n !== null && (n === l.items.length || (!!head[1] && n > l.items.length)))) {
      // 甲、乙两个工业园区: short items (places, industries) share the head's kind, which coordination.ts reads
      // (coordination:counted); here only whole names (甲食尚汇, 乙传输谷, an incubator's brand).
      const incubators = !!head && /(孵化器|众创空间|加速器)$/u.test(head[3] as string);
      const whole = l.items.every((it) => it.end - it.start >= 5 || OWN_END.test(s.slice(it.start, it.end)));
      if (incubators || whole)
        for (const it of l.items) {
          const name = s.slice(it.start, it.end);
          if (/^[\p{Script=Han}A-Za-z·]{2,12}$/u.test(name) && !NOT_PARK.test(name)) push(it.start, it.end);
        }
      continue;
    }
    const parts = structureItems(s, l);
    if (parts) {
      for (const it of parts) push(it.start, it.end);
      continue;
    }
    const counted = endsVisibly(CUE_END, l.cue) && PARKS_CUE.test(l.cue);
    const sibling = parkEnds.size > 0 && l.items.some(isPark);
    if (!counted && !sibling) continue;
    for (const it of l.items) {
      const name = s.slice(it.start, it.end).replace(/等$/u, "");
      if (!PARK_ITEM.test(name) || NOT_PARK.test(name)) continue;
      push(it.start, it.start + name.length);
    }
  }
  return out;
}
