// department_responsible from units that close a task with no label at all: after the line's
// last sentence end, as task lists printed from a table's last column read ("1.推进某园区建设，
// 支持甲公司扩产。市发改委、市工信局、各县（市、区）政府"), or in a bracket right after or before
// the sentence end ("…扩产。（市发改委、市工信局）"). Nothing but units (and the catch-alls
// 各县（市、区）政府 / 各有关部门) may stand there; each unit answers for every other entity the task
// names, back to its number, the previous such bracket or the line start. A tail or bracket with
// anything else (…等部门要加强协作, a date, an abbreviation) is prose, not a responsibility.

import { matchesAt, SPACE_TABLE } from "./anchored.ts";
import { lineSpans } from "./relations-scan.ts";
import { answerFor, type HitIndex, type RelationAdd, type RespBracket } from "./relations-scope.ts";
import { MEASURE_NUM } from "./relations-units.ts";
import type { Ent } from "./resolve.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

/** Catch-all units a task list names beside departments: 各县（市、区）人民政府, 各有关部门. */
const CATCH_ALL =
  /^各(?:县|市|区|镇|乡|街道|有关|相关|级|成员)(?:[（(〔][^（）()〔〕]{0,8}[）)〕])?[^、，,。；;\s]{0,14}?(?:政府|部门|单位|管委会|办事处)$/u;
/** Units beside departments that are none by the guide (a company, a college, a bank, a centre). */
const OTHER_UNIT = /(?:集团|公司|中心|学院|大学|银行|支行|分行|协会|商会|研究院|研究所)$/u;
/**
 * The departments of [a, b) when it is nothing but a list of units opening with a department:
 * departments, catch-alls and other named units (甲集团, 乙学院), split by 、，; a few
 * short items the recogniser does not know pass among more it knows.
 */
export function onlyUnits(s: string, idx: HitIndex, a: number, b: number): Ent[] {
  // Items split at separators outside nested brackets (各县（市、区）政府 is one item).
  const items: [number, number][] = [];
  let at = a;
  let depth = 0;
  for (let i = a; i <= b; i++) {
    const ch = i < b ? (s[i] as string) : "、";
    if ("（(〔".includes(ch)) depth++;
    else if ("）)〕".includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && "、，,".includes(ch)) {
      items.push([at, i]);
      at = i + 1;
    }
  }
  const out = new Set<Ent>();
  let first = true;
  let unknown = 0;
  let named = 0;
  for (const [x, y] of items) {
    const text = s.slice(x, y).trim();
    if (!text) continue;
    const lead = x + s.slice(x, y).indexOf(text);
    const end = lead + text.length;
    // An item is one named unit or several joined by 和/及/与 (市工业和信息化局 holds a 和 of its own).
    const inside = idx.inSpan(lead, end).filter((q) => q.m.start >= lead && q.m.end <= end);
    let rest = "";
    let k = lead;
    for (const q of inside) {
      rest += s.slice(k, Math.max(k, q.m.start));
      k = Math.max(k, q.m.end);
    }
    rest += s.slice(k, end);
    const whole = inside.length > 0 && !rest.replace(/[和及与]/gu, "");
    const depts = whole ? inside.filter((q) => q.ent.type === "department") : [];
    if (first && !(depts.length && depts[0]!.m.start === lead)) return [];
    for (const q of depts) out.add(q.ent);
    if (!whole && !CATCH_ALL.test(text) && !OTHER_UNIT.test(text)) {
      // A unit the recogniser does not know (an abbreviation) is tolerated among many it knows.
      if (text.length > 16 || /[\d０-９%％。]/u.test(text)) return [];
      unknown++;
    }
    named++;
    first = false;
  }
  return unknown <= Math.max(out.size > 1 ? 1 : 0, Math.floor(named / 4)) ? [...out] : [];
}

/** Does [a, b) open with a department (after spaces)? */
function opensWithUnit(s: string, idx: HitIndex, a: number, b: number): boolean {
  const k = idx.lowerBound(a);
  const h = idx.hits[k];
  return !!h && h.m.start < b && h.ent.type === "department" && !s.slice(a, h.m.start).trim();
}

/** A bracket of units closing a sentence: …。（甲局、乙局） or …（甲局、乙局）。 (one nested pair allowed). */
const UNIT_BRACKET = /[（(]((?:[^（）()\n]|[（(][^（）()\n]{0,8}[）)]){2,200})[）)]/uy;
const BRACKET_AT = triggerFamily(["（", "("]);

export function unitTailResponsibility(s: string, idx: HitIndex, brackets: RespBracket[], add: RelationAdd): void {
  if (!s.includes("。")) return;
  // A task runs from its number (the last one before `at`), else from the line start or `floor`.
  const taskStart = (lineStart: number, at: number, floor: number) => {
    const base = Math.max(lineStart, floor);
    let from = base;
    for (const n of s.slice(base, at).matchAll(MEASURE_NUM))
      from = base + (n.index as number) + n[0].length - (n[1] as string).length;
    return from;
  };
  let prevEnd = 0;
  for (const m of matchesAt(s, UNIT_BRACKET, triggerStarts(s, BRACKET_AT))) {
    const at = m.index as number;
    const end = at + m[0].length;
    const closes =
      /[。；;]\s*$/u.test(s.slice(Math.max(0, at - 3), at)) ||
      /^[。；;]?[\s\u3000]*(?:\n|$)/u.test(s.slice(end, end + 3));
    if (!closes || brackets.some((b) => b.start < end && b.end > at)) continue;
    // (A bracket that does not open with a department is none: checked before the item scan.)
    if (!opensWithUnit(s, idx, at + 1, end - 1)) continue;
    const ds = onlyUnits(s, idx, at + 1, end - 1);
    if (!ds.length) continue;
    const lineStart = s.lastIndexOf("\n", at - 1) + 1;
    const from = taskStart(lineStart, at, prevEnd);
    prevEnd = end;
    if (at - from < 6) continue;
    emit(s, idx, ds, from, at, end, add);
  }
  for (const { start, end: lineEnd } of lineSpans(s)) {
    // The line without its closing run of 。 and spaces.
    let e = lineEnd;
    while (e > start && (s[e - 1] === "。" || SPACE_TABLE[s.charCodeAt(e - 1)] === 1)) e--;
    // The tail must open with a unit: a line where no department starts has none (checked first, cheaply).
    if (!idx.startsIn("department", start, e)) continue;
    const stop = e > start ? s.lastIndexOf("。", e - 1) - start : -1;
    if (stop < 6) continue;
    const tailAt = start + stop + 1;
    const tailEnd = e;
    if (brackets.some((b) => b.start < tailEnd && b.end > tailAt)) continue;
    if (!opensWithUnit(s, idx, tailAt, tailEnd)) continue;
    const ds = onlyUnits(s, idx, tailAt, tailEnd);
    if (!ds.length) continue;
    // The task: from its number in the line (the last one before the tail), else the line start.
    emit(s, idx, ds, taskStart(start, tailAt, 0), tailAt, tailEnd, add);
  }
}

function emit(s: string, idx: HitIndex, ds: Ent[], from: number, at: number, end: number, add: RelationAdd): void {
  if (!s.slice(from, at).trim()) return;
  answerFor(idx, ds, from, at, add, from, end, "measure:unit-tail", 0.65);
}
