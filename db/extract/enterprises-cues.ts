// Single-name enterprise cues (以X为龙头, 吸引X等, X入选…企业, country groups, X项目): one name outside any 、 list, apart from the list readers.
import { charTable, matchesAround, matchesAt } from "./anchored.ts";
import { BigramIndex } from "./bigram.ts";
import type { Cand, Ctx } from "./context.ts";
import { emit, readsAsName } from "./enterprises-items.ts";
import { INVESTED } from "./names.ts";
import { tag } from "./tagger.ts";
import { isNameChar, stopEndingAt } from "./text.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";
import { COUNTRY_NAMES } from "./vocab.ts";

/** Countries a firm list groups its foreign firms by (美国甲、乙，日本丙). */
export const COUNTRIES = COUNTRY_NAMES;
export const COUNTRY = new RegExp(`^(?:${COUNTRIES})`, "u");
/** Two or more country groups closed by a head of foreign or leading firms. */
const COUNTRY_GROUPS = new RegExp(
  `(?<=^|[。；;：:\n，,])((?:${COUNTRIES})[^，,。；;\n]{2,30}(?:[，,](?:${COUNTRIES})[^，,。；;\n]{2,30})+?)等(?:世界|全球)?(?:\\d+强|知名|跨国|外资|外商|龙头|企业|公司)`,
  "gu",
);

/** What every COUNTRY_GROUPS match holds: a country after a mark (or at the start), a group, a comma and a
 * country (no look-behind; two regexes, as a ^ alternative made the engine enter at every character). */
const COUNTRY_PAIR_REST = `(?:${COUNTRIES})[^，,。；;\n]{2,30}[，,](?:${COUNTRIES})`;
const COUNTRY_PAIR_START = new RegExp(`^${COUNTRY_PAIR_REST}`, "u");
const COUNTRY_PAIR = new RegExp(`[。；;：:\n，,]${COUNTRY_PAIR_REST}`, "u");
/** The countries by their first two characters, for the test below. */
const COUNTRY_INDEX = new BigramIndex<string>();
for (const c of COUNTRIES.split("|")) COUNTRY_INDEX.add(c, c);

/** A country right after a comma, as the second of every pair holds (a scan of the commas, before the regexes). */
function countryAfterComma(s: string): boolean {
  for (const comma of ["，", ","])
    for (let q = s.indexOf(comma); q >= 0; q = s.indexOf(comma, q + 1)) {
      const words = COUNTRY_INDEX.at(s, q + 1);
      if (words) for (const w of words) if (s.startsWith(w, q + 1)) return true;
    }
  return false;
}
/** …and the head that closes it (tested first: led by one character, it rejects most documents far faster). */
const COUNTRY_HEAD = /等(?:世界|全球)?(?:\d+强|知名|跨国|外资|外商|龙头|企业|公司)/u;

