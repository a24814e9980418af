// Firms listed without a company suffix, typed by the shape of the list rather
// than by a field label: the list follows a verb that brings firms in (引进了甲、
// 乙), or its head places or counts them (甲、乙相继落户; 甲、乙等金融机构), and
// most items end in a word firms are named with (…科技, …控股, …药业, …银行);
// or a sibling in the same list carries a company suffix (甲、乙有限公司、丙).

import { charTable, hasChar, matchesAt } from "./anchored.ts";
import type { Cand, Ctx } from "./context.ts";
import { orig, spanCand } from "./context.ts";
import { VISIT_CUE } from "./enterprises.ts";
import { itemOk } from "./enterprises-items.ts";
import { industryPhrase } from "./industry-heads.ts";
import type { EnumList, ListItem } from "./lists.ts";
import { endBeforeVerb, verbAt } from "./lists-verbs.ts";
import { typedSuffix } from "./names.ts";
import { mapPacked } from "./packed.ts";
import { ruleConfidence } from "./registry.ts";
import { matchNearCue, stopEndingAt } from "./text.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";
import { CITIES, PROVINCES } from "./vocab.ts";

const PLACE_LEAD = new RegExp(
  `^(?:${[...PROVINCES, ...CITIES].sort((a, b) => b.length - a.length).join("|")})(?:省|市|自治区)?`,
  "u",
);

/** Words only firms end in (a brand before them): enough on their own in a list of two or more. */
const STRONG_FIRM_ENDS = new Set(
  "集团 控股 股份 实业 银行 证券 信托 置业 地产 药业 制药 重工 建工 乳业 铝业 铜业 矿业 酒业 传媒".split(" "),
);
/** Words firms often end in that industries end in too (…电子, …汽车): they need a cue or a head. */
const WEAK_FIRM_ENDS = new Set(
  "科技 高科 保险 资本 投资 创投 基金 钢铁 物业 电子 光电 智能 数据 精密 新材 机电 电气 电器 电机 汽车 能源 风电 化工 机械 生物 医药 食品 通信 通讯 网络 软件 半导体 装备 物流 环保 纺织 微电子 光学 仪器 动力 新能源 特钢 化学 技术 电力 锂电 储能 航空 航天 影视 乳业 激光 鞋业 纸业 家居 服饰 酿造 炭素 碳素 合金 农业 牧业 建材".split(
    " ",
  ),
);
/** The brand part before a family word must not itself be an industry or generic word (新能源汽车, 信息科技). */
const INDUSTRY_BRAND =
  /^(新能源|智能|智慧|新|高端|高新|生物|电子|信息|数字|绿色|节能|医疗|航空|航天|海洋|现代|先进|精细|新型|纳米|光伏|储能|半导体|集成|通用|专用|工业|特种|人工|网络|云|大|微|光|汽车|化工|石油|煤|有色|稀土|农业|食品|能源|医药|装备|新材料|精密|机械|电力|电气|金融|科技|软件|互联网|物联网|文化|旅游|健康|农产品|汽车零部件|零部件|关键|核心|上下游|配套|相关|其他|各类|重点|龙头|骨干|社会|民间|风险|产业|创业|天使|政府|国有|外资|商业|政策性|农村|城市|技术|股权|资本|项目|股份|国际|境外|外商)$/u;
/** Verbs before a list that bring firms in (培育 alone also grows industries, so only 培育了/出). */
const FIRM_CUE =
  /(引进|引入|招引|签约|落户|落地|入驻|进驻|吸引|培育了|培育出|涌现出?|集聚了|聚集了|汇聚了|企业有|企业包括|企业主要有|企业主要包括|企业为|企业是|公司有|公司包括)[了着]?\s*[：:]?\s*$/u;
/** A head after the list that counts or names firms, or places them (相继落户). */
const FIRM_HEAD =
  /^\s*(?:等)?\s*(?:\d+|[一两二三四五六七八九十百千多余几]+)?\s*(?:家|户|个)?\s*(?:[^，。；\s]{0,6}?)(?:企业|公司|房企|金融机构|机构|银行|厂商|客户|项目)|^\s*(?:等)?\s*(?:(?:\d+|[两二三四五六七八九十多])\s*[家户])?\s*(?:相继|先后|陆续|纷纷|均|已|也|成功)?\s*(?:落户|入驻|进驻|签约|落地|投产|扎根)/u;
