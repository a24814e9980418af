// Department recogniser: a department suffix (局/委/厅/办/政府/领导小组…), a
// level or place prefix found by scanning left, and the 市/省 carry-over of
// lists such as （市某某委、某某局按职责分工负责）.
// Over 400 lines: one recogniser's grammar (prefixes, suffixes, bare bodies, lists) kept together
// because each step trims what the previous found.

import { EndIndexedAlternation } from "./alternation.ts";
import { charTable, hasChar } from "./anchored.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { titledBody } from "./departments-titled.ts";
import {
  establishedGroupCandidates,
  responsibleUnitCandidates,
  taskForceCandidates,
  unitListCandidates,
} from "./departments-units.ts";
import { tag } from "./tagger.ts";
import { isHan, occursTwice, stopEndingAt } from "./text.ts";
import { UNIT_LABEL } from "./unit-labels.ts";
import { CITIES, ONE_CHAR_COUNTIES, PROVINCES } from "./vocab.ts";

/** National bodies known by short form (ministry names are generic vocabulary). */
const NATIONAL = [
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
const NATIONAL_UNIT =
  /^(?:[\p{Script=Han}]{2,6}?(?:中心|司)|(?:工业|产业发展|投资)(?:局|署))(?!(?:[^\p{P}司])?(?:长|的))/u;
/** The national bodies as literals, longest first, found by their last characters (a regex of them was a costly scan). */
const NATIONAL_ALT = new EndIndexedAlternation(
  NATIONAL.map((w) => w.replace("(?!长)", "")).sort((a, b) => b.length - a.length),
);

// The suffixes grouped by first character, each group in the order of the plain list
// (人大常委会|人大(?!代表大会)|政协|…|局|委|厅|办|部|检察院|法院): at a position only one group can
// match, so the leftmost and first-listed match is the same, and the engine tries one group there.
const SUFFIX_RE =
  /人(?:大常委会|大(?!代表大会)|民政府办公厅|民政府办公室|民政府)|政(?:协|务服务中心|府办公厅|府办公室|研室|府)|街道办事处|投(?:资促进中心|促中心)|公共资源交易中心|督查室|研究室|总工会|科协|妇联|残联|贸促会|供销社|工(?:商联|作专班|程处(?!理|置|于|在))|中心支行|领(?:导小组办公室|导小组)|指挥部|管(?:理委员会|委会|委|理处(?!理|置|于|在))|委(?:员会|)|办(?:公厅|公室|)|海关|分行|建设处(?!理|置|于|在)|开发处(?!理|置|于|在)|发展处(?!理|置|于|在)|观光处(?!理|置|于|在)|事务处(?!理|置|于|在)|财政处(?!理|置|于|在)|规划处(?!理|置|于|在)|招商处(?!理|置|于|在)|产业处(?!理|置|于|在)|经济处(?!理|置|于|在)|局|厅|部|检察院|法院|司(?=副?司长)/gu;

const CITY_ALT = [...CITIES].sort((a, b) => b.length - a.length).join("|");
const PROV_ALT = PROVINCES.join("|");
const PLACE_START = new RegExp(`^(?:${CITY_ALT}|${PROV_ALT})`, "u");
/** Where a department name may start. */
const PREFIX_RE = new RegExp(
  `(?:中共)?(?:(?:${PROV_ALT})(?:省|自治区)?|(?:${CITY_ALT})市?|国家|人民银行|中国人民银行|团(?:省|市|区|县)委|自治区(?=党委|人民政府|政府)|(?:省|市|县|州)(?!场)|区(?=委|政府|人民政府|[\\p{Script=Han}]{2})|旗(?=委|人民政府|政府)|中央(?=[\\p{Script=Han}]{2,6}?[部办委](?![\\p{Script=Han}]{0,1}(?:长|的)))|特区(?=政府))`,
  "uy",
);
/** First characters a prefix can start with (a cheap pre-check before the big regex). */
const PREFIX_FIRST = charTable(
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
    "中央",
    "特区",
  ]
    .map((x) => x[0] as string)
    .join(""),
);
/** Level words two or three characters into a prefix (某某区, 某某县…), as a table. */
const LEVEL_AHEAD = charTable("区县市旗镇乡");
const DISTRICT_RE = /(?:中共)?[\p{Script=Han}]{2,3}?(?:区|县|市|旗|镇|乡)(?!级|场)(?=[\p{Script=Han}])/uy;
/** The zone words a zone's bodies are named after. */
const ZONE_KINDS = "新区|开发区|高新区|经开区|综保区|保税区";
/** Parks named by other kinds, whose bodies are only their committees (某新城管委会, 某示范园区管理委员会, 某科技园区某园管委会). */
const PARK_KINDS = "工业园|产业园|科技园|新城|工业区|示范区|试验区|集聚区|合作区|先行区|科技城|科学城|园";
/** A zone's own bodies: 某开发区管委会, 某高新区党工委, 某经开区投资促进局 (a bracketed word may stand in the zone's name). */
const ZONE_RE = new RegExp(
  `[\\p{Script=Han}(（)）]{1,12}?(?:(?:${ZONE_KINDS}|园区)(?=管委|管理委员会|党工委|工委|[\\p{Script=Han}]{2,8}?(?:局|办公室))|(?:${PARK_KINDS})(?=管委|管理委员会|党工委|工委))`,
  "uy",
);
const ZONE_HEAD = new RegExp(`^[\\p{Script=Han}]{1,8}?(?:${ZONE_KINDS})`, "u");
/** A zone word anywhere: ZONE_RE can match only where one lies before the suffix. */
const ZONE_WORD = new RegExp(`${ZONE_KINDS}|园区|${PARK_KINDS}`, "u");
/** Suffixes that name a body only with a level or place before them (市总工会, 人民银行某市中心支行). */
const MASS_SUFFIX = /^(人大|总工会|科协|妇联|残联|贸促会|供销社|工商联|中心支行|督查室|研究室|政研室)$/u;

