// Units that a task text names responsible, read from the list that names them:
// public agencies ending in 中心 (市大数据中心, 区投资促进中心) and Party-led mass
// organisations with a bare district/county level (区妇联, 县总工会). Outside such a
// list a 中心 is more often a platform or a building, so only the list decides.
import { charTable, SPACE_TABLE } from "./anchored.ts";
import { type Cand, type Ctx, orig, PLACE_PREFIX_RE, spanCand } from "./context.ts";
import { unitListEnds } from "./departments-labels.ts";
import { RESP_COL } from "./relations-units.ts";
import { ASSIST_WORDS, LEAD_WORDS, UNIT_WORDS } from "./unit-labels.ts";

/** The next unit label ends a list's items. */
const NEXT_LABEL = new RegExp(`[)）。\\n]|(?:${LEAD_WORDS}|${ASSIST_WORDS})单位`, "u");
/** A public agency: a bare level, a short body, 中心. */
const AGENCY = /^[省市区县]?[\p{Script=Han}]{2,8}中心$/u;
/** Centres that serve innovation or industry are platforms (guide), not agencies. */
const PLATFORM_WORD = /技术|创新|研究|研发|检测|检验|孵化|设计|工程|实验|企业服务|公共服务|会展|体育|文化/u;
const MASS = /^(?:[区县][\p{Script=Han}]{0,2})?(?:总工会|妇联|科协|残联|工商联|贸促会|供销社)$/u;
/** A body named bare in a unit list (财政局, 人才办, 服务业局): a short name on a body suffix. */
const BODY =
  /^(?![各有相该本全])(?!(?:开发区|园区|工业园区|高新区|经开区)管)[\p{Script=Han}]{1,9}(?:局|委|办|办公室|处)$/u;
/** The central bank's branch named bare in a unit list (人民银行, 人民银行某某中心支行). */
const BANK = /^人民银行(?:[\p{Script=Han}]{2,6}(?:中心支行|支行|分行))?$/u;

/** The list marks a unit list's parts are split at. */
const PART_MARK = charTable("、，,；;");
/** t.split(/[、，,；;]/u), by the table: a regex split takes the engine's slow path, once per unit list. */
function splitAtMarks(t: string): string[] {
  const out: string[] = [];
  let a = 0;
  for (let k = 0; k < t.length; k++)
    if (PART_MARK[t.charCodeAt(k)] === 1) {
      out.push(t.slice(a, k));
      a = k + 1;
    }
  out.push(t.slice(a));
  return out;
}

/**
 * Department candidates from the unit lists that start at `starts` (where a label or a bracket
 * that opens them ends, departments-labels.ts): each item up to the
 * bracket or sentence end or the next unit label (at most `max` characters), kept
 * when `keep` returns the unit's own text (what it takes from the raw item).
 */
export function unitListCandidates(
  ctx: Ctx,
  starts: number[],
  max: number,
  rule: string,
  keep: (part: string) => string | null,
): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const a of starts) {
    const stop = s.slice(a, a + max).search(NEXT_LABEL);
    let k = a;
    for (const part of splitAtMarks(s.slice(a, a + (stop < 0 ? max : stop)))) {
      const p0 = k;
      k += part.length + 1;
      const item = keep(part);
      if (!item) continue;
      const st = p0 + part.indexOf(item);
      out.push({
        type: "department",
        start: st,
        end: st + item.length,
        name: orig(ctx, st, st + item.length),
        rule,
        confidence: 0.7,
      });
    }
  }
  return out;
}

/** A list's closing catch-all (…、乙局等部门, …等各有关单位): not part of its last unit. */
const UNITS_ETC = /等(?:各|有关|相关|各有关|各相关)?(?:部门|单位)$/u;

