// Precision from the frame a candidate stands in (typing stage), for text the
// rules were not tuned on: a name inside an honour's title (…等称号), the items
// of a list that a clause breaks or that describes qualities, an industry
// written with the document's own place before it, a verb taken for an
// industry (激活产业), and a name the tagger reads with no sector word in it. Each is a registry entry (rules/precision-frames.ts); a
// dropped candidate gets confidence 0 and the filter's id, as in
// precision-filters.ts, so selectFlat leaves it out and `kg explain` says why.

import { charTable, matchesAt } from "./anchored.ts";
import { type Token, tagWindows } from "./boundary.ts";
import { namesNoSector } from "./cluster-reading.ts";
import { INDUSTRY_CUE } from "./clusters-list-cues.ts";
import { isActivity, validIndustry } from "./clusters-names.ts";
import { type Cand, type Ctx, PLACE_PREFIX_RE } from "./context.ts";
import type { EnumList } from "./lists.ts";
import { mapPacked } from "./packed.ts";
import { filterLog } from "./precision-filters.ts";
import { lastIndexOfAny } from "./text.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

/** What an honour is called after its title: 称号, 称谓, 荣誉称号, 殊荣. */
const TITLE_WORD = /(荣誉称号|称号|称谓|殊荣)/uy;
const TITLE_WORD_AT = triggerFamily(["荣誉", "称号", "称谓", "殊荣"]);
/** Verbs of receiving a title; an unquoted title starts after the last one in its clause. */
const TITLE_VERB = /(荣获|获评|获得|喜获|斩获|被评为|评为|被授予|荣膺|入选|获(?![批悉得知]))(了)?/gu;
/** Clause starts (a title never runs over them). */
const CLAUSE_MARK = /[，,。；;！？!?\n：:]/u;
const CLOSE_QUOTE = /[”」"]/u;
const OPEN_QUOTE = charTable('“「"');

/**
 * Spans holding a title before 称号/称谓: the quoted titles right before the
 * word (“甲”“乙”称号, “甲”、“乙”等称号), or, unquoted, the text after the
 * receiving verb (先后获得甲、乙等称谓). The recipient of 授予某园“某某”称号
 * stands outside the quotes and is kept.
 */
export function titleSpans(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of matchesAt(s, TITLE_WORD, triggerStarts(s, TITLE_WORD_AT))) {
    const p = m.index;
    let pos = p;
    while (pos > 0 && /[等的]/u.test(s[pos - 1] as string)) pos--;
    if (CLOSE_QUOTE.test(s[pos - 1] ?? "")) {
      // Walk back over quoted titles and their separators.
      let from = pos;
      while (from > 0 && CLOSE_QUOTE.test(s[from - 1] as string)) {
        const open = lastIndexOfAny(s, OPEN_QUOTE, from - 2, from - 40);
        if (open < 0) break;
        from = open;
        while (from > 0 && /[、和及\s]/u.test(s[from - 1] as string)) from--;
      }
      if (from < pos) out.push([from, p]);
      continue;
    }
    let cs = p;
    while (cs > 0 && p - cs < 80 && !CLAUSE_MARK.test(s[cs - 1] as string)) cs--;
    const clause = s.slice(cs, p);
    let from = -1;
    TITLE_VERB.lastIndex = 0;
    for (let v = TITLE_VERB.exec(clause); v; v = TITLE_VERB.exec(clause)) from = cs + v.index + v[0].length;
    // Unquoted, only a list of titles (甲、乙等称谓): a single one may be the name it honours.
    if (from >= 0 && pos > from && s.slice(pos, p).includes("等") && s.slice(from, pos).includes("、"))
      out.push([from, p]);
  }
  return out;
}

/** Clause verbs inside a list item: the item runs into a clause of its own, so the list ends there. */
const CLAUSE_IN_ITEM =
  /(打造|发展|培育|建设|推进|推动|坚持|形成|构建|作为|实现|进入|认定|抓手|引进|加快|持续|近年来|目前|其中|以来)/u;

/** A word that acts on an industry (激活产业, 发力产业链, 赋能产业): a verb, not an industry. */
const ACTION_ONLY = new Set(
  (
    "激活 发力 赋能 带动 引领 助力 振兴 升级 转型 壮大 做强 做优 做大 重塑 激发 盘活 聚力 提振 支撑 反哺 示范 " +
    "链接 串联 承接 导入 植入 布局 谋划 招引 强化 深化 优化 延伸 拓展 聚焦 聚集 集聚 培育 推动 推进 围绕 提升 " +
    "发展 打造 构建 完善 补齐 补强 延长 锻造 重构 融入 对接 服务 加快 加速 提速 突破 攻坚 深耕 赋 抢占 布局 引育 招商"
  ).split(/\s+/u),
);

