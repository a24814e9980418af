// The firm inside a project's name. Plans list key projects as "brand +
// product/industry words + 项目" (甲乙高端装备制造项目, 丙丁新材料二期项目);
// the firm is the short name at the start: the leading run of tokens the
// tagger does not know as common words (unknown x, proper nouns nz/nr/nrt/nt,
// a place before them), plus one firm word right after it (…科技, …新材料).
// Two recognisers use it: project lines of 重点项目 boxes and 专栏 lists
// ("**新材料产业：**甲乙…项目、丙丁…项目", rule enterprise:project-box), and
// items of lists whose head counts projects (甲…、乙…等12个项目, rule
// enterprise:project-list).
import { type Cand, type Ctx, orig } from "./context.ts";
import { enterpriseShortForms } from "./enterprise-aliases.ts";
import { itemOk } from "./enterprises-items.ts";
import { firmShape } from "./firm-lists.ts";
import type { EnumList, ListItem } from "./lists.ts";
import { typedSuffix } from "./names.ts";
import { capacityFirm, LEAD_VERB, splitFirm, tailFirm } from "./project-tail.ts";
import { ruleConfidence } from "./registry.ts";
import { tag } from "./tagger.ts";
import { occursTwice } from "./text.ts";
import { CHAIN_SLOGAN, PLACE_SET } from "./vocab.ts";

const BRAND_TAG = /^(x|nz|nr|nrt|nrfg|nt|eng)$/u;
/** One firm word a brand may carry before the product words (甲乙科技新材料… → 甲乙科技). */
const FIRM_WORD =
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
const PRODUCT =
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
const PROCESS = /(分离|提纯|合成|裂解|精炼|炼化|综合利用|[烷烯炔苯酯醇醚酮酸胺]|树脂|橡胶|纤维|组件|[零部配饰]件)/u;
/** A capacity, a generation or a model code right after the brand (甲乙150万吨…, 甲乙六代…, 甲乙8K, 甲乙LNG) says what is made. */
const MODEL =
  /^(?:年产)?[\d.]+\s*[万亿千百]?(?:吨|千瓦|兆瓦|瓦|[GM]Wh?|台|辆|套|片|锭|平方米|立方米)|^第?[\d.]+代|^[二三四五六七八九十]代|^[A-Z0-9][A-Za-z0-9]*(?![\p{Script=Han}]{0,2}(?:公司|集团))/u;

/** Project lines: "标签：甲…项目、乙…项目" with at least two items ending in 项目. */
const LINE = /^[\s*#\-—•·]*([^\n：:]{2,20}?)[*\s]*[：:][*\s]*([^\n]+)$/u;

/** LINE's matches, line by line: only lines holding a colon and 项目 are tried (a whole-text scan was slow). */
function* lineMatches(s: string): Generator<{ m: RegExpExecArray; at: number }> {
  for (let a = 0; a < s.length; ) {
    let b = s.indexOf("\n", a);
    if (b < 0) b = s.length;
    const line = s.slice(a, b);
    if (line.includes("项目") && (line.includes("：") || line.includes(":"))) {
      const m = LINE.exec(line);
      if (m) yield { m, at: a + m.index };
    }
    a = b + 1;
  }
}

export interface ProjectLine {
  /** The label's span (an industry heading like 新材料产业). */
  labelStart: number;
  labelEnd: number;
  start: number;
  end: number;
  items: { start: number; end: number }[];
}

export function projectLines(s: string): ProjectLine[] {
  const out: ProjectLine[] = [];
  if (!s.includes("项目、")) return out;
  // A line with one project (标签：甲乙…项目) counts only between lines of the same box (below).
  const single: ProjectLine[] = [];
  for (const { m, at } of lineMatches(s)) {
    const body = m[2] as string;
    const bodyStart = at + m[0].length - body.length;
    const parts = body.split(/[、；;]/u);
    const proj = parts.filter((p) => /项目[）)]?[。；;\s]*$|项目[（(][^）)]{1,6}[）)]\s*[。；]?$/u.test(p)).length;
    const one = proj === 1 && parts.length === 1;
    if (!one && (proj < 2 || proj * 2 < parts.length)) continue;
    const items: { start: number; end: number }[] = [];
    let a = bodyStart;
    for (const p of parts) {
      items.push({ start: a, end: a + p.length });
      a += p.length + 1;
    }
    const labelStart = at + m[0].indexOf(m[1] as string);
    (one ? single : out).push({
      labelStart,
      labelEnd: labelStart + (m[1] as string).length,
      start: at,
      end: at + m[0].length,
      items,
    });
  }
  if (!single.length || !out.length) return out;
  // …a box's one-project line: the project lines before and after it are at most a blank line away.
  const near = (a: number, b: number) =>
    a <= b && /^\s*$/u.test(s.slice(a, b)) && (s.slice(a, b).match(/\n/gu) ?? []).length <= 3;
  const boxed = single
    .filter((x) => out.some((y) => near(y.end, x.start)))
    .filter((x) => out.some((y) => near(x.end, y.start)));
  return boxed.length ? [...out, ...boxed].sort((a, b) => a.start - b.start) : out;
}

