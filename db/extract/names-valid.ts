// Whether a name's specific part names one entity or a kind (validSpecific, bareCategory): the scan's largest check.
import type { EntityType } from "../types.ts";
import { charTable, hasChar, SPACE_CHARS } from "./anchored.ts";
import { PLACE_PREFIX_RE } from "./context.ts";
import { industryPhrase, TECH_CODE } from "./industry-heads.ts";
import { typedSuffix } from "./names-suffixes.ts";
import { tag } from "./tagger.ts";
import { isHan } from "./text.ts";
import { LEADING_VERBS, PLACE_SET, PROVINCES } from "./vocab.ts";

const SPACE = charTable(SPACE_CHARS);
/** Brackets, and the first characters of a grade or direction (高端, 东部…), tested before their replaces. */
const BRACKET = charTable("（）()");
const GRADE_FIRST = charTable("高东西南北中");
/** First characters of the level words bareCategory strips. */
const LEVEL_FIRST = charTable("国省市自");

/** A grade written right before a park's kind word (…国家级开发区, …A类产业园区, …重大产业集聚区). */
const PARK_GRADE = /(?:国家级|省级|市级|县级|自治区级|[A-ZＡ-Ｚ]类|重大|综合性|附属)+$/u;
/** A province's name (with 省/自治区) opening a park's specific part. */
const PROVINCE_HEAD = new RegExp(`^(?:${PROVINCES.join("|")})(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)?`, "u");

/** A park/platform type word with nothing specific before it (省级重点实验室, 企业技术中心, 工程研究中心). */
export function bareCategory(item: string): boolean {
  // Runs for every list item: each replace only where it can change something.
  let t = item;
  for (let k = 0; k < t.length; k++)
    if (SPACE[t.charCodeAt(k)] === 1) {
      t = t.replace(/\s+/gu, "");
      break;
    }
  if (LEVEL_FIRST[t.charCodeAt(0)] === 1) t = t.replace(/^(国家级|省级|市级|自治区级|国家|省|市)/u, "");
  if (t.endsWith("等")) t = t.slice(0, -1);
  const ts = typedSuffix(t);
  if (!ts || ts.type === "enterprise") return false;
  const spec = t.slice(0, t.length - ts.suffix.length);
  return spec === "" || GENERIC_SPECIFIC.has(spec);
}

/** Descriptive words that make a park/platform name generic when they are all there is. */
export const GENERIC_SPECIFIC = new Set(
  (
    "化工 工业 产业 物流 科技 农业 特色 专业 重点 各类 相关 省级 市级 国家级 国家 高端 绿色 生态 智慧 数字 现代 企业 " +
    "工程 技术 工程技术 重点实验 国家重点 省重点 市重点 公共 服务 公共服务 政务服务 行业 一类 创新 研发 新型 " +
    "子 全资子 控股 上市 该 本 这家 龙头 大型 国有 民营 外资 合资 全资 骨干 头部 优质 一批 各 多家 相关 产业化 " +
    "公共技术 高能级 顶尖 高水平 重大 综合 企业融资 行业公共 省部级 若干产业 区域 开放 一体化 数字领域 产业技术 专业技术 " +
    "跨国 旅游 城市 数据 大数据 信用 信息 监管 招商 示范 试点 引导 承载 孵化 众创 总部 " +
    "核心 平台 大学 电商 数字经济 物流仓储 线上 线上综合 企业工业 专利密集型产业 " +
    "院士 专家 博士后 人民 商业 农商 村镇 政策性 开发性 合作 区域合作 经济 生态 国际 科技创新 创新创业 " +
    "专业化 国家专业化 品牌 国家备案 备案 行业级 企业级 行业级工业 企业级工业 民营 民营商业 新型民营商业 合作 遴选合作 科技 新兴 战略性新兴 优势 主导 支柱 高新技术 高新 " +
    // Kinds of zones by scope or age (县域工业集中区, 新老园区), not names.
    "县域 重点县域 新老 县级 乡镇 " +
    // Kinds of labs and service platforms (科研实验室, 中心实验室, 综合性服务平台).
    "科研 中心 综合性"
  ).split(/\s+/),
);
/** What any lab or centre does (检验, 研发, 设计…): with generic words only, a platform's kind, not its name. */
const PLATFORM_WORK = ["检验", "检测", "实验", "研发", "设计", "创意", "成果", "联合", "地方", "制造业"];
const KIND_WORDS = [...GENERIC_SPECIFIC, ...PLATFORM_WORK].sort((a, b) => b.length - a.length);
/** A platform's specific part made of generic and work words only (检验, 研发实验, 产业创新公共, 国家地方联合). */
export function kindOnlySpecific(spec: string): boolean {
  let rest = spec;
  for (let g = 0; g < 6 && rest; g++) {
    const w = KIND_WORDS.find((x) => rest.startsWith(x));
    if (!w) return false;
    rest = rest.slice(w.length);
  }
  return rest === "";
}

