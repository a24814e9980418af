// Suffix families of the three types and typedSuffix: data every list and filter shares, apart from the scan's logic.
import type { EntityType } from "../types.ts";
import { LiteralAlternation } from "./alternation.ts";
import { triggerFamily } from "./trigger-index.ts";

/** Area suffixes named only by a proper name before them ("area:named", checked by namedBases).
 * Not a plan's layout parts (核心区, 拓展区, 起步区): on development gold they were never parks. */
export const NAMED_AREAS = [
  "产业区",
  "辅助区",
  "休闲区",
  "化工区",
  "加工区",
  "仓储区",
  "商贸园",
  "科学园",
  "片区",
  // Pilot zones and corridors (某地某某先导区, 某地科创大走廊): a title when no proper name heads them.
  "先导区",
  "先行区",
  "走廊",
  // A county's processing area (某县农产品加工集中区) and a demonstration park (某地农业科技示范园):
  // named by a place or brand before them, else a kind or a title.
  "集中区",
  "示范园",
  // Cooperation parks (某地—某地产业合作园, 某地中德合作园): named by their partners, else a kind.
  "合作园",
];

const PARK_SUFFIX = [
  "高新技术产业开发区",
  "高技术产业开发区",
  "经济技术开发区",
  "高新技术开发区",
  "经济开发区",
  "技术开发区",
  "开发区",
  // A zone's official short form, a place and one character of its kind (某市汽开区, 某市长开区).
  "开区",
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
  // 某地文化创意园, 某某文创园: a creative-industry park.
  "创意园",
  "文创园",
  // 某地离岸科创园 (合作园 and 示范园 name titles and categories as often as parks).
  "科创园",
  // 某地产业转移园 (a city's industrial-transfer park), 某某产业园中园 (a park inside a park).
  "产业转移园",
  "产业园中园",
  "园区",
  "产业城",
  "汽车城",
  // 某某纺织工业城, 某某汽车配件城: an industry's town or a parts market named by its place or owner.
  "工业城",
  "配件城",
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
  // Functional areas and a zone's named parts (某某精细化工区, 某地片区): NAMED_AREAS below.
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
  "产业港",
  "国际陆港",
  "陆港",
  "药谷",
  "光谷",
  "医谷",
  "智造谷",
  "生物谷",
  "健康谷",
  "智慧谷",
  "美谷",
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
  // Resorts, incubator parks and industry towns (某某旅游度假区, 某某科技孵化园, 某某生物城).
  "旅游度假区",
  "度假区",
  "孵化园",
  // Official zone types (某县工业集中区, 某市出口加工区, 某地保税港区, 某地台商投资区, 中国（某省）自由贸易试验区某片区).
  "工业集中区",
  "产业集中区",
  "集中发展区",
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
  // A city's or zone's incubator by its official name (某市科技创业服务中心, 某高新区创新创业中心).
  "创业服务中心",
  "科技创业中心",
  "创新创业中心",
  // The national key laboratories' current designation (某某全国重点实验室): 全国 is no stop word there.
  "全国重点实验室",
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
  "研发平台",
  "孵化平台",
  "中试平台",
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

export const SUFFIX_TYPE = new Map<string, EntityType>();
for (const x of PARK_SUFFIX) SUFFIX_TYPE.set(x, "park");
for (const x of PLATFORM_SUFFIX) SUFFIX_TYPE.set(x, "platform");
for (const x of ENTERPRISE_SUFFIX) SUFFIX_TYPE.set(x, "enterprise");
const ALL = [...SUFFIX_TYPE.keys()].sort((a, b) => b.length - a.length);
/** The suffix scan: as the regex ALL.join("|") would find them (see alternation.ts). */
export const SUFFIXES = new LiteralAlternation(ALL);
/** Where a suffix can start, collected in the document's shared pass (SUFFIXES.findAmong). */
export const SUFFIX_STARTS = triggerFamily(ALL);

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