/** Action words a list's first item or a clause may open with (重点推进甲…项目): not part of the project. */
const ACTION =
  /^[\s“”"]*(?:(?:重点|全力|加快|加速|积极|力争|争取|确保|促使|推进|推动|抓好|实施|启动|新建|续建|开工|建设|引进|招引|迎来|引来|签约|开工建设|建成|运营|投运|完成|扶持|支持)+)?/u;

export function emitFirm(
  ctx: Ctx,
  start: number,
  raw: string,
  rule: string,
  needProduct: boolean,
  out: Cand[],
  split = false,
): void {
  // An item may open with its investment (总投资5亿美元的甲乙…项目): the project starts after it.
  const invested =
    /^\s*(?:(?:总)?投资(?:约|超过?|近)?)?[\d.]+\s*[万亿](?:美|欧|港)?元的?(?=[\p{Script=Han}A-Za-z])/u.exec(raw)?.[0]
      .length ?? 0;
  const lead = invested || (ACTION.exec(raw)?.[0].length ?? 0);
  const item = raw.slice(lead).replace(/[。；;\s]+$/u, "");
  // The trailing 项目(…) is matched on the last characters only: an $-anchored search scans the whole item.
  const cut = item.length - Math.min(item.length, 10);
  const name = item.slice(0, cut) + item.slice(cut).replace(/项目(?:[（(][^）)]{1,6}[）)])?$/u, "");
  if (name.length < 2 || typedSuffix(name)) return;
  let f = projectFirm(name);
  let splitRead = false;
  // Where the tagger finds no brand, read the firm off the tail (project-tail.ts).
  // A firm the tagger found is kept as read (甲乙食品); the tail reading only fills in or confirms.
  // A key-project line needs the tail to say what is made, not only a phase (某某二期 may be an estate).
  // (Computed only when needed: tagging every item twice is slow.)
  let memo: string | null | undefined;
  const tailOf = () => {
    if (memo === undefined) memo = tailFirm(name, ctx.s, needProduct);
    return memo;
  };
  if (!f) {
    const t0 = tailOf();
    if (t0) f = { firm: t0, whole: false, firmWord: false };
  }
  // A brand the tagger misreads (甲乙/ns 炼化/vn), then a capacity: the run before the capacity.
  // A brand read short of the capacity (甲乙/x 技术/n 年产…) runs on to it when what lies between makes nothing.
  const c = !f || !f.whole ? capacityFirm(name, ctx.s) : null;
  if (!f && c) f = { firm: c, whole: false, firmWord: false };
  else if (f && c && !f.whole && c.startsWith(f.firm)) {
    const gap = c.slice(f.firm.length);
    if ((gap.length <= 2 && gap && !PRODUCT.test(gap) && !PROCESS.test(gap)) || /^新(?:能源|材料)$/u.test(gap))
      f = { firm: c, whole: false, firmWord: true };
  }
  // In a list of projects, a brand the tagger cannot read (甲和精密/m c a) with its trade word, then a
  // phase (甲和精密二期): the firm is what the phase is of.
  const phased = !f && !needProduct ? /^([\p{Script=Han}]{2,6})[一二三四五六七八九十]期$/u.exec(name) : null;
  if (phased) {
    const x = phased[1] as string;
    const fw = /(?:精密|电子|电气|电源|光电|药业|制药|实业|股份|控股|重工|化工|科技)$/u.exec(x);
    if (fw && x.length - fw[0].length >= 2) f = { firm: x, whole: true, firmWord: true };
  }
  // A model code right after the Han run (甲乙丙8K, 甲乙LNG): the run is the firm, a character or two past where
  // the tagger cut the brand (甲乙/x 丙/n). (A number alone may be a capacity or a site's: 甲乙某城2号.)
  // (年产 and 第 open the size: 甲乙年产4GW….)
  const coded = f ? /^([\p{Script=Han}]{2,6}?)(?:年产|第)?(?=[A-Za-z]|\d+[A-Za-z])/u.exec(name) : null;
  if (f && coded && (coded[1] as string).startsWith(f.firm) && (coded[1] as string).length - f.firm.length <= 2)
    f = { firm: coded[1] as string, whole: false, firmWord: f.firmWord };
  // In a list of projects, an item that is a brand and a firm word and nothing else (甲乙网络) is the firm as written.
  if (!f && !needProduct && firmShape(name) && itemOk(name)) f = { firm: name, whole: true, firmWord: true };
  // …else a brand the tagger reads as common words, before the product words (甲乙/n 大型/b 火电/n).
  if (!f && split) {
    const sp = splitFirm(name, ctx.s);
    if (sp) f = { firm: sp, whole: sp === name, firmWord: true };
    splitRead = !!sp;
  }
  const tail = () => !!f && tailOf() === f.firm;
  if (!f || !itemOk(f.firm)) return;
  // A chemical or material named first (某某醇产业化, 某某烯二期) is what the project makes, not who builds it.
  // (Read from the tail instead, the brand may stand before it: 甲乙磷酸铁锂 → 甲乙.)
  if (/(?:[烷烯炔苯酯醇醚酮胺酸锂钠镍钴硅]|树脂|纤维)$/u.test(f.firm)) {
    const t = tailOf();
    if (!t || t.length >= f.firm.length || !f.firm.startsWith(t)) return;
    f = { firm: t, whole: false, firmWord: false };
  }
  // A kind of project (高科技、高税收项目) or a step of one (审批、投用) names no firm.
  if (LEAD_VERB.test(f.firm) || /^(?:高科技|高新技术|高税收|高附加值|高成长|高能级)$/u.test(f.firm)) return;
  // A firm with nothing after it, or a brand before words that make nothing (某某广场), needs the brand to recur.
  const recurs = occursTwice(ctx.s, f.firm);
  // In a list, an item of a brand and one trade word (某某食品, 某某半导体) is the firm as written;
  // a longer item gives its brand when the rest says what the project makes (某某堺8K is a plant, not a product).
  let len = f.firm.length;
  if (!needProduct && !f.whole) {
    const rest = tag(name.slice(f.firm.length), true);
    const w = rest[0]?.word ?? "";
    // …电厂, …电站 are the plant, not part of the firm's name.
    if (
      rest.length === 1 &&
      /^[\p{Script=Han}]{2,4}$/u.test(w) &&
      !/[厂站场园馆城楼店线]$/u.test(w) &&
      itemOk(name) &&
      firmShape(name)
    )
      len = name.length;
    else if (!splitRead && !productRest(name, f.firm) && !tail()) return;
  }
  if (needProduct && !recurs && (f.whole ? !f.firmWord : !productRest(name, f.firm)) && !tail()) return;
  const a = start + lead;
  const b = a + len;
  out.push({
    type: "enterprise",
    start: a,
    end: b,
    name: orig(ctx, a, b),
    rule,
    confidence: ruleConfidence(rule),
    fromList: true,
  });
}

