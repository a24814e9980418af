// Enterprises named without a company suffix: list context types them (重点企业：A、B; 以A、B为代表; 引进A、B等; A等N家企业).
// Single-name cues (A入选…企业) are in enterprises-cues.ts; the item checks both share in enterprises-items.ts.
import { charTable, endsVisibly, hasChar, matchesAt } from "./anchored.ts";
import { representedCount } from "./clusters-list-cues.ts";
import type { Cand, Ctx } from "./context.ts";
import { COUNTRY, singleCues } from "./enterprises-cues.ts";
import { allBrands, emit, readsAsName } from "./enterprises-items.ts";
import { countValue, type EnumList, type ListItem } from "./lists.ts";
import { ENT_CUE, ENT_LABEL } from "./lists-labels.ts";
import { endBeforeVerb } from "./lists-verbs.ts";
import { ruleConfidence } from "./registry.ts";
import { isNameChar, stopEndingAt } from "./text.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

const HEAD_ENT =
  /^\s*(?:等|和)?\s*(?:\d+|[一两二三四五六七八九十百千多余几]+)?\s*(?:家|户|个|大|多家|余家)?\s*((?:[^，。；、]{1,12}、){0,4}[^，。；、]{0,16}?)(企业|公司|集团|厂商|供应商|制造商|生产商|服务商|运营商|开发商|项目|龙头|单位|工厂|整车厂|主机厂|[乳车药房外央国民名酒茶鞋]企(?!业)|冠军(?![^，。；、]{0,4}产品)|小巨人|独角兽|瞪羚|翘楚|巨头|客户|合作伙伴)/u;
const HEAD_LEAD =
  /^\s*(?:等)?\s*(为代表|为龙头|为链主|为骨干|为首)|^\s*等(骨干|龙头|重点|头部|知名|领军|链主)?(企业|公司|集团)|^\s*等(?:骨干|龙头|头部|领军)?(?:链主|龙头)(?!产业|行业|领域)|^\s*等(?:骨干|头部|领军)(?![企公集产行领型力作人])/u;
/** Head words that name firms by kind or role (企业, 整车厂, 车企, 供应商, 客户): brands before one are firms. */
const FIRM_ROLE_HEAD =
  /^(?:企业|公司|厂商|集团|供应商|制造商|生产商|服务商|运营商|开发商|整车厂|主机厂|[乳车药房外央国民名酒茶鞋]企|客户|合作伙伴)$/u;
const NOT_ENT_MID = /^(领域|方向|行业(?!$|骨干|龙头|领军|头部|知名|领先)|环节|赛道|板块)|(产品|品牌|车型|门店|中小)/u;
/** Firm ranks (专精特新, 高新技术企业): the items are firms when a verb brings or grows them. */
/** Labels that vouch for their items without a colon (the list's own field words). */
const STRICT_LABEL = /(重点企业|龙头型?企业|骨干企业|代表企业|链主型?企业|企业名单)\s*$/u;
const RANK_MID = /(专精特新|高新技术|科技型|小巨人|瞪羚|独角兽)/u;
const RANK_CUE = /(培育|培育了|认定|新增|引进|引育|涌现出?|集聚|聚集|拥有|包括|有)\s*$/u;

/** A list's head naming institutions (等12家科研院所, 等5所高校): its items are those, not firms. */
const INSTITUTION_HEAD =
  /^\s*等\s*(?:\d+|[一两二三四五六七八九十百多余几]+)?\s*[家所个]?\s*[^，。；、]{0,4}?(?:科研院所|院所|高校|高等院校|大学|医院|学校|研究所|科研机构|协会|商会)/u;

/** A head saying the items are partners of the sentence's subject (…等达成合作, …等56家企业签约). */
const PARTNER_HEAD = /^[^，。；]{0,16}?(?:合作|签约|签订|签署|携手|牵手|对接|联手)/u;
/** "…等达成合作" with no head noun: the partners are firms when they read as brands. */
const PARTNER_ONLY = /^\s*等\s*(?:[^，。；]{0,4}?)(?:达成|签订|签署|开展|建立|深化|展开|洽谈)[^，。；]{0,8}?合作/u;

/**
 * "甲与乙、丙、丁等达成合作": the list scan kept the subject and its 与 in the first item; the
 * partners are the items after it.
 */