/**
 * Generic bodies of an addressee list or 各… enumeration: 各县（市）、区人民政府 / 各区市政府、开发区管委
 * name every such body, not one (guide: generic references are not departments).
 */
function genericAddressee(s: string, start: number, simp: string): boolean {
  const lineStart = s.lastIndexOf("\n", start - 1) + 1;
  const before = s.slice(Math.max(lineStart, start - 40), start);
  if (/^[省市区县](?:人民)?政府/u.test(simp) && /各[县市区省旗()（）、\s]{0,8}$/u.test(before)) return true;
  return /^(?:开发区|园区|工业园区)(?:管委会?|管理委员会)$/u.test(simp) && /各[^。；;]*$/u.test(before);
}

/** Words right before a level or province that end what comes before a body (经, 年来, 坚持, 和…). */
const LEAD_BEFORE_LEVEL = new RegExp(
  `(?:经|年来|坚持|召开|推行|组织|[和与及])(?=(?:${PROV_ALT})(?:省|自治区)?|自治区|国家|[省市区县][\\p{Script=Han}]{0,8}$)|及(?=开发区|高新区|经开区)`,
  "u",
);

/** A department suffix followed by a place prefix: two bodies written together (某市委员会某市人民政府, 某市委市政府). */
const GLUED = new RegExp(
  `(?:办公厅|办公室)(?=国务院)|(?:委员会|委|政府|局|厅)(?=(?:${CITY_ALT})市|(?:${PROV_ALT})(?:省|自治区))|^(?:中共)?[省市区县]委(?=[省市区县])|委(?=[省市区县州]$)`,
  "u",
);

/** Characters LEAD_BEFORE_LEVEL and GLUED need in the text they read (tests before them). */
const LEAD_CHAR = charTable("经来持开行织和与及");
const GLUED_CHAR = charTable("厅室会委府局");

const DEPT_STOPS = new Set(
  "的 是 为 至 明确 确定 指定 责成 委托 公示 推荐 来自 在 由 向 从 转发 印发 关于 发布 批准 任 担任 会同 牵头 负责 配合 发挥 成立 组建 设立 同意 按照 根据 依据 设在 记者从 获悉 公布 联合 要求 通过 请 指导 支持 对 将 把 被 内设 下设 下辖 设有 代表 受到 受 获得 得到 深入 贯彻 落实 建立 凭借 借助 上报 报送 报请 呈报 抄送 抄报 提交 直属 隶属".split(
    " ",
  ),
);
/** Last characters of DEPT_STOPS. */
const DEPT_STOP_LAST = charTable([...DEPT_STOPS].map((w) => w.charAt(w.length - 1)).join(""));
const BAD_END =
  /(布局|格局|全局|大局|当局|结局|变局|总部|东部|西部|南部|北部|中部|内部|外部|干部|局部|全部|举办|创办|主办|承办|开办|督办|查办|交办|督促|会客厅|大厅|餐厅|展厅|俱乐部|本部|头部|腹部|底部|顶部|支部|基层党委|各部|股份|联办|分厅|开好局|好局|新局|开局|破局)$/u;
/** Characters after a one-character suffix that make it part of another word (部署, 办理, 委托). */
const BAD_NEXT: Record<string, RegExp> = {
  部: /^[署门分队件位属落外内长]/u,
  办: /^[理法学公事]/u,
  委: /^[托员]/u,
  局: /^[面部长]/u,
  厅: /^[长]/u,
};

function scanDept(s: string, sufStart: number): number {
  let i = sufStart;
  while (i > 0 && sufStart - i < 22) {
    const ch = s[i - 1] as string;
    if (!isHan(ch)) {
      // 某市“某某制”办公室: a short quoted word inside a name.
      const q = ch === "”" ? /“\p{Script=Han}{2,6}”$/u.exec(s.slice(Math.max(0, i - 9), i)) : null;
      if (q && isHan(s[i - q[0].length - 1])) {
        i -= q[0].length;
        continue;
      }
      // 某某生态工业(制糖)示范园区管委会: a short bracketed word inside a zone's name.
      const b =
        ch === ")" || ch === "）" ? /[(（]\p{Script=Han}{1,6}[)）]$/u.exec(s.slice(Math.max(0, i - 8), i)) : null;
      if (
        b &&
        isHan(s[i - b[0].length - 1]) &&
        ZONE_WORD.test(s.slice(i, sufStart)) &&
        /^(?:管委|管理委员会|党工委|工委)/u.test(s.slice(sufStart, sufStart + 5))
      ) {
        i -= b[0].length;
        continue;
      }
      break;
    }
    // (…and after a firm's name: 某某集团与某某市委签约.)
    if ((ch === "和" || ch === "与" || ch === "及") && /[局委厅办部府团司]/u.test(s[i - 2] ?? "")) break;
    let stop = false;
    // Slices only where a stop word can end (this runs for every character scanned).
    if (DEPT_STOP_LAST[s.charCodeAt(i - 1)] === 1)
      for (let len = 3; len >= 1; len--) if (i - len >= 0 && DEPT_STOPS.has(s.slice(i - len, i))) stop = true;
    if (stop) break;
    i--;
  }
  return i;
}

