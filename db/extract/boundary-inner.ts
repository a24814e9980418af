// Inner boundaries (rule "boundary:inner"): the left scan of a suffix name
// stops only at listed stop words, so on unseen prose it runs through words
// it does not know (记者踏入某产业园, 十四五期间市高新区, 凭借高新区, 子公司某某
// 有限公司, 狠抓产业). The tagger reads the name's own part; the name starts
// after the LAST token that cannot be inside a name: a preposition, a time or
// position word, a numeral or measure (一批, 平方米, 百亿级), or a common verb
// that is not an industry's activity (制造, 投资, 服务 stay). A cluster whose
// own part is only such a verb (狠抓产业) is dropped.
import { charTable } from "./anchored.ts";
import { BigramIndex } from "./bigram.ts";
import { type Token, tagWindows } from "./boundary.ts";
import { breaks, clauseHave, openingVerb } from "./boundary-inner-breaks.ts";
import {
  ACTIVITY_VERBS,
  BREAK_WORDS,
  BYLINE,
  BYLINE_MARK,
  CLAUSE_PREPOSITIONS,
  CLUSTER_SUFFIX,
  DEPT_SUFFIX,
  FIRM_ROLE_IN,
  levelOwner,
  ONE_CHAR_INDUSTRY,
  SUSPECT_WORDS,
  TRADE_VERBS,
  VERBS,
} from "./boundary-inner-words.ts";
import { ACTOR_IN } from "./boundary-vocab.ts";
import { allGeneric, clusterName } from "./clusters-names.ts";
import type { Cand, Ctx } from "./context.ts";
import { placeLed } from "./firm-place-start.ts";
import { bareCategory, typedSuffix } from "./names.ts";
import { PLACE_SET } from "./vocab.ts";
import { COUNTY_NAMES, placeOpens } from "./vocab-counties.ts";

const PREP_CHARS = new Set([...CLAUSE_PREPOSITIONS].filter((w) => w.length === 1));
const BREAK_FIRST = new Set(
  [...BREAK_WORDS, ...[...CLAUSE_PREPOSITIONS].filter((w) => w.length > 1)].map((w) => w.slice(0, 2)),
);

/** The two characters that make a name suspect: a break word's or preposition's first two, 企业/公司, a clause verb. */
const SUSPECT_PAIRS = new BigramIndex<true>();
for (const w of [...BREAK_FIRST, "企业", "公司", ...[...VERBS].filter((v) => !ACTIVITY_VERBS.has(v))])
  if (w.length === 2) SUSPECT_PAIRS.add(w, true);

/**
 * Characters that alone make a name suspect: a causative or 讯, 局/厅, a copula or share (是占系为), a numeral,
 * measure or level, a demonstrative, 原/暨/即/之, a slash, or a one-character preposition.
 */
const SUSPECT_CHAR = charTable(
  `使让令讯局厅是占系为0123456789一二三四五六七八九十百千万亿两批级个米亩吨里顷该此这其原暨即之/／${[...PREP_CHARS].join("")}`,
);

/**
 * Cheap test before tagging (the tagger is the cost): could the name's own
 * part hold a token that breaks it? A preposition's character, a numeral or
 * measure character, a break word, 企业/公司, or a two-character clause verb.
 */
function suspect(own: string): boolean {
  // The one-character tests first, as one table pass (most names hold none of them and all the tests run).
  for (let i = 0; i < own.length; i++) if (SUSPECT_CHAR[own.charCodeAt(i)] === 1) return true;
  if (SUSPECT_WORDS.test(own)) return true;
  // 我县与…, an official inside the name (…主任率…).
  if (/[我该本][省市县区镇][与和同跟]/u.test(own)) return true;
  if (own.includes("管委会") || own.includes("委员会") || /(品牌|项目|工程)[与和]/u.test(own)) return true;
  // A whole firm inside the name and more after it (某某集团入主某厂): a verb may join two names.
  if (/(集团|公司)[\p{Script=Han}]{2}/u.test(own)) return true;
  if (ACTOR_IN.test(own)) return true;
  if (FIRM_ROLE_IN.test(own)) return true;
  if (/(企业|龙头)[\p{Script=Han}]{2}/u.test(own)) return true;
  for (let i = 0; i + 1 < own.length; i++) if (SUSPECT_PAIRS.at(own, i) !== undefined) return true;
  return false;
}

/** One-character prepositions, verbs of motion and adverbs that may stand right before a place (距, 指, 赴, 也). */
const LEAD_FUNCTION = charTable(
  "距指继赴至经往离据到从向在于由与同和及把被将对让使给跟沿临驻入进去来返抵达迁搬也又再即就才都还",
);
/** Inside a name only prepositions cut (项目距某县开发区); 达, 都, 与 are as often a name's (英业达, 成都, 甲与乙合作园). */
const MID_FUNCTION = charTable("距指赴往离据到从向在于把被将对沿驻");
const FIRM_JOIN = charTable("有和与及是为的等");

