// What an industry name may be (validIndustry, clusterName, leadNotName, generic and activity words): tests every cluster reader shares, so apart from any one reader.

import { docMemo } from "./doc-memo.ts";
import { industryHead, industryPhrase, TECH_CODE } from "./industry-heads.ts";
import { tag } from "./tagger.ts";
import { CITIES, EVENT_WORDS, GENERIC_INDUSTRY, LEADING_VERBS, PLACE_SET, PROVINCES } from "./vocab.ts";
import { COUNTY_NAMES } from "./vocab-counties.ts";

/** An event's title (第八届某某展览会, 某某论坛). */
const EVENT_NAME = new RegExp(`第[一二三四五六七八九十百]+[届次期]|${EVENT_WORDS}`, "u");

/** Leading words that place or judge an industry without naming it (我国骨科植入物, 改造纺织服装). */
const LEAD_NOT_NAME = new RegExp(
  `^(全年|今年|去年|上半年|前三季度|同期|当年|我国|我市|我区|我省|全国|全市|全区|本地|当地|本区|区域|东部|西部|南部|北部|中部|北方|南方|内地|境外|海外|欧盟|努力使|力争使|促使|使|抢抓|果断|致力于|致力|建构|列入|纳入|开放(?!型)|${LEADING_VERBS.join("|")}|壮大|发展(?!改革)|紧抓|抓(?![斗住紧好])|即(?!食|时)|(?:较为|相对|比较)?完(?:整|备|善)的?|[上下][连接]|当前|现有|原有|几大|各大)(?=[\\p{Script=Han}]{2})`,
  "u",
);

/** Cut leading place/judgement words and verbs off an industry phrase; returns how many chars. */
export function leadNotName(simp: string): number {
  let cut = 0;
  for (let g = 0; g < 3; g++) {
    const m = LEAD_NOT_NAME.exec(simp.slice(cut));
    if (!m) break;
    cut += m[0].length;
  }
  return cut;
}

const PLACE_NAMES = [...PROVINCES, ...CITIES].sort((a, b) => b.length - a.length).join("|");
const SCALE = new RegExp(
  `^(若干|千亿级|万亿级|百亿级|\\d+(?:万)?亿元?级|[\\d千百万亿]*[千百万亿](?:千瓦|瓦|吨|辆|台|套|件|头|只)级|千亿元级?|百亿元级?|万亿元级?|千亿|百亿|万亿|国家级|省级|市级|自治区级|中小企业|高技术|高附加值|高端化(?!工)|本土|本地|传统|自身|规上|它|做[大强精优实特新专尖]做[大强精优实特新专尖]|我[州市县区旗]|[一二三四五六七八九十两\\d]+大|(?:${PLACE_NAMES})(?:省|市(?!场)|自治区|自治州|州|盟)?(?=[\\p{Script=Han}]{2}|[铝铜钢铁锂煤酒茶糖盐油气锌镍钛硅磷钨锡锑镁]$)|[\\p{Script=Han}]{2,3}(?:省|市)(?!场)|[\\p{Script=Han}]{1,3}县(?![域级城乡])(?=[\\p{Script=Han}]{2})|(?<=[市州盟])[\\p{Script=Han}]{2}区(?![域块])(?=[\\p{Script=Han}A-Za-z]{2})|(?:中国|我国|全国|国内)(?=[\\p{Script=Han}]{2}))+`,
  "u",
);
export const CLUSTER_STOPS = new Set([
  "围绕",
  "聚焦",
  "推动",
  "推进",
  "壮大",
  "培育",
  "提升",
  "发展",
  "做大",
  "做强",
  "支持",
  "打造",
  "形成",
  "建设",
  "构建",
  "完善",
  "延伸",
  "拓展",
  // 转型锂电产业: the verb of an industry's name only (产业转型升级示范区 is a park's).
  "转型",
]);
const BAD_IN_NAME =
  /[的等是为了在与对把被将从向到年月日\d]|(以上|左右|其中|相关|有关|一批|一体|各类|全市|全省|全区|我市|新型工业化|规模|增加值|比重|营收|产值|占比|水平|能力|体系|方向|领域|模式|发展)/u;

// (Readers ask it of the same spans again and again, two calls in three a repeat: remembered for the document.)
const cutMemo = docMemo<string, number>();
export function clusterName(simp: string): { cut: number; name: string } {
  let cut = cutMemo.get(simp);
  if (cut === undefined) {
    cut = SCALE.exec(simp)?.[0].length ?? 0;
    cutMemo.set(simp, cut);
  }
  return { cut, name: simp.slice(cut) };
}

