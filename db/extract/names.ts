// Suffix grammars for parks, platforms and enterprises: find a type suffix,
// scan left to the name's boundary, trim descriptive words, validate.
// The scan loop itself; its suffix data, leading trims, boundary fixes and validity checks live in names-*.ts.
import type { EntityType } from "../types.ts";
import { charTable, hasChar } from "./anchored.ts";
import { type Cand, type Ctx, orig, PLACE_PREFIX_RE } from "./context.ts";
import { placeStart } from "./firm-place-start.ts";
import {
  afterOwner,
  afterZone,
  branchEnds,
  firmPlatformStarts,
  firstOfKind,
  insideQuotes,
  parkStart,
  platformStart,
} from "./names-bounds.ts";
import { NAMED_AREAS, SUFFIX_STARTS, SUFFIX_TYPE, SUFFIXES, typedSuffix } from "./names-suffixes.ts";
import { leadingLevel, nameLevel, trimLeading, trimLeadingVerbs } from "./names-trim.ts";
import { properHead, validSpecific } from "./names-valid.ts";
import { partnerStart, typeTagAfter } from "./park-partners.ts";
import { isHan, scanLeft, stopEndingAt } from "./text.ts";
import { triggerStarts } from "./trigger-index.ts";

export { NAMED_AREAS, typedSuffix } from "./names-suffixes.ts";
export { type LevelHit, leadingLevel, nameLevel, trimLeading, trimLeadingVerbs } from "./names-trim.ts";
export { bareCategory, GENERIC_SPECIFIC, kindOnlySpecific, LANDFORM_HEAD } from "./names-valid.ts";

/** Kept inside a park's name after 国际 (中德国际合作产业园). */
const COOPERATION = new Set(["合作"]);
const COORDINATED = new Set(["合作", "协同", "发展"]);

/**
 * A park named for the places that build it together keeps its cooperation word: 中德(某地)国际合作某某产业园,
 * 甲乙产业合作园区, 甲乙合作特别试验区, 甲乙协同发展示范区.
 */
function cooperationKeep(s: string, scanEnd: number): Set<string> | undefined {
  const run = s.slice(Math.max(0, scanEnd - 16), scanEnd);
  if (!run.includes("合作") && !run.includes("协同")) return undefined;
  if (/国际合作[\p{Script=Han}]{0,10}$/u.test(run)) return COOPERATION;
  // (A place written with its level before it is a partner of the cooperation, not the park's name; with
  // 产业 between, the place's cooperation parks as a kind: 某自治州产业合作园区.)
  const m = /(.)(?:产业)?(合作|协同发展)[\p{Script=Han}]{0,2}$/u.exec(run);
  if (!m || /[县市省州区旗盟]/u.test(m[1] ?? "")) return undefined;
  return m[2] === "合作" ? COOPERATION : COORDINATED;
}

/** A city written before a firm named from the country (某市中国某某集团…): the firm's name starts at 中国. */
export const CITY_BEFORE_CHINA = /^[\p{Script=Han}]{2,3}市(?=中国)/u;
/** Words inside a platform name that mark an administrative system, not an entity. */
const ADMIN_PLATFORM = /(政务|信用|监管|审批|城市运行|管理平台|公共资源交易|旅游)/u;
/** Public-service domains: an online 平台 for them serves residents or administration, not industry. */
const ADMIN_ONLINE =
  /(停车|家校|教育|体育|物业|养老|社区|地理信息|时空|经济运行|涉企|外国专家|一体化大数据|^[省市区县]?大数据平台$).*平台$/u;

/** Zone suffixes (places name zones, not industries joined by 与). */
const ZONE_SUFFIX = /(开发区|高新区|经开区|保税区|综保区|自贸区|保税港区)$/u;

/** Business words that end a firm's own name before its suffix (…投资公司, …发展集团). */
const FIRM_WORD = /^(投资|发展|建设|开发|服务|合作|控股|经营|管理|运营|实业|基金)$/u;
/** A zone or category word ("…区企业", "…企业") right before a place prefix inside a firm span. */
const CATEGORY_THEN_PLACE = new RegExp(
  `^[\\p{Script=Han}]{0,10}?(?:企业|高新区|开发区|经开区|园区)(?=${PLACE_PREFIX_RE.source.replace(/\^/gu, "")})`,
  "u",
);
/** "引进投资30亿元的某某产业园": an investment amount describes a project that came in, not an aim. */
export const INVESTED = /(引进|签约|落户|落地|开工|入驻|投产)[^。；]*?(总)?投资\s*[\d.]+\s*[多余]?[万亿]+(美)?元的$/u;

