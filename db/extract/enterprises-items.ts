// Item checks and the emitter every enterprise reader shares (list readers and single-name cues), apart so both import one copy.
import { type Cand, type Ctx, orig, PLACE_PREFIX_RE } from "./context.ts";
import { industryPhrase } from "./industry-heads.ts";
import type { ListItem } from "./lists.ts";
import { predicateItem } from "./lists-items.ts";
import { typedSuffix } from "./names.ts";
import { tag } from "./tagger.ts";
import { stopEndingAt } from "./text.ts";
import { COUNTRY_SET, PLACE_SET } from "./vocab.ts";

/** Industries that firm lists also enumerate as kinds (家具、陶瓷等企业), beyond the phrases of sector words
 * `industryPhrase` reads (食品、电子信息等企业). */
const INDUSTRY_WORD = /^(?:家具|农业|电力|造纸|塑料|五金|陶瓷|玻璃|轻工|锂电)$/u;
/** Industry-sounding heads mean the items are industries, unless a firm cue precedes. */
const GENERIC_ITEM =
  /(链|生产线|产线|工厂|产业|行业|领域|企业|项目|品牌|集群|基地|园区|方向|产品|技术|工程|平台|部门|政府|机构|高校|大学|学院|医院|协会|联盟|市场|经济|服务|制造|系统|设备|材料|装备|制造业|服务业)$/u;
const BAD_ITEM =
  /[的是了在对把被将从向\d%％：:]|(亿元|万元|美元|产业化|^总部$|以上|左右|我国|全国|国内|国外|世界|全球|中国民营|百强|500强|专精特新|冠军|小巨人|瞪羚|独角兽)/u;

export function itemOk(name: string, labelled = false): boolean {
  if (name.length < 2 || name.length > 18) return false;
  if (BAD_ITEM.test(name.replace(/[A-Za-z][A-Za-z0-9]*|[0-9]+[A-Za-z][A-Za-z0-9]*/gu, "x"))) return false;
  if (
    /^(一批|一些|多家|众多|其他|相关|有关|各类|知名|国内外|国际|外资|龙头|骨干|重点|国家|省级|市级|省|市|此次|本次|这次|这些|上述)/u.test(
      name,
    )
  )
    return false;
  if (!labelled && stopInside(name)) return false;
  // A phase of the previous item's project (甲乙二期、三期) is no firm.
  if (/^(?:第)?[一二三四五六七八九十\d]+期(?:工程|项目)?$/u.test(name)) return false;
  // Process words (数字化, 智能化) are not firms; an abbreviation ending in 化 (某石化) is.
  if (
    /^(数字|智能|绿色|高端|信息|网络|服务|品牌|国际|市场|集约|规模|标准|低碳|轻量|工业|城镇|现代|专业|精细|特色|集群|融合|多元|产业|自动|电气|机械|无害|资源|循环|生态|证券|电|美|优|强|深|活|转|细|净|亮|绿|序)化$/u.test(
      name,
    )
  )
    return false;
  return true;
}

/** A verb or other stop word inside a firm name means the item was cut wrongly. */
function stopInside(name: string): boolean {
  for (let i = 2; i <= name.length; i++) {
    const n = stopEndingAt(name, i);
    if (n >= 2) return true;
  }
  return false;
}

function typedByOwnSuffix(name: string): boolean {
  const t = typedSuffix(name);
  return !!t && t.type !== "enterprise" && !/中心$/u.test(name);
}

/**
 * labelled: true for a field label (重点企业：…) that vouches for its items;
 * "inline" for a firm label written into prose (龙头企业甲带动…): the items may
 * end in an industry word (甲装备) but must hold no verb.
 */