export function projectBoxCandidates(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  for (const l of projectLines(ctx.s)) {
    const line: Cand[] = [];
    for (const it of l.items)
      emitFirm(ctx, it.start, ctx.s.slice(it.start, it.end), "enterprise:project-box", true, line);
    // A brand another project of the line carries alone (甲乙X项目、甲乙丙丁酒店项目) is where the longer one ends,
    // unless what follows it is a firm word (甲乙科技).
    for (const c of line) {
      const name = ctx.s.slice(c.start, c.end);
      const short = line.find((d) => {
        const n = ctx.s.slice(d.start, d.end);
        return d !== c && n.length < name.length && name.startsWith(n) && !FIRM_WORD.test(name.slice(n.length));
      });
      if (short) {
        c.end = c.start + (short.end - short.start);
        c.name = orig(ctx, c.start, c.end);
      }
    }
    out.push(...line);
  }
  return out;
}

/** Lists whose head counts or names projects (甲…、乙…等20个项目建成投产; 甲、乙两大氧化铝项目). */
const PROJECT_HEAD =
  /^\s*(?:等|和)?\s*(?:超|近|约|逾)?\s*(?:\d+|[一两二三四五六七八九十百多余]+)?\s*(?:个|大|批)?\s*(?:(?!企业|公司|龙头|领域|行业|方向)[^，。；、]){0,10}?项目/u;
