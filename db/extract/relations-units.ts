// Who a task statement makes responsible, in the layouts task texts use beyond
// the closing bracket (relations-measures.ts):
// - "由甲局、乙局负责" closing a measure, on its own line or at the measure's end;
// - task tables: a header row (序号 | 重点任务 | 牵头单位 | 配合单位) and rows whose
//   cells line up with it, cells split by tabs, bars or wide gaps, or one cell per
//   line as tables copied from a web page read;
// Only responsible units count: the guide's relation is "the department is named
// responsible", so assisting units (配合单位, 协同配合单位, "乙局配合") get no edge.
// In a table row whose industry cell is a name (产业链 | 链主企业 | 牵头部门), the
// lead unit leads that industry (department_cluster); entities in a task cell are
// the measure's (department_responsible).
import type { RelationType } from "../types.ts";
import { matchesAround, matchesAt } from "./anchored.ts";
import { type Cell, numberedRows } from "./cell-lines.ts";
import { industryObject } from "./relations-chain-lead.ts";
import { lineSpans } from "./relations-scan.ts";
import type { Hit, HitIndex, RelationAdd, RespBracket } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";
import { ASSIST_WORDS, LEAD_WORDS, RESP_HEADER, UNIT_WORDS } from "./unit-labels.ts";

type Add = RelationAdd;

/** A clause naming assisting units: "配合单位：乙局", "乙局、丙局配合", "协同配合单位：…". */
const ASSIST_LABEL = new RegExp(`^(?:${ASSIST_WORDS})(?:${UNIT_WORDS})\\s*[:：]`, "u");
const ASSIST_TAIL = /(?:配合|协同配合|协助|协办|参与)(?:实施|落实|推进)?$/u;
const CLAUSE_SEP = /[；;，,。\n]/gu;

/** Departments of [a, b) that the text names responsible: assisting clauses left out. */
export function responsibleUnits(s: string, idx: HitIndex, a: number, b: number): Ent[] {
  const out = new Set<Ent>();
  let at = a;
  const seps = [...s.slice(a, b).matchAll(CLAUSE_SEP)].map((m) => a + (m.index as number));
  for (const end of [...seps, b]) {
    const clause = s
      .slice(at, end)
      .trim()
      .replace(/^[（(]/u, "");
    const assisting = ASSIST_LABEL.test(clause) || ASSIST_TAIL.test(clause.replace(/[）)]$/u, ""));
    if (!assisting) for (const h of idx.inSpan(at, end, "department")) out.add(h.ent);
    at = end + 1;
  }
  return [...out];
}

/** A measure's number at a line start or after a sentence end. */
export const MEASURE_NUM =
  /(?:^|[。；;\s])((?:\d{1,2}[.．、](?!\d))|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[是、])/gu;
const LINE_NUM =
  /^[\s\u3000]*(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[是、])/u;
/** A line's start that is nothing but its measure number. */
const LINE_NUM_ONLY = new RegExp(`${LINE_NUM.source}[\\s\\u3000]*由?$`, "u");
/** 由X(、Y)负责 / 牵头 / 承担: the units between 由 and the verb. */
const BY_UNIT =
  /由([^。；;\n由（）()]{2,80}?)(?:牵头负责|具体负责|负责落实|牵头落实|牵头|负责|承担|组织实施)|(?<=^|\n)由([^。；;\n由（）()]{2,80})(?=\n|$)/gu;

/** BY_UNIT, sticky: every match opens with 由, so it is tried only there (matchesAround). */
const BY_UNIT_AT = new RegExp(BY_UNIT.source, "uy");

/** The verb of a clause that is only units: 市甲局、乙局牵头，… */
const UNITS_LEAD = /(?:牵头负责|牵头|负责)(?=[，,。；;\s]|$)/uy;
const UNITS_LEAD_AT = triggerFamily(["牵头", "负责"]);

