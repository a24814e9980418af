// The firm of a project name read from its right end. Brands are often common
// words the tagger knows (a brand like 天元 or 环球 is tagged q or n), so the
// tag-driven reading (project-firms.ts projectFirm) finds nothing; but what a
// project makes or where it is built is a closed vocabulary: products and
// plants (热电联产, 再生铝, 商业综合体, 生产线), a phase (二期), a capacity
// (20万千瓦) or the town it is built in. The firm is the short run before that
// tail: 甲乙再生铝二期 → 甲乙, 某地甲乙沸石 → 某地甲乙, 甲乙风电某县一期 → 甲乙风电.
import { itemOk } from "./enterprises-items.ts";
import { isFirmWord } from "./firm-subject.ts";
import { tag } from "./tagger.ts";
import { writtenWith } from "./text.ts";
import { PLACE_SET } from "./vocab.ts";

/** Words a project's tail starts with: what it makes, builds or how big it is. */
const TAIL =
  /^(?:[一二三四五六七八九十\d]+期|第[一二三四五六七八九十\d]+[期套条座台]|年产|万吨|\d|[一二三四五六七八九十百千万]+(?:吨|千瓦|兆瓦|平方米)|绿氢|绿氨|绿甲醇|绿醇|绿电|航煤|热电|联产|危废|固废|综合利用|再生|回收|沸石|烯烃|甲醇|乙烯|聚|轮毂|显示|液晶|面板|芯片|电池|锂电|储能|光伏|风电|风力|发电|电站|电厂|氢|氧化铝|电解铝|铝[材箔板型]|钢[材铁管]|特钢|水泥|玻璃|陶瓷|纸|饮料|果汁|乳制品|整车|零部件|配件|部件|材料|新材料|装备|设备|机器人|生产|研发|制造|加工|改扩建|扩建|扩产|技改|产业化|自动化|高自动化|高性能|生产线|产线|工厂|厂|基地|产业园|园区|商业|综合体|物流|仓储|冷链|文旅|旅游|度假|检测|元器件|模组|组件|项目)/u;

/** Verbs and adverbs a clause opens with; a "brand" starting so is the clause (严格执行…, 全面推广…). */
export const LEAD_VERB =
  /^(?:更|较为|最为|招大引强|招商|招才|聚力|全面|严格|加快|加大|积极|大力|持续|不断|着力|重点|推动|推进|推广|支持|鼓励|加强|提升|深化|完善|强化|建立|实施|开展|培育|打造|执行|落实|深入|进一步|统筹|优化|规范|做好|抓好|围绕|依托|聚焦|发挥|坚持|构建|引导|促进|扩大|提高|发展|建设|投用|审批|开工|投建|纳统|签约|投产|在建|续建|竣工|储备|谋划|整合|创新|服务|保障|组织|企业|产业|行业|公司|项目)/u;

/** A tail that is only a phase or a number (某某二期): says nothing of what is made. */
const PHASE_ONLY = /^(?:[一二三四五六七八九十\d]+期|第[一二三四五六七八九十\d]+[期套条座台])(?:工程)?$/u;

/** A brand cannot be a generic opening (年产…, 新建…) or a kind of product. */
const NOT_BRAND =
  /级$|^(?:百亿|千亿|亿元|大数据|云计算|互联网|物联网|人工智能|区块链|邻里|社区|医院|学校|年产|新建|续建|改扩建|扩建|技改|大型|重点|重大|一批|智慧|智能|绿色|高端|先进|现代|综合|配套|生活|垃圾|城市|农村|乡镇|县城|市级|省级|国家|新型|特色|传统|优势|新能源|农产品|乳制品|装配式|分布式|集中式|屋顶)/u;

/** One-character names of provinces (川, 渝, 鲁…). */
const PROVINCE_ABBR = /^[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕秦甘陇宁]$/u;

/** Nouns of no product (某某文化, 某某商务楼宇, 沿链布局…): what follows a place or a slogan, not a brand. */
const ABSTRACT =
  /^(?:布局|文化|商务|商业|质量|技术|服务|管理|发展|建设|产品|品牌|项目|工程|体系|平台|中心|经济|生态|社区|街区|广场|公园|楼宇|体验|旅游|观光|休闲|娱乐|活动|展示|教育|培训|研学|康养|养老|度假|游乐|乐园|美食|民宿|小镇|示范|中学|小学|学校|幼儿园|大学|学院|医院|卫生院|诊所)$/u;

