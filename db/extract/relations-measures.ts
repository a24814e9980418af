// department_responsible from a responsibility bracket that closes a measure
// anywhere in a line: "…1.提升某能力。…推动甲公司…（牵头单位：市工信局；责任单位：
// 市发改委、科技局）2.…". The measure runs from its number (1. / （一） / 一是), the
// previous bracket or the line start, to the bracket; every department in the
// bracket answers for every other entity the measure names (guide: "the
// department is named responsible for a numbered measure, and that measure
// names the entity"). Entities inside the bracket are responsible units, not targets.
import type { RelationType } from "../types.ts";
import { answerFor, type HitIndex, type RelationAdd, type RespBracket } from "./relations-scope.ts";
import { responsibleUnits } from "./relations-units.ts";
import type { Ent } from "./resolve.ts";
import { UNIT_LABEL } from "./unit-labels.ts";

type Add = RelationAdd;

/** A measure number inside a line, after a sentence end or a space. */
const INLINE_NUMBER =
  /(?:^|[。；;\s）)])((?:\d{1,2}[.．、](?!\d))|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+是)/gu;

export function measureResponsibility(s: string, idx: HitIndex, brackets: RespBracket[], add: Add): void {
  let prevEnd = 0;
  for (const b of brackets) {
    // Units in an assisting clause (配合单位：…, "乙局配合") are not named responsible (relations-units.ts).
    const ds = responsibleUnits(s, idx, b.start, b.end);
    const lineStart = s.lastIndexOf("\n", b.start - 1) + 1;
    let start = Math.max(lineStart, prevEnd);
    prevEnd = b.end;
    if (!ds.length) continue;
    // A measure is a paragraph at most: look for its number in the text just before the bracket.
    const from = Math.max(start, b.start - 800);
    const line = s.slice(from, b.start);
    let last = -1;
    for (const m of line.matchAll(INLINE_NUMBER)) last = (m.index as number) + m[0].length - (m[1] as string).length;
    if (last > 0 || (last === 0 && from > start)) start = from + last;
    // A bracket on a line of its own closes the numbered measure above it (and the sibling items under
    // one heading, none with units of its own); a bracket closing a mere clause is not a measure's.
    if (b.start - start < 6) {
      if (start !== lineStart || s.slice(lineStart, b.start).trim()) continue;
      start = measureAbove(s, lineStart, brackets);
      if (start < 0) continue;
    }
    const targets = [
      ...new Set(
        idx
          .inSpan(start, b.start)
          .filter((h) => h.ent.type !== "department")
          .map((h) => h.ent),
      ),
    ];
    for (const d of ds)
      for (const t of targets) add("department_responsible", d, t, start, b.end, "measure:bracket", 0.75);
  }
}

/** An unbracketed responsibility label: 牵头单位：…, 责任单位：…, 配合部门：… */
const RESP_LABEL = new RegExp(UNIT_LABEL, "gu");
const LABEL_LINE = new RegExp(`^[\\s\\u3000]*${UNIT_LABEL}`, "u");
const LABEL_CLAUSE = new RegExp(`${UNIT_LABEL}[^。；;]*`, "gu");
/** A line that opens a new measure or task (1. / （一） / 一是 / 一、). */
const MEASURE_START =
  /^[\s\u3000]*(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[是、]|(?:重点|主要)?(?:工作|任务)(?:内容)?\s*[:：])/u;
/** Units that run on to the next line: the line ends in 、 or a comma. */
const WRAPPED = /[、，,][\s\u3000]*$/u;
const wrapLine = (t: string) => t.trim().length <= 60 && !MEASURE_START.test(t) && !/[:：]/u.test(t);
/** A labelled row of a task (完成时限：…, 工作目标：…) that belongs to the task above it. */
const TASK_ROW = /^[\s\u3000]*[\p{Script=Han}]{2,10}\s*[:：]/u;

/**
 * Task lists written without brackets or table columns: "2.某任务。…责任单位：市甲局、市乙局。"
 * (the label closes the measure's line) or the label on its own line under the task
 * ("1.某任务…\n牵头单位：市甲局\n配合单位：市乙局\n完成时限：…"). The units answer for the
 * entities of their measure: back to its number (or the line start), and for a label on its own
 * line, the task lines above it up to the task's number, plus the task's labelled rows.
 */
