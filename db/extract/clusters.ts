// Cluster recogniser: industry phrases ending in 产业集群/集群/产业链/产业 (and
// …制造业/…服务业), with the scale words and level dropped, plus items of
// lists whose head is an industry word.
// Over 400 lines: one recogniser's grammar (heads, roles, enumerations, filters) whose parts share
// one precedence; its registry entries live in rules/entities.ts.

import { charTable, endsVisibly, hasChar, matchesAround, SPACE_TABLE } from "./anchored.ts";
import { type Cand, type Ctx, orig, spanCand } from "./context.ts";
import { docMemo } from "./doc-memo.ts";
import { industryHead, industryPhrase } from "./industry-heads.ts";
import { countValue, type EnumList, predicateItem, verbAt } from "./lists.ts";
import { mapPacked } from "./packed.ts";
import { charTag, tag } from "./tagger.ts";
import { matchNearCue, occursTwice, scanLeft, sentenceIndexAt, sentenceTextAt, stopEndingAt } from "./text.ts";
import { CHAIN_SLOGAN, CITIES, GENERIC_INDUSTRY, LEADING_VERBS, PLACE_SET, PROVINCES, STOP_WORDS } from "./vocab.ts";

/** Leading words that place or judge an industry without naming it (我国骨科植入物, 改造纺织服装). */
const LEAD_NOT_NAME = new RegExp(
  `^(全年|今年|去年|上半年|前三季度|同期|当年|我国|我市|我区|我省|全国|全市|全区|本地|当地|本区|区域|东部|西部|南部|北部|中部|努力使|力争使|促使|使|抢抓|果断|致力于|致力|建构|列入|纳入|开放(?!型)|${LEADING_VERBS.join("|")}|壮大|发展(?!改革)|紧抓|抓(?![斗住紧好])|即(?!食|时)|(?:较为|相对|比较)?完(?:整|备|善)的?|[上下][连接]|当前|现有|原有|几大|各大)(?=[\\p{Script=Han}]{2})`,
  "u",
);
const STOP_SET = new Set(STOP_WORDS);

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

/**
 * A list of domains rather than industries: one item is a bare generic word
 * (经贸、文化、产业等领域; 财政、金融、产业等政策), a process (…建设, …发展, …投入),
 * or the items are activities of one firm (集研发、生产、服务于一体).
 */
/** domainList's answer per list (two stages ask it of every list). */
/** Items that name no industry: an industry word alone, or a general word. */
const NO_INDUSTRY_ITEM = new Set(["产业集群", "产业链", "集群", "产业", "经济", "社会", "行业", "政策", "产业发展"]);
/** The text without white space (\s), copied only when it holds some. */
function withoutSpace(t: string): string {
  for (let k = 0; k < t.length; k++) if (SPACE_TABLE[t.charCodeAt(k)] === 1) return t.replace(/\s+/gu, "");
  return t;
}
const domainMemo = new WeakMap<EnumList, boolean>();
export function domainList(s: string, l: EnumList): boolean {
  let v = domainMemo.get(l);
  if (v === undefined) {
    v = domainListOf(s, l);
    domainMemo.set(l, v);
  }
  return v;
}
function domainListOf(s: string, l: EnumList): boolean {
  const first = l.items[0];
  if (first && s[first.start] === "集" && /[于为]一体/u.test(s.slice(first.start, l.end + 16))) return true;
  let process = 0;
  // "规模化、本地化、特色化": ways of developing, not industries.
  if (l.items.filter((it) => s[it.end - 1] === "化").length * 2 >= l.items.length) return true;
  // "延链补链、壮大集群": a chain-building slogan is never an item of an industry list.
  if (l.items.some((it) => CHAIN_SLOGAN.test(s.slice(it.start, it.end)))) return true;
  // "育龙头、补链条、建平台": a one-character verb and its object, ways of building a cluster, not industries.
  if (l.items.length >= 3 && verbObjects(s, l)) return true;
  for (const it of l.items) {
    const t = withoutSpace(s.slice(it.start, it.end));
    // (Nothing but an industry word, or a general word: no industry of its own.)
    if (t === "" || NO_INDUSTRY_ITEM.has(t) || STOP_SET.has(t)) return true;
    if (t.endsWith("建设") || t.endsWith("发展") || t.endsWith("投入") || t.endsWith("转化")) process++;
  }
  // One "…融合发展" item among industries is a bad item, not a bad list.
  return process * 2 >= l.items.length;
}

/** Two thirds of the items or more are verbObject's; tagging stops once the answer is known. */
function verbObjects(s: string, l: EnumList): boolean {
  const need = Math.ceil((l.items.length * 2) / 3);
  let yes = 0;
  let left = l.items.length;
  for (const it of l.items) {
    if (yes + left < need) return false;
    left--;
    if (verbObject(s.slice(it.start, it.end))) yes++;
    if (yes >= need) return true;
  }
  return false;
}

/** A short item read as a one-character verb before a noun (补链条, 强链): an action, not a name. */
function verbObject(item: string): boolean {
  if (item.length < 2 || item.length > 3) return false;
  // One character before what a cluster is built from (强龙头, 聚集群, 优环境): an action on it, whatever its tag.
  if (/^[\p{Script=Han}](龙头|链条|集群|平台|要素|环境|生态|载体|主体|人才)$/u.test(item)) return true;
  // The first token must be its first character, tagged v: the character's own tag tells when it cannot be.
  if (charTag(item[0] as string) !== "v") return false;
  const t = tag(item, false);
  return t.length >= 2 && t[0]?.word.length === 1 && t[0].tag === "v" && /^n/u.test(t[1]?.tag ?? "");
}

/**
 * Characters to cut when a two-character place the document writes with 市/县/区
 * (not 市场, 县域, 区域, 区块) opens the industry, within its first six characters
 * and with two characters of the industry left after it; 0 otherwise.
 */
/** Two characters before 区/市 that make a kind of zone or area, not a place (高新区, 示范区, 主城区). */
const ZONE_KIND =
  /^(高新|经开|开发|保税|综保|示范|试验|工业|产业|集聚|聚集|功能|核心|主城|先行|引领|城区|新城|老城|中心|商务|物流)$/u;
let placeDoc = "";
/** The two characters before each 市/县/区 of the document (not 市场, 县域, 区域, 区块): built once per document. */
const placeSeen = new Set<string>();
/** The two to four characters before each 市/县/区/旗 of the document (same exceptions): built once per document. */
const levelSeen = new Set<string>();
function placeWritten(s: string, p: string): boolean {
  placeTables(s);
  return !ZONE_KIND.test(p) && (placeSeen.has(p) || (zoneSeen.get(p) ?? 0) >= 2);
}
/** A two-character place the document writes with 市/县/区 (项城 of 项城市): a place, not a zone's short name. */
export function placeWithLevel(s: string, p: string): boolean {
  placeTables(s);
  return !ZONE_KIND.test(p) && placeSeen.has(p);
}
/** Builds the document's place tables once per document. */
function placeTables(s: string): void {
  if (s !== placeDoc) {
    placeDoc = s;
    placeSeen.clear();
    levelSeen.clear();
    zoneSeen.clear();
    placeCuts.clear();
    // (The place word first, its two characters checked behind it: a leading look-behind is tried at every character.)
    for (const m of s.matchAll(/(?:市(?!场)|县(?!域|级)|区(?!域|块|位))(?<=[\p{Script=Han}]{2}[市县区])/gu))
      placeSeen.add(s.slice((m.index as number) - 2, m.index as number));
    for (const m of s.matchAll(/市(?!场)|县(?!域|级)|区(?!域|块|位)|旗/gu))
      for (let n = 2; n <= 4 && n <= (m.index as number); n++) levelSeen.add(s.slice((m.index as number) - n, m.index));
    // A zone's place (某某经济开发区, 某某高新区): its two characters name a place too (某某石化产业).
    for (const m of s.matchAll(
      /(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|综合保税区)(?<=[\p{Script=Han}]{2}(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|综合保税区))/gu,
    )) {
      const p = s.slice((m.index as number) - 2, m.index as number);
      // Named twice at least: a zone the document is about (洋浦经济开发区…洋浦经济开发区), not a passing
      // mention whose first word is a domain (海洋高新技术产业开发区 once: 海洋电子信息 stays whole).
      if (!/^[省市县区]/u.test(p)) zoneSeen.set(p, (zoneSeen.get(p) ?? 0) + 1);
    }
  }
}
/** How often each two-character place heads a zone's name (counted once per document). */
const zoneSeen = new Map<string, number>();

const placeCuts = docMemo<string, number>();
function placeCut(s: string, a: number, b: number): number {
  const key = s.slice(a, b);
  let cut = placeCuts.get(key);
  if (cut === undefined) {
    cut = placeCutOf(s, a, b);
    placeCuts.set(key, cut);
  }
  return cut;
}

/**
 * A place of two to four characters that the document also writes with 市/县/区/旗 (乐清市, 霍林郭勒市) opening an
 * industry whose rest ends in a sector's head word (乐清新能源 → 新能源): the place's length, else 0.
 */
function levelPlaceCut(s: string, a: number, b: number): number {
  placeTables(s);
  for (let n = 4; n >= 2; n--) {
    if (b - a - n < 2) continue;
    const p = s.slice(a, a + n);
    if (!/^[\p{Script=Han}]+$/u.test(p) || ZONE_KIND.test(p)) continue;
    if (!levelSeen.has(p)) continue;
    // A level word written here too (某某市甲产业) is left to the scale words, which cut it with what follows.
    if (/[市县区旗]/u.test(s[a + n] ?? "")) continue;
    const rest = s.slice(a + n, b);
    if (industryHead(rest) && !PLACE_SET.has(rest)) return n;
  }
  return 0;
}

function placeCutOf(s: string, a: number, b: number): number {
  for (let i = 0; i <= Math.min(6, b - a - 4); i++) {
    const p = s.slice(a + i, a + i + 2);
    if (!/^[\p{Script=Han}]{2}$/u.test(p)) continue;
    if (!placeWritten(s, p)) continue;
    // The tagger must read the place as a word of its own (高新|技术 is one word: 高新技术).
    // Unknown names fall apart into proper-noun or single characters (沧/ns 澜/ns); a boundary must follow them.
    let at = 0;
    for (const t of tag(s.slice(a, b), false)) {
      const end = at + t.word.length;
      if (end > i) {
        // b: a place the lexicon files as a distinguishing word (临清/b), written elsewhere with 市/县/区.
        if (at < i || end > i + 2 || !/^(ns|nr|nz|x|j|g|b|nrt|nrfg)$/u.test(t.tag)) return 0;
        // Known only from a zone's name: an industry word heading a zone (石化/j + 经济技术开发区) is no place.
        if (!placeSeen.has(p) && !/^(ns|x)$/u.test(t.tag)) return 0;
        if (end === i + 2) return i + 2;
      }
      at = end;
    }
    return 0;
  }
  return 0;
}