/** A head that says the items are industries, fields or products, not firms. */
const NOT_FIRM_HEAD = /^\s*(?:等)?[^，。；]{0,8}?(产业|集群|领域|行业|产业链|方向|赛道|环节|产品|业态|板块)/u;
/** Last characters of NOT_FIRM_HEAD's words (a test before it). */
const NOT_FIRM_CHAR = charTable("业群域向道节品态块");
/** A clause verb left inside the first item by the list finder (区内入驻企业有甲): the item starts after it. */
const LEAD_IN =
  /^.*?(企业有|企业包括|企业主要包括|企业主要有|下设|内设|设有|包括|引进了?|签约|入驻|进驻|力争|推动|支持|鼓励|帮助|有(?!限|色|机|线))/u;

/** Last characters of LEAD_IN's verbs (a test before it). */
const LEAD_IN_LAST = charTable("有括设进了约驻争动持励助");

/** One character of a trade and 业 (天德木业, 安本门业, 某某瓷业): a firm's word, unless it is a sector's (农业, 制造业). */
const TRADE_YE = /(?![农工商林牧渔产行企事专就创职学作营造务游物副矿])[\p{Script=Han}]业$/u;

/** Words of two or three characters by their last character, longer first (a lookup without slicing). */
function byLastChar(ends: Set<string>): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of [...ends].filter((x) => x.length === 2 || x.length === 3).sort((a, b) => b.length - a.length)) {
    const c = w.charCodeAt(w.length - 1);
    const l = m.get(c);
    if (l) l.push(w);
    else m.set(c, [w]);
  }
  return m;
}
const STRONG_BY_LAST = byLastChar(STRONG_FIRM_ENDS);
const WEAK_BY_LAST = byLastChar(WEAK_FIRM_ENDS);
/** Last characters a firm-shaped name can end in (a test before slicing a name out). */
const SHAPE_LAST = charTable(
  `${[...STRONG_FIRM_ENDS, ...WEAK_FIRM_ENDS].map((w) => w.charAt(w.length - 1)).join("")}业`,
);

/** Whether a name ending at `end` (a trailing 等 left off) can be firm-shaped, by its last character. */
function shapeEnd(s: string, end: number): boolean {
  return SHAPE_LAST[s.charCodeAt(s[end - 1] === "等" ? end - 2 : end - 1)] === 1;
}

/** Where the longest of `ends` (two or three characters) that `name` ends in starts, or -1 (firmShape runs for every list item). */
function endingAt(name: string, ends: Map<number, string[]>): number {
  const l = ends.get(name.charCodeAt(name.length - 1));
  if (l) for (const w of l) if (name.endsWith(w)) return name.length - w.length;
  return -1;
}

export function firmShape(name: string): "strong" | "weak" | null {
  const strongAt = endingAt(name, STRONG_BY_LAST);
  let at = strongAt >= 0 ? strongAt : endingAt(name, WEAK_BY_LAST);
  if (at < 0 && name.endsWith("业")) at = TRADE_YE.exec(name)?.index ?? -1;
  if (at < 0) return null;
  const strong = strongAt >= 0;
  const brand = name.slice(0, at);
  // Brands are short (a place may precede them); a long phrase before 保险 is a product, not a firm.
  if (brand.length < 2 || brand.length > 6 || INDUSTRY_BRAND.test(brand)) return null;
  return strong ? "strong" : "weak";
}