/**
 * …or counts facilities a firm builds and runs (甲、乙二期等9个数据中心; 甲、乙等7个大型、超大型数据中心):
 * the count is required, as a bare facility noun may be a kind (甲、乙等数据中心 may list uses).
 */
const FACILITY_HEAD =
  /^\s*等\s*(?:\d+|[一两二三四五六七八九十百几]+)\s*[余多]?\s*[个座家条]\s*(?:[^，。；、]{0,6}、)?[^，。；、]{0,6}?(?:数据中心|算力中心|超算中心|工厂|生产线|电站|电厂)/u;

/** PROJECT_HEAD, tested only on a head that holds 项目 (the list heads are short, the regex call is not). */
const projectHead = (head: string): boolean => head.includes("项目") && PROJECT_HEAD.test(head);
/** "了解生产经营、技术研发和项目推进情况": 项目 after a closing 和 is the list's last item (an activity), not its head. */
const projectConjunct = (ctx: Ctx, l: EnumList): boolean =>
  /[和及与]$/u.test(ctx.s.slice(l.start, l.items[l.items.length - 1]?.end ?? l.start)) && /^\s*项目/u.test(l.head);

/** A programme's item (…平台, …服务, …活动, …体验师) or a public body (有关人民政府, …部门): no list of firms' projects. */
const PROGRAMME_ITEM =
  /(平台|服务|活动|行动|工程|计划|机制|体系|制度|积分|体验师|志愿|试点|示范|部门|机关|政府|单位)$/u;

export function projectListCandidates(ctx: Ctx, lists: EnumList[], named: Cand[] = []): Cand[] {
  const out: Cand[] = [];
  let brands: string[] | null = null;
  let boxes: ProjectLine[] | null = null;
  // "从已投产的甲、乙，到正在推进的丙、丁，再到规划落地的戊、己等项目": the head closes the whole 从…到… run.
  const headed = new Set<EnumList>();
  for (let k = 0; k < lists.length; k++) {
    const l = lists[k] as EnumList;
    if (!projectHead(l.head) || !/到[^，。；、]{0,10}$/u.test(l.cue)) continue;
    for (let j = k - 1; j >= 0; j--) {
      const p = lists[j] as EnumList;
      const between = ctx.s.slice(p.end, (lists[j + 1] as EnumList).start);
      if (p.head.trim() || !/^[，,]\s*(?:再)?到[^，。；、]{0,10}$/u.test(between) || p.items.length < 2) break;
      headed.add(p);
      if (/从[^，。；、]{0,10}$/u.test(p.cue)) break;
    }
  }
  for (const l of lists) {
    if (
      !(projectHead(l.head) || (l.head.includes("等") && FACILITY_HEAD.test(l.head)) || headed.has(l)) ||
      l.items.length < 2 ||
      projectConjunct(ctx, l)
    )
      continue;
    // A key-project box line is projectBoxCandidates' (its items need a product to name a firm).
    boxes ??= projectLines(ctx.s);
    if (boxes.some((b) => l.start < b.end && b.start < l.end)) continue;
    // Items that are projects themselves (大抓项目、抓大项目) are slogans, not a list of named projects.
    // (A named project item, 甲乙…机器人项目, is no slogan: its firm is read like the others'.)
    if (l.items.some((it) => /^[\p{Script=Han}]{0,3}项目$/u.test(ctx.s.slice(it.start, it.end).trim()))) continue;
    // Programmes, not investments (深化甲乙公益创投、丙丁信用积分平台等项目; 开展…等试点项目): an item that is a
    // platform, a service or an action, or a programme verb before the list, names no firm.
    if (
      l.items.some((it) => PROGRAMME_ITEM.test(ctx.s.slice(it.start, it.end).trim())) ||
      /(深化|完善|开展|推广|实施|落实|创新|健全)\s*$/u.test(l.cue)
    )
      continue;
    brands ??= knownBrands(ctx, named);
    // "…的甲三期，乙二期、三期等15个重点项目": a phase project before a comma opens the same list.
    const pre = /的([\p{Script=Han}]{2,8}[一二三四五六七八九十]期)[，,]\s*$/u.exec(
      ctx.s.slice(Math.max(0, l.start - 14), l.start),
    );
    if (pre) {
      const at = l.start - pre[0].length + 1;
      emitFirm(ctx, at, pre[1] as string, "enterprise:project-list", false, out);
    }
    const read = out.length;
    const unread: ListItem[] = [];
    for (const it of l.items) {
      const raw = ctx.s.slice(it.start, it.end);
      const n = out.length;
      if (!brandItem(ctx, it.start, raw, brands, out))
        emitFirm(ctx, it.start, raw, "enterprise:project-list", false, out);
      if (out.length === n) unread.push(it);
    }
    // Items the readers left, beside items they read as firms: brands the tagger takes for common words.
    if (out.length > read)
      for (const it of unread)
        emitFirm(ctx, it.start, ctx.s.slice(it.start, it.end), "enterprise:project-list", false, out, true);
  }
  return out;
}

