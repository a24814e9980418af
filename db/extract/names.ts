// Suffix grammars for parks, platforms and enterprises: find a type suffix,
// scan left to the name's boundary, trim descriptive words, validate.
// Over 400 lines: the suffix families of three types share one left-boundary scan; split by type
// they would drift apart.
import type { EntityType, Level } from "../types.ts";
import { LiteralAlternation } from "./alternation.ts";
import { charTable, hasChar, SPACE_CHARS } from "./anchored.ts";
import { type Cand, type Ctx, orig, PLACE_PREFIX_RE } from "./context.ts";
import { placeStart } from "./firm-place-start.ts";
import { industryPhrase } from "./industry-heads.ts";
import { partnerStart, typeTagAfter } from "./park-partners.ts";
import { tag } from "./tagger.ts";
import { indexWithin, isHan, lastIndexWithin, scanLeft, stopEndingAt } from "./text.ts";
import { LEADING_TRIM, LEADING_VERBS, PLACE_SET, PROVINCES } from "./vocab.ts";

/** Area suffixes named only by a proper name before them ("area:named", checked by namedBases). */
export const NAMED_AREAS = [
  "核心区",
  "产业区",
  "拓展区",
  "辅助区",
  "休闲区",
  "化工区",
  "加工区",
  "商贸园",
  "科学园",
  "片区",
];