function hasStopInside(name: string): boolean {
  for (let i = 2; i <= name.length; i++) if (stopEndingAt(name, i) >= 2) return true;
  return false;
}

export interface DeptCand extends Cand {
  /** True when the name carries a level/place prefix of its own. */
  prefixed: boolean;
}

// Compiled once (per city), not per department candidate: building these was a
// visible share of extraction time. Neither is global, so reuse keeps no state.
// The level word may be left out before a city (西藏某某市人民政府); the province's own bodies keep it.
const PROVINCE_PREFIX = new RegExp(`^(?:中共(?=(?:${PROV_ALT})(?:省|自治区)委))?(?:${PROV_ALT})(省|自治区)?`, "u");
const CITY_PREFIX = new Map<string, RegExp>();
function cityPrefix(city: string): RegExp {
  let re = CITY_PREFIX.get(city);
  if (!re) {
    re = new RegExp(`^(?:中共)?${city}市(?=委)|^${city}市(?!分行)`, "u");
    CITY_PREFIX.set(city, re);
  }
  return re;
}

/** A district, county or county-level city leading a body's name (not a zone: 高新区, 开发区…). */
const COUNTY_LED =
  /^[\p{Script=Han}]{2,3}?(?<!高新|开发|经开|新|园|城|市|辖|综保|保税|示范|试验|工业)(?:区|县|市)(?=[\p{Script=Han}]{2}|[委])(?!场)/u;

/** A county named by one character at i (绛县, 泗县): the two-to-three-character place patterns miss it. */
const oneCharCounty = (s: string, i: number): boolean => s[i + 1] === "县" && ONE_CHAR_COUNTIES.has(s[i] ?? "");

const COUNTY_OWN = new WeakMap<Ctx, boolean>();
/** A county's or district's own body, bare (县委, 区人民政府), after a non-Han character, a conjunction or the text's start. */
const COUNTY_BODY_AT =
  /(?:^|[^\p{Script=Han}]|[和、与及])[县区](?:委|政府|人民政府)(?![\p{Script=Han}]{0,2}(?:办公|部))/uy;
/** The body words every such match holds (one character after its start, or at the text's start). */
const COUNTY_BODY = /[县区](?:委|政府|人民政府)/gu;
/**
 * A county's or district's own document (its bodies named bare: 县委, 县政府, 区人民政府) speaks of
 * the city above it as another place: 某市人民政府 keeps its city there.
 */
function countyOwn(ctx: Ctx): boolean {
  let own = COUNTY_OWN.get(ctx);
  if (own === undefined) {
    own = false;
    // Tried only before each 县委/区政府/…: the leading class was entered at every character of the text.
    for (const m of ctx.s.matchAll(COUNTY_BODY)) {
      COUNTY_BODY_AT.lastIndex = m.index === 0 ? 0 : m.index - 1;
      if (COUNTY_BODY_AT.test(ctx.s)) {
        own = true;
        break;
      }
    }
    COUNTY_OWN.set(ctx, own);
  }
  return own;
}

/** Canonical department name: the document's own city/province becomes the bare prefix. */
export function canonicalDept(ctx: Ctx, name0: string, simp0: string): string {
  // 中共某市委员会 is the full form of 某市委 (the Party committee).
  // (The scan drops 中共 before a place: 某市委员会 alone is the same committee.)
  const party = /^(中共)?(.{2,8}?[市省区县旗])委员会$/u.exec(simp0);
  const simp = party ? `${party[2]}委` : simp0;
  const name = party ? `${name0.slice(party[1] ? 2 : 0, name0.length - 3)}委` : name0;
  if (ctx.city && !countyOwn(ctx)) {
    // 中共某市委组织部 is 市委组织部: the Party prefix adds nothing once the level is the city's own.
    const m = cityPrefix(ctx.city).exec(simp);
    if (m && simp.length >= m[0].length + 1) {
      const rest = name.slice(m[0].length);
      // 某市某区人民政府: a district or county-level city below the city keeps its own name (guide).
      if (COUNTY_LED.test(simp.slice(m[0].length))) return rest;
      return rest.startsWith("市") ? rest : `市${rest}`;
    }
  }
  const p = PROVINCE_PREFIX.exec(simp);
  // 某省某市委 is the city's body (an official's title names the province first): the city rule decides.
  if (p && PLACE_START.test(simp.slice(p[0].length)) && /^[\p{Script=Han}]{2,4}市/u.test(simp.slice(p[0].length)))
    return canonicalDept(ctx, name.slice(p[0].length), simp.slice(p[0].length));
  // 重庆市长寿区委, 北京市大兴区投促中心: a district below a municipality keeps its own name (guide).
  const muni = p && /^(北京|上海|天津|重庆)$/u.test(p[0]) ? p[0].length + (simp[p[0].length] === "市" ? 1 : 0) : 0;
  if (muni && COUNTY_LED.test(simp.slice(muni))) return name.slice(muni);
  // 某省某县县委, 某省某某市政府: a county-level place after its province keeps its own name, without the province.
  const county = p ? simp.slice(p[0].length) : "";
  if (p?.[1] && (COUNTY_LED.test(county) || oneCharCounty(county, 0))) return name.slice(p[0].length);
  if (p?.[1] && simp.length >= p[0].length + 1) {
    const level = p[1] === "省" ? "省" : "自治区";
    const rest = name.slice(p[0].length);
    // 某省省商务厅 (a doubled level in the source) is still 省商务厅.
    return simp.slice(p[0].length).startsWith(level) ? rest : `${level}${rest}`;
  }
  return name;
}