/** The forms of firms the text names with a company word (甲乙集团, 美国丙丁 → 甲乙集团, 甲乙, 丙丁), longest first. */
function knownBrands(ctx: Ctx, named: Cand[]): string[] {
  const out = new Set<string>();
  for (const c of named) {
    if (c.type !== "enterprise") continue;
    const n = ctx.s.slice(c.start, c.end);
    for (const f of [n, ...enterpriseShortForms(n)]) if (f.length >= 2) out.add(f);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * A project item that opens with a firm the text names elsewhere (甲乙生物疫苗 after 甲乙集团):
 * that firm's brand is the item's firm (enterprise:project-brand), whatever product words follow.
 */
function brandItem(ctx: Ctx, start: number, raw: string, brands: string[], out: Cand[]): boolean {
  const lead = ACTION.exec(raw)?.[0].length ?? 0;
  const name = raw.slice(lead).replace(/[。；;\s]+$/u, "");
  const b = brands.find((f) => name.startsWith(f) && name.length - f.length >= 2);
  if (!b) return false;
  const a = start + lead;
  out.push({
    type: "enterprise",
    start: a,
    end: a + b.length,
    name: orig(ctx, a, a + b.length),
    rule: "enterprise:project-brand",
    confidence: ruleConfidence("enterprise:project-brand"),
    fromList: true,
  });
  return true;
}

/**
 * A whole project name typed as a firm by its list (甲乙热电联产 from "引进甲乙热电联产等项目")
 * gives way to the firm inside it: the longer candidate is dropped (confidence 0).
 */
export function preferProjectFirms(ctx: Ctx, cands: Cand[]): void {
  const inner = cands.filter((c) => c.rule.startsWith("enterprise:project-"));
  if (inner.length === 0) return;
  // A project's firm whose name the text gives elsewhere as a firm of its own: the firm is that name, shorter
  // (甲乙汽车 from 甲乙汽车项目, 甲乙锂电池 where 甲乙 stands alone) or longer (甲乙 from 甲乙时代电池项目 where
  // 甲乙时代 does) — the longest such name the project's name opens with.
  const byName = new Map<string, Cand[]>();
  for (const o of cands)
    if (o.type === "enterprise" && o.confidence > 0 && !inner.includes(o))
      byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  for (const c of inner) {
    // (named elsewhere: not a reading of this same item)
    const elsewhere = (g: string) => (byName.get(g) ?? []).some((o) => o.end <= c.start || o.start >= c.end);
    if (elsewhere(c.name)) continue;
    let best = "";
    for (const g of byName.keys())
      if (
        g.length >= 2 &&
        g.length > best.length &&
        c.end - c.start !== g.length &&
        ctx.s.startsWith(g, c.start) &&
        elsewhere(g)
      )
        best = g;
    if (!best) continue;
    c.end = c.start + best.length;
    c.name = orig(ctx, c.start, c.end);
  }
  for (const c of cands)
    if (
      c.type === "enterprise" &&
      c.fromList &&
      !inner.includes(c) &&
      // Items of a list nearly all firm-shaped (甲智能、乙风电、丙面包等项目) are firms as written.
      c.rule !== "enterprise:list-shape" &&
      inner.some((p) => p.start === c.start && p.end < c.end) &&
      !typedSuffix(c.name)
    )
      c.confidence = 0;
}