function lineOf(s: string, pos: number): { start: number; end: number } {
  const start = s.lastIndexOf("\n", pos - 1) + 1;
  const e = s.indexOf("\n", pos);
  return { start, end: e < 0 ? s.length : e };
}

/**
 * "1.某任务…。\n由市甲局、乙局负责。" or "…推进某园区建设，由市甲局负责。": the units answer
 * for the entities of the measure before them (back to its number; for a unit line of its
 * own, the lines above it up to the numbered one).
 */
export function byUnitResponsibility(s: string, idx: HitIndex, brackets: RespBracket[], add: Add): void {
  if (!/由|牵头|负责/u.test(s)) return;
  const inBracket = (pos: number) => brackets.some((b) => pos >= b.start && pos < b.end);
  const statements: { at: number; end: number; from: number; bare: boolean }[] = [];
  for (const m of matchesAround(
    s,
    BY_UNIT_AT,
    "由",
    (q) => [q, q],
    () => true,
  )) {
    const at = m.index as number;
    statements.push({ at, end: at + m[0].length, from: at + 1, bare: m[2] !== undefined });
  }
  // "…建设。市甲局、乙局牵头，丙局配合。": a clause that is only units and the verb.
  for (const m of matchesAt(s, UNITS_LEAD, triggerStarts(s, UNITS_LEAD_AT))) {
    const v = m.index as number;
    let at = v;
    while (at > 0 && v - at < 60 && !/[。；;，,\n由]/u.test(s[at - 1] as string)) at--;
    const hs = idx.inSpan(at, v, "department");
    if (!hs.length || (hs[0] as Hit).m.start !== at) continue;
    let rest = "";
    let k = at;
    for (const h of hs) {
      rest += s.slice(k, h.m.start);
      k = Math.max(k, h.m.end);
    }
    if ((rest + s.slice(k, v)).replace(/[、和及与\s]/gu, "")) continue;
    statements.push({ at, end: v + m[0].length, from: at, bare: false });
  }
  for (const { at, end, from, bare } of statements) {
    if (inBracket(at)) continue;
    const ds = responsibleUnits(s, idx, from, end);
    if (!ds.length) continue;
    // A unit line without its verb (由甲局、乙局 as a task list prints it) must open with a unit.
    if (bare && !idx.inSpan(at + 1, end, "department").some((h) => h.m.start === at + 1)) continue;
    const line = lineOf(s, at);
    // "1.由市甲局牵头，推进…": the lead opens its measure and answers for what follows (measure:unit-subject).
    if (LINE_NUM_ONLY.test(s.slice(line.start, at))) continue;
    const before = s.slice(line.start, at).replace(/(?:此项|该项|本项|以上|上述|这项)?(?:工作|任务)?$/u, "");
    let start = -1;
    if ((before.match(/\p{Script=Han}/gu) ?? []).length < 4) {
      // A unit line of its own: the measure is the lines above, up to the numbered one (6 lines at most).
      let k = line.start - 1;
      for (let n = 0; n < 6 && k > 0; n++) {
        const ln = lineOf(s, k);
        const text = s.slice(ln.start, ln.end);
        if (!text.trim()) break;
        if (LINE_NUM.test(text)) {
          start = ln.start;
          break;
        }
        k = ln.start - 1;
      }
    } else {
      // The clause closes its measure: the rest of the line after it is at most the sentence end.
      const rest = s.slice(end, line.end);
      if (/\p{Script=Han}{2}/u.test(rest.replace(/^[^。；;]*[。；;]?/u, ""))) continue;
      for (const n of before.matchAll(MEASURE_NUM))
        start = line.start + (n.index as number) + n[0].length - (n[1] as string).length;
      if (start < 0 && LINE_NUM.test(s.slice(line.start, line.end))) start = line.start;
    }
    if (start < 0 || at - start < 6) continue;
    const targets = new Set(
      idx
        .inSpan(start, at)
        .filter((h) => h.ent.type !== "department")
        .map((h) => h.ent),
    );
    for (const d of ds)
      for (const t of targets) add("department_responsible", d, t, start, end, "measure:by-unit", 0.7);
  }
}