const PARK_SUFFIX = [
  "高新技术产业开发区",
  "高技术产业开发区",
  "经济技术开发区",
  "高新技术开发区",
  "经济开发区",
  "技术开发区",
  "开发区",
  "高新区",
  "经开区",
  "综合保税区",
  "保税区",
  "综保区",
  "保税物流中心",
  "产业园区",
  "工业园区",
  "科技园区",
  "产业园",
  "工业园",
  "科技园",
  "创新园",
  "加速园",
  "创业园",
  "软件园",
  "物流园",
  // 某地离岸科创园 (合作园 and 示范园 name titles and categories as often as parks).
  "科创园",
  // 某地产业转移园 (a city's industrial-transfer park), 某某产业园中园 (a park inside a park).
  "产业转移园",
  "产业园中园",
  "园区",
  "产业城",
  // 某地纺织工业城, 某地食品制造园, 某地循环经济园, 某地智能制造产业港: official kinds of the same family.
  "工业城",
  "制造园区",
  "制造园",
  "循环经济园区",
  "循环经济园",
  "产业港",
  "汽车城",
  "影视城",
  "新城",
  "新区",
  "特色小镇",
  "小镇",
  "专业镇",
  "集聚区",
  "聚集区",
  "试验区",
  "示范区",
  "湾区",
  "创业大街",
  "创新大街",
  "生产基地",
  "研发基地",
  // Bases without a cue verb are kept only when a proper name heads them (park-forms.ts namedBases).
  "研发生产基地",
  "生产研发基地",
  "示范基地",
  "产业基地",
  "基地",
  // Functional areas and a zone's named parts (某地艺术核心区, 某某精细化工区, 某地片区): NAMED_AREAS below.
  ...NAMED_AREAS,
  // Further park families (科技城, 创新港, 药谷, 合作区, 陆港, 物流园区, 孵化器, 众创空间).
  "科技城",
  "科学城",
  "创新城",
  "生态城",
  "创新港",
  "科创港",
  "医药港",
  "智造港",
  "国际陆港",
  "陆港",
  "药谷",
  "光谷",
  "医谷",
  "合作区",
  "经济区",
  "物流园区",
  "孵化器",
  "众创空间",
  "加速器",
  "启动区",
  "交易城",
  "商贸城",
  "物流城",
  "起步区",
  // Resorts, incubator parks and industry towns (某某旅游度假区, 某某科技孵化园, 某某生物城).
  "旅游度假区",
  "度假区",
  "孵化园",
  // Official zone types (某县工业集中区, 某市出口加工区, 某地保税港区, 某地台商投资区, 中国（某省）自由贸易试验区某片区).
  "工业集中区",
  "产业集中区",
  "工业区",
  "新片区",
  "出口加工区",
  "保税港区",
  "台商投资区",
  "自由贸易试验区",
  "自贸试验区",
  "自贸区",
  "生物城",
  "医药城",
  "健康城",
];
const PLATFORM_SUFFIX = [
  "工程技术研究中心",
  "技术研究中心",
  "临床医学研究中心",
  "研究中心",
  "技术创新中心",
  "创新中心",
  "企业技术中心",
  "技术中心",
  "设计中心",
  "育种中心",
  "加速中心",
  "计算中心",
  "检测中心",
  "检验中心",
  "孵化中心",
  "重点实验室",
  "工程实验室",
  "实验室",
  "研究院",
  "科学院",
  "检验检测院",
  "检测院",
  "研究所",
  "材料所",
  "试验场",
  "服务平台",
  "创新平台",
  "集成平台",
  "交易平台",
  "数据平台",
  "国家平台",
  "产业大脑",
  "中试基地",
  // Test and transfer bases are platforms of their kind like 中试基地 (某某无人机测试基地, 某某成果转化基地).
  "测试基地",
  "成果转化基地",
  // Test and inspection platforms (某某公共检测平台, 某某振动试验室, 某某计量测试中心).
  "检测平台",
  "测试平台",
  "试验平台",
  "试验室",
  "测试中心",
  // Platforms named after a university, an institute or a person.
  "研究开发中心",
  "研发中心",
  "技术转移中心",
  "成果转化中心",
  "院士工作站",
  "院士工作室",
  "专家工作站",
  "博士后科研工作站",
  "博士后工作站",
  "工程中心",
  "互联网平台",
  // Platforms by what they share or serve (某某公共平台, 某某技术平台, 某某数据集平台).
  "公共平台",
  "技术平台",
  "研究平台",
  "转化平台",
  "共享平台",
  "数据集平台",
  "云平台",
  // Zhejiang's service complexes for one industry (某某产业创新服务综合体).
  "创新服务综合体",
  // Centres named by what they do for an industry: quality inspection, proof of concept, innovation
  // services, science and innovation.
  "质检中心",
  "概念验证中心",
  "创新服务中心",
  "科创中心",
  "分中心",
];
const ENTERPRISE_SUFFIX = [
  "集团股份有限公司",
  "股份有限公司",
  "有限责任公司",
  "集团有限公司",
  "有限公司",
  "集团公司",
  "控股集团",
  "集团",
  "公司",
  // Japanese and Korean firms' registered form (某某电子株式会社).
  "株式会社",
  "银行",
  // Words only firms end in (a brand before them): 某某控股, 某某实业, 某某药业.
  "控股",
  "实业",
  "置业",
  "药业",
  "重工",
  // Factories that name a firm (某某卷烟厂, 某某制药厂); a bare 工厂 is a kind, not a name.
  "卷烟厂",
  "烟厂",
  "制药厂",
  "药厂",
  "钢厂",
  "酒厂",
  "机床厂",
  "机械厂",
  "船厂",
  "盐厂",
  "化工厂",
  "化肥厂",
  "造纸厂",
  "糖厂",
  "水泥厂",
  "玻璃厂",
  "纺织厂",
  "印染厂",
  "食品厂",
  "啤酒厂",
  "发电厂",
  "电厂",
  "钢铁厂",
  "冶炼厂",
  "焦化厂",
];

const SUFFIX_TYPE = new Map<string, EntityType>();
for (const x of PARK_SUFFIX) SUFFIX_TYPE.set(x, "park");
for (const x of PLATFORM_SUFFIX) SUFFIX_TYPE.set(x, "platform");
for (const x of ENTERPRISE_SUFFIX) SUFFIX_TYPE.set(x, "enterprise");
const ALL = [...SUFFIX_TYPE.keys()].sort((a, b) => b.length - a.length);
/** The suffix scan: as the regex ALL.join("|") would find them (see alternation.ts). */
const SUFFIXES = new LiteralAlternation(ALL);
/** Kept inside a park's name after 国际 (中德国际合作产业园). */
const COOPERATION = new Set(["合作"]);

