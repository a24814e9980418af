// projectFirm/productRest: reading the firm at the start of a project name, kept apart from the recognisers that call it.
import { LEAD_VERB } from "./project-tail.ts";
import { tag } from "./tagger.ts";
import { CHAIN_SLOGAN, PLACE_SET } from "./vocab.ts";

const BRAND_TAG = /^(x|nz|nr|nrt|nrfg|nt|eng)$/u;
/** One firm word a brand may carry before the product words (甲乙科技新材料… → 甲乙科技). */
export const FIRM_WORD =
  /^(?:环保科技|生物科技|新材料|国际|科技|新材|半导体|微电子|动力(?!电池)|酿造|网业|药业|制药|实业|集团|股份|控股|光电|电子|电气|电器|电源|环保|骨科|压缩机|服装|服饰|纺织|精密|化工|化学|石化|炼化|能源|重工|汽车零部件|汽车|风电|光伏|储能|储氢|生物|智能|食品|矿业|铜业|铝业|锂业|钢铁|糖业|纸业|乳业|酒业|牧业|农牧)/u;
/** Firm words that also qualify a product (精密组件, 智能装备). */
const MODIFIER_WORD = /^(?:精密|智能|生物|动力)$/u;
/** Firm words of a trade that name a firm whatever follows them (甲乙矿业, 甲乙集团). */
const TRADE_WORDS = "矿业|铜业|铝业|锂业|钢铁|糖业|纸业|乳业|酒业|牧业|农牧|药业|制药|实业|集团|股份|控股";
export const TRADE_FIRM_END = new RegExp(`(?:${TRADE_WORDS})$`, "u");
/** A brand the tagger splits into common words, then a firm word, then more (甲/m 乙/… 矿业…). */
const SPLIT_BRAND = new RegExp(
  `^([\\p{Script=Han}]{2,4}?)(${TRADE_WORDS}|科技|服饰|纺织)(?=[\\p{Script=Han}]{2})`,
  "u",
);
/** Words that say what a project makes or builds (what follows a brand in a project name). */
export const PRODUCT =
  /(生产|研发|制造|加工|装备|设备|材料|产品|模组|模块|生产线|工厂|扩建|扩产|技改|产业化|自动化|配件|部件|制品|系统|终端|封装|检测|服装|食品|商业|酒店|总部|综合体|开发|电站|发电|风电|光伏|储能|电厂|热电|甲醇|化工|芯片|电池|轮毂|医疗|疫苗|氢|氨|煤|铝|钢|纸|药|器|机|车)/u;
/** A project that is a park or platform by its own name (某某产业园扩建): the named place is the entity. */
const PLACE_PROJECT =
  /(产业园|工业园|科技园|物流园|创业园|孵化园|园区|基地|中心|小镇|科技城|产业城|孵化器|加速器|研究院|实验室|广场|大厦|楼宇|港)$/u;

/**
 * The firm at the start of a project name (without its trailing 项目), or null.
 * `whole` is true when nothing but the firm (and a firm word) is left.
 */