/** Words right before a name that make it the category of a list or a description (A、B等X; 各类X; 唯一的X). */
const CATEGORY_BEFORE =
  /(各|各类|一批|一些|若干|多个|多家|众多|其他|其它|唯一的?|最大的|首个|首家|(国家级|省级|市级)、)$/u;

/**
 * Characters the tests of each suffix hit need (tables tested before their regexes; a hit runs
 * some thirty of them): a body after a park (管委, 工委, 党工委, 函), a classifier after a count,
 * a date's unit, quotes, the words of an honour, a pointer's first character, a rank, 企业/区,
 * a person's sex, a number code's end and a leading digit.
 */
const BODY_FIRST = charTable("管工党函");
const LEGAL_SUFFIX = new Set(["有限公司", "有限责任公司", "股份有限公司", "股份公司"]);
const CLASSIFIER = charTable("间家个户");
const COUNT_CHAR = charTable("0123456789一二三四五六七八九十两几多余");
const DATE_FIRST = charTable("年月日");
const QUOTES = charTable('“”"');
const NAME_QUOTE = charTable('“”"「」');
const TITLE_CHAR = charTable("评名授荣称");
const POINTER_FIRST = charTable("级上者");
const RANK_CHAR = charTable("批个大强杆");
const YE_QU = charTable("业区");
const SEX_CHAR = charTable("男女");
const CODE_END = charTable("0123456789 ");
const DIGIT = charTable("0123456789");
const hasQuote = (t: string): boolean => hasChar(QUOTES, t, 0, t.length);

/** Suffix-based candidates for parks, platforms and enterprises. */
/** Research activities a lab's or centre's own name holds although they are verbs elsewhere (资源利用重点实验室). */
const PLATFORM_ACTIVITY: ReadonlySet<string> = new Set([
  "利用",
  "研究",
  "开发",
  "应用",
  "转化",
  "检测",
  "监测",
  "保护",
]);
/** 发展研究院 (a development research institute): 发展 is the institute's field, not the verb. */
const DEVELOPMENT: ReadonlySet<string> = new Set(["发展"]);
const RESEARCH_KEEP: ReadonlySet<string> = new Set([...PLATFORM_ACTIVITY, ...DEVELOPMENT]);
/** Activities a research platform's name joins with 与/和/及 (研究与创制, 适应与进化), never a clause verb (强化与…). */
const JOINED_ACTIVITY =
  /^(研究|开发|研发|设计|应用|适应|检测|试验|转化|制造|评价|监测|保护|利用|防治|诊断|治疗|修复|育种|加工|测试|分析|控制|展示|实训|培训|交易)$/u;

/** The words a platform's left scan keeps, by its suffix (looked up, not tested per hit). */
const PLATFORM_KEEP = new Map<string, ReadonlySet<string>>();
for (const [suffix, type] of SUFFIX_TYPE) {
  if (type !== "platform") continue;
  const keep = /研究中心$/u.test(suffix)
    ? RESEARCH_KEEP
    : /(实验室|工程中心|中试基地)$/u.test(suffix)
      ? PLATFORM_ACTIVITY
      : /研究[院所]$/u.test(suffix)
        ? DEVELOPMENT
        : undefined;
  if (keep) PLATFORM_KEEP.set(suffix, keep);
}

/** Park suffixes whose hit goes on with a specific shorter than two characters (subPark, bareArea below). */
const SHORT_PARK = /^(?:工业园|产业园|工业园区|产业园区)$|(?:试验区|自贸区|开发区|高新区|经开区|新区)$/u;

/** Bases that are a platform's own kind (pilot-scale, test, transfer), not aims. */
const PLATFORM_BASE: ReadonlySet<string> = new Set(["中试基地", "测试基地", "成果转化基地"]);