/** A unit as a responsibility list names it, without its verb or note; null when the item is no unit. */
function unitItem(part: string): string | null {
  // "市甲中心负责" / "区妇联牵头" / "丙联(列第一位者为牵头单位)": the unit without its verb or note.
  const item = part
    .trim()
    .replace(/[（(].*$/u, "")
    .replace(UNITS_ETC, "")
    .replace(/(?:按职责分工)?(?:牵头负责|负责|牵头|配合)$/u, "");
  return (AGENCY.test(item) && !PLATFORM_WORD.test(item)) || MASS.test(item) || BANK.test(item) || BODY.test(item)
    ? item
    : null;
}

export function responsibleUnitCandidates(ctx: Ctx): Cand[] {
  if (!/单位|部门|科室|处室|负责|牵头/u.test(ctx.s)) return [];
  return [...unitListCandidates(ctx, unitListEnds(ctx.s), 200, "dept:unit-list", unitItem), ...unitCellCandidates(ctx)];
}

/**
 * The cells of such a column: a line of nothing but units (经济发展局、科技中心) in a document whose
 * table has a responsibility column is a cell of it, so each unit is a department (as in a unit list).
 */
function unitCellCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  // A responsibility column's header alone on its line (taskTables' header word): a table copied one cell per line.
  if (!hasHeaderLine(s)) return [];
  const out: Cand[] = [];
  for (const m of s.matchAll(/^[^\S\n]*([^\n]{2,60}?)[^\S\n]*$/gmu)) {
    const line = (m[1] as string).replace(UNITS_ETC, "");
    const parts = line.split(/[、，,]/u);
    // Every item a unit, or a company the table also makes responsible (…、某投资公司、…).
    const unit = (p: string) => !!p.trim() && unitItem(p) === p.trim();
    if (!parts.some(unit) || !parts.every((p) => unit(p) || /^[\p{Script=Han}]{2,10}(?:公司|集团)$/u.test(p.trim())))
      continue;
    let k = (m.index as number) + (m[0] as string).indexOf(line);
    for (const p of parts) {
      const st = k + p.indexOf(p.trim());
      k += p.length + 1;
      const item = p.trim();
      if (!unit(p)) continue;
      out.push(spanCand(ctx, "department", st, st + item.length, "dept:unit-cell", 0.7));
    }
  }
  return out;
}

/** Last characters of a responsibility header (单位, 部门, 主体). */
const HEADER_LAST = charTable("位门体");

/**
 * A line that is a responsibility column's header, white space aside. Only a line whose last
 * visible character can end a header is tested (splitting the document into lines was a cost).
 */
function hasHeaderLine(s: string): boolean {
  for (let a = 0; a <= s.length; ) {
    let b = s.indexOf("\n", a);
    if (b < 0) b = s.length;
    let e = b;
    while (e > a && SPACE_TABLE[s.charCodeAt(e - 1)] === 1) e--;
    if (e > a && HEADER_LAST[s.charCodeAt(e - 1)] === 1 && RESP_COL.test(s.slice(a, b).trim())) return true;
    a = b + 1;
  }
  return false;
}

/** Words before a task force's name that are not part of it (建立链长制工作专班, 凭借某专班经验). */
const FORCE_STOP =
  /(?:建立|成立|组建|设立|凭借|借助|依托|通过|开展|牵头|落实|实行|配备|安排|发挥|用好|由|的|和|与|及|在|各|有关|相关|该|本|[+＋])$/u;

/**
 * Named working groups (guide: 工作专班 are departments): 某某专班 / 某某工作专班, the name
 * running left from 专班 to punctuation or a verb (at most 10 characters). A bare 专班 or
 * 工作专班 with nothing before it is generic.
 */
