// Lists written with other separators than 、 (full-width commas, spaces): the view rewrites the
// separators to 、 so every list reader sees one form. One unit for one unit: offsets are kept.
import { charTable, SPACE_TABLE } from "./anchored.ts";

/**
 * The matches s.matchAll(/(?<=[…])re/g) gives, for a pattern led by a one-character look-behind:
 * `re` (sticky, never empty) is tried only at 0 (when `atStart`) and right after each match of
 * `after` (global, one character), instead of the engine entering the look-behind at every character;
 * `canStart`, a cheap necessary test, may skip a try.
 */
function* matchesAfter(
  s: string,
  re: RegExp,
  after: RegExp,
  atStart: boolean,
  canStart?: (p: number) => boolean,
): Generator<RegExpExecArray> {
  let next = 0;
  if (atStart && (!canStart || canStart(0))) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (m) {
      next = m[0].length;
      yield m;
    }
  }
  after.lastIndex = Math.max(0, next - 1);
  // test() builds no match array: each match of `after` is one character, ending at lastIndex.
  while (after.test(s)) {
    const p = after.lastIndex;
    if (p < next || (canStart && !canStart(p))) continue;
    re.lastIndex = p;
    const m = re.exec(s);
    if (!m) continue;
    next = p + m[0].length;
    after.lastIndex = next - 1;
    yield m;
  }
}

const HEAD = "(?:产业集群|产业链|产业|集群|企业|园区|平台|领域|行业|板块)";
const COUNT = "(?:\\d+|[一两二三四五六七八九十]+)\\s*[个大条项类]";
/** Words of time, sources and stages: a comma run holding one is narrative, not a list. */
const NARRATIVE = /年|月|季度|目前|现在|同时|其中|据|首批|已|正/u;
/** A comma-written list's last item: a short name, then its count head or 等 and the head word. */
const CLOSE = new RegExp(`^[\\p{Script=Han}A-Za-z]{2,10}?(?:${COUNT}|等)[\\p{Script=Han}]{0,6}?${HEAD}`, "u");
const ITEM = /^[\p{Script=Han}A-Za-z]{2,8}$/u;
/** Words of a clause, not of a name: a comma run holding one is prose. */
const CLAUSE =
  /[的是在把将对向从被了着]|推动|加快|加强|强化|完善|提升|支持|建设|实施|推进|培育|打造|发展|促进|引导|鼓励/u;

/**
 * Where a list can close (三大产业集群, 等产业): a clause without one holds no closed list. The starts
 * s.matchAll(/(?:COUNT|等)[Han]{0,6}?HEAD/gu) gives, found from the one character every closing
 * holds (a count's measure word, or 等): a regex led by an alternation tries every position (~1.5 % CPU).
 */
const CLOSING_CHAR = charTable("个大条项类等");
const CLOSING_TAIL = new RegExp(`[\\p{Script=Han}]{0,6}?${HEAD}`, "uy");
const DIGIT = charTable("0123456789");
const NUMERAL = charTable("一两二三四五六七八九十");
const DENG = "等".charCodeAt(0);

function closingStarts(s: string): number[] {
  const out: number[] = [];
  // The previous closing's end: closings do not overlap (each ends in a head word, which no count holds).
  let next = 0;
  for (let p = 0; p < s.length; p++) {
    const c = s.charCodeAt(p);
    if (CLOSING_CHAR[c] !== 1) continue;
    let start = p;
    if (c !== DENG) {
      // A measure word closes a count: digits or numerals (one kind, the whole run), then spaces.
      let q = p;
      while (q > 0 && SPACE_TABLE[s.charCodeAt(q - 1)] === 1) q--;
      const kind = DIGIT[s.charCodeAt(q - 1)] === 1 ? DIGIT : NUMERAL[s.charCodeAt(q - 1)] === 1 ? NUMERAL : null;
      if (!kind) continue;
      start = q - 1;
      while (start > 0 && kind[s.charCodeAt(start - 1)] === 1) start--;
    }
    if (start < next) continue;
    CLOSING_TAIL.lastIndex = p + 1;
    if (!CLOSING_TAIL.test(s)) continue;
    out.push(start);
    next = CLOSING_TAIL.lastIndex;
  }
  return out;
}

/** Where a comma-written (semicolon-written) run's clause ends. */
const COMMA_STOPS = charTable("。；：\n");
const SEMICOLON_STOPS = charTable("。：\n");