const SPACE = charTable(SPACE_CHARS);
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

/**
 * Suffixes grouped by their last character, longest first as in ALL: a name
 * can only end in a suffix sharing its last character, so one lookup replaces
 * trying all ~80 suffixes (typedSuffix runs for every list item and candidate).
 */
const BY_LAST = new Map<number, string[]>();
/** Base suffixes the scan proposes for namedBases only: elsewhere a …基地 item (a firm's site in a firm list) keeps no type. */
const SCAN_ONLY = new Set(["研发生产基地", "生产研发基地", "示范基地", "产业基地", "基地", ...NAMED_AREAS]);
for (const x of ALL) {
  if (SCAN_ONLY.has(x)) continue;
  const k = x.charCodeAt(x.length - 1);
  const l = BY_LAST.get(k);
  if (l) l.push(x);
  else BY_LAST.set(k, [x]);
}

/** Suffix of a name, if it ends in a park/platform/enterprise suffix. */
export function typedSuffix(name: string): { suffix: string; type: EntityType } | null {
  const group = BY_LAST.get(name.charCodeAt(name.length - 1));
  if (group) for (const x of group) if (name.endsWith(x)) return { suffix: x, type: SUFFIX_TYPE.get(x) as EntityType };
  return null;
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
/** A city written before a firm named from the country (某市中国某某集团…): the firm's name starts at 中国. */
export const CITY_BEFORE_CHINA = /^[\p{Script=Han}]{2,3}市(?=中国)/u;
/** Words inside a platform name that mark an administrative system, not an entity. */
const ADMIN_PLATFORM = /(政务|信用|监管|审批|城市运行|管理平台|公共资源交易|旅游)/u;
/** Public-service domains: an online 平台 for them serves residents or administration, not industry. */
const ADMIN_ONLINE =
  /(停车|家校|教育|体育|物业|养老|社区|地理信息|时空|经济运行|涉企|外国专家|一体化大数据|^[省市区县]?大数据平台$).*平台$/u;
/** Kinds of business that make "X公司/X集团" a common noun (保险公司, 物业公司), not a name. */
const FIRM_KIND =
  /^(专业|优质|大型|知名|政府性|明星直播|直播|相关|各类|小额|地方|职业)?(保险|猎头|物业|实体|外贸|金融科技|融资担保|担保|经纪|运营商|教育|医院|中介|咨询|律师|会计|评估|代理|快递|投资|贸易|物流|科技|房地产|运营|大企业大)$|[及和与、]/u;
/** Business words that end a firm's own name before its suffix (…投资公司, …发展集团). */
const FIRM_WORD = /^(投资|发展|建设|开发|服务|合作|控股|经营|管理|运营|实业|基金)$/u;
/** A zone or category word ("…区企业", "…企业") right before a place prefix inside a firm span. */
const CATEGORY_THEN_PLACE = new RegExp(
  `^[\\p{Script=Han}]{0,10}?(?:企业|高新区|开发区|经开区|园区)(?=${PLACE_PREFIX_RE.source.replace(/\^/gu, "")})`,
  "u",
);
/** "引进投资30亿元的某某产业园": an investment amount describes a project that came in, not an aim. */
export const INVESTED = /(引进|签约|落户|落地|开工|入驻|投产)[^。；]*?(总)?投资\s*[\d.]+\s*[多余]?[万亿]+(美)?元的$/u;
const FIRM_SAFE_VERBS = new Set(
  "进一步 降低 继续 继续抓好 抓好 抓住 突出 简化 加快推进 加快建设 鼓励 支持 引导 协助 依据".split(" "),
);
/** Words right before a name that make it the category of a list or a description (A、B等X; 各类X; 唯一的X). */
const CATEGORY_BEFORE =
  /(各|各类|一批|一些|若干|多个|多家|众多|其他|其它|唯一的?|最大的|首个|首家|(国家级|省级|市级)、)$/u;

/** Words by their first character, in list order (only those can start at a position). */
function byFirstChar(words: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) {
    const l = m.get(w.charCodeAt(0));
    if (l) l.push(w);
    else m.set(w.charCodeAt(0), [w]);
  }
  return m;
}
const VERBS_BY_FIRST = byFirstChar(LEADING_VERBS);
const TRIM_BY_FIRST = byFirstChar(LEADING_TRIM);
const NONE: readonly string[] = [];