/** Policy programmes and government work written before 产业 (乡村振兴产业, 招商引资产业): no sector. */
const POLICY = new Set(
  "乡村振兴 招商引资 脱贫攻坚 精准扶贫 扶贫 帮扶 共同富裕 对口支援 东西部协作 山海协作 营商环境 双招双引 放管服".split(
    " ",
  ),
);

/** A process done to a field (生态循环, 电池生产, 页岩气开发利用, 某某转型): the work, not a sector. */
const PROCESS_TAIL = /(生产|开发利用|循环|建设|治理|发展|提升|改造|升级|转型|保护|整治|崛起|振兴)$/u;

/** Rural development work (农村物流, 农村电商, 农村文化产业): a task of rural policy, not a sector. */
const RURAL_WORK = /^农村/u;

/** A cited document's title (关于促进甲产业发展的实施意见): the industry is that document's topic. */
const CITED_TITLE =
  /关于[^，。；;、\n《》“”]{2,40}?的(?:实施意见|指导意见|若干意见|意见|通知|决定|实施办法|管理办法|办法|实施方案|若干措施|若干政策|规定)/uy;
const CITED_TITLE_AT = triggerFamily(["关于"]);

/** Administrative words after a place name (定州市, 雁江区, 某某县). */
const ADMIN = /^[市区县州旗]/u;
const ADMIN_AT = triggerFamily(["市", "区", "县", "州", "旗"]);

function drop(c: Cand, rule: string): void {
  if (filterLog.on) filterLog.items.push({ rule, type: c.type, name: c.name });
  c.confidence = 0;
  c.rule = rule;
}

