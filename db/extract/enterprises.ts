// Enterprises named without a company suffix: list context types them
// (重点企业：A、B; 以A、B为代表; 引进A、B等; A等N家企业; A入选…企业).
import { charTable, endsVisibly, hasChar, matchesAround } from "./anchored.ts";
import { type Cand, type Ctx, orig, PLACE_PREFIX_RE } from "./context.ts";
import { industryPhrase } from "./industry-heads.ts";
import { countValue, ENT_CUE, ENT_LABEL, type EnumList, endBeforeVerb, type ListItem, predicateItem } from "./lists.ts";
import { INVESTED, typedSuffix } from "./names.ts";
import { ruleConfidence } from "./registry.ts";
import { tag } from "./tagger.ts";
import { isNameChar, stopEndingAt } from "./text.ts";
import { PLACE_SET } from "./vocab.ts";

const HEAD_ENT =
  /^\s*(?:等|和)?\s*(?:\d+|[一两二三四五六七八九十百千多余几]+)?\s*(?:家|户|个|大|多家|余家)?\s*((?:[^，。；、]{1,12}、){0,4}[^，。；、]{0,16}?)(企业|公司|集团|厂商|项目|龙头|单位|工厂|整车厂|主机厂|[乳车药房外央国民名酒茶鞋]企(?!业)|冠军(?![^，。；、]{0,4}产品)|小巨人|独角兽|瞪羚|翘楚|巨头)/u;
const HEAD_LEAD =
  /^\s*(?:等)?\s*(为代表|为龙头|为骨干)|^\s*等(骨干|龙头|重点|头部|知名|领军|链主)?(企业|公司|集团)|^\s*等(?:骨干|龙头|头部|领军)?(?:链主|龙头)(?!产业|行业|领域)/u;
/** Industries that firm lists also enumerate as kinds (家具、陶瓷等企业), beyond the phrases of sector words
 * `industryPhrase` reads (食品、电子信息等企业). */
const INDUSTRY_WORD = /^(?:家具|农业|电力|造纸|塑料|五金|陶瓷|玻璃|轻工|锂电)$/u;
const NOT_ENT_MID = /^(领域|方向|行业(?!$|骨干|龙头|领军|头部|知名|领先)|环节|赛道|板块)|(产品|品牌|车型|门店|中小)/u;
/** Firm ranks (专精特新, 高新技术企业): the items are firms when a verb brings or grows them. */
/** Labels that vouch for their items without a colon (the list's own field words). */
const STRICT_LABEL = /(重点企业|龙头型?企业|骨干企业|代表企业|链主型?企业|企业名单)\s*$/u;
const RANK_MID = /(专精特新|高新技术|科技型|小巨人|瞪羚|独角兽)/u;
const RANK_CUE = /(培育|培育了|认定|新增|引进|引育|涌现出?|集聚|聚集|拥有|包括|有)\s*$/u;
/** Industry-sounding heads mean the items are industries, unless a firm cue precedes. */
const GENERIC_ITEM =
  /(链|生产线|产线|工厂|产业|行业|领域|企业|项目|品牌|集群|基地|园区|方向|产品|技术|工程|平台|部门|政府|机构|高校|大学|学院|医院|协会|联盟|市场|经济|服务|制造|系统|设备|材料|装备|制造业|服务业)$/u;
const BAD_ITEM =
  /[的是了在对把被将从向\d%％：:]|(亿元|万元|美元|产业化|^总部$|以上|左右|我国|全国|国内|国外|世界|全球|中国民营|百强|500强|专精特新|冠军|小巨人|瞪羚|独角兽)/u;