/** A quoted platform name (“某某工程技术研究中心”). */
const QUOTED_PLATFORM = /[“"「][^”"」\n]{4,40}?(?:工程中心|研究中心|实验室|技术中心|创新中心|工作站|研究院)[”"」]/uy;

/** The characters every match of the sticky cue patterns below opens with (trigger-index.ts). */
const OPEN_QUOTE = triggerFamily(["“", '"', "「"]);
const YI = triggerFamily(["以"]);
const QIYE_AT = triggerFamily(["企业"]);
const YI_TUO = triggerFamily(["依托"]);
const RANK_VERB = triggerFamily(
  "入选 入围 位列 跻身 获评 被评为 被认定为 认定为 被列为 荣获 荣膺 获批 成为 进入 是一家".split(" "),
);
const LEAD = /以([^，。；、以]{2,14}?)为(龙头|代表|核心企业|链主|首)/uy;
const CORE_OF = /以([\p{Script=Han}A-Za-z]{2,8}?)为核心的[^，。；]{0,24}?(?:产业园|园区|基地|产业集群|产业链|产业)/uy;
const RELY =
  /依托((?:[\p{Script=Han}A-Za-z]{2,8}、)*[\p{Script=Han}A-Za-z]{2,8}?)(?=[，,]|建设|打造|发展|引进|招引|吸引)/uy;
const RANKED =
  /(入选|入围|位列|跻身|获评|被评为|被认定为|认定为|被列为|荣获|荣膺|获批|成为|进入|是一家)[^，。；]{0,24}?(企业|工厂|冠军|\d+强)/uy;

const PROJECT =
  /(?<=[，,。；\n]|^)(?:在[^，。]{2,12}[，,])?([\p{Script=Han}A-Za-z]{2,5})项目(?=正在|已|落户|签约|投产|开工|动工)/uy;
const PROJECT_AFTER = charTable("，,。；\n");

/**
 * Sticky forms of the cue regexes, entered only near the literal each match holds (matchesAround): a
 * leading alternation or optional group gives the engine nothing to skip ahead to.
 */
const INTRODUCE =
  /(吸引|引进|引入|聚集|集聚|涌现出|依托|培育)了?([^，。；、]{2,12}?)等[^，。；]{0,14}?(企业|公司|项目)/uy;
const INTRODUCE_FIRST = charTable("吸引聚集涌依培");
const COUNTED =
  /(?:龙头|链主|骨干|领军|头部|重点)(?:型)?企业\s*\d{1,3}\s*[家户个][（(]((?:[\p{Script=Han}A-Za-z]{2,12}、)+[\p{Script=Han}A-Za-z]{2,12})(?:等)?[）)]/uy;
const COUNTED_FIRST = charTable("龙链骨领头重");
const INVESTED_FIRM = /(?:总)?投资\s*[\d.]+\s*[万亿]+(?:美)?元的([\p{Script=Han}A-Za-z]{2,10})(?=[、，。；\n]|$)/uy;

/** A name that ends like a firm (…股份, …科技) or is a brand the tagger does not know. */
function firmEnd(name: string): boolean {
  return /(股份|科技|集团|实业|控股|电子|智能|药业|制药|新材|生物|机械|电气|精工)$/u.test(name) || name.length <= 4;
}

/** One token the tagger takes for a proper name (a brand it does not know, a person's or an organisation's name). */
function properName(x: string): boolean {
  const toks = tag(x, true);
  return toks.length === 1 && /^(x|nz|nr|nrt|nt)$/u.test(toks[0]?.tag ?? "");
}

/** Single firms: 以X为龙头, 吸引X等N家企业, X入选…企业, 国家级龙头企业4家(A、B). */
export function singleCues(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const m of matchesAt(s, LEAD, triggerStarts(s, YI))) {
    let a = (m.index as number) + 1;
    let x = m[1] as string;
    // A kind written before the names (以一线品牌甲和乙为龙头, 以龙头企业甲为代表) is not part of them.
    const kind = /^[^，。；]{0,6}?(?:品牌|企业)(?=[\p{Script=Han}A-Za-z]{2})/u.exec(x);
    if (kind) {
      a += kind[0].length;
      x = x.slice(kind[0].length);
    }
    // 以甲和乙为龙头: two firms joined by 和/与/及 lead together.
    const two = /^([\p{Script=Han}A-Za-z]{2,8}?)[和与及]([\p{Script=Han}A-Za-z]{2,8})$/u.exec(x);
    const parts = two ? [two[1] as string, two[2] as string] : [x];
    let p = a;
    for (const part of parts) {
      emit(ctx, { start: p, end: p + part.length }, "enterprise:cue-lead", 0.75, out);
      p += part.length + 1;
    }
  }
  // "以甲乙农庄为核心的某某产业园": what a park or an industry is built around, when it reads as a name, is a firm.
  for (const m of matchesAt(s, CORE_OF, triggerStarts(s, YI))) {
    const a = (m.index as number) + 1;
    emit(ctx, { start: a, end: a + (m[1] as string).length }, "enterprise:cue-lead", 0.7, out, "inline");
  }
  // "首家…企业——甲乙智能": the name set off by a dash after a firm word is that firm.
  const dashes = s.includes("——") || s.includes("──");
  for (const m of dashes
    ? s.matchAll(/(?:企业|公司|龙头|链主)(?:——|──)([\p{Script=Han}A-Za-z]{2,10}?)(?=[，。；、,;]|$)/gu)
    : []) {
    const a = (m.index as number) + m[0].length - (m[1] as string).length;
    emit(ctx, { start: a, end: a + (m[1] as string).length }, "enterprise:dash-apposition", 0.7, out, "inline");
  }
  // "链主企业3家（甲、乙、丙）": a counted lead role, then the firms it counts in brackets.
  // (企业 is 2-3 characters after the match's start.)
  for (const m of matchesAround(
    s,
    COUNTED,
    "企业",
    (q) => [q - 3, q - 2],
    (p) => COUNTED_FIRST[s.charCodeAt(p)] === 1,
    triggerStarts(s, QIYE_AT),
  )) {
    let a = (m.index as number) + m[0].indexOf(m[1] as string);
    for (const part of (m[1] as string).split("、")) {
      if (readsAsName(part)) emit(ctx, { start: a, end: a + part.length }, "enterprise:counted-bracket", 0.7, out);
      a += part.length + 1;
    }
  }
  // "甲药业“某某工程中心”、乙公司的“某某研究中心”": the unit named right before a quoted platform
  // runs it; a bare name that reads as a firm is one (a university or an institute is typed by its suffix).
  for (const m of matchesAt(s, QUOTED_PLATFORM, triggerStarts(s, OPEN_QUOTE))) {
    const at = m.index as number;
    let b = at;
    if (s[b - 1] === "的") b--;
    let a = b;
    while (a > 0 && b - a < 12 && !/[、，,：:；;。\n“”"（）()]/u.test(s[a - 1] as string)) a--;
    const lead = /^(?:分别是|分别为|包括|以及|及|和|是|为)/u.exec(s.slice(a, b));
    if (lead) a += lead[0].length;
    if (b - a >= 2 && b - a <= 10) emit(ctx, { start: a, end: b }, "enterprise:platform-host", 0.7, out, "inline");
  }
  // "美国甲、乙，日本丙，德国丁等世界500强": firms grouped by their country, the groups set off by
  // commas (which end a list for the list scan); each item after its country reads as a brand.
  // (Only where a country opens a clause and another follows the next comma: a cheap test of the whole text first.)
  const countries =
    COUNTRY_HEAD.test(s) && countryAfterComma(s) && (COUNTRY_PAIR_START.test(s) || COUNTRY_PAIR.test(s));
  for (const m of countries ? s.matchAll(COUNTRY_GROUPS) : []) {
    let at = m.index as number;
    for (const part of (m[1] as string).split(/[、，,]/u)) {
      const country = COUNTRY.exec(part)?.[0] ?? "";
      const name = part.slice(country.length);
      const a = at + country.length;
      at += part.length + 1;
      if (name.length >= 2 && name.length <= 10 && readsAsName(name))
        emit(ctx, { start: a, end: a + name.length }, "enterprise:country-list", 0.7, out, "inline");
    }
  }
  // (等 is 4-16 characters after the match's start: a verb of 2-3, 了, a name of 2-12.)
  for (const m of matchesAround(
    s,
    INTRODUCE,
    "等",
    (q) => [q - 16, q - 4],
    (p) => INTRODUCE_FIRST[s.charCodeAt(p)] === 1,
  )) {
    const a = (m.index as number) + m[0].indexOf(m[2] as string);
    emit(ctx, { start: a, end: a + (m[2] as string).length }, "enterprise:cue-introduce", 0.7, out);
  }
  // 依托X、Y建设… / 依托X，…: firms a zone builds on (typed ones keep their type).
  for (const m of matchesAt(s, RELY, triggerStarts(s, YI_TUO))) {
    // Only where a zone is the subject (某开发区依托X…), or where X brings in its partners and suppliers
    // (依托X引进新的合作伙伴 / 配套企业): only a firm does that, and X is then one proper name.
    const end = (m.index as number) + m[0].length;
    const bringsIn =
      /^(引进|招引|吸引)[^，。；]{0,12}(合作伙伴|配套|上下游|供应商)/u.test(s.slice(end, end + 20)) &&
      !(m[1] as string).includes("、") &&
      properName(m[1] as string);
    if (
      !bringsIn &&
      !/(开发区|高新区|经开区|园区|产业园|新区|工业园)$/u.test(
        s.slice(Math.max(0, (m.index as number) - 12), m.index as number),
      )
    )
      continue;
    let a = (m.index as number) + 2;
    for (const part of (m[1] as string).split("、")) {
      if (
        part.length <= 6 &&
        !/(产业|园区|开发区|平台|优势|资源|基础|载体|项目|龙头|骨干|企业|区位|政策|技术)/u.test(part)
      )
        emit(ctx, { start: a, end: a + part.length }, "enterprise:cue-rely", 0.55, out);
      a += part.length + 1;
    }
  }
  // 引进投资30亿元的甲、投资6亿元的乙: what comes in after an investment amount is a firm (or a typed place).
  // (投资 opens the match or follows its 总.)
  for (const m of matchesAround(
    s,
    INVESTED_FIRM,
    "投资",
    (q) => [q - 1, q],
    () => true,
  )) {
    const a = (m.index as number) + m[0].length - (m[1] as string).length;
    if (!INVESTED.test(s.slice(Math.max(0, a - 60), a))) continue;
    if (/(项目|工程|基地|生产线|中心)$/u.test(m[1] as string)) continue;
    // 总投资380亿元的招商成绩: a result or a measure of the work, not what came in.
    if (/(成绩|成效|成果|目标|任务|规模|水平|总额|业绩|记录|纪录)$/u.test(m[1] as string)) continue;
    // 投资N亿元的基础上 / 前提下: a position word after the amount, not what came in.
    if (/^(?:基础|前提|情况|背景|条件)[上下中]$/u.test(m[1] as string)) continue;
    emit(ctx, { start: a, end: a + (m[1] as string).length }, "enterprise:invested", 0.6, out);
  }
  // X、Y入选/位列…企业 at a clause start; X成为/进入…冠军/N强, X是一家…企业 when X reads as a name.
  for (const m of matchesAt(s, RANKED, triggerStarts(s, RANK_VERB))) {
    let e = m.index as number;
    // 成为/进入/是一家 are said of places and industries too: only a name opening its clause that reads as one.
    const weak = /^(?:成为|进入|是一家)$/u.test(m[1] as string);
    // (A rank, 前50强, is said of firms after these verbs only: 跻身…10强县 ranks places.)
    if (!weak && /强$/u.test(m[2] as string)) continue;
    // Adverbs and a second verb before the verb (连续入选, 分别揭榜入选) are not part of the firm.
    for (let k = 0; k < 2; k++) {
      if (
        /^(连续|成功|再次|首次|分别|同时|双双|相继|先后|揭榜|今年|去年|近年|目前|日前|近日|此前|已经)$/u.test(
          s.slice(e - 2, e),
        )
      )
        e -= 2;
      else if (/^(均|已|又|也|更)$/u.test(s[e - 1] ?? "")) e -= 1;
      else break;
    }
    for (let guard = 0; guard < 4; guard++) {
      let a = e;
      while (a > 0 && isNameChar(s[a - 1]) && stopEndingAt(s, a) === 0 && e - a < 12) a--;
      if (a === e) break;
      // "甲股份和乙科技分别入选…": two firms joined by 和/与, each of them a firm-shaped name.
      const joined = /^(.{2,8}?)[和与及](.{2,8})$/u.exec(s.slice(a, e));
      // (After a weak verb: the name opens its clause, and is no place or labelled kind: 某市, 该产业龙头某某.)
      const opens = a === 0 || /[，,。；;\n、：:）)]/u.test(s[a - 1] as string);
      if (weak && (!opens || /龙头|(?:企业|[市县区])$/u.test(s.slice(a, e)))) break;
      if (joined && firmEnd(joined[1] as string) && firmEnd(joined[2] as string)) {
        emit(ctx, { start: a, end: a + (joined[1] as string).length }, "enterprise:cue-ranked", 0.65, out);
        emit(ctx, { start: e - (joined[2] as string).length, end: e }, "enterprise:cue-ranked", 0.65, out);
        break;
      }
      // Two names joined that are not both firm-shaped (甲新材料和乙铜业): not one firm.
      if (joined) break;
      // Two characters after a 的 are the end of a longer name the scan cut (某的厨卫), not a firm.
      if (s[a - 1] === "的" && e - a <= 2) break;
      emit(ctx, { start: a, end: e }, "enterprise:cue-ranked", 0.65, out, weak ? "inline" : false);
      if (s[a - 1] !== "、") break;
      e = a - 1;
    }
  }
  // X项目 right after a clause break: the company inside a project name.
  // A match holds 项目 2 to 19 characters after its start (在 + up to 12 + mark + up
  // to 5), which is the text start or right after one of the lookbehind's marks.
  for (const m of matchesAround(
    s,
    PROJECT,
    "项目",
    (q) => [q - 19, q - 2],
    (p) => p === 0 || PROJECT_AFTER[s.charCodeAt(p - 1)] === 1,
  )) {
    const a = (m.index as number) + m[0].indexOf(m[1] as string);
    emit(ctx, { start: a, end: a + (m[1] as string).length }, "enterprise:project", 0.5, out);
  }
  return out;
}