/** Applies the frame filters in place; returns how many candidates they changed. */
export function framePrecision(ctx: Ctx, cands: Cand[], lists: EnumList[]): number {
  const { s } = ctx;
  let n = 0;
  // 1. Titles: parks, platforms and clusters named inside an honour's title are the title's words.
  const titles = titleSpans(s);
  if (titles.length)
    for (const c of cands) {
      if (c.confidence <= 0 || c.type === "enterprise" || c.type === "department") continue;
      if (titles.some(([a, b]) => c.start >= a && c.end <= b)) {
        drop(c, "filter:honour-frame");
        n++;
      }
    }
  // 1b. A cited document's title: the industries it names are its topic, not the text's clusters.
  const cited: [number, number][] = [];
  for (const m of matchesAt(s, CITED_TITLE, triggerStarts(s, CITED_TITLE_AT)))
    cited.push([m.index, m.index + m[0].length]);
  if (cited.length)
    for (const c of cands)
      if (c.confidence > 0 && c.type === "cluster" && cited.some(([a, b]) => c.start >= a && c.end <= b)) {
        drop(c, "filter:cited-title");
        n++;
      }
  // 2. Lists: a clause inside an item ends the list; a list of qualities (特色鲜明、竞争力强的产业集群) names none.
  // Filtered once: scanning every candidate for every list was quadratic on long plans.
  const listed = cands.filter((c) => c.rule === "cluster:list" && c.confidence > 0);
  // (By start, so each list finds its candidates by binary search, in cands order.)
  const byStart = mapPacked(listed, (c, i) => ({ c, i })).sort((x, y) => x.c.start - y.c.start || x.i - y.i);
  for (const l of listed.length ? lists : []) {
    const inList = liveWithin(byStart, l.start, l.end + 1);
    if (inList.length === 0) continue;
    const items = mapPacked(l.items, (it) => s.slice(it.start, it.end));
    // An item may run on into the list's own predicate (甲、乙是重点打造的…; 甲、乙产业集群加快突破): only its part
    // before 是/为/等 or its cluster suffix counts.
    // Parts of a formula (甲+乙) count one by one; "其他…" (the rest of a formula) is no name and no clause.
    const broken = mapPacked(items, (t) =>
      t
        .split(/[+＋]/u)
        .filter((p) => !/^其[他它]/u.test(p))
        .some((p) => CLAUSE_IN_ITEM.test(p.split(/[是为等]|产业集群|产业链/u)[0] ?? p)),
    );
    const last = items[items.length - 1] ?? "";
    const quality = /的(产业集群|产业链|集群|产业)/u.exec(last);
    let keep: (c: Cand) => boolean = () => true;
    let rule = "filter:broken-list";
    // Any item may show the quality: the tagger reads some predicates (完善, 健全) as verbs.
    const parts = quality ? [...items.slice(0, -1), last.slice(0, quality.index)] : [];
    if (parts.some(qualityWords)) {
      keep = () => false;
      rule = "filter:quality-list";
    } else if (broken.some(Boolean)) {
      // Typed by the cue (主导产业为甲、乙、…): the items before the first clause; typed by the head: those after the last.
      const firstBroken = l.items[broken.indexOf(true)] as { start: number };
      const lastBroken = l.items[broken.lastIndexOf(true)] as { end: number };
      keep = INDUSTRY_CUE.test(l.cue) ? (c) => c.end <= firstBroken.start : (c) => c.start >= lastBroken.end;
    }
    for (const c of inList)
      if (!keep(c)) {
        drop(c, rule);
        n++;
      }
  }
  // 3. Parks and platforms: a start inside a word, a definition (一区即工业集中区), a generic 园区 after a name.
  n += parkForms(ctx, cands);
  // 4. Place before an industry, and a verb taken for one.
  const clusters = cands.filter((c) => c.type === "cluster" && c.confidence > 0 && c.occStart === undefined);
  // Only names that open with characters written before 市/区/县 somewhere are tagged (speed).
  const prefixes = adminPrefixes(s, new Set(clusters.map((c) => s.charCodeAt(c.start))));
  const maybePlace = mapPacked(clusters, (c) =>
    [2, 3, 4].some((k) => c.end - c.start > k + 1 && prefixes.has(s.slice(c.start, c.start + k))),
  );
  const tagged = clusters.filter((_, i) => maybePlace[i]);
  const tagsOf = new Map<Cand, Token[]>();
  // (A loop over the windows, none when nothing is tagged: forEach met arrays of two shapes, a deopt.)
  if (tagged.length > 0) {
    const windows = tagWindows(
      s,
      mapPacked(tagged, (c) => [c.start, Math.min(c.end, c.start + 6)]),
    );
    for (let i = 0; i < windows.length; i++) tagsOf.set(tagged[i] as Cand, windows[i] as Token[]);
  }
  for (const c of clusters) {
    const simp = s.slice(c.start, c.end);
    const name = simp.replace(/(产业集群|产业链|集群|产业)$/u, "");
    if (
      ACTION_ONLY.has(name) ||
      POLICY.has(name) ||
      RURAL_WORK.test(name) ||
      PROCESS_TAIL.test(name) ||
      isActivity(name.replace(/经济$/u, ""))
    ) {
      drop(c, "filter:action-industry");
      n++;
      continue;
    }
    // The name's own text must sit at the span's start (a canonical name may differ from the text).
    if (ctx.text.slice(c.start, c.start + c.name.length) !== c.name) continue;
    // The tagger reads no word in the name that names a sector (丰富, 必须管, 一镇一, 支柱性, 孵化高端).
    if (namesNoSector(s.slice(c.start, c.start + c.name.length))) {
      drop(c, "filter:name-reading");
      n++;
      continue;
    }
    const first = tagsOf.get(c)?.[0];
    if (!first || first.tag !== "ns" || first.word.length < 2 || !ownPlace(s, first.word)) continue;
    // 定州市汽车: the administrative word after the place goes with it.
    const cut =
      first.word.length +
      (!ADMIN.test(first.word.slice(-1)) && ADMIN.test(s[c.start + first.word.length] ?? "") ? 1 : 0);
    const rest = name.slice(cut);
    if (rest.length < 2 || !validIndustry(rest, /(服务业|制造业)$/u.test(rest))) continue;
    c.start += cut;
    c.name = c.name.slice(cut);
    c.boundary = "cluster:place-trim";
    if (filterLog.on) filterLog.items.push({ rule: c.boundary, type: c.type, name: c.name });
    n++;
  }
  return n;
}

/**
 * The two to four characters before each 市/区/县/州/旗 of the text (places written with their level),
 * those that open with one of `firsts` (the first characters of the names looked up).
 */