/** Tags of a coined name's tokens (a person's or place's name, a brand, an abbreviation, unknown). */
const BRAND_TAGS = /^(nr|nrt|nrfg|nz|j|x)$/u;

/** Firm words that may end a brand rather than start the tail. */
const FIRM_END =
  /^(?:风电|光电|光伏|能源|电子|科技|新材料|生物|药业|化工|化学|电气|重工|汽车|股份|集团|实业|控股|食品)$/u;

/** Is `w` a place (a province or city, a token the tagger calls a place, or a name the document writes with 市/县/区)? */
function isPlace(w: string, doc: string, tag?: string): boolean {
  if (PLACE_SET.has(w) || tag === "ns") return true;
  return writtenWith(doc, w, "市县区镇乡");
}

/**
 * The firm before a project's tail, or null. `name` is a project name without
 * its trailing 项目; `doc` is the document (to tell a place from a brand).
 */
export function tailFirm(name: string, doc: string, needMade = false): string | null {
  if (!/^[\p{Script=Han}]{3,20}/u.test(name)) return null;
  const toks = tag(name, true);
  // Token boundaries (the firm ends on one) and each token's start.
  const starts: number[] = [];
  let pos = 0;
  for (const t of toks) {
    starts.push(pos);
    pos += t.word.length;
  }
  // An optional place first (某市甲乙…): it stays in the firm's name as written.
  let from = 0;
  const first = toks[0];
  if (first && first.word.length >= 2 && isPlace(first.word, doc, first.tag) && toks.length > 2)
    from = first.word.length;
  for (let i = 1; i < toks.length; i++) {
    const p = starts[i] as number;
    const brand = name.slice(from, p);
    if (brand.length < 2) continue;
    if (brand.length > 4) break;
    const rest = name.slice(p);
    const tok = toks[i] as { word: string; tag: string };
    // A region, or a province's one-character name before one (川 + 西南总部), is where the project is.
    // A region ending the name (甲乙 + 某某) is the place only when the document or the vocabulary knows it as one:
    // else it is the brand's second half (北汽/j 某田/ns).
    const placeTail =
      (tok.tag === "ns" && tok.word.length >= 2 && (i < toks.length - 1 || isPlace(tok.word, doc))) ||
      (tok.word.length === 1 && PROVINCE_ABBR.test(tok.word) && toks[i + 1]?.tag === "ns");
    // (Pushed, not filtered: the filtered array changed shape once this was optimised, a deopt.)
    const inBrand: typeof toks = [];
    for (let k = 0; k < toks.length; k++)
      if ((starts[k] as number) >= from && (starts[k] as number) < p) inBrand.push(toks[k] as (typeof toks)[number]);
    // A coined brand the tagger cannot read (甲/nr 乙/ns, 甲/j 乙/p 丙/c: single characters or name tags)
    // before a product word it knows (涂料, 双氧水, 太阳能…): the product starts the tail.
    // Its first character is no clause word (为新…, 沿链…, 更多…), and it is no street or lake (某某路, 某湖).
    const nameTag = (x: { word: string; tag: string }) =>
      BRAND_TAGS.test(x.tag) || (x.word.length === 1 && x.tag === "ns");
    const coined =
      inBrand.every(
        (x) => (x.word.length === 1 && !/^(q|m|u|uj|ul|d|f|r|t)$/u.test(x.tag)) || BRAND_TAGS.test(x.tag),
      ) &&
      inBrand.some(nameTag) &&
      (inBrand.length > 1 || /^(nz|j|x)$/u.test(inBrand[0]?.tag ?? "")) &&
      /^(n|ng|nr|nrt|nrfg|nz|j|x|a|b)$/u.test(inBrand[0]?.tag ?? "") &&
      !/[路街巷村镇湖山河江湾岛桥]$/u.test(brand);
    const productTok =
      coined &&
      tok.word.length >= 2 &&
      /^(n|vn|l|nz)$/u.test(tok.tag) &&
      !FIRM_END.test(tok.word) &&
      !isFirmWord(tok.word) &&
      !ABSTRACT.test(tok.word) &&
      !isPlace(tok.word, doc, tok.tag);
    if (!TAIL.test(rest) && !placeTail && !productTok) continue;
    if (needMade && (placeTail || PHASE_ONLY.test(rest))) return null;
    if (!/^[\p{Script=Han}]+$/u.test(brand) || NOT_BRAND.test(brand) || TAIL.test(brand)) return null;
    // A brand of several tokens is no phrase: none of them a verb or a joining word (某地防火…, 园林和…),
    // unless each is one character of a coined name the tagger split.
    if (!coined && inBrand.length >= 2 && inBrand.some((x) => /^(v|vn|vd|c|p|d|ad|u)$/u.test(x.tag))) return null;
    if (LEAD_VERB.test(brand)) return null;
    // A verb, adverb or function word opening the brand is the clause's, not the firm's.
    const lead = toks.find((_, k) => starts[k] === from);
    if (
      lead &&
      /^(v|vd|vn|d|p|c|r|m|q|u|f|ad|t)$/u.test(lead.tag) &&
      lead.word.length >= 2 &&
      !/^(q|m|f)$/u.test(lead.tag)
    )
      return null;
    // A place alone (某县 + 综合利用电厂) is where the project is, not who builds it.
    if (from === 0 && isPlace(brand, doc, toks.length && starts[1] === brand.length ? first?.tag : undefined))
      return null;
    // A firm word before a town or a phase is the firm's own (甲乙风电 + 某县一期).
    const next = toks[i + 1];
    const own =
      FIRM_END.test(tok.word) &&
      !!next &&
      ((next.tag === "ns" && next.word.length >= 2) || /^[一二三四五六七八九十\d]+期/u.test(next.word));
    // A works (甲乙厂 + 技术改造) is the firm's own name, unless it is the works' buildings (厂房, 厂区).
    const works = /^厂(?!房|区)/u.test(rest);
    const firm = name.slice(0, own ? p + tok.word.length : works ? p + 1 : p);
    return itemOk(firm) ? firm : null;
  }
  return fieldTailFirm(name, doc, from);
}

