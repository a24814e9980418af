// Department vocabulary and compiled patterns (national bodies, suffixes, prefixes, stops): data apart from grammar.

import { EndIndexedAlternation, FirstCharAlternation } from "./alternation.ts";
import { charTable } from "./anchored.ts";
import { triggerFamily } from "./trigger-index.ts";
import { CITIES, PROVINCES } from "./vocab.ts";

/** National bodies known by short form (ministry names are generic vocabulary). */
const NATIONAL = [
  // The Party's central committee, as documents name it beside 国务院 (党中央、国务院).
  "党中央",
  "国务院办公厅",
  "国务院",
  "国家发改委",
  "国家发展改革委",
  "科技部",
  "工信部",
  "工业和信息化部",
  "商务部",
  "财政部",
  "教育部",
  "自然资源部",
  "生态环境部",
  "交通运输部",
  "农业农村部",
  "人力资源社会保障部",
  "人社部",
  "水利部",
  "文化和旅游部",
  "国家卫生健康委",
  "国资委",
  "国务院国资委",
  "海关总署",
  "国家市场监管总局",
  "市场监管总局",
  "国家税务总局",
  "国家统计局",
  "国家能源局",
  "国家知识产权局",
  "中国人民银行",
  "住房城乡建设部",
  "民政部",
  "公安部",
  "应急管理部",
  // Full forms and further central bodies (the list is China's, not any document's).
  "科学技术部",
  "国家发展和改革委员会",
  "人力资源和社会保障部",
  "住房和城乡建设部",
  "国家卫生健康委员会",
  "国家市场监督管理总局",
  "全国人大常委会",
  "全国人大",
  "全国政协",
  "外交部",
  "司法部",
  "审计署",
  "退役军人事务部",
  "国家林业和草原局",
  "国家药品监督管理局",
  "国家药监局",
  "国家外汇管理局",
  // Former ministries and commissions (older texts name the body that approved a zone at the time).
  "农业部",
  "建设部",
  "国土资源部",
  "信息产业部",
  "交通部",
  "铁道部",
  "卫生部",
  "文化部",
  "人事部",
  "劳动和社会保障部",
  "环境保护部",
  "环保部",
  "国家环保总局",
  "国家计委",
  "国家经贸委",
  "国家质检总局",
  "国家工商总局",
  "国家林业局",
  "国家旅游局",
  // Taiwan's central bodies (simplified view of the text): 行政院, its ministries and councils.
  "行政院(?!长)",
  "经济部",
  "内政部",
  "国发会",
  "国科会",
  "经建会",
  "农委会",
  "中国证监会",
  "中国银保监会",
  "国家金融监督管理总局",
];
/** A ministry's centre or department written right after it (火炬中心, 原材料工业司). */
export const NATIONAL_UNIT =
  /^(?:[\p{Script=Han}]{2,6}?(?:中心|司)|(?:工业|产业发展|投资)(?:局|署))(?!(?:[^\p{P}司])?(?:长|的))/u;
/** The national bodies as literals, longest first, found by their last characters (a regex of them was a costly scan). */
export const NATIONAL_ALT = new EndIndexedAlternation(
  NATIONAL.map((w) => w.replace("(?!长)", "")).sort((a, b) => b.length - a.length),
);

/** A division written as 某某处, unless 处 begins a verb (处理, 处置, 处于, 处在). */
const DIVISION = "(?!理|置|于|在)";
/**
 * The department suffixes in the order a regex of them would try them (人大常委会 before 人大…):
 * each word, with the lookahead it needs. Scanned by a table of first characters: as one regex,
 * the alternation was the costliest scan of the department recogniser.
 */