export function labelResponsibility(s: string, idx: HitIndex, brackets: RespBracket[], add: Add): void {
  if (!/(?:单位|部门|主体|科室|处室)\s*[:：]/u.test(s)) return;
  const inBracket = (pos: number) => brackets.some((b) => pos >= b.start && pos < b.end);
  const lineAt = (pos: number) => {
    const a = s.lastIndexOf("\n", pos - 1) + 1;
    let b = s.indexOf("\n", pos);
    if (b < 0) b = s.length;
    return { start: a, end: b };
  };
  let doneUntil = -1;
  for (const m of s.matchAll(RESP_LABEL)) {
    const at = m.index as number;
    if (at < doneUntil || inBracket(at)) continue;
    const line = lineAt(at);
    // A table's header or row (cells split by tabs or bars) is tableResponsibility's.
    if (/[\t|｜]/u.test(s.slice(line.start, line.end))) continue;
    // The labels of one task: this line and the label lines right below it (web copies put
    // a blank line between every two lines).
    let unitsEnd = line.end;
    for (let nx = line.end + 1; nx < s.length; ) {
      const ln = lineAt(nx);
      const text = s.slice(ln.start, ln.end);
      nx = ln.end + 1;
      if (!text.trim()) continue;
      // A unit list wrapped onto the next line (the last line ends in 、 or a comma) goes on there.
      if (!LABEL_LINE.test(text) && !(WRAPPED.test(s.slice(at, unitsEnd)) && wrapLine(text))) break;
      unitsEnd = ln.end;
    }
    doneUntil = unitsEnd;
    // Assisting units (配合单位：…) are named but not responsible (responsibleUnits).
    const ds = responsibleUnits(s, idx, at, unitsEnd);
    if (!ds.length) continue;
    let start: number;
    let end = at;
    const before = s.slice(line.start, at);
    // A task card that names its units first and its task below them ("牵头单位：甲局\n主要任务：推进…"):
    // the units answer for the task row under them, unless a task stands right above the units.
    const below = taskBelow(s, unitsEnd);
    if (below && !/[\p{Script=Han}]{4}/u.test(before.replace(LABEL_CLAUSE, "")) && !taskAbove(s, line.start)) {
      answerFor(idx, ds, below.start, below.end, add, at, below.end, "label:responsible", 0.7);
      doneUntil = below.end;
      continue;
    }
    if (/[\p{Script=Han}]{4}/u.test(before.replace(LABEL_CLAUSE, ""))) {
      // The label closes a measure on its own line: back to the measure's number in the line.
      start = line.start;
      for (const n of before.matchAll(INLINE_NUMBER))
        start = line.start + (n.index as number) + n[0].length - (n[1] as string).length;
    } else {
      // The label has its own line: the task is the lines above, up to its number (at most 6 lines).
      // Blank lines between them are skipped, and so are the task's other labelled rows (分管领导：…);
      // the previous task's units end the walk.
      start = line.start;
      let k = line.start - 1;
      let blank = false;
      let nearest = -1;
      for (let n = 0; n < 6 && k > 0; ) {
        const ln = lineAt(k);
        const text = s.slice(ln.start, ln.end);
        k = ln.start - 1;
        if (!text.trim()) {
          blank = true;
          continue;
        }
        if (LABEL_LINE.test(text)) break;
        start = ln.start;
        if (nearest < 0 && !TASK_ROW.test(text)) nearest = ln.start;
        if (MEASURE_START.test(text)) break;
        if (!TASK_ROW.test(text)) n++;
      }
      // Across blank lines an unnumbered task is the one paragraph above (not the prose before it).
      if (!MEASURE_START.test(s.slice(start, start + 12))) {
        if (start === line.start) continue;
        if (blank && nearest >= 0) start = nearest;
      } else start = groupStart(s, start, brackets);
      // …and the task's labelled rows below the units (完成时限：…, 年度目标：…), up to the next task.
      for (let nx = unitsEnd + 1; nx < s.length; ) {
        const ln = lineAt(nx);
        const text = s.slice(ln.start, ln.end);
        nx = ln.end + 1;
        if (!text.trim()) continue;
        if (MEASURE_START.test(text) || !TASK_ROW.test(text)) break;
        end = ln.end;
      }
    }
    if (at - start < 6) continue;
    const targets = new Set<Ent>();
    for (const h of idx.inSpan(start, Math.max(at, end)))
      if (h.ent.type !== "department" && (h.m.start < at || h.m.start >= unitsEnd)) targets.add(h.ent);
    for (const d of ds)
      for (const t of targets)
        add("department_responsible", d, t, start, Math.max(unitsEnd, end), "label:responsible", 0.7);
  }
}