/** Industry phrase validity after trimming. */
/** True when the phrase is made of generic words only (工业主导, 大优势, 战略性新型). */
export function allGeneric(name: string): boolean {
  let rest = name.replace(/[\d一二三四五六七八九十两]+/gu, "");
  for (let g = 0; g < 6 && rest; g++) {
    const w = genericWordAt(rest);
    if (!w) return false;
    rest = rest.slice(w.length);
  }
  return rest === "";
}
/** Where an industry sits, not what it makes (临港产业, 涉海产业): a category word, never a name alone. */
const PLACE_KIND = ["临港", "临空", "涉海", "沿海", "滨海", "沿江", "沿边", "海洋"];
/** An economy named by its place kind or its mode (海洋经济, 县域经济, 循环经济): a way of growing, not a sector. */
const KIND_ECONOMY = new RegExp(`^(?:${PLACE_KIND.join("|")}|县域|民营|实体|外向型)经济$|循环经济$`, "u");
const GENERIC_WORDS = [...GENERIC_INDUSTRY].sort((a, b) => b.length - a.length);
/** GENERIC_WORDS by first character, in the same order (only those can start a string). */
const GENERIC_BY_FIRST = new Map<number, string[]>();
for (const w of GENERIC_WORDS) {
  const l = GENERIC_BY_FIRST.get(w.charCodeAt(0));
  if (l) l.push(w);
  else GENERIC_BY_FIRST.set(w.charCodeAt(0), [w]);
}
/** The longest generic word `t` starts with (the first listed among equals), if any. */
function genericWordAt(t: string): string | undefined {
  return GENERIC_BY_FIRST.get(t.charCodeAt(0))?.find((x) => t.startsWith(x));
}
/** `t` without the generic words it starts with. */
export function stripGeneric(t: string): string {
  let rest = t;
  for (let g = 0; g < 4 && rest; g++) {
    const w = genericWordAt(rest);
    if (!w) break;
    rest = rest.slice(w.length);
  }
  return rest;
}
/** A generic word or a place-kind word (临港, 涉海) at the start of a list head's middle. */
export function headWordAt(t: string): string | undefined {
  return genericWordAt(t) ?? PLACE_KIND.find((x) => t.startsWith(x)) ?? SCOPE_HEAD.find((x) => t.startsWith(x));
}
/** Whose industries a head names (甲、乙等园区主导产业, 等区内优势产业): a scope, no part of the kind. */
const SCOPE_HEAD = ["园区", "区内", "全区", "全市", "全县", "本区", "我区", "我市", "开发区", "高新区", "经开区"];

/** Activities and functions, not industries (度假产业 in a zone's plan is its function). */
const ACTIVITY = new Set(
  "度假 休闲度假 旅游度假 外包 科普 科技创新 商务办公 办公 商务 居住 研学 培训 展示 体验 孵化 研发 生产 销售 运营 会议 教育培训 配套服务 生活服务 公共服务 创业 创新 招商".split(
    " ",
  ),
);

// 休闲 opens an activity (休闲度假), not a product (休闲零食, 休闲用品) or a leisure trade (休闲旅游, 休闲养生).
const ACTIVITY_HEAD =
  /(度假|外包|办公|科普|居住|研学|培训|教育|休闲|展示|体验|观光|会议)$|^(科普|商务|休闲(?!食品|用品|服装|鞋|装备|农业|旅游|运动|健康|养生))/u;

/** An activity or function (旅游度假, 服务外包, 研发), not a sector: every cluster rule's items, not only the suffix's. */
export function isActivity(name: string): boolean {
  return ACTIVITY.has(name) || ACTIVITY_HEAD.test(name);
}

/** Who owns the firms, not what they make (台资产业, 民营经济). */
const OWNERSHIP = /^(?:台资|外资|港资|澳资|侨资|日资|韩资|欧资|美资|内资|合资|独资|民营|国有|私营|个体)$/u;
/** A place and nothing else: China, a region, a province or a city (with its level word). */
const PLACE_ONLY = new RegExp(
  `^(?:中国|我国|全国|全省|全市|全区|国内|全球|世界|长三角|珠三角|京津冀|粤港澳|成渝|${[...PROVINCES, ...CITIES].join("|")})(?:省|市|区|县|地区|区域)?$`,
  "u",
);

/** A county-level place with its level word alone (某江县产业). (Without it, only where the document writes the
 * level word elsewhere: clusters.ts; 某湖 may name a salt-lake industry.) */
function countyOnly(name: string): boolean {
  const bare = name.replace(/[区县市旗]$/u, "");
  return bare !== name && COUNTY_NAMES.has(bare);
}