export function suffixCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  // Where the next suffix search starts (the end of this one, or of a sub-park joined to it).
  let from = 0;
  const starts = triggerStarts(s, SUFFIX_STARTS);
  for (let m = SUFFIXES.findAmong(s, 0, starts); m; m = SUFFIXES.findAmong(s, from, starts)) {
    const suffix = m.word;
    const type = SUFFIX_TYPE.get(suffix) as EntityType;
    const sufStart = m.index;
    let end = sufStart + suffix.length;
    from = end;
    // 园区 right after 产业园 etc. is one suffix; "中心" after "技术" etc. handled by longest-first.
    if (type === "enterprise" && s.startsWith("有限公司", end)) continue;
    // A platform's or park's word right before a company suffix (某研究所有限公司, 某产业园发展有限公司 is
    // left to the firm's own scan): the registered firm is the name, not a platform inside it.
    if (
      type !== "enterprise" &&
      (s[end] === "有" || s[end] === "股") &&
      /^(有限公司|有限责任公司|股份有限公司|股份公司)/u.test(s.slice(end, end + 7))
    )
      continue;
    if (
      type === "park" &&
      BODY_FIRST[s.charCodeAt(end)] === 1 &&
      /^(管委|管理委员会|工委|党工委|函)/u.test(s.slice(end, end + 5))
    )
      continue;
    // 某科学园区: the area word runs on into 园区, which names the park.
    if (NAMED_AREAS.includes(suffix) && s[end] === "区") {
      from = sufStart + 1;
      continue;
    }
    // 甲集团控股的乙: a firm holding shares (a verb), not a firm named …控股.
    if (suffix === "控股" && s[end] === "的" && /(集团|公司)$/u.test(s.slice(sufStart - 2, sufStart))) continue;
    // "创新平台：" is a field label, not a name.
    if (type === "platform" && /^\s*[：:]/u.test(s.slice(end, end + 2))) continue;
    // Bases are aims unless a firm is brought in (吸引/引进/落户/入驻/实施) or a proper name heads
    // them: those go on as "base:named" and namedBases (park-forms.ts) checks their head.
    const uncuedBase =
      suffix.endsWith("基地") &&
      ((suffix !== "生产基地" && suffix !== "研发基地") ||
        !/(吸引|引进|落户|入驻|实施)[了]?[^，。；]{0,40}$/u.test(s.slice(Math.max(0, sufStart - 44), sufStart)));
    // A pilot-scale base (中试基地) is a platform's own kind, not an aim.
    if (uncuedBase && type !== "park" && !PLATFORM_BASE.has(suffix)) continue;
    const namedArea = NAMED_AREAS.includes(suffix);
    // A name in brackets right after a park suffix belongs to it: 经开区(某某区)
    // Business words before a firm suffix are part of its name although they are verbs elsewhere
    // (某某旅游投资公司, 某某城市建设发展集团): the scan starts before them.
    let scanEnd = sufStart;
    if (type === "enterprise") {
      // (…and before the place a registered name brackets: 某某科技发展(某省)有限公司)
      const br = /[(（][\p{Script=Han}]{2,4}[)）]$/u.exec(s.slice(Math.max(0, scanEnd - 6), scanEnd));
      if (br && FIRM_WORD.test(s.slice(scanEnd - br[0].length - 2, scanEnd - br[0].length))) scanEnd -= br[0].length;
      for (let g = 0; g < 3 && FIRM_WORD.test(s.slice(Math.max(0, scanEnd - 2), scanEnd)); g++) scanEnd -= 2;
    }
    // A platform's or park's word before a company suffix (某研究所有限公司, 某科技园有限公司) is the firm's own
    // word: the scan starts before it (its stop words, 研究 etc., would end the name there).
    if (type === "enterprise" && LEGAL_SUFFIX.has(suffix)) {
      const inner = typedSuffix(s.slice(Math.max(0, scanEnd - 6), scanEnd));
      if (inner && inner.type !== "enterprise" && inner.suffix.length >= 2) scanEnd -= inner.suffix.length;
    }
    let raw0 = scanLeft(s, scanEnd, {
      maxLen: type === "enterprise" ? 20 : 26,
      nounCompounds: type === "platform",
      keep: type === "platform" ? PLATFORM_KEEP.get(suffix) : type === "park" ? cooperationKeep(s, scanEnd) : undefined,
    });
    // 某某新药研究与创制重点实验室: the scan stopped at a word (研究, 适应) that a 与/和/及 joins to the next
    // activity inside a platform's name; the name runs on before it.
    if (type === "platform" && /[与和及]/u.test(s[raw0] ?? "") && sufStart - raw0 >= 3) {
      const st = stopEndingAt(s, raw0);
      if (st >= 2 && JOINED_ACTIVITY.test(s.slice(raw0 - st, raw0)))
        raw0 = scanLeft(s, raw0 - st, { maxLen: Math.max(0, 26 - (scanEnd - raw0) - st) });
    }
    // 某某展示、实训和创新中心: activities listed before the joined one belong to the name too.
    if (type === "platform" && s[raw0 - 1] === "、" && /^[\p{Script=Han}]{2}[和与及]$/u.test(s.slice(raw0, sufStart)))
      for (let k = raw0 - 1; s[k] === "、" && JOINED_ACTIVITY.test(s.slice(k - 2, k)); k -= 3)
        raw0 = scanLeft(s, k - 2, { maxLen: 12 });
    // 甲乙合作产业投资开发有限公司: the scan stopped at a word (合作, 发展) right before the business words of a
    // registered name, with a name before it: the word is the firm's own, the name runs on before it.
    if (
      type === "enterprise" &&
      /公司$/u.test(suffix) &&
      /^(?:产业|投资|开发|建设|发展|实业|控股|管理|运营|服务|贸易|置业)+$/u.test(s.slice(raw0, sufStart))
    ) {
      const st = stopEndingAt(s, raw0);
      if (st === 2 && isHan(s[raw0 - 3]) && stopEndingAt(s, raw0 - 2) === 0)
        raw0 = scanLeft(s, raw0 - 2, { maxLen: 12 });
    }
    // Nothing but the business word itself (投资公司, 建设集团, 产业投资基金公司): a kind of firm, not a name.
    const raw = (raw0 === scanEnd || s.slice(raw0, scanEnd) === "产业") && scanEnd < sufStart ? sufStart : raw0;
    // Fewer than two characters scanned (a fifth of the hits): the trims below only move the start right, so
    // the specific is too short for validSpecific; only a bare zone word or a direction sub-park goes on.
    if (sufStart - raw < 2 && !(type === "park" && SHORT_PARK.test(suffix))) continue;
    const { start, level } = trimLeading(s, raw, end, type);
    let a = trimLeadingVerbs(s, start, sufStart, type === "enterprise");
    if (type === "park") a = parkStart(s, a, sufStart);
    if (type === "platform") a = platformStart(s, a, sufStart);
    // (A firm's base, 甲乙集团某地生产基地, is the firm's own site and keeps its name: only parks it builds.)
    if (type === "park" && /园区?$/u.test(suffix)) a = afterOwner(s, a, sufStart);
    // A zone is named by its place, never "甲与乙": 与 before it joins a partner (某公司与某经开区签约).
    if (type === "park" && ZONE_SUFFIX.test(suffix)) {
      const yu = s.lastIndexOf("与", sufStart - 1);
      if (yu >= a) a = yu + 1;
    }
    // 某经开区安徽甲乙科技有限公司: a zone's name, then a firm's own opening with its province or city.
    if (type === "enterprise") a = afterZone(s, a, sufStart, /有限(?:责任)?公司$|股份公司$/u.test(suffix));
    if (type === "enterprise" && /(?:公司|集团)$/u.test(suffix)) a = placeStart(s, a, sufStart);
    // "16间创科公司": the scan took the count's classifier in; it is no part of the name (the count below
    // then reads the name as a category).
    if (CLASSIFIER[s.charCodeAt(a)] === 1 && COUNT_CHAR[s.charCodeAt(a - 1)] === 1) a++;
    // "继某开发区之后": the preposition of a 继…之后 frame; "2017年某…": the year's 年.
    if (s[a] === "继" && /^(之后|以后|后)/u.test(s.slice(end, end + 2)) && sufStart - a > 2) a++;
    const dated = DATE_FIRST[s.charCodeAt(a)] === 1 ? /^(年度|年|月份|月|日)/u.exec(s.slice(a, a + 2)) : null;
    if (dated && /\d/u.test(s[a - 1] ?? "")) a += dated[0].length;
    // 省级 after a date (2023年度省级…) sets the level like a leading 省级.
    const lv2 = dated ? leadingLevel(s.slice(a, end)) : null;
    if (lv2) a += lv2.len;
    while (a < sufStart && !/[\p{Script=Han}A-Za-z0-9“(（]/u.test(s[a] as string)) a++;
    const specific0 = s.slice(a, sufStart);
    const specific = hasQuote(specific0) ? specific0.replace(/[“”"]/gu, "") : specific0;
    // The national academy named alone (中国科学院, 中国社会科学院), a university named after it (中国科学院大学)
    // and a university's school (某大学某某科学院) are bodies like universities: their institutes and labs are
    // the platforms.
    if (
      suffix === "科学院" &&
      (/^(?:[与和及同跟向]|携手|联合)?中国[\p{Script=Han}]{0,2}$/u.test(specific) ||
        specific.includes("大学") ||
        s.startsWith("大学", end))
    )
      continue;
    // A branch centre is named by the centre it belongs to (某某中心某地分中心): a bare 某地分中心 of any other
    // body (人才市场某地分中心) is no platform, nor is a scan that stopped inside the centre's name (中心某地分中心).
    if (suffix === "分中心" && !/^[\p{Script=Han}]{2,}中心[\p{Script=Han}]{0,6}$/u.test(specific)) continue;
    // 自治区级甲工业园 / “一区两园”的乙园 (甲/乙 a direction word): a direction names a sub-park when a level or the zone's parts say so.
    const subPark =
      type === "park" &&
      /^[东西南北中]$/u.test(specific) &&
      /^(工业园|产业园|工业园区|产业园区)$/u.test(suffix) &&
      (level !== null || /一区[两二三四五六七八九十多]园/u.test(s));
    // A list item between two 、 marks (…、中和工业园、…) may end in 和/与/及: it joins no two names there.
    const listed = s[a - 1] === "、" && /^[、等]/u.test(s.slice(end, end + 1));
    // A bare zone word and its named area (高新区某某片区, 自贸试验区某地片区): the text's own zone's area.
    const bareArea =
      type === "park" &&
      specific === "" &&
      /(?:试验区|自贸区|开发区|高新区|经开区|新区)$/u.test(suffix) &&
      /^(?![内各等和及与的])[\p{Script=Han}]{2,3}片区/u.test(s.slice(end, end + 6));
    if (!subPark && !bareArea && !validSpecific(type, specific, suffix, uncuedBase, listed)) continue;
    // A park named inside quotes is a slogan, a title or an honour (“…先导区、…集聚区”).
    // A name quoted exactly (“某某药谷”) is the park's own name, not a slogan around it.
    // Only a short own name (“某某药谷”); a quoted goal (“某某西部现代化新城”的目标) stays a slogan.
    const exactQuote =
      /[“"]/u.test(s[a - 1] ?? "") &&
      /[”"]/u.test(s[end] ?? "") &&
      // …or a longer one a building or placing verb opens (规划建设“某某智造产业园”): the park being built.
      (sufStart - a <= 4 ||
        QUOTED_SITE_VERB.test(s.slice(Math.max(0, a - 5), a - 1)) ||
        // …or one that an opening follows (“某某产业园”揭牌开园): only a place opens.
        QUOTED_OPENED.test(s.slice(end + 1, end + 8))) &&
      !/^(的目标|目标|定位|称号|品牌|理念|的定位)/u.test(s.slice(end + 1, end + 4));
    if (type === "park" && !exactQuote && insideQuotes(s, a, end)) continue;
    // Designations after 被评为/获评/命名为 are titles, not places.
    if (
      type === "park" &&
      titleCharBefore(s, a) &&
      /(被评为|评为|获评|命名为|授予|荣获|称号)[^。；，,]*$/u.test(s.slice(Math.max(0, a - 90), a))
    )
      continue;
    // An area (占地45平方公里的某地某某产业城) measures a place the text names by its place: a park
    // inside the zone the text is about ("park:measured", which hosts only its own sentence's firms).
    // (…or by an owner or brand the tagger knows as a proper name: 占地5平方公里的某某(firm)产业园.)
    const measured =
      type === "park" &&
      s[a - 1] === "的" &&
      /(平方公里|平方米|亩|公顷)的$/u.test(s.slice(Math.max(0, a - 6), a)) &&
      (PLACE_PREFIX_RE.test(specific) || properHead(specific));
    // "规模近百万辆…的自主创新型汽车工业园": a described aim, not a named place
    // (unless a phase of it is being built: 建筑面积13万平方米的某某产业园三期). A date is no size (2003年建设的某工业园).
    if (
      s[a - 1] === "的" &&
      /[\d%％万亿]/u.test(
        s.slice(Math.max(0, a - 16), a).replace(/\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日/gu, ""),
      ) &&
      type === "park" &&
      !INVESTED.test(s.slice(Math.max(0, a - 40), a)) &&
      // (An investment right before it, 投资12亿元的某某产业园, sizes a project on a named site.)
      !(
        /投资(?:约|超过?|近|达)?\s*[\d.]+\s*[多余]?[万亿]+(?:美|欧|港)?元的$/u.test(s.slice(Math.max(0, a - 20), a)) &&
        !/公司/u.test(specific)
      ) &&
      !measured &&
      !/^[一二三四五六七八九十\d]期/u.test(s.slice(end, end + 2))
    )
      continue;
    // 上述/上级/上年/上游…: a pointer or a relation word, not a name (上汽, 上银, 上虞 are names).
    if (
      POINTER_FIRST[specific.charCodeAt(0)] === 1 &&
      /^(级|上(?:述|级|年|月|半|下|游|市|一|报|线|层|面|规|位|升|门|岗|交|缴|架|次|周|期|季|个|批|轮|届)|者)/u.test(
        specific,
      )
    )
      continue;
    if (
      hasChar(RANK_CHAR, specific, 0, specific.length) &&
      /(首批|[\d]+个|[一二三四五六七八九十两]+大|百强|标杆)/u.test(specific)
    )
      continue;
    // Counted or quantified things are categories (一批…, 10家, 6个省级…).
    // Counted or quantified things are categories (一批…, 10家, 6个省级…); kept
    // aside (confidence 0) because a coordination may still use them as its head.
    const counted =
      (CATEGORY_BEFORE.test(s.slice(Math.max(0, raw - 4), raw)) &&
        !firstOfKind(s, raw, type) &&
        // (…but a firm named after its category, 最大的某某生产企业甲集团, is that firm.)
        !(type === "enterprise" && /企业[\p{Script=Han}A-Za-z]{2,}$/u.test(specific))) ||
      // "A、B等X": X is the list's category; a firm after 等 may still be the parent (A、B等X集团的子公司).
      (type !== "enterprise" && s[raw - 1] === "等") ||
      /^\s*\d+\s*(家|个|项)/u.test(s.slice(end, end + 4)) ||
      // (…and a kind of platform totalled: 已认定的某某服务平台共计53家; a park 共有100家企业 is named.)
      (type === "platform" &&
        /^\s*(?:共计|累计|总数达|数量达|达到?)\s*\d+\s*(家|个|项)/u.test(s.slice(end, end + 8))) ||
      /(\d|[一二三四五六七八九十两几多]+)\s*(个|家|间|户|批|类|项)(以上|左右)?\s*((国家级|省级|市级|自治区级)(以上)?)?\s*$/u.test(
        s.slice(Math.max(0, raw - 8), a),
      );
    // A numbered sub-park right after a zone (某某高新技术产业开发区某某园).
    // A free trade zone's area (某自由贸易试验区某地片区) is the park the text names.
    // …and a zone's named area (某自贸区某地片区, 某经开区某某片区, 某自由贸易试验区某地某港片区).
    const area = /(?:试验区|自贸区|开发区|高新区|经开区|综保区|新区)$/u.test(suffix)
      ? /^(?![内各等和及与的])[\p{Script=Han}]{2,8}?片区/u.exec(s.slice(end, end + 10))
      : null;
    if (area) {
      end += area[0].length;
      from = end;
    }
    if (/(开发区|高新区|经开区)$/u.test(suffix)) {
      // (…入园 is entering the park: 签订入园协议, 企业入园.)
      const sub = /^[\p{Script=Han}]{2,3}(?<!入)园(?![区])/u.exec(s.slice(end, end + 5));
      if (sub) {
        end += sub[0].length;
        from = end;
      }
    }
    // A commercial bank's branch (某银行某地分行/支行) is the firm named; the central bank's is a department.
    if (suffix === "银行" && !s.slice(sufStart - 2, sufStart).endsWith("人民")) {
      const br = /^[\p{Script=Han}]{2,6}?(?:中心支行|分行|支行)/u.exec(s.slice(end, end + 10));
      if (br) {
        end += br[0].length;
        from = end;
      }
    }
    if (suffix === "新城" && s[end] === "区") continue;
    // 生物医药城市, 健康城市: a city, not a town of industry.
    if (type === "park" && suffix.endsWith("城") && s[end] === "市") continue;
    // "建成…世界级某某产业园": an aim described after 的 is not a named place.
    // …unless it is built (打造了) or built around a firm (打造以某某为核心的某某产业园): then it is a place.
    if (
      type === "park" &&
      s[raw - 1] === "的" &&
      /(建成|打造|成为|建设成)[^，。；]*$/u.test(s.slice(Math.max(0, raw - 24), raw)) &&
      !/(建成|打造)了|以[^，。；]{2,10}为(核心|龙头|依托|主体)的$/u.test(s.slice(Math.max(0, raw - 24), raw))
    )
      continue;
    // "某高新区企业某某有限公司": the category before the firm's own place-prefixed name is not part of it.
    if (type === "enterprise") {
      const cat = hasChar(YE_QU, s, a, sufStart) ? CATEGORY_THEN_PLACE.exec(s.slice(a, sufStart)) : null;
      if (cat) a += cat[0].length;
    }
    // A person listed before the firm (姓名(女)某某有限公司): the name starts after the mark.
    const person =
      type === "enterprise" && hasChar(SEX_CHAR, s, a, end)
        ? /^[\p{Script=Han}]{2,4}[(（][男女][)）]/u.exec(s.slice(a, end))
        : null;
    if (person) a += person[0].length;
    // A number code heading a listed park's name (、12349 某某物流产业园, 、798艺术园) is part of it.
    if (type === "park" && CODE_END[s.charCodeAt(a - 1)] === 1) {
      const code = /(?:^|[、，,：:\n])(\d{3,6}) ?$/u.exec(s.slice(Math.max(0, a - 9), a));
      if (code) a -= code[0].length - (/^[、，,：:\n]/u.test(code[0]) ? 1 : 0);
    }
    if (type === "park") {
      a = partnerStart(s, a);
      end += typeTagAfter(s, end);
      from = Math.max(from, end);
    }
    const name0 = orig(ctx, a, end);
    const name1 = hasChar(NAME_QUOTE, name0, 0, name0.length) ? name0.replace(/[“”"「」]/gu, "") : name0;
    const name = DIGIT[name1.charCodeAt(0)] === 1 ? name1.replace(/^(\d+) /u, "$1") : name1;
    if (
      type === "platform" &&
      (ADMIN_PLATFORM.test(s.slice(a, end)) || ADMIN_ONLINE.test(s.slice(a, end))) &&
      !/(创新|研发|设计|技术)/u.test(s.slice(a, end))
    )
      continue;
    out.push({
      type,
      start: a,
      end,
      name,
      rule: uncuedBase ? "base:named" : namedArea ? "area:named" : measured ? "park:measured" : `suffix:${suffix}`,
      confidence: counted
        ? 0
        : uncuedBase || namedArea || measured
          ? 0.8
          : type === "enterprise" && suffix === "公司"
            ? 0.7
            : 0.85,
      level: level ?? lv2?.level ?? nameLevel(s.slice(a, end)),
    });
  }
  firmPlatformStarts(ctx, out);
  branchEnds(ctx, out);
  return out;
}

/** A character of an honour's words (评名授荣称) after the last 。；，, of the 90 before a: where the title test can match. */
function titleCharBefore(s: string, a: number): boolean {
  for (let k = a - 1; k >= Math.max(0, a - 90); k--) {
    const ch = s.charCodeAt(k);
    if (TITLE_CHAR[ch] === 1) return true;
    if (CLAUSE_END[ch] === 1) return false;
  }
  return false;
}
const CLAUSE_END = charTable("。；，,");

/** Verbs before a quoted park name that make it the place being built or entered, not a slogan. */
const QUOTED_SITE_VERB = /(?:规划建设|建设|打造|建成|谋划|布局|推进|落户|入驻|位于|在)$/u;
const QUOTED_OPENED = /^(?:正式|郑重|隆重|顺利|成功)?(?:揭牌|开园|挂牌|落成|开工建设|建成投用|启用)/u;