/** A task's own labelled row: 主要任务：…, 工作任务：…, 任务内容：…, 具体措施：… */
const TASK_WORD_ROW = /^[\s\u3000]*(?:重点|主要|具体|工作)?(?:任务|工作|举措|措施)(?:内容|事项)?\s*[:：]\s*\S/u;

/** The task row right under a label block (blank lines skipped), up to its line end; null when none. */
function taskBelow(s: string, from: number): { start: number; end: number } | null {
  let k = from + 1;
  while (k < s.length) {
    let e = s.indexOf("\n", k);
    if (e < 0) e = s.length;
    const text = s.slice(k, e);
    if (text.trim()) return TASK_WORD_ROW.test(text) ? { start: k, end: e } : null;
    k = e + 1;
  }
  return null;
}

/** Whether the nearest line above `lineStart` (blank lines skipped) reads as a task: a task row or a sentence. */
function taskAbove(s: string, lineStart: number): boolean {
  let k = lineStart - 1;
  while (k > 0) {
    const a = s.lastIndexOf("\n", k - 1) + 1;
    const text = s.slice(a, k).trim();
    if (text) return TASK_WORD_ROW.test(text) || text.length > 30 || /[。；;]/u.test(text);
    k = a - 1;
  }
  return false;
}

/** The level of a line's number: 一、 1, （一） 2, 1. 3, （1） 4; 0 for none. */
function numberLevel(line: string): number {
  const t = line.trimStart();
  if (/^[一二三四五六七八九十]+、/u.test(t)) return 1;
  if (/^[（(][一二三四五六七八九十]+[)）]/u.test(t)) return 2;
  if (/^\d{1,2}[.．、](?!\d)/u.test(t)) return 3;
  if (/^[（(]\d{1,2}[)）]/u.test(t)) return 4;
  return 0;
}

/**
 * A responsibility bracket closing a numbered heading ("（一）壮大园区。（牵头单位：市发改委）" or
 * "一、加快园区建设（市发改委牵头）") answers for the sub-items under it (1. … 2. …) up to the next
 * heading of its level, when no sub-item names units of its own.
 */
export function headingResponsibility(s: string, idx: HitIndex, brackets: RespBracket[], add: Add): void {
  for (const b of brackets) {
    const lineStart = s.lastIndexOf("\n", b.start - 1) + 1;
    let lineEnd = s.indexOf("\n", b.end);
    if (lineEnd < 0) lineEnd = s.length;
    if (!/^[。；;\s]*$/u.test(s.slice(b.end, lineEnd))) continue;
    const level = numberLevel(s.slice(lineStart, b.start));
    if (!level) continue;
    const ds = responsibleUnits(s, idx, b.start, b.end);
    if (!ds.length) continue;
    // The sub-items: the first numbered line below must sit deeper than the heading.
    let end = lineEnd;
    let deeper = false;
    let own = false;
    for (let k = lineEnd + 1; k < s.length && k - lineEnd < 1500; ) {
      let e = s.indexOf("\n", k);
      if (e < 0) e = s.length;
      const text = s.slice(k, e);
      const lv = numberLevel(text);
      if (lv && lv <= level) break;
      if (lv > level) deeper = true;
      if (!deeper && text.trim()) break;
      if (RESP_LABEL_TEST.test(text) || brackets.some((o) => o.start >= k && o.start < e)) own = true;
      end = e;
      k = e + 1;
    }
    if (!deeper || own) continue;
    answerFor(idx, ds, lineEnd, end, add, b.start, end, "measure:heading", 0.7);
  }
}