export function emit(
  ctx: Ctx,
  it: ListItem,
  rule: string,
  conf: number,
  out: Cand[],
  labelled: boolean | "inline" = false,
  bareKindHead = false,
  projectHead = false,
  siblingFirms = false,
): void {
  let a = it.start;
  let b = it.end;
  // Company named inside a project: X项目 → X.
  // Model codes after a firm (超视堺8K) and a trailing 项目 are not part of the name.
  const t = ctx.s
    .slice(a, b)
    .replace(/(项目|等)$/u, "")
    // A group's headquarters (某某集团总部) is the group; other 总部 names (某某连铝总部) stay as written.
    .replace(/(?<=(?:集团|公司))总部$/u, "")
    // A project phase after a firm (某某二期) is not part of the firm's name.
    .replace(/(?<=[\p{Script=Han}]{2})[一二三四五六七八九十\d]+期$/u, "")
    .replace(/(?<=[\p{Script=Han}])[0-9]+[A-Za-z]*$/u, "");
  b = a + t.length;
  while (a < b && /[\s“”"]/u.test(ctx.s[a] as string)) a++;
  // "与甲、乙合作": a leading 与/和/同 joins the clause, it is not part of the first firm.
  if (/[与和同跟]/u.test(ctx.s[a] ?? "") && b - a >= 3 && /[，,。；\n]/u.test(ctx.s[a - 1] ?? "")) a++;
  // "甲集团与乙、丙…": the clause's subject, a suffixed firm, joined to the first item; the item starts after 与.
  // "依托6个省级化工园区和甲、乙两大龙头企业": the clause's other object, a kind of place or body, likewise.
  const joined =
    /^(.{2,10}?(?:集团|公司|股份|控股)|[^、，。]{2,14}?(?:园区|开发区|高新区|产业园|基地|高校|院所|平台))[与同和跟及]/u.exec(
      ctx.s.slice(a, b),
    );
  if (joined && b - a - joined[0].length >= 2) a += joined[0].length;
  // "电子信息产业以甲、乙为龙头": the industry and its 以 opened the clause; the first firm starts after them.
  const framed = /^[\p{Script=Han}]{2,12}?(?:产业|业|集群)以(?=[\p{Script=Han}A-Za-z]{2})/u.exec(ctx.s.slice(a, b));
  if (framed) a += framed[0].length;
  // "对规模小、产能低下的甲、乙等企业": qualities before the firms are no firms; a 的 ends the qualities.
  if (predicateItem(ctx.s.slice(a, b))) return;
  const de = ctx.s.slice(a, b).lastIndexOf("的");
  if (de >= 0 && b - (a + de + 1) >= 2 && predicateItem(ctx.s.slice(a, a + de))) a += de + 1;
  // "中国高品质鸡蛋领导者甲、著名食品龙头企业乙丙食品等": an item may open with the firm's standing; the name follows it.
  const standing = STANDING.exec(ctx.s.slice(a, b));
  if (standing && b - a - standing[0].length >= 2) a += standing[0].length;
  const name = ctx.s.slice(a, b);
  if (!itemOk(name, labelled === true) || typedByOwnSuffix(name)) return;
  // A place alone (北京、上海等地企业) is where firms are from, not a firm.
  if (PLACE_SET.has(name.replace(/[省市]$/u, "")) || COUNTRY_SET.has(name.replace(/^(?:来自|包括|如)/u, ""))) return;
  if (labelled === "inline" && /(链|项目|工程|产业|行业|领域|企业|平台|基地|园区)$/u.test(name)) return;
  // A label written into prose (瞄准龙头企业挂图作战、精准招商) may be a verb's object: its items must read as names.
  if (labelled === "inline" && !readsAsName(name)) return;
  // "包括车载控制器、电驱、底盘等企业": parts and products name kinds of suppliers, not firms.
  if (bareKindHead && PRODUCT_KIND.test(name) && !FIRM_END.test(name)) return;
  // "引进甲乙液晶面板、丙丁大尺寸模组等一批重大项目": a long item of a projects head is a firm as written only
  // when it ends like one (a firm word or a company suffix); a project's name is read by project-firms.ts.
  if (projectHead && name.length > 4 && !FIRM_END.test(name) && typedSuffix(name)?.type !== "enterprise") return;
  // Models, facilities and stores a project builds (某型车型, 电池制造中心, 某中心配件库) are not firms.
  if (labelled !== true && /(车型|型号|(?:制造|研发|生产|配送)中心|配件库|仓库|系列)$/u.test(name)) return;
  // A project named by what it makes (某某显示器生产项目, 某某扩建项目): a product, not a firm.
  if (labelled !== true && /(生产|扩建|技改|建设)$/u.test(name)) return;
  if (
    !labelled &&
    GENERIC_ITEM.test(name) &&
    !/(集团|公司|股份)$/u.test(name) &&
    !(siblingFirms && brandBeforeKind(name))
  )
    return;
  // An industry word alone (食品、装备制造等企业) names a kind of firm.
  const bare = name.replace(/^(也有|还有|主要有|有)/u, "");
  if (!labelled && (INDUSTRY_WORD.test(bare) || industryPhrase(bare))) return;
  out.push({ type: "enterprise", start: a, end: b, name: orig(ctx, a, b), rule, confidence: conf, fromList: true });
}

/** A brand before a kind word that ends the item (某翼新材料, 某利材料): the brand makes it a firm's short name. */
function brandBeforeKind(name: string): boolean {
  const m = GENERIC_ITEM.exec(name);
  const brand = m ? name.slice(0, m.index) : "";
  return (
    brand.length >= 2 &&
    brand.length <= 4 &&
    !PLACE_SET.has(brand) &&
    !INDUSTRY_WORD.test(brand) &&
    !industryPhrase(brand) &&
    readsAsName(brand)
  );
}

/** A firm's standing written before its name in a list item (…领导者甲; …行业十大企业乙; 著名…龙头企业丙). The
 * name after it must not be a company's own suffix (…企业集团, …企业管理有限公司). */
const STANDING =
  /^[\p{Script=Han}]{2,20}?(?:领导者|领跑者|领军者|开创者|龙头企业|领军企业|骨干企业|头部企业|代表企业|(?<=[\p{Script=Han}]{4})企业|巨头|制造商|供应商)(?![集管发有股控服])(?=[\p{Script=Han}A-Za-z]{2})/u;

/** Parts and products a supplier list may name instead of firms. */
const PRODUCT_KIND =
  /(控制器|传感器|[零部配组]件|内外饰|座椅|底盘|轮胎|线束|电驱|电控|电机|车灯|模组|面板|芯片|电池)$/u;
/** Tags of a token that is no common word (a brand, a place, a person, an abbreviation). */
const BRANDISH = /^(x|nz|nr|nrt|nrfg|ns|j|eng|nt)$/u;
const FIRM_END =
  /(集团|公司|股份|控股|实业|科技|高科|药业|制药|医药|电子|电气|机械|汽车|能源|化工|材料|新材|生物|智能|装备|精密|重工|光电|锂业|铝业|钢铁|电器|食品|纺织|环保)$/u;

/** A firm word at the end or a token the tagger does not know as a common word. */
export function readsAsName(name: string): boolean {
  return (
    FIRM_END.test(name) ||
    /[A-Za-z]/u.test(name) ||
    tag(name, false).some((t) => BRANDISH.test(t.tag)) ||
    // A coinage the dictionary lacks (岚汐智行: 智/ng 行/zg) is one unknown word to the HMM.
    tag(name, true).some((t) => t.tag === "x" && t.word.length >= 2)
  );
}

/** Every item of a list reads as a brand: no trade, kind, product or place among them. */
export function allBrands(ctx: Ctx, items: readonly ListItem[]): boolean {
  if (items.length < 2) return false;
  const names = items.map((it) => ctx.s.slice(it.start, it.end).trim());
  // The cheap tests on every item before the tagger is asked about any (most such lists are kinds).
  return (
    names.every(
      (name) =>
        name.length >= 2 &&
        name.length <= 8 &&
        !PLACE_PREFIX_RE.test(name) &&
        !PLACE_WORD.test(name) &&
        !INDUSTRY_WORD.test(name) &&
        !PRODUCT_KIND.test(name) &&
        !industryPhrase(name),
    ) && names.every(readsAsName)
  );
}
const PLACE_WORD = /[省市县区州国]$|^(?:国内|国外|海外|本地|当地|外地)/u;