/** Kinds of business that make "X公司/X集团" a common noun (保险公司, 物业公司), not a name. */
const FIRM_KIND =
  /^(专业|优质|大型|知名|政府性|明星直播|直播|相关|各类|小额|地方|职业)?(保险|猎头|物业|实体|外贸|金融科技|融资担保|担保|经纪|运营商|教育|医院|中介|咨询|律师|会计|评估|代理|快递|投资|贸易|物流|科技|房地产|运营|大企业大)$|[及和与、]/u;

const LEADING_VERB_SET = new Set(LEADING_VERBS);
const PLACE_ONLY = new RegExp(`^(?:${PLACE_PREFIX_RE.source.replace(/\^/gu, "")})$`, "u");

/** A park's specific made of quality words only (高端, 综合性, 现代化, 国际型…). */
const DESCRIPTOR_ONLY =
  /^(?:国际型|国际化|国际|高端|高水平|高标准|高质量|综合性|综合|现代化|现代|特色|专业化|专业|规范化?|标准化|集约化|一流|全链条|示范性|生态型|创新型|智慧型|新型|大型|综合型)+$/u;

/** Sites and aims that describe a new town without naming it (direction, coast or plain, 产城融合). */
const SHORT_FORM_ZONE = new RegExp(`^(?:${PLACE_PREFIX_RE.source.replace(/\^/gu, "")})[\\p{Script=Han}]$`, "u");
/** 中国（某地）… / 国家（某地）…: a national designation given to one place, named by the bracketed place. */
const BRACKETED_PLACE = /^(?:中国|国家)[（(][\p{Script=Han}]{2,4}[)）]/u;
/** Two characters and a landform: a village's or an island's name (the tagger knows few of them). */
export const LANDFORM_HEAD = /^[\p{Script=Han}]{2}[岛河湖山滩湾岭峪坪沟洲](?=[\p{Script=Han}]{2})/u;
const TOWN_DESCRIPTOR =
  /^(?:东部|西部|南部|北部|中部|滨海|沿海|沿江|滨江|滨湖|临海|平原|山地|锦绣|国际|科技|产业|产城融合|生态|智慧|现代化?|综合|高端)+$/u;

/** A name that opens with a proper word (a place, an owner, a brand), not a region, the country or an industry. */
export function properHead(specific: string): boolean {
  const first = tag(specific, false)[0];
  return (
    !!first &&
    !industryPhrase(specific) &&
    first.word.length >= 2 &&
    /^(ns|nr|nz|j|nt|nrt|nrfg)$/u.test(first.tag) &&
    !/^(中国|全国|全球|世界|国际|我国)$|地区$/u.test(first.word)
  );
}

/** Owners' words inside a specific part (某大学, 某研究院, 某集团): the platform is that body's own. */
const OWNER_WORD = /(大学|学院|研究院|研究所|科学院|集团|公司|药业|股份|控股|实业|重工)/u;

/**
 * A platform's specific part that opens with a name of its own — a place (某省, 某市), a proper word the
 * tagger knows (ns, nr, nz…) or an unknown one it reads as a brand (x, two characters or more) — or holds its
 * owner's word (某大学, 某集团): one platform, not a kind (青禾畜禽种业研发平台, not 企业研发平台).
 */