/** 甲，乙，丙三大产业集群 → 甲、乙、丙三大产业集群 (at least three items, the middle ones bare names). */
function closedLists(s: string, out: string[], sep: string, stops: Uint8Array, closings: number[]): void {
  // Only clauses holding a closing word are read (the layout pass ran over every clause: ~7 % CPU).
  let done = -1;
  for (const at of closings) {
    let start = at;
    while (start > 0 && stops[s.charCodeAt(start - 1)] !== 1) start--;
    if (start === done) continue;
    done = start;
    let end = at;
    while (end < s.length && stops[s.charCodeAt(end)] !== 1) end++;
    closedClause(s.slice(start, end), start, out, sep);
  }
}

function closedClause(clause: string, index: number, out: string[], sep: string): void {
  const first = clause.indexOf(sep);
  if (first < 0 || clause.indexOf(sep, first + 1) < 0) return;
  const parts = clause.split(sep);
  // The run ends at the first part that closes it; the middle parts before it are bare names.
  for (let k = 2; k < parts.length; k++) {
    if (!CLOSE.test(parts[k] as string)) continue;
    let j = k - 1;
    while (j >= 1 && bareName(parts[j] as string)) j--;
    if (k - 1 - j < 1) continue;
    let at = index;
    for (let p = 0; p < k; p++) {
      at += (parts[p] as string).length;
      if (p >= j) out[at] = "、";
      at++;
    }
  }
}

const bareName = (t: string) => ITEM.test(t) && !CLAUSE.test(t) && !NARRATIVE.test(t);
/** A label that types its list: 主导产业：, 重点企业：, 创新平台：. */
const LABEL = /(?:产业|企业|平台|园区|领域|方向|集群)[ \u3000]*：$/u;
/** A role word and its verb in prose (主导产业为, 重点企业有, 龙头企业包括). */
const ROLE_VERB =
  /(?:主导|重点|支柱|特色|优势|首位|龙头|骨干|代表)(?:产业|企业|平台|园区|领域)(?:为|是|主要有|有|包括)$/u;
const LABEL_ITEM = /^[ \u3000]*[\p{Script=Han}A-Za-z0-9（）()·]{2,20}?(?:等[^，；]{0,8})?[ \u3000]*$/u;

/** What follows a label's colon or a role verb (up to the clause end), and the characters before it. */
const LABEL_BODY = /[^。：\n]+/uy;
const LABEL_AFTER = /[：为是有括]/gu;

/** 主导产业：甲，乙，丙。 → 甲、乙、丙: every part after a typing label is a bare name. */
function labelLists(s: string, out: string[]): void {
  for (const m of matchesAfter(s, LABEL_BODY, LABEL_AFTER, false)) {
    const before = s.slice(Math.max(0, m.index - 10), m.index);
    if (!(s[m.index - 1] === "：" ? LABEL.test(before) : ROLE_VERB.test(before))) continue;
    const sep = m[0].includes("，") ? "，" : "；";
    const parts = m[0].replace(/[；;]$/u, "").split(sep);
    if (
      parts.length < 2 ||
      !parts.every(
        (p) => LABEL_ITEM.test(p) && !/[的是了为]|分别|^(?:\d+|[一两二三四五六七八九十]+)[个大条项类家]/u.test(p),
      )
    )
      continue;
    let at = m.index;
    for (const p of parts.slice(0, -1)) {
      at += p.length;
      out[at] = "、";
      at++;
    }
  }
}

const SPACED = /[^\s]+[ \u3000]+[^\s]+/u;
/** Whether the line before or after the one holding pos is split by spaces too. */
function tableRow(s: string, pos: number): boolean {
  const a = s.lastIndexOf("\n", pos - 1);
  const b = s.indexOf("\n", pos);
  const prev = a < 0 ? "" : s.slice(s.lastIndexOf("\n", a - 1) + 1, a);
  const next = b < 0 ? "" : s.slice(b + 1, (s.indexOf("\n", b + 1) + 1 || s.length + 1) - 1);
  return SPACED.test(prev.trim()) || SPACED.test(next.trim());
}

/** A line's (or a marker's) run of three or more space-separated names; a line starts after a line terminator (m flag). */
const SPACE_RUN =
  /[ \u3000]*[\p{Script=Han}A-Za-z]{2,14}(?:[ \u3000]+[\p{Script=Han}A-Za-z]{2,14}){2,}(?=[ \u3000]*(?:等|$|[。；\n]))/muy;
