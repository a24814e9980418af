// The firm inside a project's name. Plans list key projects as "brand +
// product/industry words + 项目" (甲乙高端装备制造项目, 丙丁新材料二期项目);
// the firm is the short name at the start: the leading run of tokens the
// tagger does not know as common words (unknown x, proper nouns nz/nr/nrt/nt,
// a place before them), plus one firm word right after it (…科技, …新材料).
// Two recognisers use it: project lines of 重点项目 boxes and 专栏 lists
// ("**新材料产业：**甲乙…项目、丙丁…项目", rule enterprise:project-box), and
// items of lists whose head counts projects (甲…、乙…等12个项目, rule
// enterprise:project-list).
import { charTable, SPACE_CHARS } from "./anchored.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { enterpriseShortForms } from "./enterprise-aliases.ts";
import { itemOk } from "./enterprises-items.ts";
import { firmShape } from "./firm-lists.ts";
import type { EnumList, ListItem } from "./lists.ts";
import { typedSuffix } from "./names.ts";
import { FIRM_WORD, PROCESS, PRODUCT, productRest, projectFirm } from "./project-firms-brand.ts";
import { type ProjectLine, projectLines } from "./project-firms-lines.ts";
import { capacityFirm, LEAD_VERB, splitFirm, tailFirm } from "./project-tail.ts";
import { ruleConfidence } from "./registry.ts";
import { tag } from "./tagger.ts";
import { occursTwice } from "./text.ts";

/** Action words a list's first item or a clause may open with (重点推进甲…项目): not part of the project. */
const ACTION =
  /^[\s“”"]*(?:(?:重点|全力|加快|加速|积极|力争|争取|确保|促使|推进|推动|抓好|实施|启动|新建|续建|开工|建设|引进|招引|迎来|引来|签约|开工建设|建成|运营|投运|完成|扶持|支持)+)?/u;

/** Marks and white space an item may end in (。；; and \s). */
const ITEM_END = charTable(`。；;${SPACE_CHARS}`);
/** The item without its closing marks and spaces (an $-anchored regex was entered at every character). */
function trimEnd(x: string): string {
  let e = x.length;
  while (e > 0 && ITEM_END[x.charCodeAt(e - 1)] === 1) e--;
  return e === x.length ? x : x.slice(0, e);
}

/** A kind of firm by its role (链主企业、配套企业和重点项目 as three checklists): no firm of its own. */
const ROLE_FIRMS = /^(?:链主|龙头|骨干|配套|领军|头部|重点|规上|中小|专精特新|上下游|招商)(?:型)?企业/u;

/** A brand that is one dictionary word of quality, kind, side or time, or the bare word 工业/产业. */
function commonWordOnly(firm: string): boolean {
  const t = tag(firm, false);
  return (
    t.length === 1 &&
    (/^(a|ad|an|b|f|t|d|m|q)$/u.test((t[0] as { tag: string }).tag) || /^(工业|产业|行业)$/u.test(firm))
  );
}

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
  const item = trimEnd(raw.slice(lead));
  // The trailing 项目(…) is matched on the last characters only: an $-anchored search scans the whole item.
  const cut = item.length - Math.min(item.length, 10);
  const name = item.slice(0, cut) + item.slice(cut).replace(/项目(?:[（(][^）)]{1,6}[）)])?$/u, "");
  if (name.length < 2 || typedSuffix(name) || ROLE_FIRMS.test(name)) return;
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
  // One common word of quality, kind or side (精密, 重型, 下游) or a bare sector (工业) is what a project is, not who.
  if (commonWordOnly(f.firm)) return;
  // A chemical or material named first (某某醇产业化, 某某烯二期) is what the project makes, not who builds it.
  // (Read from the tail instead, the brand may stand before it: 甲乙磷酸铁锂 → 甲乙.)
  if (/(?:[烷烯炔苯酯醇醚酮胺酸锂钠镍钴硅]|树脂|纤维)$/u.test(f.firm)) {
    const t = tailOf();
    if (!t || t.length >= f.firm.length || !f.firm.startsWith(t)) return;
    f = { firm: t, whole: false, firmWord: false };
  }
  // A kind of project (高科技、高税收项目) or a step of one (审批、投用) names no firm.
  if (LEAD_VERB.test(f.firm) || /^(?:高科技|高新技术|高税收|高附加值|高成长|高能级)$/u.test(f.firm)) return;
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
  // A firm with nothing after it, or a brand before words that make nothing (某某广场), needs the brand to recur.
  // (The document is searched last, only for such an item.)
  if (needProduct && (f.whole ? !f.firmWord : !productRest(name, f.firm)) && !tail() && !occursTwice(ctx.s, f.firm))
    return;
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
  let boxes: readonly ProjectLine[] | null = null;
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
  const name = trimEnd(raw.slice(lead));
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