/** Header cells: responsible columns, assisting columns, and an industry name column. */
export const RESP_COL = new RegExp(
  `^(?:市级|区级|县级|省级|市直|区直|县直)?(?:${LEAD_WORDS})?${RESP_HEADER}(?:[（(][^（）()]{1,6}[）)]|及(?:责任人|联系人))?(?:[/／、](?:牵头|责任)(?:单位|部门))?$`,
  "u",
);
const ASSIST_COL = new RegExp(`^(?:${ASSIST_WORDS})(?:服务)?(?:${UNIT_WORDS})$`, "u");
/** A document with a responsibility column or label anywhere (before any table is read). */
const HAS_RESP = new RegExp(`${RESP_HEADER}|[牵责]\\s[头任]\\s[单部]\\s[位门]`, "u");
/** A column of the firms that lead a chain (链主企业, “链主”企业名称, 龙头企业). */
const FIRM_COL = /(?:链主|龙头|骨干)[”"]?企业(?:名称)?$/u;
const INDUSTRY_COL = /^(?:重点|主导|所属|优势|特色|新兴){0,2}(?:产业链|产业|产业集群|集群|链条|产业领域)(?:名称)?$/u;
/** Header words of other columns a task table shows (to recognise a header of one cell per line). */
const OTHER_COL =
  /^(?:序号|编号|重点任务|主要任务|工作任务|任务|重点工作|工作内容|具体措施|主要措施|工作措施|(?:主要)?工作举措|主要举措|举措|具体任务|任务内容|目标任务|工作目标|完成时限|完成时间|时间节点|时限|链主企业|企业名称|龙头企业|项目名称|备注|链长|总链长|副链长|链长单位|链主|牵头市领导|牵头领导|责任领导|联系领导|市领导|重点企业|产业链链长|(?:重点|主要|具体)?(?:工作)?(?:任务|举措|措施)(?:分解|清单|内容)|完成(?:时限|时间|期限)|(?:监督|督办|督查|考核)(?:方式|单位)|(?:牵头|责任|分管)?(?:区|县|市)?领导|(?:区|县|市)本级|任务数|目标值|(?:年度)?目标|指标值?|(?:计划|总)?投资(?:额)?|金额)$/u;
const CELL_SEP = /\t|\s*[|｜]\s*|\s{2,}|\u3000{2,}/gu;

/** Whether CELL_SEP can match: a tab, a bar, or two white-space characters in a row. */
const MAY_HOLD_SEP = /[\t|｜]|\s\s/u;

type Cols = { resp: number[]; assist: number[]; industry: number; firm: number; width: number };

function headerOf(cells: string[]): Cols | null {
  const resp: number[] = [];
  const assist: number[] = [];
  let industry = -1;
  let firm = -1;
  cells.forEach((c, i) => {
    const t = c.replace(/\s+/gu, "");
    if (RESP_COL.test(t)) resp.push(i);
    else if (ASSIST_COL.test(t)) assist.push(i);
    else if (INDUSTRY_COL.test(t)) industry = i;
    else if (FIRM_COL.test(t)) firm = i;
  });
  return resp.length ? { resp, assist, industry, firm, width: cells.length } : null;
}

function rowRelations(s: string, idx: HitIndex, cols: Cols, cells: Cell[], add: Add): void {
  const ds = new Set(
    cols.resp.flatMap((i) => {
      const c = cells[i];
      return c ? responsibleUnits(s, idx, c.start, c.end) : [];
    }),
  );
  if (!ds.size) return;
  const rowStart = (cells[0] as Cell).start;
  const rowEnd = (cells[cells.length - 1] as Cell).end;
  cells.forEach((c, i) => {
    if (cols.resp.includes(i) || cols.assist.includes(i)) return;
    for (const h of idx.inSpan(c.start, c.end)) {
      if (h.ent.type === "department") continue;
      // The row's industry cell names the chain the lead unit leads; so does a task cell about an industry alone.
      // (A note in brackets after the name, 甲产业（乙领域）, is not part of the cell's name.)
      const whole = s
        .slice(c.start, c.end)
        .trim()
        .replace(/[（(][^（）()]*[）)]$/u, "");
      const type: RelationType =
        h.ent.type === "cluster" &&
        ((i === cols.industry && whole.length - (h.m.end - h.m.start) <= 4) ||
          industryObject(s, idx, c.start, c.end).includes(h.ent))
          ? "department_cluster"
          : "department_responsible";
      // A roster of chains and their lead firms (产业链 | 链主企业 | 牵头部门) sets no task.
      if (type === "department_responsible" && cols.industry >= 0 && cols.firm >= 0) continue;
      for (const d of ds) add(type, d, h.ent, rowStart, rowEnd, "table:columns", 0.75);
    }
  });
}

const SPACE_SEP = /[ \u3000]+/gu;
/** A group's label cell (一、发展新产业; （二）建设大集群): a short heading with its ordinal. */
const GROUP_CELL = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])[^\d|]{1,16}$/u;
function isHeaderWord(t: string): boolean {
  return RESP_COL.test(t) || ASSIST_COL.test(t) || INDUSTRY_COL.test(t) || OTHER_COL.test(t);
}

