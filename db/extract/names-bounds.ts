// Where a suffix name starts or ends beyond the left scan (owners, zones, branches, quotes): kept out of the scan loop.
import type { EntityType } from "../types.ts";
import { type Cand, type Ctx, orig, PLACE_PREFIX_RE } from "./context.ts";
import { tag } from "./tagger.ts";
import { indexWithin, lastIndexWithin } from "./text.ts";
import { EVENT_WORDS } from "./vocab.ts";

/**
 * 全国首家某某概念验证中心, 唯一的某某院士工作站: a platform singled out as the first or only one is named
 * by what follows (a described kind, 唯一的综合性研发中心, stays a category).
 */
export function firstOfKind(s: string, raw: number, type: EntityType): boolean {
  return (
    type === "platform" &&
    /(唯一的?|首个|首家)$/u.test(s.slice(Math.max(0, raw - 4), raw)) &&
    !/^[\p{Script=Han}]{1,3}性/u.test(s.slice(raw, raw + 4))
  );
}

/** The last event word in a run (博览会, 洽谈会, 论坛 …): a fair or a meeting, not part of a park's name. */
const EVENT_WORD = new RegExp(`(?:${EVENT_WORDS})(?!.*(?:${EVENT_WORDS}))`, "u");

/** A zone word written bare, with no name of its own before a sub-park's (试验区某某工业园). */
const BARE_ZONE = /^(?:试验区|开发区|经开区|高新区|示范区|合作区|新区|园区)(?=[\p{Script=Han}]{2})/u;

/**
 * Where a park's name starts once what precedes it in the scanned run is set aside: 原 (former) before a
 * renamed zone (原某经开区; not 原阳县, 原平市), and a conjunction after a place that the tagger reads as
 * one before the name (本部和澄湖新区; 和平, 和信 are words; 甲及乙产业园 joins industries).
 */
export function parkStart(s: string, a: number, sufStart: number): number {
  if (s[a] === "原" && sufStart - a > 3 && !/^原[\p{Script=Han}][县市区]/u.test(s.slice(a, a + 3))) a++;
  // A one-character preposition before a place (除某省…产业园外, 自某某新区成立以来) opens no name.
  if (/[除自至据]/u.test(s[a] ?? "") && sufStart - a >= 3) {
    const rest = s.slice(a + 1, sufStart);
    if (PLACE_PREFIX_RE.test(rest) || tag(rest, false)[0]?.tag === "ns") a++;
  }
  // An event's name before a park (某某博览会某某开发区展区, 某某洽谈会某某产业园推介): the park starts after the event.
  const event = EVENT_WORD.exec(s.slice(a, sufStart));
  if (event) a += event.index + event[0].length;
  // A bare zone word first (试验区某某工业园, 开发区某某产业园) is the text's own zone, abbreviated: the sub-park starts after it.
  const zone = BARE_ZONE.exec(s.slice(a, sufStart));
  if (zone && sufStart - a - zone[0].length >= 2) a += zone[0].length;
  const span = s.slice(a, sufStart);
  const k = lastConjunction(span);
  // Only after a place's own last character (…本部和, …眼谷与): inside an industry (甲及乙产业园) the 和 is the name's.
  if (k < 1 || span.length - k - 1 < 2 || !/[区园部城谷港镇县市]/u.test(span[k - 1] ?? "")) return a;
  return conjunctionToken(span, k) ? a + k + 1 : a;
}

/** Where the last 和/与/及 of a span stands (−1 if none). */
const lastConjunction = (span: string) =>
  Math.max(span.lastIndexOf("和"), span.lastIndexOf("与"), span.lastIndexOf("及"));

/**
 * The word after the character at k when the tagger reads that character as a conjunction word of its own
 * (和平, 和信, 与会 are words; the 和 of 本部和澄湖新区 is not), else null; an empty word when nothing follows.
 */
function conjunctionToken(span: string, k: number): { word: string; tag: string } | null {
  const t = tag(span, false);
  let at = 0;
  for (let i = 0; i < t.length; i++) {
    const w = t[i] as { word: string; tag: string };
    if (at === k) return w.word.length === 1 && w.tag === "c" ? (t[i + 1] ?? { word: "", tag: "" }) : null;
    at += w.word.length;
    if (at > k) return null;
  }
  return null;
}

/** Activities a conjunction joins inside a platform's name (研究与开发, 检测和认证). */
const JOINED_WORD =
  /(研究|开发|研发|设计|应用|检测|检验|试验|转化|制造|评价|监测|测试|分析|展示|实训|培训|技术|工程|创新|服务)$/u;

/**
 * Where a platform's name starts after a conjunction that joins it to a preceding noun (领导及某市某某创新中心,
 * 专家和某省某某重点实验室): when a place opens what follows the last 和/与/及, the platform is named from that
 * place; the word before is a separate participant, not part of the name (an activity joined to the next one,
 * 研究与开发中心, has no place after the conjunction).
 */
export function platformStart(s: string, a: number, sufStart: number): number {
  const span = s.slice(a, sufStart);
  const k = lastConjunction(span);
  if (k < 1) return a;
  const rest = span.slice(k + 1);
  const place = PLACE_PREFIX_RE.exec(rest) ?? /^[\p{Script=Han}]{2,3}[省市县区]/u.exec(rest);
  if (place) return rest.length - place[0].length < 2 ? a : a + k + 1;
  // …or a proper word the tagger knows (a place, an organisation, a person's name) after a conjunction it reads as one.
  const before = span.slice(0, k);
  if (JOINED_WORD.test(before) || rest.length < 4) return a;
  const next = conjunctionToken(span, k);
  return next && next.word.length >= 2 && /^(ns|nt|nr|nz)$/u.test(next.tag) ? a + k + 1 : a;
}