export const SUFFIXES = new FirstCharAlternation([
  ["人大常委会"],
  ["人大", "(?!代表大会)"],
  ["人民政府办公厅"],
  ["人民政府办公室"],
  ["人民政府"],
  ["政协"],
  ["政务服务中心"],
  ["政府办公厅"],
  ["政府办公室"],
  ["政研室"],
  ["政府"],
  ["街道办事处"],
  ["投资促进中心"],
  ["投促中心"],
  ["公共资源交易中心"],
  ["督查室"],
  ["研究室"],
  ["总工会"],
  ["科协"],
  ["妇联"],
  ["残联"],
  ["贸促会"],
  ["供销社"],
  ["工商联"],
  ["工作专班"],
  ["工程处", DIVISION],
  ["中心支行"],
  ["领导小组办公室"],
  ["领导小组"],
  ["指挥部"],
  ["管理委员会"],
  ["管委会"],
  ["管委"],
  ["管理处", DIVISION],
  ["委员会"],
  ["委"],
  ["办公厅"],
  ["办公室"],
  ["办"],
  ["海关"],
  ["分行"],
  ["行政公署"],
  ["行署"],
  ...["建设", "开发", "发展", "观光", "事务", "财政", "规划", "招商", "产业", "经济"].map((w): [string, string] => [
    `${w}处`,
    DIVISION,
  ]),
  ["局"],
  ["厅"],
  ["部"],
  ["检察院"],
  ["法院"],
  ["司", "(?=副?司长)"],
]);
/** Where a department suffix can start, collected in the document's shared pass (SUFFIXES.findAmong). */
export const SUFFIX_STARTS = triggerFamily(SUFFIXES.words);

const CITY_ALT = [...CITIES].sort((a, b) => b.length - a.length).join("|");
export const PROV_ALT = PROVINCES.join("|");
export const PLACE_START = new RegExp(`^(?:${CITY_ALT}|${PROV_ALT})`, "u");
/** Where a department name may start. */
export const PREFIX_RE = new RegExp(
  `(?:中共)?(?:(?:${PROV_ALT})(?:省|自治区)?|(?:${CITY_ALT})市?|国家|人民银行|中国人民银行|团(?:省|市|区|县)委|自治区(?=党委|人民政府|政府)|(?:省|市|县|州)(?!场)|区(?=委|政府|人民政府|[\\p{Script=Han}]{2})|[旗盟](?=[\\p{Script=Han}]{2})|(?:新疆生产建设)?兵团(?:第[一二三四五六七八九十]{1,3}师)?(?=[\\p{Script=Han}]{2})|第[一二三四五六七八九十]{1,3}师(?!范)|师市(?=[\\p{Script=Han}]{2})|中央(?=[\\p{Script=Han}]{2,6}?[部办委](?![\\p{Script=Han}]{0,1}(?:长|的)))|特区(?=政府))`,
  "uy",
);
/** First characters a prefix can start with (a cheap pre-check before the big regex). */
export const PREFIX_FIRST = charTable(
  [
    ...PROVINCES,
    ...CITIES,
    "中共",
    "国家",
    "人民银行",
    "中国人民银行",
    "团",
    "省",
    "市",
    "县",
    "区",
    "州",
    "旗",
    "盟",
    "兵团",
    "第",
    "师市",
    "中央",
    "特区",
  ]
    .map((x) => x[0] as string)
    .join(""),
);
/** Level words two or three characters into a prefix (某某区, 某某县…), as a table. */
export const LEVEL_AHEAD = charTable("区县市旗镇乡");
export const DISTRICT_RE = /(?:中共)?[\p{Script=Han}]{2,3}?(?:区|县|市|旗|镇|乡)(?!级|场)(?=[\p{Script=Han}])/uy;
/** The zone words a zone's bodies are named after. */
const ZONE_KINDS = "新区|开发区|高新区|经开区|综保区|保税区";
/** Parks named by other kinds, whose bodies are only their committees (某新城管委会, 某示范园区管理委员会, 某科技园区某园管委会). */
const PARK_KINDS = "工业园|产业园|科技园|新城|工业区|示范区|试验区|集聚区|合作区|先行区|科技城|科学城|基地|园";
/** A zone's own bodies: 某开发区管委会, 某高新区党工委, 某经开区投资促进局 (a bracketed word may stand in the zone's name). */
export const ZONE_RE = new RegExp(
  `[\\p{Script=Han}(（)）]{1,12}?(?:(?:${ZONE_KINDS}|园区)(?=管委|管理委员会|党工委|工委|[\\p{Script=Han}]{2,8}?(?:局|办公室))|(?:${PARK_KINDS})(?=管委|管理委员会|党工委|工委))`,
  "uy",
);
export const ZONE_HEAD = new RegExp(`^[\\p{Script=Han}]{1,8}?(?:${ZONE_KINDS})`, "u");
/** A zone word anywhere: ZONE_RE can match only where one lies before the suffix. */
export const ZONE_WORD = new RegExp(`${ZONE_KINDS}|园区|${PARK_KINDS}`, "u");
/** Suffixes that name a body only with a level or place before them (市总工会, 人民银行某市中心支行). */
export const MASS_SUFFIX =
  /^(行政公署|行署|人大|总工会|科协|妇联|残联|贸促会|供销社|工商联|中心支行|督查室|研究室|政研室)$/u;