function partnerCut(ctx: Ctx, l: EnumList): EnumList {
  const first = l.items[0];
  if (!first || l.items.length < 2 || !hasChar(PARTNER_LAST, l.head, 0, l.head.length) || !PARTNER_HEAD.test(l.head))
    return l;
  const m = /^[^、，。；]*?(?:与|同|跟)(?=[\p{Script=Han}A-Za-z]{2})/u.exec(ctx.s.slice(first.start, first.end));
  if (!m) return l;
  return { ...l, items: [{ ...first, start: first.start + m[0].length }, ...l.items.slice(1)] };
}

/**
 * The last visible character each cue regex ending in \s*$ can end in (endsVisibly, a test before it):
 * ENT_LABEL, ENT_CUE, VISIT_CUE, 企业有/包括, 以, RANK_CUE, 依托, 一批.
 */
const END_LABEL = charTable("业单：:");
const END_ENT_CUE = charTable("集聚进入引现出托以有括成约驻户业是了着");
const END_VISIT = charTable("察访研观到进入看了着");
const END_HAS = charTable("有括：:");
const END_YI = charTable("以");
const END_RANK_CUE = charTable("育了定增进现出聚集有括");
const END_TUO = charTable("托");
const END_PI = charTable("批");
/** First characters of the cue verbs the list scan may leave in the first item (汇聚, 拥有, 企业有…). */
const IN_FIRST_START = charTable("汇聚集拥引吸培企公客合");

/**
 * Characters the head regexes need: the last character of each of HEAD_ENT's head words, of
 * PARTNER_HEAD's verbs, and the quotes taken out of a head.
 */
const HEAD_ENT_CHAR = charTable("业司团商目头位厂企军人兽羚楚户伴");
const PARTNER_LAST = charTable("作约订署手接");
const HEAD_QUOTE = charTable('“”"「」');

/** A count of firms, then 其中 opening the list (企业45家，其中甲、乙…). */
const AMONG_FIRMS =
  /(?:企业|公司)\s*(?:\d+|[一两二三四五六七八九十百]+)\s*[余多]?\s*[家户][，,；;]\s*其中[，,：:]?\s*$/u;
/** What the firms singled out by 其中 did or are (…年产值超10亿元, …为上市公司, …均入选…). */
const AMONG_PREDICATE = /(年?产值|营收|营业收入|销售收入|主营|均|已|为|是|被|入选|获|实现|先后|分别|等|的)/u;
/** Visiting verbs before a list (实地考察, 先后走访, 来到): the items are the places visited (firm-lists.ts reads it too). */
export const VISIT_CUE = /(?:考察|走访|拜访|调研|参观|来到|走进|深入|察看|视察|探访)[了着]?\s*$/u;
/** A zone's word inside an item: a site, not a firm. */
const SITE_WORD = /(园区|产业园|工业园|片区|开发区|高新区|经开区|基地)/u;

/** 等 + a head that names firms (等龙头企业, 等20多家投资机构), a one-item list's end. */
const SINGLE_HEAD = /等(?=[^，。；、\n]{0,12}?(?:企业|公司|厂商|集团))/uy;
const DENG_AT = triggerFamily(["等"]);

/**
 * One name before 等 and a firm head, with no 、 (以甲乙等民营企业为骨干, 。甲乙等龙头企业带动…): a list of
 * one, its first item scanned back from 等 as the list finder scans a first item.
 */
function singleItemLists(ctx: Ctx): EnumList[] {
  const { s } = ctx;
  const out: EnumList[] = [];
  for (const m of matchesAt(s, SINGLE_HEAD, triggerStarts(s, DENG_AT))) {
    const e = m.index as number;
    let a = e;
    while (a > 0 && isNameChar(s[a - 1]) && stopEndingAt(s, a) === 0 && e - a < 12) a--;
    // (A project before 等, 甲乙硅片项目等…企业项目, is the project readers' to read.)
    if (e - a < 2 || s[a - 1] === "、" || s[a - 1] === "的" || s.slice(e - 2, e) === "项目") continue;
    // A country before the brand (美国甲乙等…) says where the firm is from, as in country-grouped lists.
    const country = COUNTRY.exec(s.slice(a, e))?.[0].length ?? 0;
    if (e - a - country >= 2) a += country;
    let ce = e;
    while (ce < s.length && !/[，,。；;：:！？!?\n]/u.test(s[ce] as string)) ce++;
    let cs = a;
    while (cs > 0 && !/[，,。；;：:！？!?\n]/u.test(s[cs - 1] as string)) cs--;
    const head = s.slice(e, ce);
    const count = /^\s*等?\s*(\d+|[一两二三四五六七八九十]+)\s*[个家户条大项]/u.exec(head);
    out.push({
      items: [{ start: a, end: e }],
      cue: s.slice(Math.max(0, cs - 12, a - 24), a),
      head,
      start: a,
      end: e,
      count: count ? countValue(count[1] as string) : null,
    });
  }
  return out;
}