/** Tests of the suffix loop of departmentCandidates, built once (a literal in the loop is a new RegExp at every hit). */
const VILLAGE_BEFORE = /[村居]$/u;
const DIVIDED_SUF = /^(?:委|局|厅)$/u;
const DATE_UNIT = /[年月日]/u;
const DETERMINED_LEVEL = /^[该本][省市区县]/u;
const GOVERNMENT_SUF = /^(?:人民)?政府$/u;
const LEVEL_COMMITTEE = /^[省市县区旗镇乡]委$/u;
const GENERIC_LEAD = /^(各|有关|相关|主管|该|本|国家级|省级|市级|全市|全省|我市)/u;
const COUNT_LEAD = /^[两三四]/u;
const DIGIT_OR_DE = /[\d的、]/u;
const SESSION = /[一二三四五六七八九十]届/u;
const NOT_BODY_WORD = /(同志|公司|集团|和各|数字政府|常委$|级办$)/u;
const GENERAL_GOVERNMENT = /(?:[及和与作取由靠]|精神)(?:人民)?政府$/u;
const PLATFORM_UNIT = /(实验室|研究院|研究所|大学|学院|研究中心|创新中心)/u;
const BODY_BEFORE = /(委|政府|局|厅)(?=.{2,})/u;
const JOINED = /(和|与|及)/u;
const ADDRESSEE_LEAD = /^[省市区县开园工]/u;
const COURT_SUF = /(检察院|法院)$/u;
const COMMITTEE_DEPT = /^[\p{Script=Han}]{2,4}?部(?![署门分])/u;
const PARTY_DEPT = /^(组织|宣传|统战|政法|编办)/u;
const BODY_DIVISION = /^[\p{Script=Han}]{2,6}?处(?![长理置于在罚分境])/u;
const COLON = /[:：]/u;
const GROUP_SUF = /^(领导小组|工作专班|指挥部)/u;
const BARE_LEVEL = /^[省市区县州旗]$/u;