export function itemOk(name: string, labelled = false): boolean {
  if (name.length < 2 || name.length > 18) return false;
  if (BAD_ITEM.test(name.replace(/[A-Za-z][A-Za-z0-9]*|[0-9]+[A-Za-z][A-Za-z0-9]*/gu, "x"))) return false;
  if (
    /^(一批|一些|多家|众多|其他|相关|有关|各类|知名|国内外|国际|外资|龙头|骨干|重点|国家|省级|市级|省|市|此次|本次|这次|这些|上述)/u.test(
      name,
    )
  )
    return false;
  if (!labelled && stopInside(name)) return false;
  // A phase of the previous item's project (甲乙二期、三期) is no firm.
  if (/^(?:第)?[一二三四五六七八九十\d]+期(?:工程|项目)?$/u.test(name)) return false;
  // Process words (数字化, 智能化) are not firms; an abbreviation ending in 化 (某石化) is.
  if (
    /^(数字|智能|绿色|高端|信息|网络|服务|品牌|国际|市场|集约|规模|标准|低碳|轻量|工业|城镇|现代|专业|精细|特色|集群|融合|多元|产业|自动|电气|机械|无害|资源|循环|生态|证券|电|美|优|强|深|活|转|细|净|亮|绿|序)化$/u.test(
      name,
    )
  )
    return false;
  return true;
}

/** A verb or other stop word inside a firm name means the item was cut wrongly. */
function stopInside(name: string): boolean {
  for (let i = 2; i <= name.length; i++) {
    const n = stopEndingAt(name, i);
    if (n >= 2) return true;
  }
  return false;
}

function typedByOwnSuffix(name: string): boolean {
  const t = typedSuffix(name);
  return !!t && t.type !== "enterprise" && !/中心$/u.test(name);
}

/**
 * labelled: true for a field label (重点企业：…) that vouches for its items;
 * "inline" for a firm label written into prose (龙头企业甲带动…): the items may
 * end in an industry word (甲装备) but must hold no verb.
 */