/** A list item that is only a measure's number (5 / 二 / 十二). */
const MEASURE_NUMBER = /^[\s\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/u;

export function firmListCandidates(ctx: Ctx, lists: EnumList[], named: Cand[]): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const firms = named.filter((c) => c.type === "enterprise");
  // Short forms of suffixed firms (江苏甲乙科技有限公司 → 甲乙科技), without the place and the company words.
  const known = new Set<string>();
  for (const f of firms) {
    const core = s
      .slice(f.start, f.end)
      .replace(/(集团股份有限公司|股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|控股集团|集团|公司)$/u, "")
      .replace(PLACE_LEAD, "");
    if (core.length >= 2 && core !== s.slice(f.start, f.end)) known.add(core);
  }
  // The earliest start of a suffixed firm by its end: a sibling test per item without a scan of all firms.
  const firstStartByEnd = new Map<number, number>();
  for (const f of firms) firstStartByEnd.set(f.end, Math.min(f.start, firstStartByEnd.get(f.end) ?? f.start));
  for (let l of lists) {
    // A measure's number (5、支持甲集团、乙集团…) is no item: the list starts after it.
    const first = l.items[0];
    if (first && MEASURE_NUMBER.test(s.slice(first.start, first.end))) l = { ...l, items: l.items.slice(1) };
    if (l.items.length < 2 || (hasChar(NOT_FIRM_CHAR, l.head, 0, l.head.length) && NOT_FIRM_HEAD.test(l.head)))
      continue;
    // Both rules below need a firm-shaped item: one ending (before a trailing 等) in a firm word's last
    // character, or the last item (whose end moves back to its verb) holding one. Most lists have none.
    const last = l.items.length - 1;
    if (!l.items.some((it, i) => (i === last ? hasChar(SHAPE_LAST, s, it.start, it.end) : shapeEnd(s, it.end))))
      continue;
    // Items as firms are written: first without the verb the finder left in it, last without its own verb.
    // (Where no end of the last item is firm-shaped, its verb is looked for only if another item is: see below.)
    let lastUnshaped = false;
    const items: ListItem[] = mapPacked(l.items, (it, i) => {
      let { start: a, end: b } = it;
      if (i === 0) {
        const m = hasChar(LEAD_IN_LAST, s, a, b) ? LEAD_IN.exec(s.slice(a, b)) : null;
        if (m && b - a - m[0].length >= 2) a += m[0].length;
        // "一些龙头企业，如甲、乙": 如/比如 after a firm word opens the examples, it is no part of the first.
        const eg = /^(?:例如|比如|譬如|诸如|如)/u.exec(s.slice(a, b));
        if (
          eg &&
          b - a - eg[0].length >= 2 &&
          /(?:企业|公司|集团|龙头|品牌)[，,：:]$/u.test(s.slice(Math.max(0, a - 3), a))
        )
          a += eg[0].length;
        // The list finder may cut the first item at a verb-like pair inside it (有北新|建材): it starts after the cue's verb.
        const back =
          b - a < 4
            ? /(?:有|包括|引进了?|签约|入驻|拥有|落户)([\p{Script=Han}]{1,6})$/u.exec(s.slice(Math.max(0, a - 8), a))
            : null;
        if (back) a -= (back[1] as string).length;
      }
      // A ranking before a firm (世界500强某某, 中国企业500强某某) is not part of its name.
      const rank = s.slice(a, b).includes("强") ? /^[^、，。]{0,8}?\d+强/u.exec(s.slice(a, b)) : null;
      if (rank && b - a - rank[0].length >= 2) a += rank[0].length;
      if (i === l.items.length - 1) {
        // A firm word before the clause's verb ends the name (丙新材成功上市; 丁投资等): the verb cut may not split it.
        let k = Math.min(b - a, 10);
        while (
          k >= 3 &&
          !(
            SHAPE_LAST[s.charCodeAt(a + k - 1)] === 1 &&
            firmShape(s.slice(a, a + k)) &&
            (a + k === b ||
              verbAt(s, a + k) ||
              /^[等和及]/u.test(s.slice(a + k)) ||
              /^(成功|相继|先后|均|已|也|正式|分别|陆续|纷纷)/u.test(s.slice(a + k)))
          )
        )
          k--;
        if (k >= 3) b = a + k;
        else lastUnshaped = true;
      }
      return { start: a, end: b };
    });
    const nameOf = (it: ListItem) => {
      const t = s.slice(it.start, it.end);
      return t.endsWith("等") ? t.slice(0, -1) : t;
    };
    if (lastUnshaped) {
      // The loop above tried every end of the last item a firm-shaped name could have, so it is none wherever
      // its verb cuts it: with no other firm-shaped item, neither rule below can type the list.
      if (!items.some((it, i) => i < last && firmShape(nameOf(it)))) continue;
      const li = items[last] as ListItem;
      items[last] = { start: li.start, end: endBeforeVerb(s, li.start, li.end, false) };
    }
    const names = mapPacked(items, nameOf);
    const shapes = mapPacked(names, firmShape);
    const strong = shapes.filter((x) => x === "strong").length;
    const shaped = shapes.filter((x) => x !== null).length;
    // Either rule below needs a firm-shaped item: most lists have none, and need no further test.
    if (shaped === 0) continue;
    // A sibling is a suffixed firm in the list, or an item the document names elsewhere with a company suffix.
    // (The suffixed name may still hold the cue the item was cut from: 企业有|甲乙集团 ends where the item does.)
    const sibling =
      items.some(
        (it) => (firstStartByEnd.get(it.end) ?? Number.POSITIVE_INFINITY) <= it.start && it.end - it.start >= 4,
      ) || items.some((it) => known.has(s.slice(it.start, it.end)));
    const cued =
      FIRM_CUE.test(l.cue) ||
      LEAD_IN.test(s.slice(l.items[0]?.start ?? 0, l.items[0]?.end ?? 0)) ||
      // A leader's visit names firms only where every item is firm-shaped (not 某片区车间).
      (VISIT_CUE.test(l.cue) && shaped === names.length);
    // The finder may leave the head's verb inside the last item (甲、乙相继落户新区): read the head from there.
    const lastEnd = items[items.length - 1]?.end ?? l.end;
    const headed = FIRM_HEAD.test(l.head) || (l.head.trim() === "" && FIRM_HEAD.test(s.slice(lastEnd, lastEnd + 16)));
    // Three or more items, every one a brand + firm word (甲股份、乙科技、丙新材成功上市): the shape alone types them.
    const allShaped = names.length >= 3 && shaped === names.length && strong >= 1;
    const mostlyShaped = shaped >= 3 && shaped * 4 >= names.length * 3;
    let rule: string | null = null;
    if (sibling && shaped >= 1) rule = "enterprise:list-sibling";
    else if (shaped * 2 >= names.length && (strong >= 2 || cued || headed || allShaped)) rule = "enterprise:list-shape";
    if (!rule) continue;
    const conf = ruleConfidence(rule);
    items.forEach((it, i) => {
      const name = names[i] as string;
      const ts = typedSuffix(name);
      // Typed by its own suffix: the suffix rules have it, unless they let it go (建设银行: a verb-led brand).
      if (ts && (ts.type !== "enterprise" || firms.some((f) => f.start <= it.start && f.end >= it.start + name.length)))
        return;
      // Zones and places (高区, 某某园) are not firms, whatever their neighbours are.
      // A firm word may be a verb (…投资, …建设): then only the brand before it must hold none.
      // A strong firm word (…银行, …集团) vouches for a verb-led brand (建设银行).
      const shape = shapes[i] ? /(投资|建设|建工|创投|发展)$/u.exec(name) : null;
      // Beside a suffixed sibling, an item other than the last (which may run into its clause) may hold
      // a verb-like pair inside (北新建材: 新建), as long as it does not open with one.
      const inner = sibling && i < items.length - 1 && ![2, 3, 4].some((k) => stopEndingAt(name, k) === k);
      const nameOk =
        shapes[i] === "strong" || inner
          ? itemOk(name, true)
          : shape
            ? itemOk(name, true) && itemOk(name.slice(0, shape.index))
            : itemOk(name);
      if (!nameOk || name.length > 10 || /[区园城港镇县市省]$/u.test(name)) return;
      // A body's suffix (农业部, 某某委, 某某厅) is a government body's, whatever its neighbours are
      // (a numbered bureau, 水电八局, and a firm's 总部 are firms' words).
      if (/(?<!总)部$|[委厅署办]$|(?<![一二三四五六七八九十])局$/u.test(name)) return;
      // An item without a firm word needs a strong list around it (a sibling or a cue and a head).
      // …or a head and siblings nearly all firm-shaped (甲智能、乙风电、丙食品、丁面包等项目): three or more,
      // three in four; the odd one out is a brand with a product word of its own.
      if (
        !shapes[i] &&
        !(sibling || (cued && headed) || (mostlyShaped && headed && /^[\p{Script=Han}]{3,6}$/u.test(name)))
      )
        return;
      // Without a firm word, the item must end where the list does (天成股份营收… runs on into its clause).
      const next = s.slice(it.end, it.end + 6);
      if (!shapes[i] && /^[\p{Script=Han}]/u.test(next) && !/^[等和及与]/u.test(next) && !FIRM_HEAD.test(next)) return;
      const b = it.start + name.length;
      out.push({
        type: "enterprise",
        start: it.start,
        end: b,
        name: orig(ctx, it.start, b),
        rule,
        confidence: conf,
        fromList: true,
      });
    });
  }
  return out;
}