const SUFFIX_RE = /先进制造业集群|制造业集群|产业集群|产业链|集群|产业|修造业|服务业|制造业/gu;
const PLACE_NAMES = [...PROVINCES, ...CITIES].sort((a, b) => b.length - a.length).join("|");
const SCALE = new RegExp(
  `^(若干|千亿级|万亿级|百亿级|\\d+(?:万)?亿元?级|[\\d千百万亿]*[千百万亿](?:千瓦|瓦|吨|辆|台|套|件|头|只)级|千亿元级?|百亿元级?|万亿元级?|千亿|百亿|万亿|国家级|省级|市级|自治区级|中小企业|高技术|高附加值|高端化(?!工)|本土|本地|传统|自身|规上|它|做[大强精优实特新专尖]做[大强精优实特新专尖]|我[州市县区旗]|[一二三四五六七八九十两\\d]+大|(?:${PLACE_NAMES})(?:省|市(?!场)|自治区|自治州|州|盟)?(?=[\\p{Script=Han}]{2}|[铝铜钢铁锂煤酒茶糖盐油气锌镍钛硅磷钨锡锑镁]$)|[\\p{Script=Han}]{2,3}(?:省|市)(?!场)|[\\p{Script=Han}]{1,3}县(?![域级城乡])(?=[\\p{Script=Han}]{2})|(?<=[市州盟])[\\p{Script=Han}]{2}区(?![域块])(?=[\\p{Script=Han}A-Za-z]{2})|(?:中国|我国|全国|国内)(?=[\\p{Script=Han}]{2}))+`,
  "u",
);
const CLUSTER_STOPS = new Set([
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
/** Heads of a trade's own name (装备制造, 商贸物流, 电子信息, 智能装备…): an industry complete in itself. */
const TRADE_HEAD = /(制造|物流|信息|装备|加工|零部件|电子)$/u;
/** Things after 产业 that make it part of another name or a process. */
const NOT_AFTER_CHAN =
  /^(森林|版图|地图|蓝图|高地|方阵|矩阵|园|城|基地|大脑|聚集区|集聚区|集聚带|聚集带|隆起带|发展带|走廊|强县|强市|大县|大市|名县|强镇|区|化|带|工人|工|政策|项目|资金|基金|人才|工作|用地|用|转移|链条|部门|联盟|协会|布局|变革|引导|技术|对接|类|规划|能级|结构|工程|发展示范|示范|融合|体系建设|比较|链条|层次|竞争力|水平|质量|效益|格局|空间|分工|合作|协同|投资|人才|领军)/u;
/** Aspects of an industry after 产业 (甲产业规模超…): the industry is named before them. */
const FUSION_AFTER = /^(?:深度|加快|加速|双向|协同)?(?:融合|联动|互动)/u;
const ASPECT_AFTER_CHAN = /^(规模|基础|生态|招商)/u;
const BAD_IN_NAME =
  /[的等是为了在与对把被将从向年月日\d]|(以上|左右|其中|相关|有关|一批|一体|各类|全市|全省|全区|我市|新型工业化|规模|增加值|比重|营收|产值|占比|水平|能力|体系|方向|领域|模式|发展)/u;

export function clusterName(simp: string): { cut: number; name: string } {
  const m = SCALE.exec(simp);
  const cut = m ? m[0].length : 0;
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
function stripGeneric(t: string): string {
  let rest = t;
  for (let g = 0; g < 4 && rest; g++) {
    const w = genericWordAt(rest);
    if (!w) break;
    rest = rest.slice(w.length);
  }
  return rest;
}
/** A generic word or a place-kind word (临港, 涉海) at the start of a list head's middle. */
function headWordAt(t: string): string | undefined {
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

// 休闲 opens an activity (休闲度假), not a product (休闲零食, 休闲用品).
const ACTIVITY_HEAD =
  /(度假|外包|办公|科普|居住|研学|培训|教育|休闲|展示|体验|观光|会议)$|^(科普|商务|休闲(?!食品|用品|服装|鞋|装备|农业))/u;

/** An activity or function (旅游度假, 服务外包, 研发), not a sector: every cluster rule's items, not only the suffix's. */
export function isActivity(name: string): boolean {
  return ACTIVITY.has(name) || ACTIVITY_HEAD.test(name);
}

/** A place and nothing else: China, a region, a province or a city (with its level word). */
const PLACE_ONLY = new RegExp(
  `^(?:中国|我国|全国|全省|全市|全区|国内|全球|世界|长三角|珠三角|京津冀|粤港澳|成渝|${[...PROVINCES, ...CITIES].join("|")})(?:省|市|区|县|地区|区域)?$`,
  "u",
);

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

export function validIndustry(name: string, keepYe: boolean): boolean {
  if (name.length < 2 || name.length > 16) return false;
  // The whole name is a lead word (致力产业倍增, 抢抓产业机遇): a verb or a place word, no industry.
  if (leadNotName(`${name}甲乙`) === name.length) return false;
  if (GENERIC_INDUSTRY.has(name) || allGeneric(name) || ACTIVITY.has(name) || PLACE_KIND.includes(name)) return false;
  if (KIND_ECONOMY.test(name)) return false;
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
  if (/(循环|低碳)经济$/u.test(name)) return false;
  // An event's title (第八届某某展览会, 某某论坛): not an industry.
  if (/第[一二三四五六七八九十百]+[届次期]|展览会|博览会|交易会|洽谈会|论坛|峰会/u.test(name)) return false;
  // "甲乙和丙丁产业": two one-word sectors joined by 和 are two things, neither of them this name.
  if (/^[\p{Script=Han}]{2}和[\p{Script=Han}]{2}$/u.test(name)) return false;
  const parts = name.split(/[和与及]/u);
  // "汽车及配套": an industry with its supporting trades is one name; other generic halves are not.
  const withSupport = parts.length === 2 && parts[1] === "配套" && !!industryHead(parts[0] as string);
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
    if (/[的等是为了在对把被将从向年月日\d]/u.test(name)) return false;
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

/**
 * "甲和乙等支撑产业": the spans of two industries joined by one 和/与/及 right before 等 (and role words)
 * ending at `sufStart`, when each reads as an industry and no 、 list runs on before them.
 */
function etcPair(s: string, sufStart: number): [number, number][] | null {
  const m = /[和与及]([\p{Script=Han}]{2,10})等(?:支撑|主导|支柱|特色|优势|重点|新兴|关联|配套)*$/u.exec(
    s.slice(Math.max(0, sufStart - 24), sufStart),
  );
  if (!m) return null;
  const conj = sufStart - m[0].length;
  const b0 = conj + 1;
  const b1 = b0 + (m[1] as string).length;
  let a0 = scanLeft(s, conj, { maxLen: 10, stops: CLUSTER_STOPS, conj: false });
  a0 += clusterName(s.slice(a0, conj)).cut;
  a0 += leadNotName(s.slice(a0, conj));
  if (s[a0 - 1] === "、" || conj - a0 < 2) return null;
  const ok = (x: string) => validIndustry(x, false) && (!!industryHead(x) || industryPhrase(x));
  return ok(s.slice(a0, conj)) && ok(s.slice(b0, b1))
    ? [
        [a0, conj],
        [b0, b1],
      ]
    : null;
}

/** A name with no industry word whose last word the tagger reads as a verb. */
function endsInVerb(name: string): boolean {
  if (industryHead(name) || industryPhrase(name) || /[及和与]/u.test(name)) return false;
  const last = tag(name, false).pop();
  return (
    !!last &&
    last.tag === "v" &&
    // Trades the tagger reads as verbs (藏医养生, 渔船修造, 医养) and noun morphemes (绿能, 食品).
    !/^(?:[能品养]|养生|养老|医养|修造|维修|检测|处理|培训|设计|研发|旅游|种植|养殖|租赁|咨询|托育)$/u.test(last.word)
  );
}

/** A closing quote, then a count and role words at most, before an industry suffix. */
/** Last characters of the bodies an industry word may name (…产业研究院, …产业联盟), and the closing quotes. */
const BODY_LAST = charTable("台心院室金盟会坛");
const QUOTE_CLOSE = charTable('”"');
const QUOTED_HEAD = /[”"](?:[一二三四五六七八九十两\d]+\s*[个大类])?(?:首位|主导|支柱|特色|优势|重点|新兴)*$/u;

/** The quoted labels that end at `close` (the index after ”), joined by nothing, 、, 和, 与 or 及. */
function quotedLabels(s: string, close: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let e = close;
  while (/[”"]/u.test(s[e - 1] ?? "")) {
    const open = s.slice(Math.max(0, e - 13), e - 1).search(/[“"][^“”"]*$/u);
    if (open < 0) break;
    const a = Math.max(0, e - 13) + open;
    out.unshift({ start: a + 1, end: e - 1 });
    e = /[、和与及]/u.test(s[a - 1] ?? "") ? a - 1 : a;
  }
  return out;
}

/** A quoted label that may name an industry, not a slogan or a formula (两优两新, 4+3, 海洋强市). */
function quotedName(x: string): boolean {
  return /^[\p{Script=Han}]{2,10}$/u.test(x) && !/[一二三四五六七八九十两]/u.test(x) && validIndustry(x, false);
}

export function clusterSuffixCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  SUFFIX_RE.lastIndex = 0;
  for (let m = SUFFIX_RE.exec(s); m; m = SUFFIX_RE.exec(s)) {
    const suf = m[0];
    const sufStart = m.index;
    const end = sufStart + suf.length;
    if (suf === "产业" && NOT_AFTER_CHAN.test(s.slice(end, end + 4))) continue;
    // "甲产业规模/基础/生态/招商": an aspect of the industry; the name must then end in a sector's head word.
    const aspect = suf === "产业" && ASPECT_AFTER_CHAN.test(s.slice(end, end + 2));
    // "…产业监测平台", "…产业研究院": the industry word is part of another thing's name.
    if (
      hasChar(BODY_LAST, s, end, Math.min(s.length, end + 9)) &&
      /^[\p{Script=Han}]{0,6}?(平台|中心|研究院|实验室|基金|联盟|协会|大会|论坛|博览会|博览交易会|交易会|展览会|洽谈会|推介会|对接会|峰会|年会)/u.test(
        s.slice(end, end + 9),
      )
    )
      continue;
    // "某某生命健康产业核心区/拓展区": the industry word names an area of a park.
    if (
      suf === "产业" &&
      (s[end + 2] === "区" || s[end + 4] === "区") &&
      /^(核心|拓展|先行|示范|功能|承载|集中|起步|先导|引领|试验|开发|合作|配套|融合|开发试验)区/u.test(
        s.slice(end, end + 5),
      )
    )
      continue;
    // A quoted label before the suffix, a count or role words between (“两优两新”产业, “海洋能源”首位主导产业,
    // “甲”“乙”和“丙”三大产业集群): the labels are industries when each reads as one, else a slogan.
    const qh = hasChar(QUOTE_CLOSE, s, Math.max(0, sufStart - 12), sufStart)
      ? QUOTED_HEAD.exec(s.slice(Math.max(0, sufStart - 12), sufStart))
      : null;
    if (qh) {
      const run = quotedLabels(s, sufStart - qh[0].length + 1);
      const texts = mapPacked(run, (it) => s.slice(it.start, it.end));
      if (
        texts.length &&
        texts.every((x) => quotedName(x)) &&
        texts.some((x) => !!industryHead(x) || industryPhrase(x))
      )
        for (const it of run) out.push(spanCand(ctx, "cluster", it.start, it.end, `cluster:suffix:${suf}`, 0.7));
      continue;
    }
    if (suf === "集群" && /[化]$/u.test(s.slice(sufStart - 1, sufStart))) continue;
    if (suf === "产业链" && /^条/u.test(s.slice(end, end + 1))) continue;
    // 服务业态 / 制造业态: the word is 业态 (a business format), not a sector.
    if (/业$/u.test(suf) && s[end] === "态") continue;
    // "某某产业研发生产基地项目": the industry word names a project.
    if (suf === "产业" && /^(研发|生产)/u.test(s.slice(end, end + 2))) continue;
    if (
      /(修造业|服务业|制造业)$/u.test(suf) &&
      /^(基地|园|城|集聚区|聚集区|企业|项目|体系|工业|总产值|产值|增加值|\d)/u.test(s.slice(end, end + 3))
    )
      continue;
    const keepYe = /修造业|服务业|^制造业$/u.test(suf);
    let raw = scanLeft(s, sufStart, { maxLen: 16, stops: CLUSTER_STOPS, conj: !keepYe });
    // "甲及装备制造业": 及 joins a sector to the manufacturing one name (not 和, nor a bracket's gloss).
    if (suf === "制造业") {
      const wide = scanLeft(s, sufStart, { maxLen: 16, stops: CLUSTER_STOPS, conj: true });
      if (/及/u.test(s.slice(wide, raw)) && !/[和与()（）]/u.test(s.slice(wide, raw))) raw = wide;
    }
    // "新增产能向某某产业靠拢": a preposition the scan read into the name ends the clause before the industry.
    const prep = s.slice(raw, sufStart).search(/[向对把被从将于](?=[\p{Script=Han}]{2,}$)/u);
    if (prep >= 1) raw += prep + 1;
    // "某纤维等复合材料产业集群": a short lead term joined by 等 at a clause start is part of the name.
    if (s[raw - 1] === "等") {
      let b = raw - 1;
      while (b > 0 && /[\p{Script=Han}]/u.test(s[b - 1] as string) && raw - 1 - b < 5 && stopEndingAt(s, b) < 2) b--;
      if (
        raw - 1 - b >= 2 &&
        raw - 1 - b <= 4 &&
        (/[，,。；\n：:]|^$/u.test(s[b - 1] ?? "") || stopEndingAt(s, b) >= 2)
      )
        raw = b;
    }
    // A middle dot joins a place or a park to what follows (某开发区·某区电子信息产业): the industry starts after it.
    const dot = s.slice(raw, sufStart).lastIndexOf("·");
    if (dot >= 0) raw += dot + 1;
    // A park or place name right before the industry (高新区某某装备…): cut after it.
    const seg = s.slice(raw, sufStart);
    const park =
      /^.*?(高新区|经开区|开发区|园区|新区|产业园|工业园|科技园|工业区|科技城|产业城|示范区|试验区|合作区|先行区|集中区|保税区|自贸港|自贸区)/u.exec(
        seg,
      );
    if (park) raw += park[0].length;
    // A district or county the document names (某某区生物医药产业) places the industry; it is not its name.
    const district = /^([\p{Script=Han}]{2})[区县](?!块)/u.exec(s.slice(raw, sufStart));
    if (district && sufStart - raw - 3 >= 2 && (s[raw - 1] === "·" || occursTwice(s, district[0]))) raw += 3;
    // So does a place the document writes elsewhere with 市/县/区 (某某市…; 竞争优势某某汽车及零部件产业集群 → 汽车及零部件).
    else raw += placeCut(s, raw, sufStart) || levelPlaceCut(s, raw, sufStart);
    // A bracket right after a cut place (某县(某镇)数字产业集群) qualifies the place, not the industry.
    if (raw > 0 && /[(（]/u.test(s[raw] ?? "") && /[\p{Script=Han}]/u.test(s[raw - 1] ?? "")) {
      const close = s.slice(raw, sufStart).search(/[)）]/u);
      if (close > 0 && sufStart - (raw + close + 1) >= 2) raw += close + 1;
    }
    const nameEnd = keepYe ? end : sufStart;
    // Scale words, places and leading verbs, in any order (发挥出省级…, 我国某某…).
    let a = raw;
    let yearCut = false;
    for (let g = 0; g < 3; g++) {
      const before = a;
      a += clusterName(s.slice(a, sufStart)).cut;
      a += leadNotName(s.slice(a, nameEnd));
      // A resultative complement after a verb (培育出, 构筑起, 建立起) is never a name's first character.
      if ((s[a] === "出" || s[a] === "起") && stopEndingAt(s, a) >= 2) a++;
      // “X”即甲: 即 after a quoted label introduces the name.
      if (s[a] === "即" && /[”"]/u.test(s[a - 1] ?? "")) a++;
      // 以甲产业为标杆/为龙头: the frame's 以, not the name's first character.
      if (s[a] === "以" && s[end] === "为" && nameEnd - a >= 3) a++;
      // "5条先进制造业产业链": the measure word of a count is not part of the name.
      if (/[条个项类家]/u.test(s[a] ?? "") && /[\d一二三四五六七八九十两]/u.test(s[a - 1] ?? "")) a++;
      // A year's 年 (2025年甲产业产值; not 年度, 年内) or a conjunction the scan stopped after (建设和甲产业):
      // not the name's first character.
      const year = s[a] === "年" && /\d/u.test(s[a - 1] ?? "") && !/[度内底初末中]/u.test(s[a + 1] ?? "");
      if ((year || (/[和与及]/u.test(s[a] ?? "") && a === raw)) && nameEnd - a > 2) {
        yearCut ||= year;
        a++;
      }
      // 区域内/境内 before the industry (区域内森林食品产业链): the scope's 内, not the name's.
      if (s[a] === "内" && /[域区园市县境省]/u.test(s[a - 1] ?? "") && nameEnd - a > 2) a++;
      if (a === before) break;
    }
    let simpName = s.slice(a, nameEnd);
    // "推动甲与乙产业深度融合": the fusion of two industries, not one joined name.
    if (/[与和]/u.test(simpName) && FUSION_AFTER.test(s.slice(end, end + 6))) continue;
    // After an aspect or a year's 年, the name must end in a sector's head word (not 2024年百佳产业集群, a ranking).
    if ((aspect || yearCut) && !industryHead(simpName)) continue;
    // "某仪表6大特色产业": the name stands before the count and its generic words.
    if (!keepYe && (simpName === "" || allGeneric(simpName))) {
      // "发展甲和乙等支撑产业": two industries joined by one 和 before 等 and the head.
      const pair = etcPair(s, sufStart);
      if (pair) {
        for (const [x, y] of pair) out.push(spanCand(ctx, "cluster", x, y, "cluster:suffix:counted-split", 0.75));
        continue;
      }
      const before = s.slice(Math.max(0, sufStart - 24), sufStart);
      // The pattern tries every start; it needs 大/个/类 followed by at most 6 Han
      // characters (12 code units if astral) to the end, so look for that first.
      const cm = /[大个类]/u.test(before.slice(-13))
        ? /([\p{Script=Han}]{2,12}?)([\d一二三四五六七八九十两]+\s*[大个类])([\p{Script=Han}]{0,6})$/u.exec(before)
        : null;
      if (cm && (!cm[3] || allGeneric(cm[3])) && !/[、等]/u.test(cm[1] as string)) {
        const e2 = sufStart - (cm[2] as string).length - (cm[3] as string).length;
        const a2 = scanLeft(s, e2, { maxLen: 12, stops: CLUSTER_STOPS });
        const n2 = s.slice(a2, e2);
        // Only as the last item of an enumeration (…为代表的某某6大特色产业).
        if (
          validIndustry(n2, false) &&
          s[a2 - 1] !== "、" &&
          /(为代表的|、)$/u.test(s.slice(Math.max(0, a2 - 4), a2))
        ) {
          out.push(spanCand(ctx, "cluster", a2, e2, "cluster:suffix:counted", 0.6));
        }
      }
      continue;
    }
    // A count right before the suffix (…材料六个产业集群) is not part of the name.
    // "甲和乙两大优势产业": a role word may follow the count.
    const cnt =
      /([一二三四五六七八九十两\d]+\s*[个大条]|(?<=[\p{Script=Han}]{2})双)(?:千亿级|万亿级|百亿级|千亿|万亿|百亿)?(首位|主导|支柱|特色优势|优势|特色|重点|新兴)?$/u.exec(
        simpName,
      );
    let nEnd = nameEnd;
    if (cnt && !keepYe) {
      nEnd = nameEnd - cnt[0].length;
      simpName = s.slice(a, nEnd);
      // "甲、乙和丙三大产业": a count says the 和 joins two items of the list, not one name.
      const k = simpName.search(/[和与及]/u);
      // "以甲和乙两大优势产业为先导": a count of two with one 和/与 splits there too.
      const two = /^[两二2双]/u.test(cnt[1] as string) && (simpName.match(/[和与及]/gu) ?? []).length === 1;
      if (k >= 2 && simpName.length - k > 2 && (s[a - 1] === "、" || two)) {
        const parts = [
          [a + (s[a] === "以" ? 1 : 0), a + k],
          [a + k + 1, nEnd],
        ] as const;
        if (parts.every(([x, y]) => validIndustry(s.slice(x, y), false))) {
          for (const [x, y] of parts) out.push(spanCand(ctx, "cluster", x, y, "cluster:suffix:counted-split", 0.8));
          continue;
        }
      }
      // The scan stopped at the 和 of "甲和乙两大产业": 甲 is the first of the two.
      if (k < 0 && /^[两二2双]/u.test(cnt[1] as string) && /[和与及]/u.test(s[a - 1] ?? "")) {
        const l0 = scanLeft(s, a - 1, { maxLen: 12, stops: CLUSTER_STOPS, conj: true });
        const l1 = l0 + leadNotName(s.slice(l0, a - 1)) + (s[l0] === "以" ? 1 : 0);
        if (validIndustry(s.slice(l1, a - 1), false) && validIndustry(simpName, false)) {
          out.push(spanCand(ctx, "cluster", l1, a - 1, "cluster:suffix:counted-split", 0.8));
          out.push(spanCand(ctx, "cluster", a, nEnd, "cluster:suffix:counted-split", 0.8));
          continue;
        }
      }
    }
    // "光伏全产业链": the whole chain of an industry is that industry.
    if (
      suf === "产业链" &&
      simpName.endsWith("全") &&
      simpName.length >= 3 &&
      !/[（()）]/u.test(simpName) &&
      !/^(项目|提质|试点|示范)/u.test(s.slice(end, end + 2))
    ) {
      nEnd -= 1;
      simpName = s.slice(a, nEnd);
      // …but a product's whole chain (甲乙胶带全产业链, 某产品加工全产业链) is a firm's or a project's line:
      // only a sector's own words make it an industry.
      if (!industryPhrase(simpName)) continue;
    }
    // "电子信息首位产业": a role word before the suffix says what the industry is to the place.
    const role = keepYe ? null : ROLE_TAIL.exec(simpName);
    if (role && simpName.length - role[0].length >= 2 && !allGeneric(simpName.slice(0, -role[0].length))) {
      nEnd -= role[0].length;
      simpName = s.slice(a, nEnd);
    }
    // "某某零部件千亿产业集群": a scale after the industry is not part of its name.
    const scaleTail = keepYe ? null : /(千亿|百亿|万亿)元?级?$/u.exec(simpName);
    if (scaleTail && simpName.length - scaleTail[0].length >= 2) {
      nEnd -= scaleTail[0].length;
      simpName = s.slice(a, nEnd);
    }
    // "某某国家创新型产业集群": a designation after the industry is not part of its name.
    const desig = /(?:(国家|省级|省)?创新型|国家级?|省级|市级)$/u.exec(simpName);
    if (desig && !keepYe) {
      nEnd -= desig[0].length;
      simpName = s.slice(a, nEnd);
    }
    // "建设铝产业集群", "使铝产业成为…": one material's industry is named by its one character.
    const one = keepYe ? null : /^[使把将对让令促]?([铝铜钢铁煤盐茶酒瓷竹锂硅磷钛镁锌锡棉麻丝糖菌菇])$/u.exec(simpName);
    // Not inside a bracket of parts (食品加工(含竹产业及造纸)): a part, as the other parts there.
    if (one && !/[(（]含?$/u.test(s.slice(Math.max(0, nEnd - 3), nEnd - 1))) {
      const at = nEnd - 1;
      out.push({ ...spanCand(ctx, "cluster", at, end, `cluster:suffix:${suf}`, 0.7), name: orig(ctx, at, nEnd) });
      continue;
    }
    // "5个百亿级甲、乙、丙和丁产业集群": the count before the list says the last item's 和 joins two.
    const jk = s[a - 1] === "、" && !keepYe ? simpName.search(/[和与及]/u) : -1;
    if (jk >= 2 && simpName.length - jk > 2 && preCounted(s, a) === 1) {
      const x = simpName.slice(0, jk);
      const y = simpName.slice(jk + 1);
      if (validIndustry(x, false) && validIndustry(y, false)) {
        out.push(spanCand(ctx, "cluster", a, a + jk, "cluster:suffix:counted-split", 0.8));
        out.push({
          ...spanCand(ctx, "cluster", a + jk + 1, end, "cluster:suffix:counted-split", 0.8),
          name: orig(ctx, a + jk + 1, nEnd),
        });
        continue;
      }
    }
    // 培育装备制造和保税物流产业: two whole industries of four characters or more, each ending in a trade's head
    // (制造, 物流, 装备…), joined by 和 are two (short or qualified halves stay one: 新能源和节能环保).
    const hk = keepYe ? -1 : simpName.indexOf("和");
    if (hk >= 4 && simpName.length - hk - 1 >= 4) {
      const x = simpName.slice(0, hk);
      const y = simpName.slice(hk + 1);
      if (TRADE_HEAD.test(x) && TRADE_HEAD.test(y) && validIndustry(x, false) && validIndustry(y, false)) {
        out.push(spanCand(ctx, "cluster", a, a + hk, `cluster:suffix:${suf}`, 0.7));
        out.push({
          ...spanCand(ctx, "cluster", a + hk + 1, end, `cluster:suffix:${suf}`, 0.7),
          name: orig(ctx, a + hk + 1, nEnd),
        });
        continue;
      }
    }
    // "甲和乙产业" said once, while the document names 甲 and 乙 elsewhere as well: two industries
    // (not the end of a list, 甲、乙和丙产业, nor a cluster's name, 甲和乙产业集群).
    if (
      suf === "产业" &&
      s[a - 1] !== "、" &&
      hk >= 2 &&
      simpName.length - hk - 1 >= 2 &&
      simpName.indexOf("和", hk + 1) < 0 &&
      !occursTwice(s, simpName)
    ) {
      const x = simpName.slice(0, hk);
      const y = simpName.slice(hk + 1);
      if (occursTwice(s, x) && occursTwice(s, y) && validIndustry(x, false) && validIndustry(y, false)) {
        out.push(spanCand(ctx, "cluster", a, a + hk, `cluster:suffix:${suf}`, 0.7));
        out.push({
          ...spanCand(ctx, "cluster", a + hk + 1, end, `cluster:suffix:${suf}`, 0.7),
          name: orig(ctx, a + hk + 1, nEnd),
        });
        continue;
      }
    }
    if (!validIndustry(simpName, keepYe)) continue;
    // "率先发展的领跑产业": a described 产业 is a role, not a named industry.
    if (
      suf === "产业" &&
      s[a - 1] === "的" &&
      simpName.length <= 3 &&
      // …unless a trade's head word names it (休宁的汽配产业; a goal after it, 产业领跑基地, is none: NOT_AFTER_CHAN
      // has already sent away 产业基地/高地/示范).
      !(industryHead(simpName) && !/^(领跑|标杆)/u.test(s.slice(end, end + 2))) &&
      !/(为代表|为龙头|为核心|为主导|为主体)的$/u.test(s.slice(Math.max(0, a - 5), a))
    )
      continue;
    if (suf === "集群" && /^(产业|优势|特色)/u.test(simpName)) continue;
    // "科研院所创新集群": a cluster of innovators, not an industry.
    if (/集群$/u.test(suf) && /创新$/u.test(simpName)) continue;
    // “某某集群” in quotes is a slogan or a programme's label.
    // Not in a run of quoted names (“甲产业集群”“乙产业集群”): each quote there holds one name of a list.
    if (s[a - 1] === "“" && s[end] === "”" && !quotedRun(s, a - 1, end + 1, suf)) continue;
    if (/(升级|改造|推动|推进|发展|建设|打造|培育|实施|构建|加快|提升)/u.test(simpName)) continue;
    // A clause's verb before the suffix (坚定不移兴产业, 预留产业用地, 向欧洲展开产业合作): no sector word
    // and the tagger's last word a verb (能, 品 of 绿能, 食品 are no verbs).
    if (!keepYe && endsInVerb(simpName)) continue;
    out.push({
      type: "cluster",
      start: a,
      end,
      name: orig(ctx, a, keepYe ? nameEnd : nEnd),
      rule: `cluster:suffix:${suf}`,
      confidence: suf === "产业" ? 0.7 : 0.85,
    });
  }
  return out;
}

/** A quote [qa, qb) next to another quote ending in the same suffix (”“ or ”、“ between them). */
function quotedRun(s: string, qa: number, qb: number, suf: string): boolean {
  const next = /^[、，]?“([^“”]{2,24})”/u.exec(s.slice(qb, qb + 28));
  if (next?.[1]?.endsWith(suf)) return true;
  const prev = /“([^“”]{2,24})”[、，]?$/u.exec(s.slice(Math.max(0, qa - 28), qa));
  return !!prev?.[1]?.endsWith(suf);
}

/**
 * The count written before the list whose last item starts at `a` (5个百亿级甲、乙、丙和丁…), less the
 * items the list shows: 1 when one item more is counted than written, else anything else.
 */
function preCounted(s: string, a: number): number {
  const from = Math.max(0, a - 80);
  const seg = s.slice(from, a);
  const b = Math.max(seg.lastIndexOf("，"), seg.lastIndexOf("。"), seg.lastIndexOf("；"), seg.lastIndexOf("\n"));
  const run = seg.slice(b + 1);
  const m = /^\s*(?:[\p{Script=Han}]{0,4}?)(\d+|[一两二三四五六七八九十])\s*[个大条]/u.exec(run);
  if (!m) return 0;
  return (countValue(m[1] as string) ?? 0) - run.split("、").length;
}

/** An industry formula before its items: 产业布局为“4+3+X”，即 / “1+2+N”产业体系： (the first item may hold the 即). */
export const FORMULA_CUE =
  /产业[^，。；]{0,6}[“"]?[\dA-ZＮＸ一二三四五六七八九十]+(?:[+＋][\dA-ZＮＸ一二三四五六七八九十]+)+[”"]?[^，。；]{0,8}[，,：:]?\s*即?$/u;

/**
 * 形成“六大板块一大支撑”（甲、乙、丙…）的产业发展格局 / “1+3”产业体系（甲、乙…）: a bracketed list right
 * after a quoted count or formula, the bracket closed before an industry word, spells the label out.
 */
function bracketLabel(s: string, l: EnumList): boolean {
  const first = l.items[0];
  if (!first || first.start < 1 || (s[first.start - 1] !== "(" && s[first.start - 1] !== "（")) return false;
  const before = s.slice(Math.max(0, first.start - 24), first.start - 1);
  const quoted = /[“"]([^”"]{1,14})[”"]\s*(?:[^，。；“”"]{0,6}?(?:产业|集群|体系|格局))?$/u.exec(before);
  if (!quoted || !/[\d一二三四五六七八九十两][大个类]|[+＋]/u.test(quoted[1] as string)) return false;
  return (
    /^[^，。；()（）]{0,12}[)）]\s*(?:的)?[^，。；]{0,4}(?:产业|集群)|^[^，。；()（）]{0,12}[)）]\s*[，。；]/u.test(
      s.slice(l.end, l.end + 24),
    ) && /(产业|集群|体系|格局|板块|支撑)/u.test(before + s.slice(l.end, l.end + 16))
  );
}

/** Role words between an industry and its suffix (某某首位产业, 某某主导产业). */
const ROLE_TAIL = /(?:首位|主导|支柱|龙头|特色优势|优势|特色|传统)+$/u;
/** A park named in brackets after an industry (某某贸易(某某综保区)): the park's name, not the industry's. */
const PARK_BRACKET = /[(（][^()（）]{2,14}(综保区|保税区|开发区|高新区|经开区|园区|产业园|工业园|新区)[)）]$/u;

/** A counted head joined to the next list: "5条先进制造业核心产业链和". */
const JOINED_HEADS =
  /[\d一二三四五六七八九十两]+\s*[条个大类][^、，。；]{0,12}?(产业链|产业集群|集群|产业)(和|及|以及)/u;
/** An item's own sub-list in brackets (未来产业(含甲、乙)): not part of its name. */
const SUB_BRACKET = /[(（](?:含|包括|包含|如|即|主要是|主要包括)[^()（）]*[)）]$/u;

const CLUSTER_HEAD =
  /^\s*(?:“[^”]{1,10}”)?\s*(等|以及)?\s*(\d+|[一两二三四五六七八九十若干多]+)?\s*[个大条项类批]?\s*([\p{Script=Han}]{0,10}?)(产业集群|集群|产业链条|产业链|产业|制造业|服务业)/u;
/** Cue words after which a list names industries (主导产业为甲、乙; 重点产业包括甲、乙). */
export const INDUSTRY_CUE =
  /((主导|支柱|优势|特色|重点|首位|新兴|传统|核心|战略性新兴|未来|主要|主营)(产业|行业)(集群)?(方向)?|产业(定位|方向)|主导方向)\s*(为|是|有|包括|主要有|主要包括|涵盖|[：:])\s*$/u;
/** A cue ending in a colon or 是/有 before it: 调整后的10条产业链是：, 未来产业有. */
const CHAIN_CUE =
  /((\d+|[一二三四五六七八九十两]+)\s*条\s*(重点)?产业链|(主导|支柱|优势|特色|重点|首位|战略性新兴|新兴|未来)产业)\s*(为|是|有|包括)?\s*[：:]?\s*$/u;
/**
 * A counted industry head that the list right after it spells out (形成七大特色产业集群，包括甲、乙…;
 * 三大产业集群：甲、乙、丙). Read only when the count is the number of items.
 */
const COUNTED_CUE =
  /(\d+|[一二三四五六七八九十两])\s*[大个条类][^，。；、：:]{0,10}?(?:产业集群|产业链|产业|集群)\s*(?:[，,]?\s*(?:包括|即|分别是|分别为|主要有|主要包括)\s*[：:]?|(?:为|是)?\s*[：:]|为|是)\s*$/u;
/** A cue at the start of a list's first item (未来产业有甲、…; 主导产业为甲、…). */
const FIRST_ITEM_CUE = /^[\p{Script=Han}]{0,8}?(产业|行业|产业链)(主要)?(有|为|是|包括)(?=[\p{Script=Han}]{2})/u;
/**
 * Half the items or more end in the same two characters (文化旅游、乡村旅游、工业旅游; 膜材料、高分子材料):
 * kinds of one industry, the sub-fields of a plan's item, not industries of their own.
 */
function sharedHead(items: string[]): boolean {
  const ends = new Map<string, number>();
  for (const t of items) ends.set(t.slice(-2), (ends.get(t.slice(-2)) ?? 0) + 1);
  const most = Math.max(...ends.values());
  return most >= 2 && most * 2 >= items.length;
}
/** A sentence about research (瞄准科技前沿，聚焦甲、乙等领域; …等领域，建设一批研究院): its fields are research fields. */
const RESEARCH = /(科技创新|技术创新|研究院|实验室|大科学|前沿|创新平台|科研|研发)/u;
/** Fields a list covers (等领域, 等多个领域, 等消费品行业, 等范畴), ending the clause. */
const DOMAIN_HEAD =
  /^\s*等[^，。；,;]{0,6}?(领域|范畴|行业)\s*(?:[，。；,;]|$|(?:实现|取得)(?:了)?(?:突破|新突破|发展))/u;
/** Verbs that say what fields a place's firms or projects cover or what it lays out (涵盖, 涉及, 聚焦, 集中在, 布局…). */
const DOMAIN_CUE = /(涵盖|涉及|聚焦|来自|覆盖|以及|布局|集中在|集中于|(?:^|[，,])在)了?\s*$/u;
/** The same verb kept in the first item by the list scan (…进驻，来自甲、乙等范畴). */
const DOMAIN_ITEM_CUE = /^(?:积极|重点|加快|超前)?(涵盖|涉及|聚焦|来自|覆盖|布局)了?(?=[\p{Script=Han}]{2})/u;
/** ”的产业定位 / ”的产业布局 after a quoted list. */
const QUOTED_POSITION = /^\s*[”"]\s*的?\s*(产业|主导产业)(定位|方向|布局|体系)/u;
/** "以甲、乙为主导(、丙为支撑)": the role after the items says they are industries. */
/** A counted industry head may stand before the role (以甲、乙、丙三大新兴产业为主导); 为主 needs an industry head after it (为主的…产业体系). */
const INDUSTRY_ROLE_HEAD =
  /^\s*(等)?\s*(产业|(?:\d+|[一两二三四五六七八九十]+)\s*[个大类][\p{Script=Han}]{0,8}?(?:产业集群|产业))?\s*为\s*(主导|支撑|支柱|首位|特色|引领|补充|配套|辅(?!助)|主(?=的[^，。；]{0,12}?(?:产业|工业|制造业)))/u;
/** "以甲、乙为代表的一批重工业、高新产业": what the items represent is a kind of industry (no firms, no parks). */
const REPRESENTED_INDUSTRY =
  /^\s*等?\s*为代表的(?:一批|一系列|众多)?[^，。；企园区]{0,12}?(?:产业|工业)(?!园|区|基地|项目)/u;
/** The cue of a second role list: "以甲为主导，乙、丙为特色" (the first role ends the cue). */
/** The first role may itself be a list (以甲、乙、丙为主导，丁、戊为支撑). */
const FIRST_ROLE_CUE =
  /以[^，。；以]{2,30}?为(主导|首位|支柱|引领|特色|核心|龙头|基础|主(?![体要]))(?:产业|行业)?\s*[，,、]\s*$/u;
/** A post then a person's name (副市长甲乙, 二级巡视员丙丁): an official, not an industry. */
const OFFICIAL_ITEM =
  /(?:市长|县长|区长|省长|州长|镇长|书记|巡视员|调研员|主任|局长|处长|厅长|部长|常委|委员|董事长|总经理)[\p{Script=Han}]{2,3}(?:一行|等)?$/u;
const NOT_CLUSTER_HEAD = /(领域|方向|环节|产品|技术|场景|材料|赛道|板块|业态|模式|企业|项目)/u;
/** Last characters of OFFICIAL_ITEM's posts (a test before it). */
const POST_LAST = charTable("长记员任委理");
/** Characters CLUSTER_HEAD's head words hold (业, 群), and DOMAIN_ITEM_CUE's first characters. */
const HEAD_WORD_CHAR = charTable("业群");
const DOMAIN_FIRST = charTable("涵涉聚来覆布积重加超");
/**
 * The last visible character each cue regex ending in \s*$ can end in (endsVisibly, a test before it):
 * 把/将, 以, INDUSTRY_CUE, CHAIN_CUE, COUNTED_CUE, FIRST_ROLE_CUE, DOMAIN_CUE, the development verbs, 围绕/聚焦,
 * 一批 and the verbs that bring firms in.
 */
const END_BA = charTable("把将");
const END_YI = charTable("以");
const END_INDUSTRY_CUE = charTable("为是有括盖：:");
const END_CHAIN_CUE = charTable("链业为是有括：:");
const END_COUNTED_CUE = charTable("括即是为有：:");
const END_FIRST_ROLE = charTable("，,、");
const END_DOMAIN_CUE = charTable("盖及焦自在了局于");
const END_DEVELOP = charTable("展育造强大定确");
const END_AROUND = charTable("绕焦");
const END_PI = charTable("批");
const END_FIRM_CUE = charTable("集聚进引现托以了");

/**
 * "包括永城某某、柘城某某、虞城某某…": a list whose items mostly open with a two-character place
 * (the tagger's ns) names each place's industry; the industry is the rest (guide: the industry phrase).
 */
export function placeLedList(s: string, items: readonly { start: number; end: number }[]): boolean {
  if (items.length < 3) return false;
  // (Each its own place: a shared opening, 海洋甲、海洋乙, 临港甲、临港乙, is the industries' common word;
  // tested first, as it needs no tagging.)
  if (new Set(items.map((it) => s.slice(it.start, it.start + 2))).size !== items.length) return false;
  // Most items must open with a place: stop tagging once too few are left to make most.
  const need = Math.ceil((items.length + 1) / 2);
  let n = 0;
  let left = items.length;
  for (const it of items) {
    if (n + left < need) return false;
    left--;
    if (placeLead(s, it.start, it.end, true) > 0) n++;
  }
  return n >= need;
}

/** Kinds of place the tagger files as places (海洋/ns, 滨海/ns): an industry's word, never one place's name. */
const KIND_OF_PLACE = new Set("海洋 滨海 临港 山区 高原 滨江 湾区 沿海 沿江 临空 空港 海岛 港口 山地 平原".split(" "));

/** Two when the item at a opens with a two-character token (ns only when strict) and keeps two characters after it. */
export function placeLead(s: string, a: number, b: number, strict = false): number {
  if (b - a < 4) return 0;
  const first = tag(s.slice(a, b), false)[0];
  if (!first || first.word.length !== 2 || !/^[\p{Script=Han}]{2}$/u.test(first.word)) return 0;
  if (strict ? first.tag !== "ns" || KIND_OF_PLACE.has(first.word) : !/^(ns|nr|nz|n|x)$/u.test(first.tag)) return 0;
  // (A leading industry word is the name's own: 纺织服装, 电子信息.)
  return industryHead(first.word) || GENERIC_INDUSTRY.has(first.word) ? 0 : 2;
}

/** "以甲为链主的乙": an industry named with its lead firm, the firm's phrase before it (opening the item, or ending before it). */
const LED_BY_PHRASE = "以[^、，。；以]{1,12}?为(?:链主|龙头|核心|代表|引领)的";
const LED_BY = new RegExp(`^${LED_BY_PHRASE}`, "u");
const LED_BY_END = new RegExp(`${LED_BY_PHRASE}$`, "u");
/** COUNTED_CUE before the first item, its count the number of items (the last may join two with 和/及). */
function countedCue(s: string, at: number, n: number, lastText: string): boolean {
  if (!endsVisibly(END_COUNTED_CUE, s, at, Math.max(0, at - 30))) return false;
  const m = COUNTED_CUE.exec(s.slice(Math.max(0, at - 30), at));
  const k = m ? countValue(m[1] as string) : null;
  return k !== null && (k === n || (k === n + 1 && /[和及与]/u.test(lastText)));
}

/**
 * "甲、乙和丙丁": the list's last 和 joins two items when both halves end in industry heads of
 * different kinds (新材料和节能环保), not when one half qualifies the other (新能源和智能网联汽车 stays one).
 */
function headSplit(last: string, n: number): boolean {
  if (n < 2) return false;
  const k = last.indexOf("和");
  // 科技 closes an industry only here, between two items (生物科技和…加工); alone it also closes firms' names.
  const head = (x: string) => industryHead(x) ?? (/..科技$/u.test(x) ? "科技" : undefined);
  const a = head(last.slice(0, k));
  const b = head(last.slice(k + 1));
  return !!a && !!b && a !== b;
}

/**
 * "甲业、乙业、丙业与丁业": every item ends in 业 and so do both halves of the last one around its one
 * 和/与/及: the conjunction joins two items.
 */
function parallelSplit(s: string, items: readonly { start: number; end: number }[], last: string): boolean {
  if (items.length < 2) return false;
  if (!items.slice(0, -1).every((it) => /[^产]业$/u.test(s.slice(it.start, it.end)))) return false;
  return /^[^和与及]{2,}[^产]业[和与及][^和与及]{2,}[^产]业$/u.test(last);
}

/** A scale (千亿元级, 五百亿级, 10亿元), alone or several joined (“五百亿级”、“百亿级”). */
const SCALE_RUN =
  /(?:[“"]?(?:[\d.]+|[一二三四五六七八九十百千万两]+)(?:万亿|千亿|百亿|亿)元?级?[”"]?(?:[、和或](?=[“"]?(?:[\d.]+|[一二三四五六七八九十百千万两]+)(?:万亿|千亿|百亿|亿)))?)+/gu;
/**
 * A list's head with its scale words taken out (quoted or not) and a role before the count read as
 * the count's (等为主导的六大产业集群 = 等六大产业集群): 等4个千亿元级支柱产业 → 等4个支柱产业,
 * “四个10亿元”产业集群 → “四个”产业集群, 等一批“五百亿级”、“百亿级”产业集群 → 等一批产业集群.
 * A quoted label (“两优两新”产业) stays.
 */
function plainHead(head: string): string {
  // (The clause needs 亿 or 为 to change: most heads hold neither.)
  if (!head.includes("亿") && !head.includes("为")) return head;
  const clause = /^[^，。；,;]*/u.exec(head)?.[0] ?? "";
  if (!/[亿为]/u.test(clause)) return head;
  const plain = clause
    .replace(SCALE_RUN, (m) =>
      /^[“"]/u.test(m) && !/[”"]$/u.test(m) ? "“" : /[”"]$/u.test(m) && !/^[“"]/u.test(m) ? "”" : "",
    )
    .replace(/^(\s*等)为(?:主导|支柱|重点|特色|核心|引领|主体)的/u, "$1");
  // A closing quote whose opening went with the count's (“四个10亿元”产业集群, read from 四个…) goes too.
  return (plain.includes("“") ? plain : plain.replace(/”/gu, "")) + head.slice(clause.length);
}

/** Short parallel items that each open with a count (一平台、两园区、三链条): a slogan's beats, not industries. */
function sloganItems(s: string, items: readonly { start: number; end: number }[]): boolean {
  if (items.length < 3) return false;
  const texts = items.map((it) => s.slice(it.start, it.end).trim());
  // (The last item may run on into the head: 三链条”的产业.)
  if (texts.slice(0, -1).some((t) => t.length < 2 || t.length > 3)) return false;
  return texts.every((t) => /^[一二两三四五六七八九十][\p{Script=Han}]/u.test(t));
}

type ItemSpan = { start: number; end: number };

/**
 * Each item's parts, in one packed array. (Array.prototype.flatMap gives a holey one: where this
 * function read arrays of both kinds, V8 dropped its optimised code again and again while warming up.)
 */
function flatParts(items: readonly ItemSpan[], parts: (it: ItemSpan) => ItemSpan[]): ItemSpan[] {
  const out: ItemSpan[] = [];
  for (const it of items) for (const p of parts(it)) out.push(p);
  return out;
}

/** Whether t opens with a Han character (no charAt on an empty string: V8 deoptimises on that read). */
function hanFirst(t: string): boolean {
  return t !== "" && /[\p{Script=Han}]/u.test(t.charAt(0));
}

/** Items of lists headed by an industry word (…等7个千亿级产业集群, …等传统产业). */
export function clusterListCandidates(ctx: Ctx, lists: EnumList[]): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const l0 of lists) {
    // 把甲、乙作为四大主导产业: after 把/将, the verb that names the items' role opens the head.
    // 甲、乙“四大主导产业”: a quoted count head reads as the head itself.
    const head0 = l0.head.includes("“")
      ? l0.head.replace(/^\s*“(?=(?:\d+|[一二两三四五六七八九十]+)[个大条项类][^”]{1,10}”)/u, "")
      : l0.head;
    const l = {
      ...l0,
      head: plainHead(
        endsVisibly(END_BA, l0.cue) && /[把将]\s*$/u.test(l0.cue)
          ? head0.replace(/^\s*(?:作为|列为|确定为|定为|定位为)/u, "")
          : head0,
      ),
    };
    const last = l.items[l.items.length - 1];
    if (!last) continue;
    if (sloganItems(s, l.items)) continue;
    // Officials named with their posts (某市副市长甲乙、市二级巡视员丙丁一行): people, no industries.
    if (l.items.some((it) => hasChar(POST_LAST, s, it.start, it.end) && OFFICIAL_ITEM.test(s.slice(it.start, it.end))))
      continue;
    const lastText = s.slice(last.start, last.end);
    const hm = hasChar(HEAD_WORD_CHAR, l.head, 0, l.head.length) ? CLUSTER_HEAD.exec(l.head) : null;
    // "推动甲、乙产业集群加快突破": the list scan ran the last item on to the clause's verb; it ends at the suffix.
    const runOn =
      lastText.includes("集群") || lastText.includes("产业链")
        ? /^[\p{Script=Han}]{2,16}?(产业集群|产业链|集群)(?=[\p{Script=Han}])/u.exec(lastText)
        : null;
    const runOnEnd = runOn && verbAt(s, last.start + runOn[0].length) ? last.start + runOn[0].length : -1;
    const inner =
      (lastText.endsWith("集群") || lastText.endsWith("产业链") || lastText.endsWith("产业")
        ? /(产业集群|产业链|集群|产业)$/u.exec(lastText)
        : null) ?? (runOnEnd > 0 ? runOn : null);
    let headOk = false;
    // "等完整的产业链条" is the chain of a product; "等八条产业链条" counts industries.
    if (hm && hm[4] === "产业链条" && !hm[2]) continue;
    // "涵盖甲、乙等19个产业门类": categories a cluster covers, not clusters of their own.
    if (hm && /^\s*门类/u.test(l.head.slice((hm.index ?? 0) + hm[0].length))) continue;
    if (hm) {
      const mid = hm[3] ?? "";
      headOk =
        // 高新技术 is a generic word, not a head of technologies (四大高新技术产业体系).
        !NOT_CLUSTER_HEAD.test(stripGeneric(mid)) &&
        !/企业/u.test(l.head.slice(0, (hm.index ?? 0) + hm[0].length + 2).replace(hm[0], ""));
      // "等某某产业上下游企业" after an enterprise cue is an enterprise list.
      if (
        /企业|公司/u.test(l.head.slice(hm[0].length, hm[0].length + 8)) &&
        endsVisibly(END_FIRM_CUE, l.cue) &&
        /(聚集|集聚|引进|吸引|涌现|依托|以)[了]?\s*$/u.test(l.cue)
      )
        headOk = false;
    }
    // "等具有一定基础且规模巨大的万亿级产业，": a long 的-modifier before a head that ends the clause.
    // "由甲、乙等组成的11条重点产业链是…": the head may be counted and close its clause with a copula.
    const dm =
      l.head.includes("的") &&
      /^\s*等[^，。；、,;]{2,24}的(?:\d+|[一二三四五六七八九十]+)?[条个大]?([\p{Script=Han}]{0,6}?)(产业集群|产业链|产业|集群)(?=[，。；,;]|是|为|$)/u.exec(
        l.head,
      );
    // Not when the modifier says what the items are instead (等关键环节的…产业链, 等主题多样的度假产业链,
    // 等能源的上下游产业链): segments, themes or products of one chain.
    const longHead =
      !!dm &&
      !NOT_CLUSTER_HEAD.test(dm[1] ?? "") &&
      !isActivity(dm[1] ?? "") &&
      !/企业|公司|项目|为代表|为龙头|为核心|为主体|环节|领域|方向|产品|技术|主题|能源|上下游/u.test(dm[0]);
    if (longHead) headOk = true;
    // "主导产业为甲、乙、丙" / "以甲、乙为主导": the cue or the head says the items are industries.
    const first = l.items[0] as { start: number; end: number };
    // "未来产业有甲、乙": the list scan kept the cue in the first item.
    const firstText = s.slice(first.start, first.end);
    const inCue = firstText.includes("业") ? FIRST_ITEM_CUE.exec(firstText) : null;
    const inCueOk = !!inCue && (INDUSTRY_CUE.test(inCue[0]) || CHAIN_CUE.test(inCue[0]));
    // 按照“甲、乙、丙”的产业定位: a quoted list that the text names as the industry positioning
    // (the list scan ends the last item at the clause, so the closing quote is inside it).
    const lastQ = s[first.start - 1] === "“" ? lastText.search(/[”"]/u) : -1;
    const quoteAt = lastQ > 0 && QUOTED_POSITION.test(lastText.slice(lastQ)) ? last.start + lastQ : -1;
    // "以甲为主导，乙、丙为特色的产业格局": the second role list (the list scan runs its last item to the clause end).
    const roleK =
      lastText.includes("为") || lastText.includes("多点") || lastText.includes("协同") || lastText.includes("共同")
        ? lastText.search(/(?:为|多点|协同|共同)(支撑|特色|补充|配套|辅|重点)/u)
        : -1;
    const yiCue = endsVisibly(END_YI, l.cue);
    // "形成了以甲、乙、丙为支柱，…的产业体系": the first role list, its role inside the last item
    // (the clause ends at the comma), an industry word later in the sentence.
    const firstRoleK = yiCue ? lastText.search(/为(主导|支柱|首位|引领|主体|核心|基础)$/u) : -1;
    // …the list scan may have ended the last item at the role itself (…丁为重点的工业体系).
    const roleText = roleK >= 0 ? lastText.slice(roleK) : l.head;
    const roleAt =
      (roleK >= 2 ||
        (roleK < 0 && l.head.includes("为") && /^\s*为(支撑|特色|补充|配套|辅|重点|主导)/u.test(l.head))) &&
      endsVisibly(END_FIRST_ROLE, s, first.start, Math.max(0, first.start - 40)) &&
      FIRST_ROLE_CUE.test(s.slice(Math.max(0, first.start - 40), first.start)) &&
      /[产工]业/u.test(roleText.slice(0, 12))
        ? roleK >= 0
          ? last.start + roleK
          : last.end
        : firstRoleK >= 2 && /^[^。；]{0,40}[产工]业(体系|格局|结构|集群)/u.test(s.slice(last.end, last.end + 48))
          ? last.start + firstRoleK
          : -1;
    // 涵盖甲、乙等领域 / 项目涉及甲、乙等行业 / 来自甲、乙等范畴: the fields a place's firms or projects
    // cover, when most items are trades; not a product's uses (应用于…), one firm's business (业务涵盖…)
    // or one signing's projects (集中签约的…涉及; 集中在 is where a place's projects sit).
    const domainItem = DOMAIN_FIRST[firstText.charCodeAt(0)] === 1 ? DOMAIN_ITEM_CUE.exec(firstText) : null;
    const domainHead =
      l.head.includes("等") &&
      DOMAIN_HEAD.test(l.head) &&
      ((endsVisibly(END_DOMAIN_CUE, l.cue) && DOMAIN_CUE.test(l.cue)) || !!domainItem) &&
      !/(应用|业务|集中(?![在于])|产品)/u.test(l.cue) &&
      l.items.filter((it) => industryHead(s.slice(it.start, it.end).replace(DOMAIN_ITEM_CUE, ""))).length * 3 >=
        l.items.length * 2 &&
      !sharedHead(l.items.map((it) => s.slice(it.start, it.end))) &&
      !RESEARCH.test(sentenceTextAt(s, ctx.sents, l.start));
    // 产业布局为“4+3+X”，即甲、乙+丙、丁: the items spell out an industry formula (split on + below).
    const formulaText = s.slice(Math.max(0, first.start - 40), first.start + 1);
    const formula = (formulaText.includes("+") || formulaText.includes("＋")) && FORMULA_CUE.test(formulaText);
    const spelledLabel = bracketLabel(s, l);
    const cued =
      inCueOk ||
      (endsVisibly(END_INDUSTRY_CUE, l.cue) && INDUSTRY_CUE.test(l.cue)) ||
      // 以甲、乙为主导 / 重点发展甲、乙为主导产业: a role after the items, with 以 or a development verb before them.
      ((yiCue ||
        (endsVisibly(END_DEVELOP, l.cue) && /(重点发展|发展|培育|打造|做强|壮大|确定|明确)\s*$/u.test(l.cue))) &&
        INDUSTRY_ROLE_HEAD.test(l.head)) ||
      // …unless firms represent it (以甲、乙为代表的汽车零部件产业): most items must read as trades.
      (yiCue &&
        REPRESENTED_INDUSTRY.test(l.head) &&
        l.items.filter((it) => industryHead(s.slice(it.start, it.end))).length * 3 >= l.items.length * 2) ||
      roleAt >= 0 ||
      // "10条产业链是：甲、乙" — the cue ends the clause before a colon.
      (endsVisibly(END_CHAIN_CUE, s, first.start, Math.max(0, first.start - 20)) &&
        CHAIN_CUE.test(s.slice(Math.max(0, first.start - 20), first.start))) ||
      // 按照“甲、乙、丙”的产业定位: a quoted list that the head names as the industry positioning.
      quoteAt >= 0 ||
      // 围绕甲、乙等开展延链补链: what a chain is extended and completed around is an industry.
      (endsVisibly(END_AROUND, l.cue) &&
        /(围绕|聚焦)\s*$/u.test(l.cue) &&
        /^\s*等[^，。；]{0,6}(延链|补链|强链|建链|固链)/u.test(l.head)) ||
      formula ||
      spelledLabel ||
      domainHead ||
      countedCue(s, first.start, l.items.length, lastText);
    if (!headOk && !inner && !cued) continue;
    // "甲、乙、丙三大接续替代产业": a count that matches the items says each item is one of the industries.
    // Only when the head ends there (not 2个绿电产业园, 2个产业示范基地).
    // …or a predicate follows it (甲、乙、丙三大百亿产业集群初具规模).
    const afterHead = hm ? l.head.slice((hm.index ?? 0) + hm[0].length) : "";
    const countMatches =
      !!hm?.[2] &&
      l.count === l.items.length &&
      (!hanFirst(afterHead.replace(/^(的|发展|体系|格局)/u, "，")) ||
        /^(初具规模|初具|已|正在|正|加快|加速|快速|实现|成为|形成|初步|不断|持续|稳步|蓬勃)/u.test(afterHead));
    // "等某某服务业": a specific head names the cluster; the items are its parts.
    if (hm && !inner && !cued && !countMatches && !longHead) {
      let mid = (hm[3] ?? "").replace(/\s+/gu, "");
      for (let g = 0; g < 4 && mid; g++) {
        const w = headWordAt(mid);
        if (!w) break;
        mid = mid.slice(w.length);
      }
      if (mid.replace(/^(的|性|型)/u, "") !== "") continue;
      if (
        /^(化|项目|园|基地|区|企业|技术|链条|条|发展|类|两端|环节|上下游|前端|后端)/u.test(
          l.head.slice((hm.index ?? 0) + hm[0].length, (hm.index ?? 0) + hm[0].length + 2),
        ) &&
        // "发展甲、乙等产业发展的新格局": after a development verb the items are the industries.
        !(
          /(发展|培育|壮大|做强|布局)\s*$/u.test(l.cue) &&
          /^发展/u.test(l.head.slice((hm.index ?? 0) + hm[0].length, (hm.index ?? 0) + hm[0].length + 2))
        ) &&
        // "推动/带动甲、乙等产业发展" (the clause ends, or the growth is described): the items are the industries;
        // "土地、资金等产业发展要素" names what growth needs, not industries.
        !/^发展(?:[，,。；;！!]|$|迅速|壮大|提速|提质|加快|加速|良好|态势|势头|的新格局)/u.test(
          l.head.slice((hm.index ?? 0) + hm[0].length),
        )
      )
        continue;
    }
    if (!hm && endsVisibly(END_PI, l.cue) && /一批\s*$/u.test(l.cue)) continue;
    if (domainList(s, l0)) continue;
    // 构建科技含量高、经济效益好、资源消耗低…的产业体系: qualities the system should have, not industries.
    if (l.items.filter((it) => predicateItem(s.slice(it.start, it.end))).length >= 2) continue;
    let items: ItemSpan[] = [];
    for (let i = 0; i < l.items.length; i++) {
      const x = l.items[i] as ItemSpan;
      items.push(
        i === 0 && inCue && inCueOk
          ? { ...x, start: x.start + inCue[0].length }
          : i === 0 && domainHead && domainItem
            ? { ...x, start: x.start + domainItem[0].length }
            : { ...x },
      );
    }
    if (formula) {
      const first0 = items[0];
      if (first0 && s[first0.start] === "即") first0.start++;
      items = flatParts(items, (it) => {
        const out: ItemSpan[] = [];
        let a0 = it.start;
        for (let k = it.start; k <= it.end; k++)
          if (k === it.end || s[k] === "+" || s[k] === "＋") {
            if (k > a0) out.push({ start: a0, end: k });
            a0 = k + 1;
          }
        return out;
      });
    }
    const lastIt = items[items.length - 1];
    if (runOnEnd > 0 && lastIt) lastIt.end = runOnEnd;
    if (quoteAt >= 0 && lastIt) lastIt.end = quoteAt;
    if (roleAt >= 0 && lastIt) lastIt.end = roleAt;
    // A stated count larger than the items, or a cue-word list (主导产业为甲、乙和丙): split the last item on 和.
    const lastItem = s.slice(l.items[l.items.length - 1]?.start ?? 0, l.end);
    const parallel = parallelSplit(s, l.items, lastItem);
    // (Not when the head counts the items as they stand: 甲、乙和丙2个产业集群 names two.)
    const cueSplit =
      ((/^[^和]{2,}和[^和]{2,}$/u.test(lastItem) &&
        (INDUSTRY_CUE.test(l.cue) || headSplit(lastItem, l.items.length))) ||
        parallel) &&
      l.count !== l.items.length;
    // "5个百亿级甲、乙、丙和丁产业集群": a count before the list, its head on the last item, counts the items too.
    const preCount = !!inner && preCounted(s, last.start) === 1;
    if ((l.count && l.count > items.length) || preCount || cueSplit) {
      const li = items[items.length - 1] as { start: number; end: number };
      // A count one more than the items splits the last item on its last 和, else on 及 (甲、乙及丙三大产业).
      const liText = s.slice(li.start, li.end);
      const k = parallel
        ? liText.search(/[和与及](?=[^和与及]*$)/u)
        : liText.includes("和") || !(l.count && l.count === items.length + 1)
          ? liText.lastIndexOf("和")
          : liText.lastIndexOf("及");
      if (k > 0)
        items = [
          ...items.slice(0, -1),
          { start: li.start, end: li.start + k },
          { start: li.start + k + 1, end: li.end },
        ];
    }
    // “六大板块一大支撑”（甲、乙…丙及丁支撑）: the spelled-out label's last item carries its role and may join two.
    if (spelledLabel) {
      const li = items[items.length - 1] as { start: number; end: number };
      const role = /(支撑|主导|支柱|特色)$/u.exec(s.slice(li.start, li.end));
      if (role && li.end - li.start - role[0].length >= 2) li.end -= role[0].length;
      const k = s.slice(li.start, li.end).search(/[和及](?=[^和及]*$)/u);
      if (k >= 2 && li.end - li.start - k - 1 >= 2)
        items = [
          ...items.slice(0, -1),
          { start: li.start, end: li.start + k },
          { start: li.start + k + 1, end: li.end },
        ];
    }
    // "…丁5条某某产业链和戊、己…": two counted lists joined in one clause; the item holding the
    // first list's head splits into the first list's last item and the second list's first.
    items = flatParts(items, (it) => {
      const m = JOINED_HEADS.exec(s.slice(it.start, it.end));
      if (!m || m.index < 2) return [it];
      const e1 = it.start + m.index;
      return [
        { start: it.start, end: e1 },
        { start: e1 + m[0].length, end: it.end },
      ];
    });
    const placeLed = placeLedList(s, items);
    for (const it of items) {
      // "率先发展的领跑产业": a described role, not a named industry (a counted list's items are named).
      // …but "以甲为链主的乙、以丙为链主的丁等产业" names each industry by its lead firm: the item is named.
      if (
        s[it.start - 1] === "的" &&
        !(l.count && l.count >= items.length) &&
        !LED_BY_END.test(s.slice(Math.max(0, it.start - 16), it.start))
      )
        continue;
      let b = it.end;
      const pb = PARK_BRACKET.exec(s.slice(it.start, b)) ?? SUB_BRACKET.exec(s.slice(it.start, b));
      if (pb) b -= pb[0].length;
      const t = s.slice(it.start, b);
      const sm = /(产业集群|产业链|集群|产业)$/u.exec(t);
      // "甲、乙主导产业": the role before the head word is the list's, not the last item's (as in a suffix name).
      const bare = sm ? t.slice(0, t.length - sm[0].length) : "";
      const role = sm ? ROLE_TAIL.exec(bare) : null;
      const roleLen =
        role && bare.length - role[0].length >= 2 && !allGeneric(bare.slice(0, -role[0].length)) ? role[0].length : 0;
      const nameEnd = sm ? b - sm[0].length - roleLen : b;
      const { cut } = clusterName(s.slice(it.start, nameEnd));
      let a = it.start + cut + leadNotName(s.slice(it.start + cut, nameEnd));
      if (placeLed && cut === 0) a += placeLead(s, a, nameEnd);
      // "围绕某州区甲、乙…": a district the document names as a place of its own opens no industry.
      const dm = /^([\p{Script=Han}]{2})区(?=[\p{Script=Han}]{2})/u.exec(s.slice(a, nameEnd));
      if (
        dm &&
        placeWritten(s, dm[1] as string) &&
        new RegExp(`${dm[0]}(?![\\p{Script=Han}]{0,8}(?:园|开发区|产业))`, "u").test(s.slice(0, a))
      )
        a += 3;
      // "也有甲、乙等…": the verb of existence the list scan kept is not part of the first name (有色 is).
      const has = it === items[0] ? /^(也有|还有|又有|以及|包括|有(?![色机线]))/u.exec(s.slice(a, nameEnd)) : null;
      if (has && nameEnd - a - has[0].length >= 2) a += has[0].length;
      // “3”即甲、乙: 即 after a quoted label introduces the items.
      if (s[a] === "即" && /[”"]/u.test(s[a - 1] ?? "") && nameEnd - a >= 3) a++;
      const led = LED_BY.exec(s.slice(a, nameEnd));
      if (led && nameEnd - a - led[0].length >= 2) a += led[0].length;
      const simpName = s.slice(a, nameEnd).replace(/\s+/gu, "");
      const keepYe = /(服务业|制造业|修造业)$/u.test(simpName);
      const yeOk = keepYe && !/^(先进)?(制造|服务)业$/u.test(simpName) && l.items.length >= 3;
      if (!yeOk && !validIndustry(simpName.replace(/等/u, "x"), false)) continue;
      // An item that is a clause (市、县确定的…): no sector word and a verb last, in a list no cue types.
      if (!yeOk && !cued && !l.count && endsInVerb(simpName)) continue;
      if (/(推动|发展|培育|关于|提升|加快|建设|实施|推进|构建|打造)/u.test(simpName)) continue;
      // What a cluster is like (特色鲜明、竞争力强的产业集群) is no industry.
      if (/(鲜明|突出|完善|显著|明显|齐全|雄厚|领先|广阔|强劲|强大)$/u.test(simpName)) continue;
      if (keepYe && /^(先进制造业|制造业|服务业)$/u.test(simpName)) continue;
      if (!sm) b = nameEnd;
      out.push({
        type: "cluster",
        start: a,
        end: b,
        name: orig(ctx, a, nameEnd).replace(/\s+/gu, ""),
        rule: "cluster:list",
        confidence: 0.8,
        fromList: true,
      });
    }
  }
  return out;
}

const PREDICATE =
  /(?<=^|[，,。；;\n、])([^，,。；;\n、“”]{2,14}?)(?:产业)?是[^，,。；;\n]{0,14}?(?:优势|主导|支柱|特色|龙头|核心|首位|重点)产业/uy;
const PREDICATE_AFTER = charTable("，,。；;\n、");

const MADE_ROLE =
  /[把将]([\p{Script=Han}]{2,10}?)(?:作为|列为|确立为|定位为|确定为)[^，。；]{0,10}?(?:首位|主导|支柱|重点|优势|特色)产业/gu;
const TWIN_DRIVE =
  /(?<=^|[，,。；;\n、以在于由])([\p{Script=Han}]{2,8}?)(?:产业)?[与和及]([\p{Script=Han}]{2,8}?)(?:产业)?(?:双轮驱动|双轮|双引擎|两翼齐飞)/gu;

/** The characters of TWIN_DRIVE's look-behind, and of the designation pattern's (matchNearCue's `after`). */
const TWIN_DRIVE_AFTER = charTable("，,。；;\n、以在于由");
const DESIGNATED_AFTER = charTable("，。；、\n");

/** A sentence opening on an industry as its topic: (在)某某(产业)方面/领域/板块， (the firms that follow are its). */
const TOPIC_OPENING_NAME = /^[\s\u3000]*(?:在|从)?([\p{Script=Han}]{2,10}?)(?:产业|行业)?$/du;
const TOPIC_WORDS = ["方面", "领域", "板块"];

/**
 * "现代物流方面，甲、乙等企业入驻" / "在装备制造领域，…": the topic of a sentence opening names an industry
 * when it ends in an industry's head word (物流, 制造, 食品…); 在人才方面 or 在能源领域 do not.
 * (Found from the topic word back to its sentence's start: a regex anchored at every sentence start costs a scan.)
 */
export function topicOpeningClusters(ctx: Ctx): Cand[] {
  const { s, sents } = ctx;
  const out: Cand[] = [];
  for (const w of TOPIC_WORDS)
    for (let q = s.indexOf(w); q >= 0; q = s.indexOf(w, q + 2)) {
      if (!/[，,：:]/u.test(s[q + 2] ?? "")) continue;
      const from = sents[sentenceIndexAt(sents, q)]?.start ?? 0;
      if (q - from > 16) continue;
      const m = TOPIC_OPENING_NAME.exec(s.slice(from, q));
      const name = m?.[1];
      const at = m?.indices?.[1]?.[0];
      if (!name || at === undefined || !industryHead(name) || !validIndustry(name, false) || allGeneric(name)) continue;
      out.push(spanCand(ctx, "cluster", from + at, from + at + name.length, "cluster:topic-opening", 0.7));
    }
  return out;
}

/** "X是…的主导产业" / "X产业是…的优势产业": the subject names a cluster. */
export function predicateClusters(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  // A match holds 是 2 to 16 characters after its start, which is the text start
  // or right after one of the lookbehind's marks.
  for (const m of matchesAround(
    s,
    PREDICATE,
    "是",
    (q) => [q - 16, q - 2],
    (p) => p === 0 || PREDICATE_AFTER[s.charCodeAt(p - 1)] === 1,
  )) {
    const a0 = m.index as number;
    let name = m[1] as string;
    const { cut } = clusterName(name);
    name = name.slice(cut);
    const a = a0 + cut;
    const lead = /^(据了解|据介绍|目前|其中|同时|此外)[，,]?/u.exec(name);
    const a2 = lead ? a + lead[0].length : a;
    const n2 = s.slice(a2, a0 + (m[1] as string).length);
    if (!validIndustry(n2, /(制造业|服务业)$/u.test(n2))) continue;
    out.push(spanCand(ctx, "cluster", a2, a2 + n2.length, "cluster:predicate", 0.7));
  }
  // "甲与乙双轮驱动的产业集群体系": the two industries that drive a zone side by side.
  // (The cue words first: the pattern opens on a look-behind tried at every character.)
  for (const m of matchNearCue(s, TWIN_DRIVE, /双轮|双引擎|两翼齐飞/u, 21, TWIN_DRIVE_AFTER)) {
    let at = m.index as number;
    for (const n0 of [m[1], m[2]] as string[]) {
      // The lookbehind may stop inside a two-character preposition (在|于…): the name starts after it.
      const n = n0.length > 3 ? n0.replace(/^[于在以由]/u, "") : n0;
      const k = s.indexOf(n, at);
      at = k + n.length;
      if (industryHead(n) && validIndustry(n, false))
        out.push(spanCand(ctx, "cluster", k, k + n.length, "cluster:role", 0.7));
    }
  }
  // "把甲作为首位产业" / "将甲确立为…的主导产业": the industry a place makes its role industry.
  for (const m of s.matchAll(MADE_ROLE)) {
    const n = m[1] as string;
    const at = (m.index as number) + 1;
    if (industryHead(n) && validIndustry(n, false))
      out.push(spanCand(ctx, "cluster", at, at + n.length, "cluster:role", 0.7));
  }
  // "形成以甲为主导、乙为支撑的产业体系" / "主导产业为甲": one industry in a role.
  for (const m of s.matchAll(ROLE_SINGLE)) {
    let n = (m[1] ?? m[2] ?? m[3]) as string;
    // Group 1 and 2 follow a one-character lead (以 or the separator), group 3 ends the match.
    let at = (m.index as number) + (m[3] ? m[0].length - n.length : 1);
    // 以发展甲为主: the verb before the industry is not its name.
    const lc = leadNotName(n);
    if (lc > 0 && n.length - lc >= 2) [n, at] = [n.slice(lc), at + lc];
    if (!validIndustry(n, false)) continue;
    // "主导产业有两项，分别为…": a count is what follows the cue, not an industry.
    if (/(企业|公司|集团|龙头)/u.test(n) || /^[\d一二三四五六七八九十两几多]+[项个大类条种]$/u.test(n)) continue;
    // "乙和丙为支撑": two industries share the role when both halves are industries of 3+ characters.
    const k = n.indexOf("和");
    const left = n.slice(0, k);
    const right = n.slice(k + 1);
    if (k >= 3 && right.length >= 3 && validIndustry(left, false) && validIndustry(right, false)) {
      out.push(spanCand(ctx, "cluster", at, at + k, "cluster:role", 0.7));
      out.push(spanCand(ctx, "cluster", at + k + 1, at + n.length, "cluster:role", 0.7));
      continue;
    }
    out.push(spanCand(ctx, "cluster", at, at + n.length, "cluster:role", 0.7));
  }
  // "甲获批省级产业集群": the subject of a cluster designation is a cluster.
  for (const m of matchNearCue(
    s,
    /(?<=^|[，。；、\n])([^，。；、\n]{2,10}?)(?:产业)?(?:获批|入选|获评|被评为|被认定为|认定为)[^，。；\n]{0,12}?(?:产业集群|集群)/gu,
    /获批|入选|获评|被评为|被认定为|认定为/u,
    12,
    DESIGNATED_AFTER,
  )) {
    const n = m[1] as string;
    const a = m.index as number;
    const { cut } = clusterName(n);
    const nm = n.slice(cut);
    if (!validIndustry(nm, false) || /(企业|公司|集团|园|区)$/u.test(nm)) continue;
    out.push(spanCand(ctx, "cluster", a + cut, a + n.length, "cluster:designated", 0.7));
  }
  // 培育"甲+乙"产业: the items of a quoted sum are industries (not "3+X" counts).
  for (const m of s.matchAll(
    /[“"]([^”"，。；]{4,40})[”"]\s*(?:特色|主导|优势|新兴|支柱|重点|首位|[两二三四五六七八九十]大)?\s*(?:产业|产业体系|产业集群|现代产业体系)/gu,
  )) {
    const inner = m[1] as string;
    if (!inner.includes("+")) continue;
    let k = (m.index as number) + 1;
    for (const part of inner.split("+")) {
      const st = k;
      k += part.length + 1;
      const p = part.trim();
      if (/[\dA-Za-z]/u.test(p) || !validIndustry(p, false)) continue;
      const ps = st + part.indexOf(p);
      out.push(spanCand(ctx, "cluster", ps, ps + p.length, "cluster:plus", 0.7));
    }
  }
  // "…等五大工业主导产业以及某某服务业": a sector named after the list head.
  for (const m of s.matchAll(/(?:产业|产业集群)(?:以及|和|及)([\p{Script=Han}]{2,8}?服务业)/gu)) {
    const a = (m.index as number) + m[0].length - (m[1] as string).length;
    const n = m[1] as string;
    if (/^(先进制造业|服务业)$/u.test(n)) continue;
    out.push(spanCand(ctx, "cluster", a, a + n.length, "cluster:list-tail", 0.6));
  }
  return out;
}

/** 以甲为主导 / 、乙为支撑 / 主导产业为甲(。) — single industries named by their role (甲 up to 16 characters: two joined by 和). */
const ROLE_SINGLE =
  /以([^，。；、以“”]{2,16}?)为(?:主导|首位|支柱|特色|主(?![体要]))(?=(?:[，、][^，。；]{2,24}?为(?:支撑|两翼|配套|补充|辅助|特色|辅))?的?[^，。；]{0,6}(?:产业|制造业|服务业))|(?<=以[^，。；、以“”]{2,12}?为(?:主导|首位|支柱|引领))[、，]([^，。；、以“”]{2,12}?)为(?:支撑|两翼|配套|补充|辅助)(?=的?[^，。；]{0,6}产业)|(?:(?:主导|支柱|首位)产业(?:为|是)|(?:主导|优势|战略性新兴|未来)产业(?:主要)?有(?![机效所]))([^，。；、“”]{2,12}?)(?=[，。；]|$)/gu;

/** Park(industry): the industry named in brackets right after a park. */
export function bracketIndustry(ctx: Ctx, parks: Cand[]): { park: Cand; cluster: Cand }[] {
  const { s } = ctx;
  const out: { park: Cand; cluster: Cand }[] = [];
  for (const p of parks) {
    const m = /^[(（]([^()（）、，,。；\d]{2,14})[)）]/u.exec(s.slice(p.end, p.end + 18));
    if (!m) continue;
    const inner = m[1] as string;
    if (/(区|县|市|简称|以下)$/u.test(inner) || /简称|以下/u.test(inner)) continue;
    if (!validIndustry(inner, false)) continue;
    const a = p.end + 1;
    out.push({
      park: p,
      cluster: spanCand(ctx, "cluster", a, a + inner.length, "cluster:park-bracket", 0.8),
    });
  }
  // One bracket alone must read as an industry (某开发区(图片来源于网络), 某园(某站正出口) are notes);
  // several parks each with a bracket are a list of their industries.
  if (out.length === 1) {
    const inner = s.slice(out[0]?.cluster.start, out[0]?.cluster.end);
    if (!industryHead(inner) && !/(产业|集群)$/u.test(inner)) return [];
  }
  return out;
}