/** A firm's registered or group name opening a park's scanned run (甲乙集团某省某某产业园). */
const OWNER =
  /^[\p{Script=Han}A-Za-z]{2,14}?(?:集团(?:有限责任公司|股份有限公司|有限公司)?|有限责任公司|股份有限公司|有限公司)/u;

/**
 * Where a park starts after the firm that builds it, when a place opens the rest (甲乙重工集团有限公司某省某市
 * 绿色铸锻产业园, 甲乙集团某自治区液晶产业园): the firm is named in full before its project's site, not inside a
 * park's name (甲乙集团新兴产业园, with no place, stays one name).
 */
export function afterOwner(s: string, a: number, sufStart: number): number {
  const m = OWNER.exec(s.slice(a, sufStart));
  if (!m) return a;
  const rest = s.slice(a + m[0].length, sufStart);
  return rest.length >= 4 && PLACE_PREFIX_RE.test(rest) ? a + m[0].length : a;
}

/** A zone's suffix inside a firm's scanned run, right before a province or city: the firm starts there. */
const ZONE_IN_FIRM = /(?:开发区|高新区|经开区|园区|产业园|工业园|新区|片区)(?=[^开高经园产工新片区])/gu;
/** What may stand between a zone or a parent group and a registered name opening with its place (某产业园原甲省…, 某集团旗下甲省…). */
const BEFORE_OWN_PLACE = /^(?:原|旗下|下属|的)?/u;
/** A parent group written before its subsidiary's registered name (某集团旗下甲省乙丙有限公司). */
const PARENT_IN_FIRM = /(?:集团|公司)(?:旗下|下属)/gu;

/** A county or district closing an address right before a province's or city's name (某市某区甲省乙丙有限公司). */
const DISTRICT_IN_FIRM = /[\p{Script=Han}]{2,4}?[区县旗](?=[^区县旗])/gu;

export function afterZone(s: string, a: number, sufStart: number, legal: boolean): number {
  let at = a;
  for (const re of [ZONE_IN_FIRM, PARENT_IN_FIRM])
    for (const m of s.slice(a, sufStart).matchAll(re)) {
      let k = a + (m.index as number) + m[0].length;
      k += BEFORE_OWN_PLACE.exec(s.slice(k, sufStart))?.[0].length ?? 0;
      if (sufStart - k >= 4 && PLACE_PREFIX_RE.test(s.slice(k, sufStart))) at = Math.max(at, k);
    }
  // …and a city's district before a registered name that opens with its own province or city (registered
  // names hold one place, not an address; a zone's name before one may be the name's own, 某市工业园区甲乙有限公司).
  if (at === a && legal && /^[\p{Script=Han}]{2,4}[市州盟]/u.test(s.slice(a, sufStart)))
    for (const m of s.slice(a, sufStart).matchAll(DISTRICT_IN_FIRM)) {
      const k = a + (m.index as number) + m[0].length;
      if (sufStart - k >= 4 && PLACE_PREFIX_RE.test(s.slice(k, sufStart))) at = k;
    }
  // A body or firm that signs with it (某管理委员会与甲乙新能源有限公司举行…): the partner's name starts after 与.
  if (legal)
    for (const m of s.slice(at, sufStart).matchAll(PARTNER_IN_FIRM)) {
      const k = at + (m.index as number) + m[0].length;
      if (sufStart - k >= 4) at = k;
    }
  return at;
}

/** A body, a firm or their representative joined by 与 before a registered name. */
const PARTNER_IN_FIRM = /(?:委员会|管委会|政府|集团|公司|单位|代表)与/gu;

/** A branch after its parent's registered name (某某股份有限公司某省销售分公司): one firm, the branch. */
const BRANCH = /^[\p{Script=Han}]{2,10}?分公司/u;

export function branchEnds(ctx: Ctx, cands: Cand[]): void {
  for (const c of cands) {
    if (c.type !== "enterprise" || !/有限(?:责任)?公司$/u.test(c.name)) continue;
    const b = BRANCH.exec(ctx.s.slice(c.end, c.end + 14));
    if (!b || /[，。；、和与及的]/u.test(b[0])) continue;
    c.end += b[0].length;
    c.name = orig(ctx, c.start, c.end);
  }
}

/**
 * 甲乙能源服务有限公司技术中心: a platform named by a registered firm starts where the firm's own scan
 * started (the platform's scan stopped at a business word such as 服务 that the firm's scan keeps).
 */
export function firmPlatformStarts(ctx: Ctx, cands: Cand[]): void {
  const firms = cands.filter((c) => c.type === "enterprise" && /(公司|集团)$/u.test(c.name));
  if (firms.length === 0) return;
  for (const p of cands) {
    if (p.type !== "platform") continue;
    const f = firms.find((e) => e.start < p.start && p.start < e.end && e.end < p.end);
    if (!f) continue;
    p.start = f.start;
    p.name = orig(ctx, p.start, p.end);
  }
}

/** True when [a, end) lies inside a pair of quotation marks. */

export function insideQuotes(s: string, a: number, end: number): boolean {
  // Searches are bounded by the distances that matter: unbounded ones walked
  // the whole document for every park candidate of a text without quotes.
  const open = Math.max(lastIndexWithin(s, "“", a, a - 30), lastIndexWithin(s, '"', a - 1, a - 30));
  if (open < 0 || a - open > 30) return false;
  const closeBefore = lastIndexWithin(s, "”", a - 1, open + 1);
  if (s[open] === "“" && closeBefore > open) return false;
  if (s[open] === '"' && s.slice(open + 1, a).includes('"')) return false;
  const close = indexWithin(s, s[open] === "“" ? "”" : '"', a, end + 20);
  return close >= end && close - end <= 20 && !s.slice(a, end).includes(s[open] as string);
}