/** A single firm after a verb that brings it in (成功引进甲科技，…), or before one that places it or reports its sales (甲药业落户新区; 甲科技营收突破…). */
const CUE_BEFORE =
  /(?:引进|引入|招引|签约|落户|入驻|进驻)了?([\p{Script=Han}A-Za-z]{4,10}?)(?=[，,。；、\n]|项目|落户|入驻|投资|建设)/uy;
const CUE_BEFORE_AT = triggerFamily(["引进", "引入", "招引", "签约", "落户", "入驻", "进驻"]);
const DENG_AT = triggerFamily(["等"]);
const CUE_AFTER_AT = triggerFamily(["落户", "入驻", "进驻", "投资", "营收", "营业", "销售", "产值", "年销", "等"]);
const CUE_AFTER =
  /(?<=[，,。；\n]|^)([\p{Script=Han}A-Za-z]{4,10}?)(?:成功|正式|已|相继|先后|也)?(?:落户|入驻|进驻|签约落户|投资建设|(?:今年|全年|去年)?(?:营收|营业收入|销售收入|年产值|产值|年销售额)(?:突破|达到?|超过?|增长|同比)|等\s*(?:\d+|[两二三四五六七八九十])\s*家(?:企业|公司))/gu;

/**
 * One firm standing for a counted group of firms (对甲乙等14家实用型专利企业、丙丁等5家…企业进行表彰): the
 * count head says the item is a firm whatever its shape.
 */