export function departmentCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const raw: DeptCand[] = [];
  for (const hit of NATIONAL_ALT.all(s)) {
    const a = hit.index;
    const w = hit.word;
    // 行政院长 is an official, not the body.
    if (hit.word === "行政院" && s[a + 3] === "长") continue;
    // 财政部门 / 科技部门: "X部门" is the generic word for a sector's bodies, not the ministry; 建设部署 and
    // 农业部分 are other words (BAD_NEXT).
    if (s[a + w.length] === "门" || (w.endsWith("部") && BAD_NEXT.部?.test(s.slice(a + w.length, a + w.length + 1))))
      continue;
    if (
      isHan(s[a - 1]) &&
      !/[、，,和与及会同由经报]/u.test(s[a - 1] as string) &&
      !/[省市区县]/u.test(s[a - 1] as string)
    ) {
      // e.g. 工信部 inside a longer name is handled by the flat rule later.
    }
    // 某部某某中心 / 某部某某司: a ministry's own centre or department is one body.
    const unit = NATIONAL_UNIT.exec(s.slice(a + w.length, a + w.length + 9));
    const end = a + w.length + (unit && !hasStopInside(unit[0]) ? unit[0].length : 0);
    // 国家工信部: "national" written before a ministry's own name is part of the mention, not of the name.
    const lead = s.slice(a - 2, a) === "国家" ? 2 : 0;
    raw.push({
      type: "department",
      start: a - lead,
      end,
      name: orig(ctx, a, end),
      rule: "dept:national",
      confidence: 0.9,
      prefixed: true,
    });
  }
  SUFFIX_RE.lastIndex = 0;
  for (let m = SUFFIX_RE.exec(s); m; m = SUFFIX_RE.exec(s)) {
    const suf = m[0];
    const sufStart = m.index;
    let end = sufStart + suf.length;
    if (suf.length === 1 && BAD_NEXT[suf]?.test(s.slice(end, end + 1))) continue;
    // 某村委(会), 某居委会: a village's or residents' own committee, not a government body.
    if (VILLAGE_BEFORE.test(s[sufStart - 1] ?? "") && suf.startsWith("委")) continue;
    // 某事业部: a company's division, not a government body.
    if (suf === "部" && s.slice(sufStart - 2, sufStart) === "事业") continue;
    // 局党委 / 厅党组: the Party committee of a body named just before.
    if (suf === "委" && s[sufStart - 1] === "党" && /[局厅委办]/u.test(s[sufStart - 2] ?? "")) continue;
    // 市委 + 组织部/宣传部…
    if (suf === "委") {
      const ext = COMMITTEE_DEPT.exec(s.slice(end, end + 6));
      if (ext && PARTY_DEPT.test(ext[0])) {
        end += ext[0].length;
        SUFFIX_RE.lastIndex = end;
      }
    }
    // 某市发改委高技术处: a body's own division written right after it is the body named.
    if (DIVIDED_SUF.test(suf)) {
      // (处理/处置/处于 are verbs; 发展, 规划 and the like name a division's field, not a clause.)
      const div = BODY_DIVISION.exec(s.slice(end, end + 8));
      if (
        div &&
        !hasStopInside(div[0].replace(/发展|规划|建设|服务|管理|运行|监测|协调|合作/gu, "甲乙")) &&
        !/[等和及与各]/u.test(div[0])
      ) {
        end += div[0].length;
        SUFFIX_RE.lastIndex = end;
      }
    }
    const rawStart = scanDept(s, sufStart);
    let start = -1;
    let prefixed = false;
    // ZONE_RE needs a zone word before the suffix: tested once, not at every position (a costly scan).
    const zoneIn = ZONE_WORD.test(s.slice(rawStart, sufStart));
    for (let p = rawStart; p < sufStart; p++) {
      // A county named by one character (绛县人民政府), at the body's start or after its province or city.
      if (oneCharCounty(s, p) && (p <= rawStart + 1 || !isHan(s[p - 1]) || /[省市州盟]/u.test(s[p - 1] ?? ""))) {
        start = p;
        prefixed = true;
        break;
      }
      if (
        PREFIX_FIRST[s.charCodeAt(p)] !== 1 &&
        LEVEL_AHEAD[s.charCodeAt(p + 2)] !== 1 &&
        LEVEL_AHEAD[s.charCodeAt(p + 3)] !== 1
      ) {
        if (!zoneIn) continue;
        ZONE_RE.lastIndex = p;
        if (!ZONE_RE.exec(s)) continue;
        start = p;
        prefixed = true;
        break;
      }
      PREFIX_RE.lastIndex = p;
      ZONE_RE.lastIndex = p;
      const pm = PREFIX_RE.exec(s);
      // 县（市）区: a bracketed level is not a prefix; a list number （三）市… is.
      if (
        pm &&
        /^[省市区县]$/u.test(pm[0]) &&
        /[)）]/u.test(s[p - 1] ?? "") &&
        !/[(（][一二三四五六七八九十\d]{1,3}[)）]$/u.test(s.slice(Math.max(0, p - 5), p))
      )
        continue;
      // A bare 市/区 prefix starts a name only at the scanned boundary (not 阐明区委).
      // …or after a date (2008年市委) or the 经/获 of an approval (经省政府批准, 获市政府表彰).
      // (省委/省政府 right after a verb, 扛牢省委, 和省委: 省 is never the end of a word before them.)
      if (
        pm &&
        BARE_LEVEL.test(pm[0]) &&
        !/^省(?:委|人民政府|政府)/u.test(s.slice(p, p + 5)) &&
        p > rawStart &&
        isHan(s[p - 1]) &&
        stopEndingAt(s, p) === 0 &&
        placeWord(s, p - 2) &&
        !(/[年月日]/u.test(s[p - 1] ?? "") && /\d/u.test(s[p - 2] ?? "")) &&
        !/[经获]/u.test(s[p - 1] ?? "")
      )
        continue;
      if (pm && p + pm[0].length <= sufStart) {
        start = p;
        prefixed = true;
        break;
      }
      // (…or right after a conjunction or preposition the scan kept: 与某某市委签约, 向某某县政府汇报.)
      const opening = p === rawStart || (p === rawStart + 1 && /[与和同跟向对由及]/u.test(s[rawStart] ?? ""));
      if (opening && ((districtAt(s, p) && placeWord(s, p)) || (zoneIn && ZONE_RE.exec(s)))) {
        start = p;
        prefixed = true;
        break;
      }
    }
    // (Both need a 各 in the eight characters before the suffix.)
    if (
      s.slice(Math.max(0, Math.min(rawStart - 2, sufStart - 8)), sufStart).includes("各") &&
      (/各[\p{Script=Han}()（）]{0,4}$/u.test(s.slice(Math.max(0, rawStart - 2), start < 0 ? rawStart : start)) ||
        /各[\p{Script=Han}()（）]{0,5}$/u.test(s.slice(Math.max(0, sufStart - 8), start < 0 ? sufStart : start)))
    )
      continue;
    // 某某街道办事处: the sub-district's own name is its level prefix.
    if (start < 0 && suf === "街道办事处" && sufStart - rawStart >= 2 && sufStart - rawStart <= 4) {
      start = rawStart;
      prefixed = true;
    }
    if (start < 0) {
      // Unprefixed body: kept for the carry-over pass.
      start = rawStart;
    }
    // A member list written without spaces (成员:张某市政府办公室副主任): the two characters before
    // 市/区/县 are the member's name, not a county's, when a title follows the body.
    if (
      prefixed &&
      COLON.test(s[start - 1] ?? "") &&
      /^[\p{Script=Han}]{2}[市区县]/u.test(s.slice(start, start + 3)) &&
      !PLACE_START.test(s.slice(start)) &&
      /^副?(?:主任|局长|处长|书记|部长|科长|院长|主席|组长|秘书长|区长|市长|县长|调研员)/u.test(s.slice(end, end + 5))
    )
      start += 2;
    // A campaign's working group (数字某市建设领导小组, 平安某市建设指挥部): the campaign word leads the name.
    if (
      prefixed &&
      GROUP_SUF.test(suf) &&
      /(数字|智慧|平安|健康|美丽|法治|文明|生态|精致|幸福|书香|诚信|绿色|海洋)$/u.test(
        s.slice(Math.max(0, start - 2), start),
      ) &&
      start - 2 >= rawStart
    )
      start -= 2;
    // 中共某县委: the Party's name before a committee is not written in the body's name (guide: 市委).
    if (s.startsWith("中共", start) && sufStart - start > 3) start += 2;
    // "据某经开区管委会介绍": 据 (according to) never starts a body's name.
    if (s[start] === "据" && sufStart - start > 3) start++;
    // "2014年园区管委会": a date's unit after its digits is no part of the body.
    if (DATE_UNIT.test(s[start] ?? "") && /\d/u.test(s[start - 1] ?? "") && sufStart - start > 2) start++;
    // "某开发区经西藏自治区人民政府批准", "几年来市委", "…精神和市委": an approval's 经, a time phrase, a verb
    // or a conjunction before a level or province starts the body after it.
    const lead = hasChar(LEAD_CHAR, s, start, sufStart) ? LEAD_BEFORE_LEVEL.exec(s.slice(start, sufStart)) : null;
    if (lead && lead.index + lead[0].length > 0) start += lead.index + lead[0].length;
    // 该县县委 / 本市市政府: the determiner and its level word point at the body that follows.
    if (DETERMINED_LEVEL.test(s.slice(start, start + 2)) && s[start + 1] === s[start + 2]) start += 2;
    // 中共某市委员会某市人民政府: the second body starts after the first one's suffix.
    const glued = hasChar(GLUED_CHAR, s, start, sufStart) ? GLUED.exec(s.slice(start, sufStart)) : null;
    if (glued) start += glued.index + glued[0].length;
    // 旗委政府 / 县委政府 abbreviate "the committee and the government": the committee is named, not 委政府.
    if (GOVERNMENT_SUF.test(suf) && LEVEL_COMMITTEE.test(s.slice(start, sufStart))) continue;
    // "市委" / "省委": the prefix alone plus the suffix is a full name.
    const simp = s.slice(start, end);
    if (simp.length < 2 || simp.length > 22) continue;
    if (BAD_END.test(simp)) continue;
    if (GENERIC_LEAD.test(simp)) continue;
    // 三个部门 / 两委 are counts; 三门峡市… is a place.
    if (COUNT_LEAD.test(simp) && !PLACE_START.test(simp)) continue;
    if (DIGIT_OR_DE.test(simp)) continue;
    // 市十六届政府 names a session of the body, not a body.
    if (SESSION.test(simp)) continue;
    if (NOT_BODY_WORD.test(simp)) continue;
    // A government in general (…精神及政府工作报告, 某某作政府工作报告, 采取政府引导): no level or place before it.
    if (GOVERNMENT_SUF.test(suf) && GENERAL_GOVERNMENT.test(simp)) continue;
    // A unit inside a lab, an institute or a university (某某实验室合作交流部): the body is that platform's, not the state's.
    if (PLATFORM_UNIT.test(simp.slice(0, -suf.length))) continue;
    if (
      suf === "办" &&
      /(随时|实时|精准|一链|掌上|网上|马上|一次|一网|一窗|通|公|申|代|领|帮|督|承|举|主|协|就|特|快|速|立|即)办$/u.test(
        simp,
      )
    )
      continue;
    // Two bodies written together (某市委某市人民政府, 某某局和某委) are two names, not one.
    if (BODY_BEFORE.test(simp.slice(0, -suf.length)) && JOINED.test(simp)) continue;
    if (suf.length === 1 && !prefixed && simp.length < 3) continue;
    if ((suf === "部" || suf === "办" || suf === "厅") && !prefixed && simp.length < 3) continue;
    // 统战部部长 / 宣传部: the Party committee's own departments are bodies without a level.
    if (suf === "部" && !prefixed && !/^(?:组织|宣传|统战)部$/u.test(simp) && !titledBody(s, start, end)) continue;
    if (!prefixed && MASS_SUFFIX.test(suf)) continue;
    if (ADDRESSEE_LEAD.test(simp) && genericAddressee(s, start, simp)) continue;
    if (suf === "部" && simp.length <= 2) continue;
    if (COURT_SUF.test(suf) && !prefixed) continue;
    raw.push({
      type: "department",
      start,
      end,
      name: orig(ctx, start, end),
      rule: prefixed ? `dept:suffix:${suf}` : `dept:bare:${suf}`,
      confidence: prefixed ? 0.85 : 0.6,
      prefixed,
    });
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const carried = carryPrefixes(ctx, raw);
  return [
    ...carried,
    ...zoneBodies(ctx, raw, carried),
    ...responsiblePlaces(ctx),
    ...responsibleUnitCandidates(ctx),
    ...taskForceCandidates(ctx),
    ...establishedGroupCandidates(ctx),
  ];
}