/** A phrase ending in a one-character predicate adjective (…面广, …值高) or opening with an adverb (不断…). */
function predicatePhrase(name: string): boolean {
  if (!/[高广强多大好优快足低少佳全]$/u.test(name) && !/^(?:不断|持续|更加|进一步|逐步|全面|加快|大力)/u.test(name))
    return false;
  const t = tag(name, true);
  if (t.length < 2) return false;
  const last = t[t.length - 1] as { word: string; tag: string };
  const first = t[0] as { word: string; tag: string };
  return (last.word.length === 1 && /^(a|ad|d)$/u.test(last.tag)) || /^(d|ad)$/u.test(first.tag);
}

const validMemo = [docMemo<string, boolean>(), docMemo<string, boolean>()];
const FIELD_ONLY = /^(?:高新|未来|新兴|现代|高端|先进|战略|前沿|尖端|高|新)?(?:科技|技术|高新技术|资源|人才|高科技)$/u;
/** Last words of a way of developing rather than a sector (see validIndustry). */
const CHANGE_END = /(优化|延伸|结合|完整|高效|转化|提升|升级|完善|融合|协同|突破|集聚|壮大|发展)$/u;

export function validIndustry(name: string, keepYe: boolean): boolean {
  // (A pure test the readers ask again and again of the same names: remembered for the document.)
  const memo = validMemo[keepYe ? 1 : 0] as Map<string, boolean>;
  let ok = memo.get(name);
  if (ok === undefined) {
    ok = validIndustryOf(name, keepYe);
    memo.set(name, ok);
  }
  return ok;
}
function validIndustryOf(name: string, keepYe: boolean): boolean {
  if (name.length < 2 || name.length > 16) return false;
  // The whole name is a lead word (致力产业倍增, 抢抓产业机遇): a verb or a place word, no industry.
  if (leadNotName(`${name}甲乙`) === name.length) return false;
  if (GENERIC_INDUSTRY.has(name) || allGeneric(name) || ACTIVITY.has(name) || PLACE_KIND.includes(name)) return false;
  if (KIND_ECONOMY.test(name)) return false;
  // A field of work with generic modifiers at most (高新科技, 未来科技, 战略资源, 人才): a category, no sector.
  if (FIELD_ONLY.test(name)) return false;
  // A place alone (天津市级产业 read as 天津 + 市级) is where, not which industry.
  if (PLACE_SET.has(name)) return false;
  // A time word, a preposition or a verb phrase before 产业 (这一时期产业…, 按照产业…, 理顺区域产业…).
  if (
    /^(时期|阶段|期间|按照|依照|根据|通过|结合|理顺|关于|基于|对于|按|整条|整个|全条)|(时期|阶段|期间|区域)$/u.test(
      name,
    )
  )
    return false;
  // Words of the chain or the plan itself (关键产业链, 项目产业集群, 集群产业链).
  if (
    /^(?:双|[一二三四五六七八九十两]大)?(关键|项目|集群|链条|环节|重大|首批|链式|首位|主导|支柱|优势|特色|重点|先进)$/u.test(
      name,
    )
  )
    return false;
  // A predicate or an adverb phrase (涉及面广, 附加值高, 不断厚植): what is said of something, not a sector.
  if (predicatePhrase(name)) return false;
  // What industries are not (非煤产业, 非资源型产业): a category by exclusion; 非遗 (intangible heritage) is a field.
  if (/^非(?!遗|物质)/u.test(name)) return false;
  // A firm's chain (某某集团产业链上下游): the firm, not an industry; a body's (经济部产业发展署): the body.
  if (/(集团|公司|股份|[部局厅署])$/u.test(name)) return false;
  // A phrase headed by an activity (旅游度假, 服务外包, 科普教育, 商务办公) names what a place does, not a sector.
  if (ACTIVITY_HEAD.test(name)) return false;
  if (/产业|首批|第[一二三四五六七八九十]批|事业/u.test(name)) return false;
  // A way of developing (本土化, 数字化, 集群化产业): no sector (石化, 焦化, 炼化 are).
  if (
    /(本土|数字|国际|产业|智能|高端|集群|规模|信息|网络|绿色|标准|专业|市场|品牌|现代|工业|城镇|多元|链式|园区|服务|融合|集约|平台|低碳|自动|轻量|国产|基地|精细|特色|生态|全球|一体)化$/u.test(
      name,
    )
  )
    return false;
  // A mode of production (循环经济, 木业循环经济, 低碳经济): how industries run, not one of them.
  // A kind of demand (新兴消费, 信息消费): what people buy, not a sector that makes it.
  if (/消费$/u.test(name)) return false;
  // A way of developing, ending in a verb or quality of change (品种优化, 链条延伸, 创仿结合, 结构完整, 协同高效,
  // 成果转化): how industries grow, not one of them (an industry and its extension, 某产品及延伸, stays).
  if (CHANGE_END.test(name) && !/[及和与]/u.test(name)) return false;
  if (/(循环|低碳)经济$/u.test(name)) return false;
  // A place or region alone (长三角产业资源), who owns the firms (台资产业, 外资产业), or a manner (链条式产业集群,
  // 高质量产业新城): no sector.
  if (PLACE_ONLY.test(name) || OWNERSHIP.test(name) || /式$|^高质量$/u.test(name) || countyOnly(name)) return false;
  // An event's title (第八届某某展览会, 某某论坛): not an industry.
  if (EVENT_NAME.test(name)) return false;
  // "甲乙和丙丁产业": two one-word sectors joined by 和 are two things, neither of them this name.
  if (/^[\p{Script=Han}]{2}和[\p{Script=Han}]{2}$/u.test(name)) return false;
  const parts = name.split(/[和与及]/u);
  const first = parts[0] as string;
  // "汽车及配套": an industry with its supporting trades is one name; other generic halves are not.
  // (茶叶及配套: a product the heads do not know, valid alone, names its industry too.)
  const withSupport =
    parts.length === 2 &&
    parts[1] === "配套" &&
    (!!industryHead(first) || (first.length >= 2 && !/上下游|产品/u.test(first) && validIndustry(first, keepYe)));
  if (parts.length > 1 && !withSupport && parts.some((p) => p === "" || allGeneric(p) || /优势$/u.test(p)))
    return false;
  if (keepYe) {
    const spec = name.replace(/(修造业|服务业|制造业)$/u, "");
    if (
      spec.length < 2 ||
      GENERIC_INDUSTRY.has(spec) ||
      /^(先进|现代|生产性|生活性|传统|新兴|高端|服务|制造)$/u.test(spec)
    )
      return false;
    // A place's manufacturing (中国制造业, 长三角制造业, 某省服务业) is an economy, not a named sector.
    if (PLACE_ONLY.test(spec)) return false;
  }
  if (BAD_IN_NAME.test(name.replace(/^[\p{Script=Han}]{0,4}[和及与][\p{Script=Han}]+$/u, "x"))) {
    // One digit and one capital opening the name (5G, 3D打印, 8K) name a technology, not a count, a year
    // or a capacity (20GW光伏, 5MW风电 keep their digits and are refused).
    const code = name.charCodeAt(0);
    const tech = code >= 49 && code <= 57 ? name.replace(TECH_CODE, "x") : name;
    if (/[的等是为了在对把被将从向到年月日\d]/u.test(tech)) return false;
    if (
      /(以上|左右|其中|相关|有关|一批|各类|全市|全省|全区|我市|规模|增加值|比重|营收|产值|占比|水平|能力|体系|方向|领域|模式)/u.test(
        name,
      )
    )
      return false;
  }
  if (/(区|园|城|镇|县|市|省|和|与|及|以|型|关联|未来|(?<!安)全|、)$/u.test(name)) return false;
  if (/^(国家|上|以|级|和|与|及|全|对|新一轮|省|市|区(?!块)|业)/u.test(name)) return false;
  // Determiners and the chain system's own words (本次产业链, 每条产业链, 链长, 主承载产业链, 含循环产业).
  if (/^(本次|此次|每[条个项]|各[条个项]|这|该|其|主承载)|(链长|链长制|承载|报告)$|^循环$/u.test(name)) return false;
  // The other chains of the slogan (围绕产业链部署创新链, 人才链, 资金链): no industry's.
  if (/^(创新|人才|资金|价值|供应|服务|政策)链$/u.test(name)) return false;
  if (/(新兴|特色|优势|单位|小组|领导|上下游)$/u.test(name) || /之间|之一|之中/u.test(name) || PLACE_SET.has(name))
    return false;
  if (/(基地|政府|企业|公司|基金|园区|开发区|制造业.|服务业.|[一二三四五六七八九十两]\s*[个大条])/u.test(name))
    return false;
  if (/[（(]/u.test(name) && !/[）)]$/u.test(name) && /[（(].*[）)]/u.test(name) === false) return false;
  return true;
}

/** A name with no industry word whose last word the tagger reads as a verb. */
export function endsInVerb(name: string): boolean {
  if (industryHead(name) || industryPhrase(name) || /[及和与]/u.test(name)) return false;
  const last = tag(name, false).pop();
  return (
    !!last &&
    last.tag === "v" &&
    // Trades the tagger reads as verbs (藏医养生, 渔船修造, 医养) and noun morphemes (绿能, 食品).
    !/^(?:[能品养]|养生|养老|医养|修造|维修|检测|处理|培训|设计|研发|旅游|种植|养殖|租赁|咨询|托育)$/u.test(last.word)
  );
}