function adminPrefixes(s: string, firsts: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  // (The level words from the document's trigger index: a regex scan per document cost more.)
  for (const i of triggerStarts(s, ADMIN_AT)) {
    if (i < 2) continue;
    for (let k = 2; k <= 4 && k <= i; k++) if (firsts.has(s.charCodeAt(i - k))) out.add(s.slice(i - k, i));
  }
  return out;
}

/** The candidates of `sorted` (by start) still kept and inside [a, b], in their original order. */
function liveWithin(sorted: readonly { c: Cand; i: number }[], a: number, b: number): Cand[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as { c: Cand }).c.start < a) lo = mid + 1;
    else hi = mid;
  }
  const hits: { c: Cand; i: number }[] = [];
  for (let k = lo; k < sorted.length && (sorted[k] as { c: Cand }).c.start <= b; k++) {
    const x = sorted[k] as { c: Cand; i: number };
    if (x.c.confidence > 0 && x.c.end <= b) hits.push(x);
  }
  return hits.sort((x, y) => x.i - y.i).map((x) => x.c);
}

/**
 * The document's own place: written with an administrative word (定州市, 雁江区)
 * and named at least three times. A place named once in a city's plan
 * (某区电气装备 among other districts' clusters) names whose cluster it is.
 */
function ownPlace(s: string, place: string): boolean {
  let seen = 0;
  let admin = ADMIN.test(place.slice(-1));
  for (let i = s.indexOf(place); i >= 0; i = s.indexOf(place, i + 1)) {
    seen++;
    if (ADMIN.test(s[i + place.length] ?? "")) admin = true;
  }
  return admin && seen >= 3;
}

/** Qualities, not industries: "…竞争力强" ends in an adjective or an idiom (jieba tags a, ad, l, i). */
function qualityWords(t: string): boolean {
  const toks = tagWindows(t, [[0, t.length]])[0] ?? [];
  const lastTok = toks[toks.length - 1];
  return !!lastTok && ["a", "ad", "l", "i"].includes(lastTok.tag);
}

/** A project's contents (项目…主要建设甲、乙、丙等): facilities it builds, not parks or platforms. */
const PROJECT_CONTENTS = /项目[^。；;\n]{0,60}?(主要建设|建设内容(包括|为|有)|主要包括|拟建设|将建设|包括建设)/uy;
const PROJECT_AT = triggerFamily(["项目"]);

/** Spans of a project's contents: from the building verb to the end of the sentence. */
function projectContents(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of matchesAt(s, PROJECT_CONTENTS, triggerStarts(s, PROJECT_AT))) {
    const from = m.index + m[0].length;
    const end = s.slice(from).search(/[。；;\n]/u);
    out.push([from, end < 0 ? s.length : from + end]);
  }
  return out;
}

/** After a name, what makes it part of a title (某某基地试点市, 某某示范区创建单位). */
const TITLE_AFTER = /^(试点|示范)(市|县|区|城市|单位)|^创建单位/u;

/**
 * Parks and platforms the suffix scan ran on: 某园园区 is a name and the generic
 * 园区 after it; …基地试点市 is a title.
 */
function parkForms(ctx: Ctx, cands: Cand[]): number {
  const { s } = ctx;
  let n = 0;
  const contents = projectContents(s);
  for (const c of cands) {
    if ((c.type !== "park" && c.type !== "platform") || c.confidence <= 0 || c.occStart !== undefined) continue;
    if (!/^(suffix:|base:named)/u.test(c.rule)) continue;
    const simp = s.slice(c.start, c.end);
    // Named by a place (某市某某中心), it is a thing of its own even inside a project.
    if (contents.some(([a, b]) => c.start >= a && c.end <= b) && !PLACE_PREFIX_RE.test(simp)) {
      drop(c, "filter:project-facility");
      n++;
      continue;
    }
    if (TITLE_AFTER.test(s.slice(c.end, c.end + 4))) {
      drop(c, "filter:title-after");
      n++;
      continue;
    }
    // 某某西园园区: the name, then the generic word 园区 (园区发展定位为…).
    if (
      c.type === "park" &&
      /[园区]园区$/u.test(simp) &&
      simp.length >= 5 &&
      ctx.text.slice(c.end - c.name.length, c.end) === c.name
    ) {
      c.end -= 2;
      c.name = c.name.slice(0, -2);
      c.boundary = "park:generic-tail";
      if (filterLog.on) filterLog.items.push({ rule: c.boundary, type: c.type, name: c.name });
      n++;
    }
  }
  return n;
}