export function projectFirm(name: string): { firm: string; whole: boolean; firmWord: boolean } | null {
  const n = name.replace(/[（(]?[一二三四五六七八九十\d]+期(?:工程)?[)）]?$/u, "").replace(/(建设|扩建)$/u, "");
  if (n.length < 2 || PLACE_PROJECT.test(n) || CHAIN_SLOGAN.test(n)) return null;
  // With the HMM an unknown brand comes out as one token tagged x (the point here).
  const toks = tag(n, true);
  let k = 0;
  let len = 0;
  let place = false;
  const first = toks[0];
  if (first && first.tag === "ns") {
    place = true;
    len += first.word.length;
    k = 1;
  } else if (first && first.word === "新" && toks[1] && /^(ns|nz|x|nr)$/u.test(toks[1].tag)) {
    // 新 + a proper noun (新某某) is one brand.
    len += 1 + toks[1].word.length;
    k = 2;
  }
  const brandFrom = first?.word === "新" && k === 2 ? 1 : k;
  // A long known proper-noun token (集成电路/nz) is a field word, not a brand; brands are unknown (x) or short.
  const brandTok = (t: { word: string; tag: string } | undefined) =>
    !!t &&
    BRAND_TAG.test(t.tag) &&
    /^[\p{Script=Han}]+$/u.test(t.word) &&
    (t.tag === "x" || t.tag === "nt" || t.word.length <= 3);
  while (k < toks.length && brandTok(toks[k])) {
    len += (toks[k] as { word: string }).word.length;
    k++;
  }
  let brand = k - brandFrom;
  // A brand cut before a lone function character (甲乙/x 封/q 丙丁器…) splits a product word, not a name.
  const after = toks[k];
  if (brand > 0 && after && after.word.length === 1 && /^(q|v|d|p|c|u|r)$/u.test(after.tag)) return null;
  // A place alone is no brand, except a non-administrative one before a firm word (某海酿造).
  if (brand === 0 && !(place && !PLACE_SET.has(first?.word ?? "") && FIRM_WORD.test(n.slice(len)))) return null;
  // A brand the tagger splits into common words (甲/m 乙/… 矿业…): two to four characters, then a firm word, then more.
  if (brand === 0 && !place) {
    const m = SPLIT_BRAND.exec(n);
    if (!m || PLACE_SET.has(m[1] as string) || LEAD_VERB.test(m[1] as string)) return null;
    return { firm: m[0], whole: false, firmWord: true };
  }
  // A two-character brand may end in one more character (甲乙丙绿色… tagged 甲乙/nz 丙/n).
  const nx = toks[k];
  if (
    brand === 1 &&
    len - (place ? (first?.word.length ?? 0) : 0) === 2 &&
    nx &&
    nx.word.length === 1 &&
    /^(n|ng)$/u.test(nx.tag) &&
    !/[厂区园城港店楼馆院所站库市县镇村]/u.test(nx.word) &&
    (toks[k + 1]?.word.length ?? 0) >= 2
  ) {
    len += 1;
    k++;
    brand++;
  }
  // 蓝杭新/x 材料: the tagger may glue 新 of 新材料 to the brand.
  let rest = n.slice(len);
  // …and 绿 of 绿氢/绿氨/绿甲醇 (甲乙绿/x 氢…).
  if (
    ((n[len - 1] === "新" && /^材料?/u.test(rest)) || (n[len - 1] === "绿" && /^(?:氢|氨|甲?醇|电)/u.test(rest))) &&
    len >= 3
  ) {
    len -= 1;
    rest = n.slice(len);
  }
  let fw = FIRM_WORD.exec(rest);
  // A firm word that also qualifies a product (精密组件, 智能装备, 生物航煤) opens the product
  // when product words follow it: the brand is the firm.
  if (fw && MODIFIER_WORD.test(fw[0]) && /^[\p{Script=Han}]{2}/u.test(rest.slice(fw[0].length))) fw = null;
  let firm = n.slice(0, len);
  if (fw) {
    firm += fw[0];
    rest = rest.slice(fw[0].length);
  }
  const brandLen = firm.length - (place ? (first?.word.length ?? 0) : 0);
  if (brandLen < 2 || firm.length > 10) return null;
  return { firm, whole: rest.replace(/^[·•\s]+/u, "").length === 0, firmWord: !!fw };
}

/** Does the rest of a project name after its firm say what is made or built? */
export function productRest(name: string, firm: string): boolean {
  const rest = name.slice(firm.length);
  return PRODUCT.test(rest) || PROCESS.test(rest) || /^[·•]/u.test(rest) || MODEL.test(rest);
}

/** Process and chemical words a plant's project is named by (混合二甲苯分离, 烷烃综合利用, 内饰件). */
export const PROCESS =
  /(分离|提纯|合成|裂解|精炼|炼化|综合利用|[烷烯炔苯酯醇醚酮酸胺]|树脂|橡胶|纤维|组件|[零部配饰]件)/u;
/** A capacity, a generation or a model code right after the brand (甲乙150万吨…, 甲乙六代…, 甲乙8K, 甲乙LNG) says what is made. */
const MODEL =
  /^(?:年产)?[\d.]+\s*[万亿千百]?(?:吨|千瓦|兆瓦|瓦|[GM]Wh?|台|辆|套|片|锭|平方米|立方米)|^第?[\d.]+代|^[二三四五六七八九十]代|^[A-Z0-9][A-Za-z0-9]*(?![\p{Script=Han}]{0,2}(?:公司|集团))/u;