const RESP_LABEL_TEST = new RegExp(UNIT_LABEL, "u");

/** A numbered measure that opens with its units: "1.市甲局、乙局负责推进…" / "（二）市甲局要加快…". */
const SUBJECT_NUM =
  /^[\s\u3000]*(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+是)\s*/u;
const SUBJECT_VERB = /^(?:牵头负责|负责|牵头|要)(?!的)(?=[\p{Script=Han}])/u;
/** The lead stated first and set off by a comma: "1.由市甲局牵头，推进…" / "（二）市甲局负责，加快…". */
const SUBJECT_LEAD = /^(?:牵头负责|牵头|负责)[，,](?=[\p{Script=Han}])/u;

/** The units a numbered measure opens with answer for what the rest of its line names. */
export function subjectResponsibility(s: string, idx: HitIndex, brackets: RespBracket[], add: Add): void {
  for (let k = 0; k < s.length; ) {
    let e = s.indexOf("\n", k);
    if (e < 0) e = s.length;
    const num = SUBJECT_NUM.exec(s.slice(k, e));
    const lineStart = k;
    k = e + 1;
    if (!num) continue;
    // The units: departments joined by 、/和/与 from the number on (after 由), then the verb.
    let at = lineStart + num[0].length;
    const by = s[at] === "由";
    if (by) at++;
    const ds: Ent[] = [];
    for (const h of idx.inSpan(at, e, "department")) {
      if (h.m.start !== at) break;
      ds.push(h.ent);
      at = h.m.end;
      if (/[、和与及]/u.test(s[at] ?? "")) at++;
    }
    const rest = s.slice(at, e);
    if (!ds.length || !(by || SUBJECT_LEAD.test(rest) ? SUBJECT_LEAD : SUBJECT_VERB).test(rest)) continue;
    if (brackets.some((b) => b.start >= lineStart && b.start < e)) continue;
    answerFor(idx, ds, at, e, add, lineStart, e, "measure:unit-subject", 0.65);
  }
}

/**
 * A label under the last of several numbered sub-items none of which has units of its own
 * ("（一）壮大园区\n1.…\n2.…\n责任单位：甲局") closes the group: the start moves up to the heading.
 */
function groupStart(s: string, start: number, brackets: RespBracket[], toTop = false): number {
  const level = numberLevel(s.slice(start, s.indexOf("\n", start) < 0 ? s.length : s.indexOf("\n", start)));
  if (level < 2) return start;
  let k = start - 1;
  let siblings = 0;
  let first = start;
  while (k > 0 && start - k < 1500) {
    const a = s.lastIndexOf("\n", k - 1) + 1;
    const text = s.slice(a, k);
    if (RESP_LABEL_TEST.test(text) || brackets.some((b) => b.start >= a && b.start < k)) return start;
    const lv = numberLevel(text);
    if (lv && lv < level) return siblings ? a : start;
    if (lv === level) {
      siblings++;
      first = a;
    }
    k = a - 1;
  }
  // An excerpt that opens inside the group: its first sibling starts it.
  return toTop && k <= 0 && siblings ? first : start;
}

/**
 * The numbered line above a unit bracket of its own line (blank lines skipped, at most 8 lines of text;
 * a line with units of its own ends the walk), widened to its heading by groupStart; -1 when none.
 */
function measureAbove(s: string, lineStart: number, brackets: RespBracket[]): number {
  let k = lineStart - 1;
  for (let n = 0; n < 8 && k > 0; ) {
    const a = s.lastIndexOf("\n", k - 1) + 1;
    const text = s.slice(a, k);
    k = a - 1;
    if (!text.trim()) continue;
    n++;
    if (RESP_LABEL_TEST.test(text) || brackets.some((o) => o.start >= a && o.start < a + text.length)) return -1;
    if (numberLevel(text)) return groupStart(s, a, brackets, true);
  }
  return -1;
}