/**
 * A zone's own 管委会 / 党工委 named bare (管委会副主任, 管委会将…) in a document
 * that names the zone's bodies with one zone prefix (某经开区党工委): the same
 * zone's body. With no zone body named, or two zones, nothing is guessed.
 */
function zoneBodies(ctx: Ctx, raw: DeptCand[], carried: Cand[]): Cand[] {
  const { s } = ctx;
  const zones = new Set<string>();
  for (const c of carried) {
    const z = ZONE_HEAD.exec(s.slice(c.start, c.end));
    if (z && c.rule.startsWith("dept:suffix")) zones.add(orig(ctx, c.start, c.start + z[0].length));
  }
  if (zones.size !== 1) return [];
  const zone = [...zones][0] as string;
  const taken = new Set(carried.map((c) => c.start));
  const out: Cand[] = [];
  for (const d of raw) {
    if (d.prefixed || taken.has(d.start)) continue;
    const simp = s.slice(d.start, d.end);
    if (!/^(管委会|管委|管理委员会|党工委|工委)$/u.test(simp)) continue;
    out.push({ ...d, name: zone + d.name, rule: "dept:zone-body", confidence: 0.65 });
  }
  return out;
}

/** Where a task table names its units: 牵头单位：…；责任单位：…（…） */
const UNIT_LABEL_RE = new RegExp(UNIT_LABEL, "gu");
/** A county-level place as a unit: 某区, 某县, 某旗, 某市 (not a zone: 某新区, 某高新区). */
const PLACE_UNIT = /^[\p{Script=Han}]{1,4}(?:区|县|旗|市)$/u;
const ZONE_UNIT = /(新区|开发区|高新区|经开区|园区|保税区|综保区|示范区|试验区|市区|城区|辖区|各区)$/u;