/** Words right before a level or province that end what comes before a body (经, 年来, 坚持, 和…). */
export const LEAD_BEFORE_LEVEL = new RegExp(
  `(?:经|年来|坚持|召开|推行|组织|[和与及])(?=(?:${PROV_ALT})(?:省|自治区)?|自治区|国家|[省市区县][\\p{Script=Han}]{0,8}$)|及(?=开发区|高新区|经开区)`,
  "u",
);

/** A department suffix followed by a place prefix: two bodies written together (某市委员会某市人民政府, 某市委市政府). */
export const GLUED = new RegExp(
  `(?:办公厅|办公室)(?=国务院)|(?:委员会|委|政府|局|厅)(?=(?:${CITY_ALT})市|(?:${PROV_ALT})(?:省|自治区))|^(?:中共)?[省市区县]委(?=[省市区县])|委(?=[省市区县州]$)`,
  "u",
);

/** Characters LEAD_BEFORE_LEVEL and GLUED need in the text they read (tests before them). */
export const LEAD_CHAR = charTable("经来持开行织和与及");
export const GLUED_CHAR = charTable("厅室会委府局");

export const DEPT_STOPS = new Set(
  "的 是 为 至 明确 确定 指定 责成 委托 公示 推荐 来自 在 由 向 从 转发 印发 关于 发布 批准 任 担任 会同 牵头 负责 配合 发挥 成立 组建 设立 同意 按照 根据 依据 设在 记者从 获悉 公布 联合 要求 通过 请 指导 支持 对 将 把 被 内设 下设 下辖 设有 代表 受到 受 获得 得到 深入 贯彻 落实 建立 凭借 借助 上报 报送 报请 呈报 抄送 抄报 提交 直属 隶属".split(
    " ",
  ),
);
/** Last characters of DEPT_STOPS. */
export const DEPT_STOP_LAST = charTable([...DEPT_STOPS].map((w) => w.charAt(w.length - 1)).join(""));
export const BAD_END =
  /(布局|格局|全局|大局|当局|结局|变局|总部|东部|西部|南部|北部|中部|内部|外部|干部|局部|全部|举办|创办|主办|承办|开办|督办|查办|交办|督促|会客厅|大厅|餐厅|展厅|俱乐部|本部|头部|腹部|底部|顶部|支部|基层党委|各部|股份|联办|分厅|开好局|好局|新局|开局|破局)$/u;
/** Characters after a one-character suffix that make it part of another word (部署, 办理, 委托). */
export const BAD_NEXT: Record<string, RegExp> = {
  部: /^[署门分队件位属落外内长]/u,
  办: /^[理法学公事]/u,
  委: /^[托员]/u,
  局: /^[面部长]/u,
  厅: /^[长]/u,
};