const COUNTED_ONE =
  /(?<=[，,。；\n、：:]|^|对|向|给)([\p{Script=Han}A-Za-z()（）]{2,14}?)等\s*(?:\d+|[两二三四五六七八九十])\s*[家户个](?:(?!产业|集群|项目|行业|领域)[^，。；、\s]){0,10}?(?:企业|公司)/gu;

/** The characters of COUNTED_ONE's and CUE_AFTER's look-behinds (a match starts after one, or at the text's start). */
const COUNTED_ONE_AFTER = charTable("，,。；\n、：:对向给");
const CUE_AFTER_AFTER = charTable("，,。；\n");

export function firmCueCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const conf = ruleConfidence("enterprise:cue-shape");
  /**
   * The firm a cue's match names, after the clause's own subject and preposition (该区对甲乙等…,
   * 项目由甲乙股份投资建设) when enough of a name is left behind them; null when there is none.
   */
  const firmAfterLead = (m: RegExpMatchArray, lead: RegExp, minRest: number) => {
    let name = m[1] as string;
    let a = (m.index as number) + m[0].indexOf(name);
    const l = lead.exec(name)?.[0];
    if (l && name.length - l.length >= minRest) {
      name = name.slice(l.length);
      a += l.length;
    }
    return { name, a };
  };
  const push = (name: string, a: number) =>
    out.push({ ...spanCand(ctx, "enterprise", a, a + name.length, "enterprise:cue-shape", conf), fromList: true });
  for (const m of matchNearCue(s, COUNTED_ONE, /等\s*(?:\d|[两二三四五六七八九十])/u, DENG_AT, 14, COUNTED_ONE_AFTER)) {
    const { name, a } = firmAfterLead(m, /^.*[对向给]/u, 2);
    // Not an industry or a kind (装备制造等5家企业, 龙头等…), nor a clause (…推动甲乙).
    if (typedSuffix(name) || !itemOk(name) || industryPhrase(name) || stopEndingAt(s, a + name.length) > 0) continue;
    if (/[、和与及的了在是为]/u.test(name)) continue;
    push(name, a);
  }
  // CUE_AFTER's cue stands at most 16 characters into a match (a name of 10, an adverb, a year, 年).
  // (Its 等 only before a count: a bare 等, common, opened a window of tries each time.)
  for (const ms of [
    matchesAt(s, CUE_BEFORE, triggerStarts(s, CUE_BEFORE_AT)),
    matchNearCue(
      s,
      CUE_AFTER,
      /落户|入驻|进驻|投资建设|营收|营业收入|销售收入|产值|年销售额|等\s*(?:\d|[两二三四五六七八九十])/u,
      CUE_AFTER_AT,
      16,
      CUE_AFTER_AFTER,
    ),
  ])
    for (const m of ms) {
      const { name, a } = firmAfterLead(m, /^[\p{Script=Han}]{1,4}?[由被把将向对]/u, 4);
      if (firmShape(name) && !typedSuffix(name) && itemOk(name)) push(name, a);
    }
  return out;
}