/**
 * 全国首家某某概念验证中心, 唯一的某某院士工作站: a platform singled out as the first or only one is named
 * by what follows (a described kind, 唯一的综合性研发中心, stays a category).
 */
function firstOfKind(s: string, raw: number, type: EntityType): boolean {
  return (
    type === "platform" &&
    /(唯一的?|首个|首家)$/u.test(s.slice(Math.max(0, raw - 4), raw)) &&
    !/^[\p{Script=Han}]{1,3}性/u.test(s.slice(raw, raw + 4))
  );
}

/**
 * Start of a name after dropping leading verbs (继续抓好…, 联合…, 升级…) that
 * the left scan keeps because they may occur inside names. "即" only after a
 * quoted label (“三园”即…), "出/了" only right after a stop word (发挥出…).
 */
export function trimLeadingVerbs(s: string, a: number, end: number, firm = false): number {
  for (let guard = 0; guard < 3; guard++) {
    const w = (VERBS_BY_FIRST.get(s.charCodeAt(a)) ?? NONE).find(
      (x) =>
        s.startsWith(x, a) &&
        end - a - x.length >= 2 &&
        // Firm names may start with such words (联合…, 升级…); only clause adverbs are cut there.
        (!firm || FIRM_SAFE_VERBS.has(x)) &&
        !(x === "联合" && s[a + 2] === "国"),
    );
    if (w) {
      a += w.length;
      continue;
    }
    // A counted label and 即 (六园即…, 两区即…) name the parts that follow.
    const label = /^[一二三四五六七八九十两][园区城港]即/u.exec(s.slice(a, a + 3));
    if (label && end - a - 3 >= 3) {
      a += 3;
      continue;
    }
    if (s[a] === "即" && /[”"）)】]/u.test(s[a - 1] ?? "") && end - a >= 3) {
      a++;
      continue;
    }
    if (/^(出(?!口|版|行|租|境|入|让)|了|好)/u.test(s.slice(a, a + 2)) && stopEndingAt(s, a) >= 2 && end - a > 4) {
      a++;
      continue;
    }
    break;
  }
  return a;
}

export interface LevelHit {
  level: Level;
  len: number;
}

/** Level stated by a leading word (stripped from the name). */
export function leadingLevel(s: string): LevelHit | null {
  const m = /^(国家级|省级|自治区级|市级)/u.exec(s);
  if (!m) return null;
  const w = m[1] as string;
  return { level: w === "国家级" ? "national" : w === "市级" ? "city" : "provincial", len: w.length };
}

/** Level implied by the name itself (国家…, 山东省…, 威海市…). */
export function nameLevel(name: string): Level {
  // (国家, 省/市 and 自治区 tested first: most names hold none of them.)
  if (
    name.includes("国家") &&
    (/^国家/u.test(name) || /国家级|国家(工程|重点|地方|工艺|技术|企业|制造业|平台)/u.test(name))
  )
    return "national";
  const shi = name.includes("市");
  if (
    (shi || name.includes("省") || name.includes("自治区")) &&
    /^[\p{Script=Han}]{2,3}省|^(?:北京|天津|上海|重庆)市|自治区/u.test(name)
  )
    return "provincial";
  const m = PLACE_PREFIX_RE.exec(name);
  if (m && !m[0].endsWith("市") && PLACE_PROVINCE.test(m[0])) return "provincial";
  if (shi && /^[\p{Script=Han}]{2,4}市/u.test(name) && m) return "city";
  return null;
}
const PLACE_PROVINCE = new RegExp(
  `^(${"河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆".split(" ").join("|")})$`,
  "u",
);

/** Leading words a platform keeps: they name what it serves (高端某某仪器创新中心), not a grade. */
const PLATFORM_KEEPS = new Set(["高端"]);
/** Direction words a new town keeps: a district of a city is named by them (东部某某新城), a park's site is not (北部某产业园). */
const DIRECTIONS = new Set(["东部", "西部", "南部", "北部", "中部"]);

export function trimLeading(
  s: string,
  start: number,
  end: number,
  type: EntityType | null = null,
): { start: number; level: Level } {
  let a = start;
  let level: Level = null;
  for (let guard = 0; guard < 4; guard++) {
    const lv = leadingLevel(s.slice(a, end));
    if (lv) {
      level = lv.level;
      a += lv.len;
      if (s[a] === "的") a++;
      continue;
    }
    // One-character function words start a name after a list separator (、从化…).
    const listStart = a === start && /[、\n.．]|^$/u.test(s[a - 1] ?? "");
    const w = (TRIM_BY_FIRST.get(s.charCodeAt(a)) ?? NONE).find(
      (x) =>
        s.startsWith(x, a) &&
        end - a - x.length >= 4 &&
        // (由 "by" opens no name even there: 、由某某集团与某某集团联合建设的…)
        !(listStart && x.length === 1 && x !== "由") &&
        // 和田市…: a place that starts with the character is no conjunction before a name.
        !(x.length === 1 && (PLACE_SET.has(s.slice(a, a + 2)) || PLACE_SET.has(s.slice(a, a + 3)))) &&
        !(type === "platform" && PLATFORM_KEEPS.has(x)) &&
        !(type === "park" && (x === "高端" || (DIRECTIONS.has(x) && /(新城|新区)$/u.test(s.slice(a, end))))),
    );
    if (w && !/^(国家级|省级|市级|自治区级)$/u.test(w)) {
      a += w.length;
      continue;
    }
    break;
  }
  return { start: a, level };
}

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

/** A zone word written bare, with no name of its own before a sub-park's (试验区某某工业园). */
const BARE_ZONE = /^(?:试验区|开发区|经开区|高新区|示范区|合作区|新区|园区)(?=[\p{Script=Han}]{2})/u;

/**
 * Where a park's name starts once what precedes it in the scanned run is set aside: 原 (former) before a
 * renamed zone (原某经开区; not 原阳县, 原平市), and a conjunction after a place that the tagger reads as
 * one before the name (本部和澄湖新区; 和平, 和信 are words; 甲及乙产业园 joins industries).
 */
function parkStart(s: string, a: number, sufStart: number): number {
  if (s[a] === "原" && sufStart - a > 3 && !/^原[\p{Script=Han}][县市区]/u.test(s.slice(a, a + 3))) a++;
  // A one-character preposition before a place (除某省…产业园外, 自某某新区成立以来) opens no name.
  if (/[除自至据]/u.test(s[a] ?? "") && sufStart - a >= 3) {
    const rest = s.slice(a + 1, sufStart);
    if (PLACE_PREFIX_RE.test(rest) || tag(rest, false)[0]?.tag === "ns") a++;
  }
  // A bare zone word first (试验区某某工业园, 开发区某某产业园) is the text's own zone, abbreviated: the sub-park starts after it.
  const zone = BARE_ZONE.exec(s.slice(a, sufStart));
  if (zone && sufStart - a - zone[0].length >= 2) a += zone[0].length;
  const span = s.slice(a, sufStart);
  const k = Math.max(span.lastIndexOf("和"), span.lastIndexOf("与"), span.lastIndexOf("及"));
  // Only after a place's own last character (…本部和, …眼谷与): inside an industry (甲及乙产业园) the 和 is the name's.
  if (k < 1 || span.length - k - 1 < 2 || !/[区园部城谷港镇县市]/u.test(span[k - 1] ?? "")) return a;
  let at = 0;
  for (const t of tag(span, false)) {
    if (at === k) return t.word.length === 1 && t.tag === "c" ? a + k + 1 : a;
    at += t.word.length;
    if (at > k) return a;
  }
  return a;
}

/** A firm's registered or group name opening a park's scanned run (甲乙集团某省某某产业园). */
const OWNER =
  /^[\p{Script=Han}A-Za-z]{2,14}?(?:集团(?:有限责任公司|股份有限公司|有限公司)?|有限责任公司|股份有限公司|有限公司)/u;

/**
 * Where a park starts after the firm that builds it, when a place opens the rest (甲乙重工集团有限公司某省某市
 * 绿色铸锻产业园, 甲乙集团某自治区液晶产业园): the firm is named in full before its project's site, not inside a
 * park's name (甲乙集团新兴产业园, with no place, stays one name).
 */
function afterOwner(s: string, a: number, sufStart: number): number {
  const m = OWNER.exec(s.slice(a, sufStart));
  if (!m) return a;
  const rest = s.slice(a + m[0].length, sufStart);
  return rest.length >= 4 && PLACE_PREFIX_RE.test(rest) ? a + m[0].length : a;
}

/** A zone's suffix inside a firm's scanned run, right before a province or city: the firm starts there. */
const ZONE_IN_FIRM = /(?:开发区|高新区|经开区|园区|产业园|工业园|新区)(?=[^开高经园产工新])/gu;

/** A county or district closing an address right before a province's or city's name (某市某区甲省乙丙有限公司). */
const DISTRICT_IN_FIRM = /[\p{Script=Han}]{2,4}?[区县旗](?=[^区县旗])/gu;

function afterZone(s: string, a: number, sufStart: number, legal: boolean): number {
  let at = a;
  for (const m of s.slice(a, sufStart).matchAll(ZONE_IN_FIRM)) {
    const k = a + (m.index as number) + m[0].length;
    if (sufStart - k >= 4 && PLACE_PREFIX_RE.test(s.slice(k, sufStart))) at = k;
  }
  // …and a city's district before a registered name that opens with its own province or city (registered
  // names hold one place, not an address; a zone's name before one may be the name's own, 某市工业园区甲乙有限公司).
  if (at === a && legal && /^[\p{Script=Han}]{2,4}[市州盟]/u.test(s.slice(a, sufStart)))
    for (const m of s.slice(a, sufStart).matchAll(DISTRICT_IN_FIRM)) {
      const k = a + (m.index as number) + m[0].length;
      if (sufStart - k >= 4 && PLACE_PREFIX_RE.test(s.slice(k, sufStart))) at = k;
    }
  return at;
}

/** Bases that are a platform's own kind (pilot-scale, test, transfer), not aims. */
const PLATFORM_BASE: ReadonlySet<string> = new Set(["中试基地", "测试基地", "成果转化基地"]);

export function suffixCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  // Where the next suffix search starts (the end of this one, or of a sub-park joined to it).
  let from = 0;
  for (let m = SUFFIXES.find(s, 0); m; m = SUFFIXES.find(s, from)) {
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
    if (type === "enterprise")
      for (let g = 0; g < 3; g++) {
        const w = FIRM_WORD.exec(s.slice(Math.max(0, scanEnd - 2), scanEnd));
        if (!w) break;
        scanEnd -= 2;
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
      keep:
        type === "platform" && /研究中心$/u.test(suffix)
          ? RESEARCH_KEEP
          : type === "platform" && /(实验室|工程中心|中试基地)$/u.test(suffix)
            ? PLATFORM_ACTIVITY
            : type === "platform" && /研究[院所]$/u.test(suffix)
              ? DEVELOPMENT
              : // 中德(某地)国际合作某某产业园: a park of international cooperation keeps 合作 in its name.
                type === "park" &&
                  s.slice(Math.max(0, scanEnd - 16), scanEnd).includes("国际合作") &&
                  /国际合作[\p{Script=Han}]{0,10}$/u.test(s.slice(Math.max(0, scanEnd - 16), scanEnd))
                ? COOPERATION
                : undefined,
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
    const { start, level } = trimLeading(s, raw, end, type);
    let a = trimLeadingVerbs(s, start, sufStart, type === "enterprise");
    if (type === "park") a = parkStart(s, a, sufStart);
    // (A firm's base, 甲乙集团某地生产基地, is the firm's own site and keeps its name: only parks it builds.)
    if (type === "park" && /园区?$/u.test(suffix)) a = afterOwner(s, a, sufStart);
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
      (sufStart - a <= 4 || QUOTED_SITE_VERB.test(s.slice(Math.max(0, a - 5), a - 1))) &&
      !/^(的目标|目标|定位|称号|品牌|理念|的定位)/u.test(s.slice(end + 1, end + 4));
    if (type === "park" && !exactQuote && insideQuotes(s, a, end)) continue;
    // Designations after 被评为/获评/命名为 are titles, not places.
    if (
      type === "park" &&
      hasChar(TITLE_CHAR, s, Math.max(0, a - 90), a) &&
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
      (CATEGORY_BEFORE.test(s.slice(Math.max(0, raw - 4), raw)) && !firstOfKind(s, raw, type)) ||
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
      const sub = /^[\p{Script=Han}]{2,3}园(?![区])/u.exec(s.slice(end, end + 5));
      if (sub) {
        end += sub[0].length;
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

/** A branch after its parent's registered name (某某股份有限公司某省销售分公司): one firm, the branch. */
const BRANCH = /^[\p{Script=Han}]{2,10}?分公司/u;

function branchEnds(ctx: Ctx, cands: Cand[]): void {
  for (const c of cands) {
    if (c.type !== "enterprise" || !/有限(?:责任)?公司$/u.test(c.name)) continue;
    const b = BRANCH.exec(ctx.s.slice(c.end, c.end + 14));
    if (!b || /[，。；、和与及的]/u.test(b[0])) continue;
    c.end += b[0].length;
    c.name = orig(ctx, c.start, c.end);
  }
}

/**
 * 甲乙能源服务有限公司技术中心: a platform named by a registered firm starts where the firm's own scan
 * started (the platform's scan stopped at a business word such as 服务 that the firm's scan keeps).
 */
function firmPlatformStarts(ctx: Ctx, cands: Cand[]): void {
  const firms = cands.filter((c) => c.type === "enterprise" && /(公司|集团)$/u.test(c.name));
  if (firms.length === 0) return;
  for (const p of cands) {
    if (p.type !== "platform") continue;
    const f = firms.find((e) => e.start < p.start && p.start < e.end && e.end < p.end);
    if (!f) continue;
    p.start = f.start;
    p.name = orig(ctx, p.start, p.end);
  }
}

/** True when [a, end) lies inside a pair of quotation marks. */
/** Verbs before a quoted park name that make it the place being built or entered, not a slogan. */
const QUOTED_SITE_VERB = /(?:规划建设|建设|打造|建成|谋划|布局|推进|落户|入驻|位于|在)$/u;

function insideQuotes(s: string, a: number, end: number): boolean {
  // Searches are bounded by the distances that matter: unbounded ones walked
  // the whole document for every park candidate of a text without quotes.
  const open = Math.max(lastIndexWithin(s, "“", a, a - 30), lastIndexWithin(s, '"', a - 1, a - 30));
  if (open < 0 || a - open > 30) return false;
  const closeBefore = lastIndexWithin(s, "”", a - 1, open + 1);
  if (s[open] === "“" && closeBefore > open) return false;
  if (s[open] === '"' && s.slice(open + 1, a).includes('"')) return false;
  const close = indexWithin(s, s[open] === "“" ? "”" : '"', a, end + 20);
  return close >= end && close - end <= 20 && !s.slice(a, end).includes(s[open] as string);
}

const LEADING_VERB_SET = new Set(LEADING_VERBS);
const PLACE_ONLY = new RegExp(`^(?:${PLACE_PREFIX_RE.source.replace(/\^/gu, "")})$`, "u");

/** A park's specific made of quality words only (高端, 综合性, 现代化, 国际型…). */
const DESCRIPTOR_ONLY =
  /^(?:国际型|国际化|国际|高端|高水平|高标准|高质量|综合性|综合|现代化|现代|特色|专业化|专业|规范化?|标准化|集约化|一流|全链条|示范性|生态型|创新型|智慧型|新型|大型|综合型)+$/u;

/** Sites and aims that describe a new town without naming it (direction, coast or plain, 产城融合). */
const TOWN_DESCRIPTOR =
  /^(?:东部|西部|南部|北部|中部|滨海|沿海|沿江|滨江|滨湖|临海|平原|山地|锦绣|国际|科技|产业|产城融合|生态|智慧|现代化?|综合|高端)+$/u;

/** A name that opens with a proper word (a place, an owner, a brand), not a region, the country or an industry. */
function properHead(specific: string): boolean {
  const first = tag(specific, false)[0];
  return (
    !!first &&
    !industryPhrase(specific) &&
    first.word.length >= 2 &&
    /^(ns|nr|nz|j|nt|nrt|nrfg)$/u.test(first.tag) &&
    !/^(中国|全国|全球|世界|国际|我国)$|地区$/u.test(first.word)
  );
}

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

function validSpecific(type: EntityType, specific: string, suffix: string, namedBase = false, listed = false): boolean {
  if (specific.length < 2) {
    // One-character names only with a long suffix: 某 + 经济技术开发区 is still odd.
    return false;
  }
  if (GENERIC_SPECIFIC.has(specific) || GENERIC_SPECIFIC.has(specific.replace(/[（）()]/gu, ""))) return false;
  // 某省自贸区 is the province's free trade zone; 中韩自贸区 is a trade agreement.
  if (suffix === "自贸区" && !PLACE_SET.has(specific.replace(/[省市]$/u, ""))) return false;
  // A grade or a direction before a generic word (高端产业聚集区, 东部产业园) names nothing more.
  if (GENERIC_SPECIFIC.has(specific.replace(/^(高端|东部|西部|南部|北部|中部)/u, ""))) return false;
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
  if (/[和与及、]$/u.test(specific) && !joinedActivity && !(listed && /^[\p{Script=Han}]{2,4}$/u.test(specific)))
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
  if ((!namedBase && kindEnd && !namedSupply) || /^(省|市)特色/u.test(specific)) return false;
  // A city's 园区/产业园区 (某市工业园区) is its parks in general; a city's name before 工业园区 without 市
  // (某某工业园区) is one named park.
  if (
    /^(产业园区|工业园区|园区|产业园)$/u.test(suffix) &&
    PLACE_ONLY.test(specific) &&
    !(suffix === "工业园区" && !/[省市]$/u.test(specific))
  )
    return false;
  // A province's county parks in general (某省县域工业园区前列).
  if (/(县域|市域|区域)$/u.test(specific) && /园区$/u.test(suffix)) return false;
  if (suffix === "特色小镇" && specific.length <= 2) return false;
  if (/^[省市]?[(（][^)）]*[)）]$/u.test(specific)) return false;
  if (/^\d+$/u.test(specific)) return false;
  if (!isHan(specific[0]) && !/^[A-Za-z“(（]/u.test(specific)) return false;
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
      /^(工业|产业|化工|特色|各类|重点|省级|国家级|市级|科学|科技|创新|创业|物流|生态|农业|智慧|数字|软件|高新)$/u.test(
        specific,
      )
    )
      return false;
    if (
      /^(国家|省|市|全国|世界|我国|中国)/u.test(specific) &&
      /(试验区|示范区|集聚区|聚集区)$/u.test(suffix) &&
      !PLACE_PREFIX_RE.test(specific.replace(/^国家/u, "")) &&
      // 中国（某省）自由贸易试验区: the bracketed province names it.
      !/^中国[（(][\p{Script=Han}]{2,4}[)）]$/u.test(specific)
    )
      return false;
    if (
      (suffix === "试验区" || suffix === "示范区") &&
      !PLACE_PREFIX_RE.test(specific) &&
      // A national innovation demonstration zone is named by its cities' one-character names (甲乙国家自主创新示范区).
      !/^[\p{Script=Han}]{2,4}国家自主创新$/u.test(specific) &&
      !/^[\p{Script=Han}]{2,3}(市|区|县)/u.test(specific)
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