/**
 * Districts and counties listed as responsible units of a task are the
 * governments of those places (昆区、某某县 in 责任单位：…): departments by the
 * guide, named as the table writes them.
 */
function responsiblePlaces(ctx: Ctx): Cand[] {
  return unitListCandidates(ctx, UNIT_LABEL_RE, 160, "dept:responsible-place", (part) => {
    const item = part.trim();
    return PLACE_UNIT.test(item) && !ZONE_UNIT.test(item) && !/^[各有相该本全]/u.test(item) ? item : null;
  });
}

/**
 * A county-level place and its level word at p (某某县委, 某某市政府). Three characters only when the
 * document writes that place with its level word again (德令哈市…), as a person's name is written
 * once before a post (某某某 市委常委).
 */
function districtAt(s: string, p: number): boolean {
  DISTRICT_RE.lastIndex = p;
  const m = DISTRICT_RE.exec(s);
  if (!m) return false;
  const place = m[0].replace(/^中共/u, "");
  // A particle opens no place (成立了某市…, 明确了开发区…).
  if (/^[了的是在和与及对向从将把被为由就]/u.test(place)) return false;
  return place.length <= 3 || occursTwice(s, place);
}

/** The two characters before a level at p name a place, not a time or a position (发布会上市工信局: 会上). */
function placeWord(s: string, p: number): boolean {
  const a = s.startsWith("中共", p) ? p + 2 : p;
  const two = s.slice(a, a + 2);
  const [first] = tag(two, false);
  return !first || first.word !== two || !/^[tf]/u.test(first.tag);
}

/** A place of two to four characters and its county-level word at a body's start (某某县委, 某某区政府, 某某市委). */
const PLACE_LEVEL = /^([\p{Script=Han}]{2,4}?)([县区旗市])(?=[\p{Script=Han}])/u;