/** What a project after its field word makes (商用车整车, 电池生产线). */
const MADE = /(整车|[客货乘商]用?车|汽车|电池|材料|装备|设备|生产|制造|产业化|生产线|零部件|芯片|面板|组件)/u;
/** Field words a project's description opens with (新能源商用车整车, 新材料生产线). */
const FIELD_LEAD = /^(?:新能源|新材料|新一代|高端|高性能|智能化?|绿色|数字化)/u;

/**
 * The tagger may glue the brand's last character to the field word after it (甲乙/n 丙新/a 能源…: a brand
 * 甲乙丙 then 新能源商用车): where a field word starts two to four characters after the place and what follows
 * says what is made, the run before it is the firm.
 */
function fieldTailFirm(name: string, doc: string, from: number): string | null {
  for (let p = from + 2; p <= from + 4 && p < name.length - 3; p++) {
    const rest = name.slice(p);
    if (!FIELD_LEAD.test(rest) || !MADE.test(rest.replace(FIELD_LEAD, ""))) continue;
    const brand = name.slice(from, p);
    if (NOT_BRAND.test(brand) || LEAD_VERB.test(brand) || TAIL.test(brand) || FIELD_LEAD.test(brand)) return null;
    if (from === 0 && isPlace(brand, doc)) return null;
    const firm = name.slice(0, p);
    return itemOk(firm) ? firm : null;
  }
  return null;
}

/**
 * A brand, then a capacity or a product generation (甲乙100万吨乙烯, 甲乙石化150万吨…, 甲乙二期20万千瓦风电,
 * 甲乙年产4GW…, 甲乙第8.6代…, 甲乙六代…): what a plant makes is sized, the firm is what precedes the size.
 */
const CAPACITY_AFTER =
  /^([\p{Script=Han}]{2,8}?)(?:[一二三四五六七八九十\d]+期)?(?:(?:年产)?[\d.]+\s*[万亿千百]?(?:吨|千瓦|兆瓦|瓦|[GM]Wh?|台|辆|套|片|锭|平方米|立方米)|第?[\d.]+代|[二三四五六七八九十]代)/u;
/** Names of places and built areas (某某新城, 某某片区): a project there names no firm. */
const PLACE_END = /(?:新城|新区|片区|城区|园区|[省市县区镇乡村园城港湾岛])$/u;