export function taskForceCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  // Found by its 班: indexOf seeks a character by its higher byte, and 专's (0x4E) is that of the commonest
  // characters (一, 业, 中, 产…), where 班's (0xED) is rare: a scan for 专班 cost some ten times as much.
  for (let b = s.indexOf("班", 1); b >= 0; b = s.indexOf("班", b + 1)) {
    if (s[b - 1] !== "专") continue;
    const at = b - 1;
    const end = at + 2;
    let a = at;
    // (FORCE_STOP's words are at most two characters: the two before a decide, not the whole text before.)
    while (
      a > 0 &&
      end - a < 12 &&
      /\p{Script=Han}/u.test(s[a - 1] as string) &&
      !FORCE_STOP.test(s.slice(Math.max(0, a - 2), a))
    )
      a--;
    // Stopped by the length cap inside a word (充分发挥市…专班 → 挥市…): start at the level (市/省/区/县) if any.
    if (a > 0 && end - a >= 12 && /\p{Script=Han}/u.test(s[a - 1] as string)) {
      const level = s.slice(a, end - 4).search(/[市省区县]/u);
      if (level < 0) continue;
      a += level;
    }
    const name = s.slice(a, end);
    if (
      !/^[\p{Script=Han}]{2,}(?:工作)?专班$/u.test(name) ||
      /^(?:工作)?专班$/u.test(name.replace(/^[\p{Script=Han}]{0,1}(?=工作专班$)/u, ""))
    )
      continue;
    if (/^(?:工作|各|有关|相关|该|本|专门)/u.test(name) || name.length < 4) continue;
    // A counted group (一个专班, 两个工作专班) is no name.
    if (/^(?:\d+|[一两二三四五六七八九十每]+)个/u.test(name)) continue;
    // Who staffs it, not whose it is (专人专班, 政府专班 in 企业+政府专班): no named group.
    if (/^(?:专人|政府|企业|部门|专项|服务)(?:工作)?专班$/u.test(name)) continue;
    out.push({ type: "department", start: a, end, name: orig(ctx, a, end), rule: "dept:task-force", confidence: 0.7 });
  }
  return out;
}

/**
 * A working group or office the text says was set up (成立了某某领导小组, 组建某某指挥部, 成立以…为组长的某某
 * 工作领导小组, 成立直属…的某某办公室): the verb vouches for a name without a level or place, which stands
 * nowhere else. The name needs four characters before its group word (建设指挥部, 专项小组 are generic).
 */
const ESTABLISHED =
  /(?:成立|组建|设立)了?(?:(?:以|由|直属)[^。；;\n]{0,40}?的)?([\p{Script=Han}“”\d]{4,24}?(?:(?:领导|工作|服务|推进|协调)小组(?:办公室)?|工作组|总?指挥部|办公室))/gu;

/** ESTABLISHED entered only where one of its verbs starts (a leading alternation is tried at every character). */
const ESTABLISHED_AT = new RegExp(ESTABLISHED.source, "uy");

/** Where 成立, 设立 and 组建 start, in order: found by their second characters, whose higher bytes are rare (as 班 above). */
function verbStarts(s: string): number[] {
  const out: number[] = [];
  let a = s.indexOf("立", 1);
  let b = s.indexOf("建", 1);
  while (a >= 0 || b >= 0) {
    if (b < 0 || (a >= 0 && a < b)) {
      if (s[a - 1] === "成" || s[a - 1] === "设") out.push(a - 1);
      a = s.indexOf("立", a + 1);
    } else {
      if (s[b - 1] === "组") out.push(b - 1);
      b = s.indexOf("建", b + 1);
    }
  }
  return out;
}

export function establishedGroupCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  // (What s.matchAll(ESTABLISHED) gives: each match starts at a verb, the next after the last one's end.)
  let next = 0;
  for (const q of verbStarts(s)) {
    if (q < next) continue;
    ESTABLISHED_AT.lastIndex = q;
    const m = ESTABLISHED_AT.exec(s);
    if (!m) continue;
    next = q + m[0].length;
    const name = m[1] as string;
    const group = /(?:(?:领导|工作|服务|推进|协调)小组(?:办公室)?|工作组|总?指挥部|办公室)$/u.exec(name)?.[0] ?? "";
    const head = name.slice(0, name.length - group.length);
    // A level or place before it is the suffix rule's; a generic or counted head names no one group.
    if (/^[省市区县州\d]|^(?:专项|专门|相应|工作|各|有关|相关|该|本|一个|若干|多个)|[的和与及、]/u.test(head)) continue;
    if (/公司|集团|企业/u.test(head) || PLACE_PREFIX_RE.test(head)) continue;
    const st = (m.index as number) + m[0].length - name.length;
    out.push(spanCand(ctx, "department", st, st + name.length, "dept:established", 0.65));
  }
  return out;
}