/** 市/省 of the first item carries to unprefixed items of the same list or bracket. */
function carryPrefixes(ctx: Ctx, raw: DeptCand[]): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  let prev: DeptCand | null = null;
  let prevLevel = "";
  let prevCanon = "";
  for (const d of raw) {
    const simp = s.slice(d.start, d.end);
    const gap = prev ? s.slice(prev.end, d.start) : null;
    const chained = gap !== null && /^(、|，|,|和|与|及|会同|（|\(|）?、)$/u.test(gap.trim());
    if (d.prefixed) {
      let canon = canonicalDept(ctx, d.name, simp);
      // 某县委、县政府 / 某县委县政府: a body written with its level alone, right after a sibling that names
      // the place of that level, is that place's (a prefecture city's own bodies have no place in their names).
      const placed = prev && (chained || gap === "") ? PLACE_LEVEL.exec(prevCanon) : null;
      // (not a time or position word left before the sibling: 发布会上市工信局)
      if (
        placed &&
        canon.startsWith(placed[2] as string) &&
        !PLACE_LEVEL.test(canon) &&
        !/^[tfpcudrmq]/u.test(tag(placed[1] as string, false)[0]?.tag ?? "")
      )
        canon = (placed[1] as string) + canon;
      prevCanon = canon;
      out.push({ ...d, name: canon });
      prevLevel = canon.startsWith("市") ? "市" : canon.startsWith("省") ? "省" : prevLevel && chained ? prevLevel : "";
      if (!/^[市省]/u.test(canon)) prevLevel = chained ? prevLevel : "";
      prev = d;
      continue;
    }
    // Unprefixed: a back-reference to a working group, a list item, or a bare short form.
    // A list item with a place of its own (某某市政府, 某区管委) keeps its name; generic township bodies are dropped.
    if (chained && /^(街道|乡镇|镇|村|社区)/u.test(simp)) {
      prev = d;
      continue;
    }
    if (chained && /^[\p{Script=Han}]{1,3}?[市县区](?!场)/u.test(simp) && simp.length >= 4) {
      out.push({ ...d, rule: "dept:list-item", confidence: 0.75 });
      prev = d;
      continue;
    }
    // 某开发区党工委、管委会: the zone of the first body carries to the second.
    const zone = prev && chained ? ZONE_HEAD.exec(s.slice(prev.start, prev.end)) : null;
    if (zone && prev && /^(管委会|管委|党工委|工委|管理委员会)$/u.test(simp)) {
      const z = orig(ctx, prev.start, prev.start + zone[0].length);
      out.push({ ...d, name: z + d.name, rule: "dept:zone-carry", confidence: 0.75 });
      prev = d;
      continue;
    }
    // 党委、政府 (the party committees and governments in general) take no carried level.
    if (chained && prevLevel && !/(团[市省区]委|^[市省]委)/u.test(simp) && !/^(?:人民)?政府$|^党委$/u.test(simp)) {
      out.push({ ...d, name: `${prevLevel}${d.name}`, rule: "dept:list-carry", confidence: 0.8 });
      prev = d;
      continue;
    }
    // 某管委会内设甲办公室、乙局、丙局: a zone's own bureaus listed after a body with no 市/省 level stay bare.
    // (Bureau names hold verbs such as 发展/建设, so only function words disqualify them.)
    const listed = chained || /(内设|下设|设有)$/u.test(s.slice(Math.max(0, d.start - 2), d.start));
    if (
      listed &&
      !prevLevel &&
      /(局|委|办公室|中心)$/u.test(simp) &&
      simp.length >= 3 &&
      simp.length <= 8 &&
      !/[的了在是将把被对和与及各]/u.test(simp)
    ) {
      out.push({ ...d, rule: "dept:list-bare", confidence: 0.6 });
      prev = d;
      continue;
    }
    if (/^领导小组(办公室)?$/u.test(simp)) {
      const group = [...out]
        .reverse()
        .find((x) => /领导小组$/u.test(ctx.s.slice(x.start, x.end)) || x.name.endsWith("领导小组"));
      if (group) {
        out.push({ ...d, name: group.name + simp.slice(4), rule: "dept:back-reference", confidence: 0.7 });
        prev = d;
        continue;
      }
    }
    // A body before its head's title (某某管理局局长, 某某工作部副部长): the title vouches for a longer bare name.
    if (titledBody(s, d.start, d.end)) {
      out.push({ ...d, rule: "dept:titled", confidence: 0.6 });
      prevLevel = "";
      prev = d;
      continue;
    }
    // A bare short form standing alone (来源：某发局).
    const before = s[d.start - 1] ?? "\n";
    const after = s[d.end] ?? "\n";
    const sourceLine = /(来源|供稿|发布单位|发布机构|牵头单位|责任单位|主办单位)\s*[:：]\s*$/u.test(
      s.slice(Math.max(0, d.start - 8), d.start),
    );
    if (
      !hasStopInside(simp) &&
      (sourceLine ||
        (/[\s:：，,。（(]/u.test(before) && /[\s，,。）)、]/u.test(after)) ||
        // 招商局牵头…: a bare body as the subject of a responsibility verb.
        (/[\s:：，,。；（(]/u.test(before) &&
          /^(负责|牵头|会同|配合|联合|主办|承办)/u.test(s.slice(d.end, d.end + 2))) ||
        // A news source or an official's office (记者从某石化办获悉, 某石化办主任某某说): a body.
        (/(从|据|经)$/u.test(s.slice(d.start - 1, d.start)) &&
          /^(获悉|了解到|得知|介绍|消息)/u.test(s.slice(d.end, d.end + 3))) ||
        (/[\s:：，,。；（(]/u.test(before) &&
          /^(党组书记|党组|主任|副主任|局长|副局长|负责人)/u.test(s.slice(d.end, d.end + 4)))) &&
      simp.length >= 3 &&
      simp.length <= 6 &&
      /[局委办]$/u.test(simp)
    ) {
      out.push({ ...d, rule: "dept:bare", confidence: 0.5 });
      // A list that opens with a bare body (责任单位：甲局、乙局) carries no level to its items.
      prevLevel = "";
      prev = d;
      continue;
    }
    // 统战部部长, 宣传部: the Party committee's own departments, named without a level.
    if (/^(?:组织|宣传|统战)部$/u.test(simp)) {
      out.push({ ...d, rule: "dept:bare", confidence: 0.5 });
      prev = d;
      continue;
    }
    prev = d;
  }
  return out;
}