/**
 * The firm of a project named "brand + capacity + product" (甲乙炼化100万吨乙烯): the run before
 * the capacity, as written with its place (a firm names its capacity; a place or a product does not).
 */
export function capacityFirm(name: string, doc: string): string | null {
  const m = CAPACITY_AFTER.exec(name);
  if (!m) return null;
  const brand = m[1] as string;
  return capacityBrand(brand, doc) ? brand : null;
}

/** Can `brand`, written right before a capacity, be the firm that owns the plant? */
export function capacityBrand(brand: string, doc: string): boolean {
  if (NOT_BRAND.test(brand) || LEAD_VERB.test(brand) || TAIL.test(brand) || PLACE_END.test(brand)) return false;
  if (!itemOk(brand)) return false;
  const toks = tag(brand, true);
  // A place alone (某县, 甲乙/ns 丙丁/ns) builds, it is not a builder; a verb or function word opens a clause.
  if (toks.every((t) => isPlace(t.word, doc, t.tag))) return false;
  if (toks.some((t) => /^(v|vd|c|p|d|ad|u|uj|r|m|q)$/u.test(t.tag) && t.word.length === 1)) return false;
  return true;
}

/** Tags of a product's first word (大型/b 挖掘机/n, 碳酸锂/nz, 一体化/l, LED/eng, 10/m 万吨). */
const PRODUCT_TAG = /^(?:n|nz|b|l|eng|m)$/u;
/** Firm words that stay with the brand when they open the rest (甲乙 + 矿业…, 甲乙 + 科技…). */
const SPLIT_FIRM_WORD =
  /^(?:集团|股份|控股|实业|科技|高科|电子|光电|电气|新材料|化工|重工|精密|生物|能源|汽车|机械|(?![农工商林牧渔产行企事专就创职学作营造务游物副矿])[\p{Script=Han}]业)$/u;

/**
 * A brand the tagger reads as common words (甲乙/n 大型/b 火电/n, 甲/f 乙/v 多晶硅…): the firm is the
 * shortest run of two to six characters after which the rest, tagged on its own, opens with a product word
 * of two or more characters (or a firm word, kept with the brand). For items of a list of projects only.
 */
export function splitFirm(name: string, doc: string): string | null {
  if (!/^[\p{Script=Han}]{2}/u.test(name)) return null;
  for (let p = 2; p <= Math.min(6, name.length - 2); p++) {
    const brand = name.slice(0, p);
    if (!/^[\p{Script=Han}]+$/u.test(brand)) return null;
    const restToks = tag(name.slice(p), false);
    const first = restToks[0];
    if (!first || first.word.length < 2) continue;
    // A site or body alone after the brand (某某中心) is no product.
    if (restToks.length === 1 && /(?:中心|基地|园|区|城|平台)$/u.test(first.word)) return null;
    const firmWord = SPLIT_FIRM_WORD.test(first.word);
    if (!firmWord && !PRODUCT_TAG.test(first.tag)) continue;
    if (NOT_BRAND.test(brand) || LEAD_VERB.test(brand) || TAIL.test(brand) || isPlace(brand, doc)) return null;
    if (/^(?:中国|中华|全国|国内|国外|海外)/u.test(brand)) return null;
    // A brand is no one common word or place (饲料, 某国: a product's first word, where it is made); it opens
    // with no verb or numeral (力促…, 六氟…) and ends in no modifier (…大吨位, …小食品: the product's first word).
    const bt = tag(brand, false);
    if (bt.length === 1 && /^(?:n|v|vn|a|ad|d|l|ns)$/u.test(bt[0]?.tag ?? "")) return null;
    if (bt[0] && bt[0].word.length >= 2 && /^(?:v|vd|d|p|c)$/u.test(bt[0].tag)) return null;
    const last = bt[bt.length - 1];
    if (last && ((last.word.length === 1 && /^(?:a|d|ad|b|c|p|q)$/u.test(last.tag)) || last.tag === "a")) return null;
    if (bt[0]?.tag === "m") return null;
    const firm = firmWord ? brand + first.word : brand;
    // The firm ends where a word of the whole name ends (not inside 徐/重大…).
    let at = 0;
    for (const t of tag(name, false)) if (at < firm.length) at += t.word.length;
    if (at !== firm.length) return null;
    return itemOk(firm) ? firm : null;
  }
  return null;
}