const SPACE_RUN_AFTER = /[：:\n\r\u2028\u2029●◆▲■★▶•·]/gu;

/** 甲集团 乙股份 丙重工等企业 (a space-separated run of three or more names on one line). */
function spaceLists(s: string, out: string[]): void {
  for (const m of matchesAfter(s, SPACE_RUN, SPACE_RUN_AFTER, true)) {
    const body = m[0];
    // A table row (cells split by spaces) has rows of the same shape next to it.
    if (tableRow(s, m.index) || tableRow(s, m.index + body.length)) continue;
    for (const g of body.matchAll(/(?<=\S)[ \u3000]+(?=\S)/gu)) out[m.index + g.index + g[0].length - 1] = "、";
  }
}

/** A list marker at a line's start: ①, ●, 1. / 1、 / (1) / （1）. */
const MARKER = /^[ \u3000]*(?:[\u2460-\u2473\u2776-\u277f●◆▲■★▶•·-]|\d{1,2}[.．、]|[（(]\d{1,2}[）)])?[ \u3000]*/u;
const LINE_ITEM = /^[\p{Script=Han}A-Za-z0-9（）()·]{2,25}[ \u3000]*$/u;

/** A line that is a label (its start: the text's or after a line break). */
const LINE_LABEL = /[^\n：。，；]{2,12}(?:：|名单|清单)[ \u3000]*\n/uy;

const NEWLINE = /\n/gu;
const COLON_CODE = "：".charCodeAt(0);
const DAN_CODE = "单".charCodeAt(0);
/** Whether the line from p ends (before its spaces) in ： or 单, as every LINE_LABEL match does. */
function labelLineEnd(s: string, p: number): boolean {
  let k = s.indexOf("\n", p);
  if (k < 0) return false;
  while (k > p && (s[k - 1] === " " || s[k - 1] === "\u3000")) k--;
  const c = s.charCodeAt(k - 1);
  return k > p && (c === COLON_CODE || c === DAN_CODE);
}

/** "重点企业：" on a line of its own, then one name per line: the names become the label's 、 list. */
function lineLists(s: string, out: string[]): void {
  // (A roster heading without its colon, 重点企业名单, takes one in the view.)
  for (const m of matchesAfter(s, LINE_LABEL, NEWLINE, true, (p) => labelLineEnd(s, p))) {
    const items: [number, number][] = [];
    let at = m.index + m[0].length;
    while (at < s.length) {
      let e = s.indexOf("\n", at);
      if (e < 0) e = s.length;
      const line = s.slice(at, e);
      const mk = MARKER.exec(line)?.[0] ?? "";
      if (!LINE_ITEM.test(line.slice(mk.length))) break;
      items.push([at, at + mk.length]);
      at = e + 1;
    }
    // A table copied one cell per line (序号\n名称\n…\n1\n…): its header row is no list.
    if (
      items.length < 2 ||
      /^\s*(?:序号|编号)/u.test(s.slice(m.index + m[0].length, m.index + m[0].length + 4)) ||
      /^\s*\d+\s*$/u.test(s.slice(at, s.indexOf("\n", at) + 1 || s.length))
    )
      continue;
    out[m.index + m[0].length - 1] = m[0].includes("：") ? " " : "：";
    items.forEach(([a, b], k) => {
      for (let i = a; i < b; i++) out[i] = " ";
      if (k > 0) out[a - 1] = "、";
    });
  }
}

export function listSeparators(s: string): string {
  if (!/[，；\s]/u.test(s)) return s;
  const out: string[] = [];
  const closings = closingStarts(s);
  closedLists(s, out, "，", COMMA_STOPS, closings);
  closedLists(s, out, "；", SEMICOLON_STOPS, closings);
  labelLists(s, out);
  spaceLists(s, out);
  lineLists(s, out);
  if (out.length === 0) return s;
  // Spliced between the rewritten units (a sparse array's keys come in ascending order):
  // splitting the text into characters and joining them cost more than all five scans. The pieces
  // are joined once: a string grown by += stays a rope (a cons string, even once flattened) that
  // every later scan reads through, and code compiled for flat texts deoptimises on it.
  const parts: string[] = [];
  let last = 0;
  for (const k of Object.keys(out)) {
    const i = Number(k);
    parts.push(s.slice(last, i), out[i] as string);
    last = i + 1;
  }
  parts.push(s.slice(last));
  return parts.join("");
}