export function ownNamedSpecific(spec: string): boolean {
  if (spec.length < 2 || GENERIC_SPECIFIC.has(spec) || kindOnlySpecific(spec)) return false;
  if (PLACE_PREFIX_RE.test(spec)) return spec.replace(PLACE_PREFIX_RE, "").length >= 2;
  if (OWNER_WORD.test(spec)) return true;
  const first = tag(spec, true)[0];
  return (
    !!first &&
    first.word.length >= 2 &&
    /^(ns|nr|nz|nt|nrt|nrfg|x)$/u.test(first.tag) &&
    !/^(中国|全国|全球|世界|国际|我国)$|地区$/u.test(first.word)
  );
}

/** Platform kinds named by a work alone (研发平台, 孵化平台, 中试平台): a name only after an own name. */
export const OWN_NAMED_KINDS = new Set(["研发平台", "孵化平台", "中试平台"]);

/** The kind of firm a park is for, closing its name (某某中小企业创业园, 某某科技企业加速器). */
const TENANT_KIND = /(?:中小微?|小微|科技|民营)企业$/u;

/**
 * A park's name without a closing tenant kind, when a name of its own stands before it (a place alone names
 * one industrial park, 某市中小企业工业园区, but a city's incubators of a kind, 某市科技企业孵化器, are a category).
 */
function tenantKindless(specific: string, suffix: string): string {
  const m = TENANT_KIND.exec(specific);
  if (!m) return specific;
  const own = specific.slice(0, m.index);
  const placeOnly = PLACE_ONLY.test(own) && !/^(工业园区|产业园区|工业园|产业园)$/u.test(suffix);
  return own.length >= 2 && !placeOnly && !/(企业|[和与及、的])$/u.test(own) ? own : specific;
}