/**
 * Rows of a one-cell-per-line table without numbers, from line `k`: groups of `width`
 * non-empty lines while each row's responsible cells name a department and no cell is
 * prose (a sentence end or over 60 characters). Returns the first line after the table.
 */
function unnumberedRows(s: string, idx: HitIndex, lines: readonly Cell[], k: number, h: Cols, add: Add): number {
  for (;;) {
    const row: Cell[] = [];
    let j = k;
    while (j < lines.length && row.length < h.width) {
      const l = lines[j] as Cell;
      const t = s.slice(l.start, l.end).trim();
      j++;
      if (!t) continue;
      if (t.length > 60 || /[。；;]$/u.test(t)) return k;
      row.push(l);
    }
    if (row.length < h.width) return k;
    if (!h.resp.some((c) => idx.inSpan((row[c] as Cell).start, (row[c] as Cell).end, "department").length)) return k;
    rowRelations(s, idx, h, row, add);
    k = j;
  }
}

/** Task tables with responsibility columns, in row-per-line or cell-per-line layout. */
export function taskTables(s: string, idx: HitIndex, add: Add): void {
  if (!HAS_RESP.test(s)) return;
  const lines = lineSpans(s) as readonly Cell[];
  // A table whose header is split by single spaces (a PDF copy) splits its rows the same way.
  let sep = CELL_SEP;
  const cellsOf = (l: Cell, by: RegExp = sep): Cell[] => {
    // A line with no tab, bar or run of spaces is one cell (most lines are prose): no pattern to run.
    if (by === CELL_SEP && !MAY_HOLD_SEP.test(s.slice(l.start, l.end)))
      return s.slice(l.start, l.end).trim() ? [{ start: l.start, end: l.end }] : [];
    const out: Cell[] = [];
    let at = l.start;
    for (const m of s.slice(l.start, l.end).matchAll(by)) {
      const k = l.start + (m.index as number);
      if (s.slice(at, k).trim()) out.push({ start: at, end: k });
      at = k + m[0].length;
    }
    if (s.slice(at, l.end).trim()) out.push({ start: at, end: l.end });
    return out;
  };
  // A web table copied one cell per line may keep its column bars as lines of their own: they are blank.
  const text = (c: Cell) => {
    const t = s.slice(c.start, c.end).trim();
    return t === "|" || t === "｜" ? "" : t;
  };
  let cols: Cols | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Cell;
    let cells = cellsOf(line);
    if (
      cells.length < 2 &&
      sep === CELL_SEP &&
      line.end - line.start <= 80 &&
      / /u.test(s.slice(line.start, line.end))
    ) {
      const spaced = cellsOf(line, SPACE_SEP);
      if (spaced.length >= 3 && spaced.every((c) => isHeaderWord(text(c))) && headerOf(spaced.map(text))) {
        sep = SPACE_SEP;
        cells = spaced;
      }
    }
    if (cells.length >= 2) {
      // A tab-split row whose leading merged cell came out empty keeps its columns in place.
      if (cols && cells.length < cols.width && sep === CELL_SEP) cells = tabRow(s, line, cols.width) ?? cells;
      const h = headerOf(cells.map(text));
      if (h) cols = h;
      else if (cols && cells.length <= cols.width && cells.length > Math.max(...cols.resp))
        rowRelations(s, idx, cols, cells, add);
      // A row led by its group's merged label (一、发展新产业 | 1. … | … | 市某局牵头): the label is no column.
      else if (cols && cells.length === cols.width + 1 && GROUP_CELL.test(text(cells[0] as Cell)))
        rowRelations(s, idx, cols, cells.slice(1), add);
      else if (cols && cells.length > cols.width) cols = null;
      continue;
    }
    if (sep !== CELL_SEP) {
      sep = CELL_SEP;
      cols = null;
    }
    // One cell per line: a run of short header lines, then rows led by their number.
    if (!text(line)) continue;
    const run: Cell[] = [];
    let runEnd = i;
    for (let k = i; k < lines.length && run.length < 10; k++) {
      const t = text(lines[k] as Cell);
      // A web copy leaves a blank line between the cells of a row.
      if (!t && run.length && k + 1 < lines.length && text(lines[k + 1] as Cell)) continue;
      if (!t || t.length > 10 || !isHeaderWord(t)) break;
      run.push(lines[k] as Cell);
      runEnd = k + 1;
    }
    const h = run.length >= 3 ? headerOf(run.map(text)) : null;
    if (h && h.industry >= 0 && !/^(?:序号|编号)$/u.test(text(run[0] as Cell))) {
      // No number column (产业链 / 链长 / 牵头部门, one cell per line): rows are runs of `width` lines.
      i = unnumberedRows(s, idx, lines, runEnd, h, add) - 1;
      cols = null;
      continue;
    }
    if (!h || !/^(?:序号|编号)$/u.test(text(run[0] as Cell))) {
      cols = null;
      continue;
    }
    // Rows: from one number line to the next (cell-lines.ts); a row needs its cells up to the responsible
    // ones (a last column may be left empty).
    const { rows, end } = numberedRows(lines, runEnd, h.width, text);
    const last = Math.max(...h.resp);
    for (const row of rows) {
      // A row whose middle cells were left empty (a value column) ends in its responsible cell when that
      // column is the last: the last cell goes to it.
      if (row.length <= last && last === h.width - 1 && row.length >= 2) {
        const tail = row[row.length - 1] as Cell;
        const gap = { start: tail.start, end: tail.start };
        while (row.length < h.width) row.splice(row.length - 1, 0, gap);
      }
      if (row.length > last) rowRelations(s, idx, h, row, add);
    }
    i = end - 1;
    cols = null;
  }
}

/** A tab-split line as exactly `width` cells, empty ones kept; null when it is not one. */
function tabRow(s: string, l: Cell, width: number): Cell[] | null {
  const t = s.slice(l.start, l.end);
  if (!/^[ \u3000]*\t/u.test(t) || /[|｜]/u.test(t)) return null;
  const out: Cell[] = [];
  let at = l.start;
  for (const part of t.split("\t")) {
    out.push({ start: at, end: at + part.length });
    at += part.length + 1;
  }
  return out.length === width ? out : null;
}
