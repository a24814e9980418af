// department_responsible from task-table rows copied without their header row (a table
// continued from an earlier page, an excerpt of its body): "10\t推进某园区建设\t市工信局\t
// 某管委会\t持续推进", or one cell per line ("12\n培育某产业链…\n市工信局\n市科技局、市商务局").
// A row (cells split by tabs or bars, or by single spaces after its number) is a number cell, a task
// cell, then cells that are nothing but units: those units
// answer for the entities of the task cell. Only in texts with no responsibility header or
// label at all (those tell which column is the lead's and which assists: relations-units.ts).
import { lineSpans } from "./relations-scan.ts";
import { answerFor, type HitIndex, type RelationAdd } from "./relations-scope.ts";
import { onlyUnits } from "./relations-unit-tail.ts";
import type { Ent } from "./resolve.ts";
import { RESP_HEADER } from "./unit-labels.ts";

type Cell = { start: number; end: number };

const RULE = "table:headerless-row";

const HAS_HEADER = new RegExp(RESP_HEADER, "u");
/** The number cell that opens a row. */
const ROW_NUMBER = /^\d{1,3}[.．、]?$/u;
/** Cells of a row split by tabs or bars. */
const ROW_SEP = /\t|\s*[|｜]\s*/gu;
/** A task cell: a clause with a verb's worth of text, no responsibility words of its own. */
const isTask = (t: string) => (t.match(/\p{Script=Han}/gu) ?? []).length >= 6 && !/牵头|负责|配合/u.test(t);

/** A row a PDF copy split by single spaces: its number, a space, then the cells. */
const SPACED_ROW = /^[ \u3000]*\d{1,3}[.．、]?[ \u3000]+\S/u;
const SPACE_SEP = /[ \u3000]+/gu;
/** A row's first cell is its number: lines opening otherwise (after blanks and bars) are no row. */
const ROW_OPEN = /(?:[^\S\n]|[|｜])*\d/uy;

function cellsOf(s: string, a: number, b: number): Cell[] {
  const cells = splitBy(s, a, b, ROW_SEP);
  return cells.length < 3 && SPACED_ROW.test(s.slice(a, b)) ? splitBy(s, a, b, SPACE_SEP) : cells;
}

function splitBy(s: string, a: number, b: number, sep: RegExp): Cell[] {
  const out: Cell[] = [];
  let at = a;
  for (const m of s.slice(a, b).matchAll(sep)) {
    const k = a + (m.index as number);
    out.push({ start: at, end: k });
    at = k + m[0].length;
  }
  out.push({ start: at, end: b });
  return out.filter((c) => s.slice(c.start, c.end).trim());
}

export function headerlessRows(s: string, idx: HitIndex, add: RelationAdd): void {
  if (HAS_HEADER.test(s)) return;
  const lines = lineSpans(s);
  const text = (c: Cell) => s.slice(c.start, c.end).trim();
  const units = (c: Cell) => {
    const t = s.slice(c.start, c.end);
    const lead = c.start + t.length - t.trimStart().length;
    return onlyUnits(s, idx, lead, c.start + t.trimEnd().length);
  };
  // The units of the cells after a task, up to the first cell that is not units, answer for the task.
  const answer = (task: Cell, after: Cell[]) => {
    const ds: Ent[] = [];
    let end = task.end;
    for (const c of after) {
      const u = units(c);
      if (!u.length) break;
      ds.push(...u);
      end = c.end;
    }
    if (ds.length) answerFor(idx, [...new Set(ds)], task.start, task.end, add, task.start, end, RULE, 0.65);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Cell;
    ROW_OPEN.lastIndex = line.start;
    if (!ROW_OPEN.test(s)) continue;
    const cells = cellsOf(s, line.start, line.end);
    if (cells.length >= 3) {
      // A row on one line: number | task | units….
      const task = cells[1] as Cell;
      if (!ROW_NUMBER.test(text(cells[0] as Cell)) || !isTask(text(task))) continue;
      answer(task, cells.slice(2));
      continue;
    }
    // One cell per line: a number line, the task line, then up to three unit lines.
    if (!ROW_NUMBER.test(text(line))) continue;
    const next: Cell[] = [];
    for (let k = i + 1; k < lines.length && next.length < 4; k++)
      if (text(lines[k] as Cell)) next.push(lines[k] as Cell);
    const task = next[0];
    if (!task || !isTask(text(task)) || cellsOf(s, task.start, task.end).length > 1) continue;
    answer(task, next.slice(1));
  }
}