export function enterpriseListCandidates(ctx: Ctx, lists: EnumList[]): Cand[] {
  const out = fromLists(ctx, lists);
  // A list of one is read like any list, weaker than the single-name cues that read the same span.
  const one = ruleConfidence(LIST_ONE);
  for (const c of fromLists(ctx, singleItemLists(ctx))) out.push({ ...c, rule: LIST_ONE, confidence: one });
  out.push(...singleCues(ctx));
  return out;
}

const LIST_ONE = "enterprise:list-one";

function fromLists(ctx: Ctx, lists: EnumList[]): Cand[] {
  const out: Cand[] = [];
  for (const l0 of lists) {
    // Quotes around a label in the head (等“链主”企业, 等“专精特新”企业) do not change what it names.
    const lq = hasChar(HEAD_QUOTE, l0.head, 0, l0.head.length)
      ? { ...l0, head: l0.head.replace(/[“”"「」]/gu, "") }
      : l0;
    const l = partnerCut(ctx, lq);
    const partners = l !== lq;
    // (等 and 为 in the head, and the cue's last character, are tested before the regexes that need them.)
    const deng = l.head.includes("等");
    if (deng && INSTITUTION_HEAD.test(l.head)) continue;
    const label = endsVisibly(END_LABEL, l.cue) && ENT_LABEL.test(l.cue);
    // A field label (重点企业：) vouches for its items; a label written into prose (聚焦龙头企业进行…) does not.
    const fieldLabel = label && !l.inlineLabel && (/[：:]\s*$/u.test(l.cue) || STRICT_LABEL.test(l.cue));
    const lead = deng || l.head.includes("为") ? HEAD_LEAD.exec(l.head) : null;
    const hm = hasChar(HEAD_ENT_CHAR, l.head, 0, l.head.length) ? HEAD_ENT.exec(l.head) : null;
    // "还汇聚有甲、乙…": the list scan kept the cue's verb in the first item; it is the cue, not the name.
    const first0 = l.items[0];
    const verbInFirst =
      first0 && IN_FIRST_START[ctx.s.charCodeAt(first0.start)] === 1
        ? /^(?:(?:汇聚|聚集|集聚|拥有|引进|吸引|引入|培育)(?:了|有|着)?|(?:企业|公司)(?:主要)?(?:有|包括)|(?:客户|合作伙伴)(?:有|包括)?)(?=[\p{Script=Han}]{2})/u.exec(
            ctx.s.slice(first0.start, first0.end),
          )
        : null;
    // A visit to the items (先后走访甲、乙等企业; 实地考察甲、乙等制药企业) names firms as well as a bringing verb.
    const entCue = endsVisibly(END_ENT_CUE, l.cue) && ENT_CUE.test(l.cue);
    const visited = !entCue && endsVisibly(END_VISIT, l.cue) && VISIT_CUE.test(l.cue);
    const yiCue = endsVisibly(END_YI, l.cue);
    const cued = entCue || visited || !!verbInFirst;
    let ok = false;
    let brands = false;
    // "以甲、乙等为代表的专用设备领域": products or technologies lead a field, not firms.
    const ledNoun = l.head.includes("为代表的") ? /^\s*等?\s*为代表的([^，。；]{0,12})/u.exec(l.head) : null;
    const ledField =
      !!ledNoun &&
      !/(企业|公司|集团|厂商|产业|集群|制造)/u.test(ledNoun[1] ?? "") &&
      /(领域|设备|产品|行业|技术)/u.test(ledNoun[1] ?? "");
    if (ledField && !label) continue;
    // "以甲、乙、丙为代表的三大主导产业": a count of industries that the items fill are those industries.
    if (!label && representedCount(l.head) === l.items.length) continue;
    if (label) ok = true;
    // "主要服务的企业有甲、乙、丙等": firms are the copula's subject; its items are firms without a head.
    else if (
      (endsVisibly(END_HAS, l.cue) && /(企业|公司|客户)(主要)?(有|包括)[：:]?\s*$/u.test(l.cue)) ||
      /^(企业|公司)/u.test(verbInFirst?.[0] ?? "")
    )
      ok = true;
    // "以A、B为代表的…" needs its 以; "等为代表的…企业" names firms by its head.
    else if (
      lead &&
      (yiCue || !/^\s*等?\s*为代表/u.test(l.head) || /(企业|公司|集团|产业|集群)/u.test(l.head.slice(0, 24)))
    )
      ok = true;
    else if (
      hm &&
      // 等行业龙头企业 after industries names their firms; 等8家行业领军企业 counts firms, the items.
      (!NOT_ENT_MID.test(hm[1] ?? "") || /^\s*等\s*(\d+|[一两二三四五六七八九十]+)\s*[余多]?\s*家行业/u.test(l.head)) &&
      (!RANK_MID.test(hm[1] ?? "") || (endsVisibly(END_RANK_CUE, l.cue) && RANK_CUE.test(l.cue)))
    ) {
      // "等某某产业上下游企业": industry words in between are fine after a firm cue;
      // without a cue, a count or a location verb, "等零部件企业" names a category.
      // "等一批百亿级企业" counts firms like "等3家企业".
      // A round count may carry 余/多 (等4000余家企事业单位).
      const counted =
        /^\s*等?\s*(\d+|[一两二三四五六七八九十百千]+)\s*[余多]?\s*(家|户|大|个|批)/u.test(l.head) ||
        /^\s*等\s*(众多|诸多|大批|一大批)/u.test(l.head);
      const located = /(坐落|位于|落户|入驻|牵手|签约|聚集|集聚)/u.test(l.head.slice(0, 30));
      const ranked = RANK_MID.test(hm[1] ?? "") && endsVisibly(END_RANK_CUE, l.cue) && RANK_CUE.test(l.cue);
      // "等国际知名汽车公司", "等一批…产业龙头企业": renown or a lead role says the items are firms, not kinds.
      const famed =
        (/(知名|著名|龙头|领军|骨干|头部|500强)/u.test(hm[1] ?? "") || hm[2] === "龙头") && hm[2] !== "项目";
      ok =
        (cued || counted || located || ranked || famed) &&
        (cued || ranked || famed || !/(产业|集群)/u.test(hm[1] ?? "") || /[类型]$/u.test(hm[1] ?? ""));
      if (hm[2] === "项目" && !/(引进|招引|签约|入驻|落户|落地|牵手|投资|引入)/u.test(l.cue + l.head.slice(0, 20)))
        ok = false;
      // "依托甲、乙等关键项目": the projects are the firms only when 项目 heads the list directly.
      if (
        hm[2] === "项目" &&
        endsVisibly(END_TUO, l.cue) &&
        /依托\s*$/u.test(l.cue) &&
        /^\s*等\s*[^，。；]{0,4}项目/u.test(l.head)
      )
        ok = true;
      // "甲、乙等11个产业类项目落地": industry words in a project head classify the projects, the items are firms.
      if (
        hm[2] === "项目" &&
        /(产业|集群)/u.test(hm[1] ?? "") &&
        /(落地|落户|签约|入驻)/u.test(l.cue + l.head.slice(0, 24))
      )
        ok = /[类型]$/u.test(hm[1] ?? "");
      // "引进甲、乙等产业技术和项目": the items are the industries the projects are in, not firms.
      if (hm[2] === "项目" && /^产业(?![类型化])/u.test(hm[1] ?? "")) ok = false;
      if (endsVisibly(END_PI, l.cue) && /一批\s*$/u.test(l.cue)) ok = false;
      // "向甲、乙等通信公司供货": with no cue, count or renown, items that all read as brands (not
      // kinds, trades or places) are the firms the head names.
      if (!ok && FIRM_ROLE_HEAD.test(hm[2] ?? "") && allBrands(ctx, l.items)) brands = true;
    }
    // "甲与乙、丙等达成合作": partners with no head noun, when they all read as brands.
    if (!ok && !hm && partners && deng && PARTNER_ONLY.test(l.head) && allBrands(ctx, l.items)) brands = true;
    // "实施重点项目N个，甲、乙、丙等建成投产": firms whose projects start production, named by brand.
    const producing =
      !ok &&
      deng &&
      /^\s*等\s*(?:相继|陆续|先后|已|均|顺利)?(?:建成投产|竣工投产|投产达效|投产|竣工)/u.test(l.head) &&
      /项目/u.test(ctx.s.slice(Math.max(0, l.start - 30), l.start));
    // "共有规上企业45家，其中甲、乙、丙年产值超10亿元": the firms a count of firms singles out, named by brand.
    if (!ok && !deng && !hm && AMONG_FIRMS.test(l.cue)) {
      // (The last item runs on into what the firms did: it ends at the predicate.)
      const li = l.items[l.items.length - 1] as ListItem;
      const p = AMONG_PREDICATE.exec(ctx.s.slice(li.start, li.end));
      const end = p && p.index >= 2 ? li.start + p.index : endBeforeVerb(ctx.s, li.start, li.end);
      const items = [...l.items.slice(0, -1), { start: li.start, end }];
      if (items.every((it) => readsAsName(ctx.s.slice(it.start, it.end)))) {
        for (const it of items) emit(ctx, it, "enterprise:list-head", 0.7, out, "inline");
        continue;
      }
    }
    if (producing) {
      for (const it of l.items) emit(ctx, it, "enterprise:list-head", 0.7, out, "inline");
      continue;
    }
    if (brands) {
      for (const it of l.items) emit(ctx, it, "enterprise:list-head", 0.7, out, "inline");
      continue;
    }
    if (!ok) continue;
    let items =
      verbInFirst && first0
        ? [{ ...first0, start: first0.start + verbInFirst[0].length }, ...l.items.slice(1)]
        : l.items;
    // "A、B和C等": the last item may join two firms with 和/及.
    const last = items[items.length - 1];
    if (last) {
      const t = ctx.s.slice(last.start, last.end);
      // 以及 is one conjunction (丁集团以及戊饮片): its 以 does not stay on the first firm.
      const cj = /以及|[和及与]/u.exec(t);
      const k = cj ? cj.index : -1;
      const w = cj ? cj[0].length : 1;
      if (k > 1 && t.length - k - w > 1)
        items = [
          ...items.slice(0, -1),
          { start: last.start, end: last.start + k },
          { start: last.start + k + w, end: last.end },
        ];
    }
    // "深入某产业园某片区某加工、甲、乙等企业": a visit may start at a site, which is no firm.
    if (visited) items = items.filter((it) => !SITE_WORD.test(ctx.s.slice(it.start, it.end)));
    // "链主企业甲、乙半导体加快布局": the last item of a labelled list ends where its verb starts.
    if (label) {
      const li = items[items.length - 1] as ListItem;
      items = [...items.slice(0, -1), { start: li.start, end: endBeforeVerb(ctx.s, li.start, li.end) }];
    }
    const emitItem = (it: ListItem, siblings: boolean, into: Cand[]) =>
      emit(
        ctx,
        it,
        label ? "enterprise:list-label" : lead ? "enterprise:list-lead" : "enterprise:list-head",
        label ? 0.85 : 0.75,
        into,
        fieldLabel ? true : label ? "inline" : false,
        // "包括车载控制器、电驱、底盘等企业": a bare kind head may count products, not firms.
        !label && deng && /^\s*等\s*(企业|公司)/u.test(l.head),
        !label && !lead && hm?.[2] === "项目",
        siblings,
      );
    const byItem = items.map((it) => {
      const one: Cand[] = [];
      emitItem(it, false, one);
      return one;
    });
    // A brand before a kind word (某某新材料) is a firm where another item of the list is one by itself:
    // only the items refused alone are read again.
    if (byItem.some((one) => one.length > 0))
      byItem.forEach((one, k) => {
        if (one.length === 0) emitItem(items[k] as ListItem, true, one);
      });
    for (const one of byItem) out.push(...one);
  }
  return out;
}

/**
 * A research or design institute listed among firms (甲化工研究院、乙化工等10余个企业项目; 企业有：…): a company by
 * its list, wherever else the text names it (rule list-typed:enterprise). `named` are the suffix candidates.
 */
export function listedInstitutes(ctx: Ctx, lists: EnumList[], cands: Cand[], named: Cand[]): void {
  const names = new Set<string>();
  for (const l of lists) {
    if (!/^\s*等[^，。；]{0,10}?(企业|公司)/u.test(l.head) && !/企业(有|包括|主要有)?[：:]?\s*$/u.test(l.cue)) continue;
    const inList = (c: Cand) => c.start >= l.start && c.end <= l.end + 1;
    if (!cands.some((c) => c.type === "enterprise" && inList(c))) continue;
    for (const c of named)
      if (c.type === "platform" && inList(c) && INSTITUTE.test(ctx.s.slice(c.start, c.end)))
        names.add(ctx.s.slice(c.start, c.end));
  }
  for (const c of named)
    if (c.type === "platform" && names.has(ctx.s.slice(c.start, c.end))) {
      c.type = "enterprise";
      c.rule = "list-typed:enterprise";
    }
}

/** (Tested on the simplified view, as every list is.) */
const INSTITUTE = /(研究院|研究所|设计院)$/u;