/** Length of the type suffix (a cluster's 产业…, a park's 产业园…), 0 for none. */
function suffixLength(c: Cand, text: string): number {
  const span = text.slice(c.start, c.end);
  if (c.type === "cluster") return CLUSTER_SUFFIX.exec(span)?.[0].length ?? 0;
  if (c.type === "department") return DEPT_SUFFIX.exec(span)?.[0].length ?? 0;
  return typedSuffix(span)?.suffix.length ?? 0;
}

/**
 * Moves the start of suffix-named candidates whose own part holds a token the
 * name cannot run across; candidates are updated in place (start, name,
 * boundary). Clusters named by a bare clause verb get confidence 0.
 */
export function innerBoundaries(ctx: Ctx, cands: Cand[]): number {
  const { s, text } = ctx;
  const subjects: { c: Cand; own: number; verbOnly: boolean }[] = [];
  let moved = 0;
  for (const c of cands) {
    if (c.confidence <= 0 || c.occStart !== undefined || c.fromList) continue;
    if (!(c.rule.startsWith("suffix:") || c.rule.startsWith("cluster:suffix:") || c.rule.startsWith("dept:suffix:")))
      continue;
    // Only names written as they stand (a department's 威海市X → 市X is left alone).
    if (!text.startsWith(c.name, c.start) || (c.type !== "cluster" && c.name.length !== c.end - c.start)) continue;
    const suf = suffixLength(c, text);
    // A byline or a photo credit run into the name (…电(记者某某)甲乙产业园, 某某摄甲乙小镇): it starts after it.
    const by = BYLINE_MARK.test(s.slice(c.start, c.end - suf)) ? BYLINE.exec(s.slice(c.start, c.end - suf)) : null;
    if (by && c.end - suf - (c.start + by[0].length) >= 2) {
      c.start += by[0].length;
      c.name = text.slice(c.start, c.end);
      c.boundary = "boundary:inner";
      moved++;
    }
    // A level word the left scan cut from its county (无为|市某镇某产业园: 为 read as a copula): the county opens
    // the name (a county name that reads as a common word stops the scan).
    if (/^[市县区旗]/u.test(c.name) && c.type !== "cluster") {
      for (const n of [3, 2]) {
        const p = s.slice(Math.max(0, c.start - n), c.start);
        if (
          p.length === n &&
          COUNTY_NAMES.has(p) &&
          !/[\p{Script=Han}]/u.test((s[c.start - n - 1] ?? "").replace(/[省州]/u, ""))
        ) {
          c.start -= n;
          c.name = text.slice(c.start, c.end);
          c.boundary = "boundary:inner";
          moved++;
          break;
        }
      }
    }
    // A break word the left scan split (原|名某某开发区, 旧|称…): its last character is no part of the name.
    if (
      c.type !== "cluster" &&
      c.start > 0 &&
      BREAK_WORDS.has(s.slice(c.start - 1, c.start + 1)) &&
      c.end - suf - c.start - 1 >= 2
    ) {
      c.start += 1;
      c.name = text.slice(c.start, c.end);
      c.boundary = "boundary:inner";
      moved++;
    }
    // One function character before a place that opens the name (距某市经济技术开发区, 指某县经济开发区):
    // the clause's, not the name's (a name that opens with a place of its own keeps its first character).
    if (c.type !== "cluster") {
      const registered = c.type === "enterprise" && /(有限公司|有限责任公司|股份公司)$/u.test(c.name);
      let cut = -1;
      for (let i = 0; i + 3 <= c.end - c.start - suf; i++) {
        const code = s.charCodeAt(c.start + i);
        // (A registered firm opens with its place: before it, a verb or a conjunction joins the clause, 有某省某公司.)
        const mid = MID_FUNCTION[code] === 1 || (registered && FIRM_JOIN[code] === 1);
        if (i === 0 ? LEAD_FUNCTION[code] !== 1 : !mid) continue;
        if (placeOpens(s.slice(c.start + i + 1, c.end)) && !placeOpens(s.slice(c.start + i, c.end))) cut = i + 1;
      }
      if (cut > 0) {
        c.start += cut;
        c.name = text.slice(c.start, c.end);
        c.boundary = "boundary:inner";
        moved++;
      }
    }
    const own = c.end - c.start - suf;
    const ownText = s.slice(c.start, c.start + own);
    if (own >= 2 && (suspect(ownText) || (c.type === "enterprise" && /[与同跟]/u.test(ownText))))
      subjects.push({ c, own, verbOnly: false });
    // Any cluster may open with a verb of low frequency (获评, 补全): tagged, and cut only there.
    else if (own >= 2 && c.type === "cluster") subjects.push({ c, own, verbOnly: true });
  }
  const windows = subjects.map(({ c, own }) => [c.start, c.start + own] as [number, number]);
  const tokens = tagWindows(s, windows);
  subjects.forEach(({ c, own, verbOnly }, i) => {
    const toks = tokens[i] as Token[];
    if (toks.length === 0) return;
    const ownEnd = c.start + own;
    // A cluster named by one clause word alone (撬动产业, 崭新产业, 随着产业): a verb that is no trade, a
    // preposition, a distinguishing adjective.
    if (verbOnly && toks.length === 1 && !/[、：:“"(（]/u.test(s[c.start - 1] ?? "")) {
      const t = toks[0] as Token;
      const clauseVerb =
        t.tag === "v" && /^(带动|推动|撬动|促进|激活|赋能|引领|支撑|拉动|驱动|助推|助力)$/u.test(t.word);
      if (clauseVerb || /^(p|b|c|d|r|f)$/u.test(t.tag)) c.confidence = 0;
      return;
    }
    if (verbOnly && (/[、：:“"(（]/u.test(s[c.start - 1] ?? "") || !openingVerb(toks[0] as Token, toks[1]))) return;
    // A cluster named by clause words alone (狠抓产业, 百亿级产业): not an industry.
    // One cut off a number by the left scan (百|亿级产业, 一|批优质产业链): the rest of a count, not an industry.
    const [t0, t1] = toks;
    const counted =
      (/[\d一二三四五六七八九十百千万亿两]/u.test(s[c.start - 1] ?? "") && /^[mq]$/u.test(t0?.tag ?? "")) ||
      t0?.tag === "q" ||
      (t0?.tag === "m" && t0.word.length === 1 && t1?.tag === "q");
    if (
      c.type === "cluster" &&
      (counted ||
        toks.every(
          (t, k) => breaks(t, toks[k + 1], c, true) || (t.tag === "v" && t.word.length === 1) || /^[mq]$/u.test(t.tag),
        ))
    ) {
      c.confidence = 0;
      return;
    }
    // A list item or a quoted name starts at its mark (5.从化…, 、以…): its first word is its own.
    const marked = /[、：:“"(（]/u.test(s[c.start - 1] ?? "") || /\d[.．、]$/u.test(s.slice(c.start - 2, c.start));
    // A zone's bare form after clause words (凭借高新区, 期间市高新区): the rest is the bare zone (or 市 + it).
    const bare = c.type === "park" && /^(高新区|经开区|开发区|综保区|保税区|新区)$/u.test(text.slice(ownEnd, c.end));
    // Its last own token a clause word before a bare kind (该园区, 距离园区, 平方公里园区): no name at all.
    const lastTok = toks[toks.length - 1] as Token;
    if (
      (c.type === "park" || c.type === "platform") &&
      !bare &&
      lastTok.end === ownEnd &&
      bareCategory(s.slice(ownEnd, c.end)) &&
      (breaks(lastTok, undefined, c, toks.length === 1, s.slice(c.start, lastTok.start)) ||
        lastTok.tag === "q" ||
        lastTok.word === "距离" ||
        // A clause verb right before the bare kind (理念贯穿园区, 铝水可直供园区): the kind is its object.
        (c.type === "park" &&
          /^(园区|工业区|开发区|经开区|高新区)$/u.test(s.slice(ownEnd, c.end)) &&
          lastTok.tag === "v" &&
          lastTok.word.length >= 2 &&
          VERBS.has(lastTok.word) &&
          !ACTIVITY_VERBS.has(lastTok.word) &&
          !TRADE_VERBS.has(lastTok.word)) ||
        (/^(区级|市级|县级)$/u.test(lastTok.word) && !levelOwner(s.slice(c.start, lastTok.start))))
    ) {
      c.confidence = 0;
      return;
    }
    // A one-character measure after a number (1000亩|大健康产业园): the count's unit, not the name's start.
    const unitAfterCount = (t: Token, k: number) =>
      k === 0 &&
      c.type !== "enterprise" &&
      t.tag === "q" &&
      /[\d一二三四五六七八九十百千万]/u.test(s[c.start - 1] ?? "");
    // A body's kind right after a copula (某党工委作为政府派出机构): what the subject is, no body's name.
    if (c.type === "department" && /(作为|成为|是|为|系)$/u.test(s.slice(c.start, ownEnd))) {
      c.confidence = 0;
      return;
    }
    // A whole firm, a verb, and too little after it for a name (某某集团入主锂盐厂): two names joined, neither this one.
    if (
      c.type === "enterprise" &&
      toks.some(
        (t) =>
          t.end > ownEnd - 2 &&
          t.tag === "v" &&
          t.word.length >= 2 &&
          !ACTIVITY_VERBS.has(t.word) &&
          /(集团|公司)$/u.test(s.slice(c.start, t.start)),
      )
    ) {
      c.confidence = 0;
      return;
    }
    // A registered firm opening with its province or city (甲省乙丙电力建设有限公司): its verbs are its own;
    // only a word no name holds (起初, 只有, 期间) or an adverb's 有 ends a clause inside it (甲市经济开发区起初只有乙集团).
    const led = c.type === "enterprise" && placeLed(s.slice(c.start, c.end));
    // 开辟铝产业: an industry named by one character (铝, 煤, 茶) may be all that is left of the name.
    const oneCharIndustry = c.type === "cluster" && ONE_CHAR_INDUSTRY.test(s[ownEnd - 1] ?? "");
    let start = c.start;
    toks.forEach((t, k) => {
      if (
        t.end <= ownEnd - (bare ? 0 : c.type === "department" || oneCharIndustry ? 1 : 2) &&
        !(k === 0 && marked) &&
        (!led || BREAK_WORDS.has(t.word) || clauseHave(t, toks[k - 1])) &&
        // Only adverbs and function words before it (果断抓住某产业): the verb still opens the clause.
        (breaks(
          t,
          toks[k + 1],
          c,
          k === 0 || toks.slice(0, k).every((u) => /^(d|c|p|r|t|ad|vd)$/u.test(u.tag)),
          s.slice(c.start, t.start),
          toks[k - 1],
        ) ||
          unitAfterCount(t, k))
      )
        start = t.end;
    });
    // A cut before a conjunction (约632公顷|与某园区): 与/及 joins this name to the one before, it opens none.
    const conj = start !== c.start ? toks.find((t) => t.start === start) : undefined;
    if (conj && /^[与與及]$/u.test(conj.word)) start = conj.end;
    if (start === c.start) return;
    // The tagger must see the rest start a word of its own, and the rest keep two characters of its own.
    if (bare && start === ownEnd) {
      c.confidence = 0;
      return;
    }
    const ownLeft = ownEnd - start;
    if (
      !(
        ownLeft >= 2 ||
        ((bare || c.type === "department") && ownLeft === 1 && /[市省区县]/u.test(s[start] as string)) ||
        (oneCharIndustry && ownLeft === 1)
      )
    )
      return;
    if (!toks.some((t) => t.start === start)) return;
    const rest = text.slice(start, c.end);
    if (
      c.type !== "cluster" &&
      typedSuffix(s.slice(start, c.end))?.suffix !== typedSuffix(s.slice(c.start, c.end))?.suffix
    )
      return;
    const cut = text.slice(c.start, start);
    // A cut inside brackets (某地(某镇)数字产业集群) would leave half a bracket: the bracket belongs to the name.
    if (/[(（][^)）]*$/u.test(cut)) return;
    // What the cut leaves of a park or platform is only its kind (3000平方米专业实验室 → 专业实验室): no name.
    if (!bare && (c.type === "park" || c.type === "platform") && bareCategory(s.slice(start, c.end))) {
      c.confidence = 0;
      return;
    }
    // A cluster cut down to a generic word (打破|传统产业, 获评|国家产业): the clause named no industry.
    if (
      c.type === "cluster" &&
      (allGeneric(s.slice(start, ownEnd)) || /^(国家|省级?|市级?)$/u.test(s.slice(start, ownEnd)))
    ) {
      c.confidence = 0;
      return;
    }
    const was = c.name;
    c.start = start;
    c.name = c.type === "cluster" ? c.name.slice(cut.length) : rest;
    // A place or scale the cut words hid from the recogniser (确定某某市纺织产业集群): cut as at a name's start.
    if (c.type === "cluster") {
      const lead = clusterName(s.slice(start, start + c.name.length)).cut;
      if (lead > 0 && c.name.length - lead >= 2 && !allGeneric(c.name.slice(lead))) c.name = c.name.slice(lead);
      // …or only a place and its level (获评|天津市级产业): no industry at all.
      if (PLACE_SET.has(c.name.replace(/[省市县区]?级$/u, ""))) c.confidence = 0;
    }
    c.boundary = "boundary:inner";
    // A short form the text declares for it (（以下简称…）) names the same, now shorter, name.
    if (c.type === "enterprise")
      for (const d of cands) if (d.rule === "alias:declared" && d.type === c.type && d.name === was) d.name = c.name;
    moved++;
  });
  return moved;
}