function emit(
  ctx: Ctx,
  it: ListItem,
  rule: string,
  conf: number,
  out: Cand[],
  labelled: boolean | "inline" = false,
  bareKindHead = false,
  projectHead = false,
): void {
  let a = it.start;
  let b = it.end;
  // Company named inside a project: X项目 → X.
  // Model codes after a firm (超视堺8K) and a trailing 项目 are not part of the name.
  const t = ctx.s
    .slice(a, b)
    .replace(/(项目|等)$/u, "")
    // A group's headquarters (某某集团总部) is the group; other 总部 names (某某连铝总部) stay as written.
    .replace(/(?<=(?:集团|公司))总部$/u, "")
    // A project phase after a firm (某某二期) is not part of the firm's name.
    .replace(/(?<=[\p{Script=Han}]{2})[一二三四五六七八九十\d]+期$/u, "")
    .replace(/(?<=[\p{Script=Han}])[0-9]+[A-Za-z]*$/u, "");
  b = a + t.length;
  while (a < b && /[\s“”"]/u.test(ctx.s[a] as string)) a++;
  // "与甲、乙合作": a leading 与/和/同 joins the clause, it is not part of the first firm.
  if (/[与和同跟]/u.test(ctx.s[a] ?? "") && b - a >= 3 && /[，,。；\n]/u.test(ctx.s[a - 1] ?? "")) a++;
  // "甲集团与乙、丙…": the clause's subject, a suffixed firm, joined to the first item; the item starts after 与.
  // "依托6个省级化工园区和甲、乙两大龙头企业": the clause's other object, a kind of place or body, likewise.
  const joined =
    /^(.{2,10}?(?:集团|公司|股份|控股)|[^、，。]{2,14}?(?:园区|开发区|高新区|产业园|基地|高校|院所|平台))[与同和跟及]/u.exec(
      ctx.s.slice(a, b),
    );
  if (joined && b - a - joined[0].length >= 2) a += joined[0].length;
  // "电子信息产业以甲、乙为龙头": the industry and its 以 opened the clause; the first firm starts after them.
  const framed = /^[\p{Script=Han}]{2,12}?(?:产业|业|集群)以(?=[\p{Script=Han}A-Za-z]{2})/u.exec(ctx.s.slice(a, b));
  if (framed) a += framed[0].length;
  // "对规模小、产能低下的甲、乙等企业": qualities before the firms are no firms; a 的 ends the qualities.
  if (predicateItem(ctx.s.slice(a, b))) return;
  const de = ctx.s.slice(a, b).lastIndexOf("的");
  if (de >= 0 && b - (a + de + 1) >= 2 && predicateItem(ctx.s.slice(a, a + de))) a += de + 1;
  const name = ctx.s.slice(a, b);
  if (!itemOk(name, labelled === true) || typedByOwnSuffix(name)) return;
  // A place alone (北京、上海等地企业) is where firms are from, not a firm.
  if (PLACE_SET.has(name.replace(/[省市]$/u, ""))) return;
  if (labelled === "inline" && /(链|项目|工程|产业|行业|领域|企业|平台|基地|园区)$/u.test(name)) return;
  // A label written into prose (瞄准龙头企业挂图作战、精准招商) may be a verb's object: its items must read as names.
  if (labelled === "inline" && !readsAsName(name)) return;
  // "包括车载控制器、电驱、底盘等企业": parts and products name kinds of suppliers, not firms.
  if (bareKindHead && PRODUCT_KIND.test(name) && !FIRM_END.test(name)) return;
  // "引进甲乙液晶面板、丙丁大尺寸模组等一批重大项目": a long item of a projects head is a firm as written only
  // when it ends like one (a firm word or a company suffix); a project's name is read by project-firms.ts.
  if (projectHead && name.length > 4 && !FIRM_END.test(name) && typedSuffix(name)?.type !== "enterprise") return;
  // Models, facilities and stores a project builds (某型车型, 电池制造中心, 某中心配件库) are not firms.
  if (labelled !== true && /(车型|型号|(?:制造|研发|生产|配送)中心|配件库|仓库|系列)$/u.test(name)) return;
  // A project named by what it makes (某某显示器生产项目, 某某扩建项目): a product, not a firm.
  if (labelled !== true && /(生产|扩建|技改|建设)$/u.test(name)) return;
  if (!labelled && GENERIC_ITEM.test(name) && !/(集团|公司|股份)$/u.test(name)) return;
  // An industry word alone (食品、装备制造等企业) names a kind of firm.
  const bare = name.replace(/^(也有|还有|主要有|有)/u, "");
  if (!labelled && (INDUSTRY_WORD.test(bare) || industryPhrase(bare))) return;
  out.push({ type: "enterprise", start: a, end: b, name: orig(ctx, a, b), rule, confidence: conf, fromList: true });
}

/** Parts and products a supplier list may name instead of firms. */
const PRODUCT_KIND =
  /(控制器|传感器|[零部配组]件|内外饰|座椅|底盘|轮胎|线束|电驱|电控|电机|车灯|模组|面板|芯片|电池)$/u;
/** Tags of a token that is no common word (a brand, a place, a person, an abbreviation). */
const BRANDISH = /^(x|nz|nr|nrt|nrfg|ns|j|eng|nt)$/u;
const FIRM_END =
  /(集团|公司|股份|控股|实业|科技|高科|药业|制药|医药|电子|电气|机械|汽车|能源|化工|材料|新材|生物|智能|装备|精密|重工|光电|锂业|铝业|钢铁|电器|食品|纺织|环保)$/u;

/** A firm word at the end or a token the tagger does not know as a common word. */
function readsAsName(name: string): boolean {
  return (
    FIRM_END.test(name) ||
    /[A-Za-z]/u.test(name) ||
    tag(name, false).some((t) => BRANDISH.test(t.tag)) ||
    // A coinage the dictionary lacks (岚汐智行: 智/ng 行/zg) is one unknown word to the HMM.
    tag(name, true).some((t) => t.tag === "x" && t.word.length >= 2)
  );
}

/** Every item of a list reads as a brand: no trade, kind, product or place among them. */
function allBrands(ctx: Ctx, items: readonly ListItem[]): boolean {
  if (items.length < 2) return false;
  const names = items.map((it) => ctx.s.slice(it.start, it.end).trim());
  // The cheap tests on every item before the tagger is asked about any (most such lists are kinds).
  return (
    names.every(
      (name) =>
        name.length >= 2 &&
        name.length <= 8 &&
        !PLACE_PREFIX_RE.test(name) &&
        !PLACE_WORD.test(name) &&
        !INDUSTRY_WORD.test(name) &&
        !PRODUCT_KIND.test(name) &&
        !industryPhrase(name),
    ) && names.every(readsAsName)
  );
}
const PLACE_WORD = /[省市县区州国]$|^(?:国内|国外|海外|本地|当地|外地)/u;

/** Countries a firm list groups its foreign firms by (美国甲、乙，日本丙). */
export const COUNTRIES =
  "美国|日本|韩国|德国|法国|英国|意大利|瑞士|瑞典|荷兰|新加坡|加拿大|澳大利亚|芬兰|丹麦|挪威|比利时|奥地利|西班牙|以色列|俄罗斯|泰国|马来西亚|印度尼西亚|印度|台湾|香港|澳门";
export const COUNTRY = new RegExp(`^(?:${COUNTRIES})`, "u");
/** Two or more country groups closed by a head of foreign or leading firms. */
const COUNTRY_GROUPS = new RegExp(
  `(?<=^|[。；;：:\n，,])((?:${COUNTRIES})[^，,。；;\n]{2,30}(?:[，,](?:${COUNTRIES})[^，,。；;\n]{2,30})+?)等(?:世界|全球)?(?:\\d+强|知名|跨国|外资|外商|龙头|企业|公司)`,
  "gu",
);

/** What every COUNTRY_GROUPS match holds: a country after a mark, a group, a comma and a country (no look-behind). */
const COUNTRY_PAIR = new RegExp(`(?:^|[。；;：:\n，,])(?:${COUNTRIES})[^，,。；;\n]{2,30}[，,](?:${COUNTRIES})`, "u");

/** A quoted platform name (“某某工程技术研究中心”). */
export const QUOTED_PLATFORM =
  /[“"「][^”"」\n]{4,40}?(?:工程中心|研究中心|实验室|技术中心|创新中心|工作站|研究院)[”"」]/gu;

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
const END_VISIT = charTable("察访研观到进入看了");
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
const HEAD_ENT_CHAR = charTable("业司团商目头位厂企军人兽羚楚");
const PARTNER_LAST = charTable("作约订署手接");
const HEAD_QUOTE = charTable('“”"「」');

/** Visiting verbs before a list (实地考察, 先后走访, 来到): the items are the places visited. */
const VISIT_CUE = /(考察|走访|调研|参观|来到|走进|深入|察看|视察|探访)(了)?\s*$/u;
/** A zone's word inside an item: a site, not a firm. */
const SITE_WORD = /(园区|产业园|工业园|片区|开发区|高新区|经开区|基地)/u;

/** 等 + a head that names firms (等龙头企业, 等20多家投资机构), a one-item list's end. */
const SINGLE_HEAD = /等(?=[^，。；、\n]{0,12}?(?:企业|公司|厂商|集团))/gu;

/**
 * One name before 等 and a firm head, with no 、 (以甲乙等民营企业为骨干, 。甲乙等龙头企业带动…): a list of
 * one, its first item scanned back from 等 as the list finder scans a first item.
 */
function singleItemLists(ctx: Ctx): EnumList[] {
  const { s } = ctx;
  const out: EnumList[] = [];
  for (const m of s.matchAll(SINGLE_HEAD)) {
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
      if (!ok && /^(企业|公司|厂商|集团)$/u.test(hm[2] ?? "") && allBrands(ctx, l.items)) brands = true;
    }
    // "甲与乙、丙等达成合作": partners with no head noun, when they all read as brands.
    if (!ok && !hm && partners && deng && PARTNER_ONLY.test(l.head) && allBrands(ctx, l.items)) brands = true;
    // "实施重点项目N个，甲、乙、丙等建成投产": firms whose projects start production, named by brand.
    const producing =
      !ok &&
      deng &&
      /^\s*等\s*(?:相继|陆续|先后|已|均|顺利)?(?:建成投产|竣工投产|投产达效|投产|竣工)/u.test(l.head) &&
      /项目/u.test(ctx.s.slice(Math.max(0, l.start - 30), l.start));
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
    for (const it of items)
      emit(
        ctx,
        it,
        label ? "enterprise:list-label" : lead ? "enterprise:list-lead" : "enterprise:list-head",
        label ? 0.85 : 0.75,
        out,
        fieldLabel ? true : label ? "inline" : false,
        // "包括车载控制器、电驱、底盘等企业": a bare kind head may count products, not firms.
        !label && deng && /^\s*等\s*(企业|公司)/u.test(l.head),
        !label && !lead && hm?.[2] === "项目",
      );
  }
  return out;
}

const PROJECT =
  /(?<=[，,。；\n]|^)(?:在[^，。]{2,12}[，,])?([\p{Script=Han}A-Za-z]{2,5})项目(?=正在|已|落户|签约|投产|开工|动工)/uy;
const PROJECT_AFTER = charTable("，,。；\n");

/** A name that ends like a firm (…股份, …科技) or is a brand the tagger does not know. */
function firmEnd(name: string): boolean {
  return /(股份|科技|集团|实业|控股|电子|智能|药业|制药|新材|生物|机械|电气|精工)$/u.test(name) || name.length <= 4;
}

/** One token the tagger takes for a proper name (a brand it does not know, a person's or an organisation's name). */
function properName(x: string): boolean {
  const toks = tag(x, true);
  return toks.length === 1 && /^(x|nz|nr|nrt|nt)$/u.test(toks[0]?.tag ?? "");
}

/** Single firms: 以X为龙头, 吸引X等N家企业, X入选…企业, 国家级龙头企业4家(A、B). */
function singleCues(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const re1 = /以([^，。；、以]{2,14}?)为(龙头|代表|核心企业|链主)/gu;
  for (const m of s.matchAll(re1)) {
    let a = (m.index as number) + 1;
    let x = m[1] as string;
    // A kind written before the names (以一线品牌甲和乙为龙头, 以龙头企业甲为代表) is not part of them.
    const kind = /^[^，。；]{0,6}?(?:品牌|企业)(?=[\p{Script=Han}A-Za-z]{2})/u.exec(x);
    if (kind) {
      a += kind[0].length;
      x = x.slice(kind[0].length);
    }
    // 以甲和乙为龙头: two firms joined by 和/与/及 lead together.
    const two = /^([\p{Script=Han}A-Za-z]{2,8}?)[和与及]([\p{Script=Han}A-Za-z]{2,8})$/u.exec(x);
    const parts = two ? [two[1] as string, two[2] as string] : [x];
    let p = a;
    for (const part of parts) {
      emit(ctx, { start: p, end: p + part.length }, "enterprise:cue-lead", 0.75, out);
      p += part.length + 1;
    }
  }
  // "以甲乙农庄为核心的某某产业园": what a park or an industry is built around, when it reads as a name, is a firm.
  for (const m of s.matchAll(
    /以([\p{Script=Han}A-Za-z]{2,8}?)为核心的[^，。；]{0,24}?(?:产业园|园区|基地|产业集群|产业链|产业)/gu,
  )) {
    const a = (m.index as number) + 1;
    emit(ctx, { start: a, end: a + (m[1] as string).length }, "enterprise:cue-lead", 0.7, out, "inline");
  }
  // "首家…企业——甲乙智能": the name set off by a dash after a firm word is that firm.
  for (const m of s.matchAll(/(?:企业|公司|龙头|链主)(?:——|──)([\p{Script=Han}A-Za-z]{2,10}?)(?=[，。；、,;]|$)/gu)) {
    const a = (m.index as number) + m[0].length - (m[1] as string).length;
    emit(ctx, { start: a, end: a + (m[1] as string).length }, "enterprise:dash-apposition", 0.7, out, "inline");
  }
  // "甲药业“某某工程中心”、乙公司的“某某研究中心”": the unit named right before a quoted platform
  // runs it; a bare name that reads as a firm is one (a university or an institute is typed by its suffix).
  for (const m of s.matchAll(QUOTED_PLATFORM)) {
    const at = m.index as number;
    let b = at;
    if (s[b - 1] === "的") b--;
    let a = b;
    while (a > 0 && b - a < 12 && !/[、，,：:；;。\n“”"（）()]/u.test(s[a - 1] as string)) a--;
    const lead = /^(?:分别是|分别为|包括|以及|及|和|是|为)/u.exec(s.slice(a, b));
    if (lead) a += lead[0].length;
    if (b - a >= 2 && b - a <= 10) emit(ctx, { start: a, end: b }, "enterprise:platform-host", 0.7, out, "inline");
  }
  // "美国甲、乙，日本丙，德国丁等世界500强": firms grouped by their country, the groups set off by
  // commas (which end a list for the list scan); each item after its country reads as a brand.
  // (Only where a country opens a clause and another follows the next comma: a cheap test of the whole text first.)
  for (const m of COUNTRY_PAIR.test(s) ? s.matchAll(COUNTRY_GROUPS) : []) {
    let at = m.index as number;
    for (const part of (m[1] as string).split(/[、，,]/u)) {
      const country = COUNTRY.exec(part)?.[0] ?? "";
      const name = part.slice(country.length);
      const a = at + country.length;
      at += part.length + 1;
      if (name.length >= 2 && name.length <= 10 && readsAsName(name))
        emit(ctx, { start: a, end: a + name.length }, "enterprise:country-list", 0.7, out, "inline");
    }
  }
  const re2 = /(吸引|引进|引入|聚集|集聚|涌现出|依托|培育)了?([^，。；、]{2,12}?)等[^，。；]{0,14}?(企业|公司|项目)/gu;
  for (const m of s.matchAll(re2)) {
    const a = (m.index as number) + m[0].indexOf(m[2] as string);
    emit(ctx, { start: a, end: a + (m[2] as string).length }, "enterprise:cue-introduce", 0.7, out);
  }
  // 依托X、Y建设… / 依托X，…: firms a zone builds on (typed ones keep their type).
  for (const m of s.matchAll(
    /依托((?:[\p{Script=Han}A-Za-z]{2,8}、)*[\p{Script=Han}A-Za-z]{2,8}?)(?=[，,]|建设|打造|发展|引进|招引|吸引)/gu,
  )) {
    // Only where a zone is the subject (某开发区依托X…), or where X brings in its partners and suppliers
    // (依托X引进新的合作伙伴 / 配套企业): only a firm does that, and X is then one proper name.
    const end = (m.index as number) + m[0].length;
    const bringsIn =
      /^(引进|招引|吸引)[^，。；]{0,12}(合作伙伴|配套|上下游|供应商)/u.test(s.slice(end, end + 20)) &&
      !(m[1] as string).includes("、") &&
      properName(m[1] as string);
    if (
      !bringsIn &&
      !/(开发区|高新区|经开区|园区|产业园|新区|工业园)$/u.test(
        s.slice(Math.max(0, (m.index as number) - 12), m.index as number),
      )
    )
      continue;
    let a = (m.index as number) + 2;
    for (const part of (m[1] as string).split("、")) {
      if (
        part.length <= 6 &&
        !/(产业|园区|开发区|平台|优势|资源|基础|载体|项目|龙头|骨干|企业|区位|政策|技术)/u.test(part)
      )
        emit(ctx, { start: a, end: a + part.length }, "enterprise:cue-rely", 0.55, out);
      a += part.length + 1;
    }
  }
  // 引进投资30亿元的甲、投资6亿元的乙: what comes in after an investment amount is a firm (or a typed place).
  for (const m of s.matchAll(
    /(?:总)?投资\s*[\d.]+\s*[万亿]+(?:美)?元的([\p{Script=Han}A-Za-z]{2,10})(?=[、，。；\n]|$)/gu,
  )) {
    const a = (m.index as number) + m[0].length - (m[1] as string).length;
    if (!INVESTED.test(s.slice(Math.max(0, a - 60), a))) continue;
    if (/(项目|工程|基地|生产线|中心)$/u.test(m[1] as string)) continue;
    // 总投资380亿元的招商成绩: a result or a measure of the work, not what came in.
    if (/(成绩|成效|成果|目标|任务|规模|水平|总额|业绩|记录|纪录)$/u.test(m[1] as string)) continue;
    // 投资N亿元的基础上 / 前提下: a position word after the amount, not what came in.
    if (/^(?:基础|前提|情况|背景|条件)[上下中]$/u.test(m[1] as string)) continue;
    emit(ctx, { start: a, end: a + (m[1] as string).length }, "enterprise:invested", 0.6, out);
  }
  // X、Y入选/位列…企业 at a clause start; X成为/进入…冠军/N强, X是一家…企业 when X reads as a name.
  const re3 =
    /(入选|入围|位列|跻身|获评|被评为|被认定为|认定为|被列为|荣获|荣膺|获批|成为|进入|是一家)[^，。；]{0,24}?(企业|工厂|冠军|\d+强)/gu;
  for (const m of s.matchAll(re3)) {
    let e = m.index as number;
    // 成为/进入/是一家 are said of places and industries too: only a name opening its clause that reads as one.
    const weak = /^(?:成为|进入|是一家)$/u.test(m[1] as string);
    // (A rank, 前50强, is said of firms after these verbs only: 跻身…10强县 ranks places.)
    if (!weak && /强$/u.test(m[2] as string)) continue;
    // Adverbs and a second verb before the verb (连续入选, 分别揭榜入选) are not part of the firm.
    for (let k = 0; k < 2; k++) {
      if (
        /^(连续|成功|再次|首次|分别|同时|双双|相继|先后|揭榜|今年|去年|近年|目前|日前|近日|此前|已经)$/u.test(
          s.slice(e - 2, e),
        )
      )
        e -= 2;
      else if (/^(均|已|又|也|更)$/u.test(s[e - 1] ?? "")) e -= 1;
      else break;
    }
    for (let guard = 0; guard < 4; guard++) {
      let a = e;
      while (a > 0 && isNameChar(s[a - 1]) && stopEndingAt(s, a) === 0 && e - a < 12) a--;
      if (a === e) break;
      // "甲股份和乙科技分别入选…": two firms joined by 和/与, each of them a firm-shaped name.
      const joined = /^(.{2,8}?)[和与及](.{2,8})$/u.exec(s.slice(a, e));
      // (After a weak verb: the name opens its clause, and is no place or labelled kind: 某市, 该产业龙头某某.)
      const opens = a === 0 || /[，,。；;\n、：:）)]/u.test(s[a - 1] as string);
      if (weak && (!opens || /龙头|(?:企业|[市县区])$/u.test(s.slice(a, e)))) break;
      if (joined && firmEnd(joined[1] as string) && firmEnd(joined[2] as string)) {
        emit(ctx, { start: a, end: a + (joined[1] as string).length }, "enterprise:cue-ranked", 0.65, out);
        emit(ctx, { start: e - (joined[2] as string).length, end: e }, "enterprise:cue-ranked", 0.65, out);
        break;
      }
      // Two names joined that are not both firm-shaped (甲新材料和乙铜业): not one firm.
      if (joined) break;
      // Two characters after a 的 are the end of a longer name the scan cut (某的厨卫), not a firm.
      if (s[a - 1] === "的" && e - a <= 2) break;
      emit(ctx, { start: a, end: e }, "enterprise:cue-ranked", 0.65, out, weak ? "inline" : false);
      if (s[a - 1] !== "、") break;
      e = a - 1;
    }
  }
  // X项目 right after a clause break: the company inside a project name.
  // A match holds 项目 2 to 19 characters after its start (在 + up to 12 + mark + up
  // to 5), which is the text start or right after one of the lookbehind's marks.
  for (const m of matchesAround(
    s,
    PROJECT,
    "项目",
    (q) => [q - 19, q - 2],
    (p) => p === 0 || PROJECT_AFTER[s.charCodeAt(p - 1)] === 1,
  )) {
    const a = (m.index as number) + m[0].indexOf(m[1] as string);
    emit(ctx, { start: a, end: a + (m[1] as string).length }, "enterprise:project", 0.5, out);
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