export function validSpecific(
  type: EntityType,
  specific: string,
  suffix: string,
  namedBase = false,
  listed = false,
): boolean {
  // 开区 only closes a place and one character of the zone's kind (某市汽开区), never a word (公开区域).
  if (suffix === "开区") return SHORT_FORM_ZONE.test(specific);
  if (specific.length < 2) {
    // One-character names only with a long suffix: 某 + 经济技术开发区 is still odd.
    return false;
  }
  // (Each replace only where it can change something: most specifics hold no bracket and open with no direction.)
  if (
    GENERIC_SPECIFIC.has(specific) ||
    (hasChar(BRACKET, specific, 0, specific.length) && GENERIC_SPECIFIC.has(specific.replace(/[（）()]/gu, "")))
  )
    return false;
  // 某省自贸区 is the province's free trade zone; 中韩自贸区 is a trade agreement.
  if (suffix === "自贸区" && !PLACE_SET.has(specific.replace(/[省市]$/u, ""))) return false;
  // A grade or a direction before a generic word (高端产业聚集区, 东部产业园) names nothing more.
  if (
    GRADE_FIRST[specific.charCodeAt(0)] === 1 &&
    GENERIC_SPECIFIC.has(specific.replace(/^(高端|东部|西部|南部|北部|中部)/u, ""))
  )
    return false;
  // A verb (简化园区) or a pair of levels (国家和省级农业科技园区) is no name.
  if (
    LEADING_VERB_SET.has(specific) ||
    /^(国家|省|市)级?[和与及或、](国家|省|市|县)级?/u.test(specific) ||
    // …or the second of such a pair (省级或国家级…): 或 opens no name.
    /^或/u.test(specific)
  )
    return false;
  // A platform may join two activities before its kind (某某研发及检测中心, 某某研究与中试基地).
  const joinedActivity =
    type === "platform" &&
    specific.length >= 4 &&
    /(研发|研究|开发|设计|试验|检测|检验|生产|应用|推广|转化|展示|实训|培训|交易|政策)[和与及]$/u.test(specific);
  // A firm's brand may end in 和 (某某众和股份有限公司, 某某人和公司): not a join unless a whole name stands before it.
  const brandHe =
    type === "enterprise" &&
    specific.length >= 3 &&
    specific.endsWith("和") &&
    !/(公司|集团|企业|全资|独资|合资|控股|参股|国有|民营|外资|[厂局部委院校行府司团])和$/u.test(specific);
  if (
    /[和与及、]$/u.test(specific) &&
    !joinedActivity &&
    !brandHe &&
    !(listed && /^[\p{Script=Han}]{2,4}$/u.test(specific))
  )
    return false;
  if (/(千亿|百亿|万亿|首家|首批|第一家|著名)/u.test(specific)) return false;
  // A programme's slogan (一企一技术, 一区多园) opens no name; 一带一路 is an initiative's proper name.
  if (/^一[^一多，、]{1,3}[一多][^一多，、]{1,3}/u.test(specific) && !specific.startsWith("一带一路")) return false;
  // The whole county (全县专业镇) or a rating (一星级开发区) names no place of its own.
  if (/^全[省市县区镇国]$/u.test(specific)) return false;
  // …nor does a determiner before a level (该市产业园区, 各县工业园区, 本区科技园): the place the text is about.
  if (/^[该本各此这][省市县区州旗镇乡]$/u.test(specific)) return false;
  // A rating (一星级开发区, 五星级园区) grades a kind of place; it names none.
  if (/^[一二三四五六七八九十\d]+星级?$/u.test(specific)) return false;
  // A kind opened by a scope or a role word (国家高新区, 中央创新区, 乡镇工业集聚区, 关键产业园, 产业转移集聚区),
  // unless a proper name follows in it (国家东中西区域合作示范区 keeps its direction words).
  if (
    type === "park" &&
    /^(?:国家|中央|乡镇|镇村|关键|产业转移|工业集中|新修|发达国家)/u.test(specific) &&
    !tag(specific, false).some((t) => /^(ns|nr|nz|x|j|nt|nrt|nrfg|f)$/u.test(t.tag))
  )
    return false;
  // A grade and no name (国家级开发区, 安徽国家级开发区, 某自治区A类产业园区, 广东省重大产业集聚区, 自觉扛起国家级开发区):
  // what is left before the grade is nothing, a province, or words with no proper name among them.
  const graded = PARK_GRADE.exec(specific);
  if (type === "park" && graded) {
    const rest = specific.slice(0, graded.index).replace(PROVINCE_HEAD, "");
    if (rest === "" || !tag(rest, false).some((t) => /^(ns|nr|nz|x|j|nt|nrt|nrfg)$/u.test(t.tag))) return false;
  }
  const noPlace = specific.replace(PLACE_PREFIX_RE, "");
  if (type === "park" && suffix === "园区" && noPlace.length < 2) return false;
  // A level alone before a zone word (升级为国家高新区, 省级开发区): a kind of zone, not one zone.
  // (A one-character verb or preposition before the level is trimmed later: 为国家高新区.)
  if (type === "park" && /^[为以在于是成]?(?:国家|国家级|省级|省|市级|县级|区级|自治区级)$/u.test(specific))
    return false;
  // A base named by its owner or place may end in a kind word (某某菌菇生产示范基地).
  // …and a supplier park named by something of its own before 配套 (某地船舶配套产业园; 船舶配套产业园 is a kind).
  const kindEnd = /(特色|试点|示范|重点|配套|生产|研发)$/u.exec(specific);
  const ownBefore = kindEnd ? specific.slice(0, kindEnd.index) : "";
  const namedSupply =
    kindEnd?.[0] === "配套" && ownBefore.length >= 2 && !industryPhrase(ownBefore) && !/[和与及、]$/u.test(ownBefore);
  // (A registered firm's name may end in such a word: 某某服装研发有限公司, 某某汽车配套有限公司.)
  const registered = type === "enterprise" && /有限(?:责任)?公司$|股份公司$/u.test(suffix);
  if ((!namedBase && kindEnd && !namedSupply && !registered) || /^(省|市)特色/u.test(specific)) return false;
  // A city's 园区/产业园区 (某市工业园区) is its parks in general; a city's name before 工业园区 without 市
  // (某某工业园区) is one named park.
  if (
    /^(产业园区|工业园区|园区|产业园)$/u.test(suffix) &&
    PLACE_ONLY.test(specific) &&
    !(/^(?:工业园区|产业园|工业园)$/u.test(suffix) && !/[省市县区]$/u.test(specific))
  )
    return false;
  // A province's county parks in general (某省县域工业园区前列).
  if (/(县域|市域|区域)$/u.test(specific) && /园区$/u.test(suffix)) return false;
  if (suffix === "特色小镇" && specific.length <= 2) return false;
  if (/^[省市]?[(（][^)）]*[)）]$/u.test(specific)) return false;
  if (/^\d+$/u.test(specific)) return false;
  // (A technology's code opens a name too: 5G通讯产业园, 3D打印产业基地.)
  if (!isHan(specific[0]) && !/^[A-Za-z“(（]/u.test(specific) && !TECH_CODE.test(specific)) return false;
  if (type === "enterprise") {
    // 全资子公司 / 控股子公司 are kinds; 某某电子公司 is a name.
    if (/(^子|全资子|控股子|下属子|旗下子|的子|该|本|这家|龙头|上市|骨干|企业)$/u.test(specific)) return false;
    if (specific.length > 16) return false;
    if ((suffix === "公司" || suffix === "集团") && FIRM_KIND.test(specific) && !PLACE_PREFIX_RE.test(specific))
      return false;
    // Hospitals and schools grouped together are none of the five types (the guide).
    if (/(医院|学校|学院|大学)$/u.test(specific)) return false;
    // A news outlet that reports (某某日报报业集团采访团) is the text's source, not an enterprise of it.
    if (/(报业|报业传媒|日报社|报社|新闻网|电视台|融媒体)$/u.test(specific)) return false;
    // 生物制药业, 中药制药业: the pharmaceutical industry, not a firm named 某药业.
    if (suffix === "药业" && /制$/u.test(specific)) return false;
  }
  if (type === "park") {
    if (
      suffix === "园区" &&
      /^(工业|产业|化工|特色|各类|重点|省级|国家级|市级|科学|科技|创新|创业|物流|生态|农业|智慧|数字|软件|高新|零碳|低碳|绿色|先进|主体|五好|标杆)$/u.test(
        specific,
      )
    )
      return false;
    // Whose zone it is (省属开发区, 国字号经开区): a kind of zone, not one zone.
    if (/(省属|市属|县属|区属)$|^国字号$/u.test(specific) && /(开发区|经开区|高新区|园区)$/u.test(suffix)) return false;
    // A clause's verb before the bare word (折射出园区, 都有园区, 可见开发区, 供给园区): the word is generic.
    if (/(出|有|可见|供给)$/u.test(specific) && /^(园区|开发区)$/u.test(suffix)) return false;
    if (
      /^(国家|省|市|全国|世界|我国|中国)/u.test(specific) &&
      /(试验区|示范区|集聚区|聚集区)$/u.test(suffix) &&
      !PLACE_PREFIX_RE.test(specific.replace(/^国家/u, "")) &&
      // 中国（某省）自由贸易试验区, 中国（某市）跨境电子商务综合试验区: the bracketed place names it.
      !BRACKETED_PLACE.test(specific)
    )
      return false;
    if (
      (suffix === "试验区" || suffix === "示范区") &&
      !PLACE_PREFIX_RE.test(specific) &&
      !BRACKETED_PLACE.test(specific) &&
      // A national innovation demonstration zone is named by its cities' one-character names (甲乙国家自主创新示范区).
      !/^[\p{Script=Han}]{2,4}国家自主创新$/u.test(specific) &&
      !/^[\p{Script=Han}]{2,3}(市|区|县)/u.test(specific) &&
      // …or a place named by its landform (某井滩), which the tagger seldom knows.
      !LANDFORM_HEAD.test(specific)
    )
      return false;
    if (suffix === "新城" && specific.length < 2) return false;
    // A new town described only by its site or its aims (东部滨海新城, 平原新城, 产城融合新城) is a plan's area, not a named one.
    if (/^(新城|科技城|科学城)$/u.test(suffix) && TOWN_DESCRIPTOR.test(specific)) return false;
    // A judgement is no name (作为成熟园区, 高质量发展典范园区, 中国唯一科技城).
    if (
      /(成熟|典范|唯一|惟一|一流|标杆|样板|优秀|知名|最大|首个|重要|主要|模范)(国家级|省级|市级|国家)?$/u.test(specific)
    )
      return false;
    // Qualities alone (国际型高端综合产业园区, 综合性现代化开发区, 特色专业园区): what kind of zone, not which.
    if (DESCRIPTOR_ONLY.test(specific)) return false;
    // A kind of zone, no zone (主题产业园, 传统开发区, 大专业园区, 省际产业合作区).
    if (/^(主题|传统|大?专业|省际产业|跨省|跨区域|各?板块)$/u.test(specific)) return false;
    // 创新型园区, 生产型园区: a kind of zone; 骨干物流企业与仓储园区, 制造业向专业产业园区: a clause, not a name.
    // (至 closing a place the tagger knows, 东至/ns, is the place's own character.)
    // (…but a park for a kind of firm, 某某中小企业创业园 or 某某科技企业加速器, is named by what stands before it.)
    if (/型$/u.test(specific) || /企业/u.test(tenantKindless(specific, suffix))) return false;
    if (/[向至]/u.test(specific) && tag(specific, true).some((t) => /^[向至]$/u.test(t.word))) return false;
    // 集中配套项目及智慧园区: projects and a kind of park joined, no one park's name.
    if (/项目[及和与、]/u.test(specific)) return false;
    if (/大湾区$|经济带$|三角洲$/u.test(specific + suffix)) return false;
    // 龙湾区, 海勃湾区: a district whose name ends in 湾, not a bay zone (某某科技湾区 has a name of its own).
    if (suffix === "湾区" && (specific.split(/[与和及、]/u).pop() ?? "").replace(PLACE_PREFIX_RE, "").length <= 2)
      return false;
    // An economy named as a zone (蓝色经济新区, 某某经济聚集区) is a slogan, not a place.
    if (/经济$/u.test(specific) && /^(新区|集聚区|聚集区)$/u.test(suffix) && !PLACE_PREFIX_RE.test(specific))
      return false;
  }
  if (type === "platform") {
    if (OWN_NAMED_KINDS.has(suffix) && !ownNamedSpecific(specific)) return false;
    if (/^(企业|工程|重点|国家重点|省重点|省级重点|国家级重点|市级重点)$/u.test(specific)) return false;
    // A designation and its batch only ((第25批)国家企业技术中心, 国字号企业技术中心): a kind of platform.
    if (
      specific.replace(
        /[（(]?第[\d一二三四五六七八九十]+批[)）]?|国字号|国家级|国家|省级|市级|[省市]|企业|新认定|认定/gu,
        "",
      ) === ""
    )
      return false;
    // 天津市企业重点实验室: a place and a generic word make a category of platforms, not one —
    // but a place's university (某地大学技术转移中心) or a city's own institute (某市产业技术研究院) is one body.
    const ownBody =
      /^(大学|学院|科学院|农科院|科技大学|理工大学)$/u.test(noPlace) ||
      (suffix === "研究院" && noPlace === "产业技术" && /[市省区县]$/u.test(specific.slice(0, -noPlace.length)));
    if (
      !ownBody &&
      (GENERIC_SPECIFIC.has(noPlace.replace(/^[省市]/u, "")) || /^(企业国家|企业省级?|企业市级?)$/u.test(noPlace))
    )
      return false;
    // 某市工程技术研究中心, 某省重点实验室: a place and a designation's own word name the designation.
    if (
      noPlace.replace(/^(?:省级|市级|[省市])/u, "") === "" &&
      specific !== "" &&
      /^(?:重点实验室|工程技术研究中心|工程研究中心|企业技术中心|技术中心|工程中心|工程实验室)$/u.test(suffix)
    )
      return false;
  }
  if (suffix === "银行" && (/[和与及]/u.test(specific) || /(^人民|合作|民营商业|政策性|开发性)$/u.test(specific)))
    return false;
  // 蓝色经济区, 某某沿岸经济区: regional strategies, not bounded zones.
  if (suffix === "经济区" && /(色|岸|半岛|流域|湾|三角|带|圈)$/u.test(specific)) return false;
  // …and so is a place's economic region named by the place alone (某市经济区, 成渝-style pairs of short names).
  if (suffix === "经济区" && /^[\p{Script=Han}]{2,3}$/u.test(specific)) {
    const t = tag(specific, false);
    if (t.length === 1 && /^(ns|nr)$/u.test(t[0]?.tag ?? "")) return false;
  }
  return true;
}
