// Cells of lead tables (产业链 | 链长 | 链主企业 | 牵头部门) in the layouts a copied web page
// or PDF leaves: one cell per line (numbered rows under 序号, or runs of as many lines as the
// header has cells), or cells split by single spaces. Under the industry column a bare cell is
// a cluster (海洋装备, no 产业链 suffix needed); under a firm column a cell lists firms.
// Tab- and bar-split tables are table-columns.ts's. Only tables with a responsibility column
// count here: that column is what makes a run of short lines a table.
import type { EntityType } from "../types.ts";
import { charTable } from "./anchored.ts";
import type { Cand, Ctx } from "./context.ts";
import { docMemo } from "./doc-memo.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";
import { LEAD_WORDS, RESP_HEADER } from "./unit-labels.ts";

const RESP = new RegExp(`^${RESP_HEADER}$`, "u");
const INDUSTRY = /^(?:重点|主导|所属|优势|特色|新兴)?(?:产业链|产业|产业集群|集群|链条|产业领域)(?:名称)?$/u;
const FIRM = /^(?:链主企业|龙头企业|重点企业|骨干企业|企业名称|链主)$/u;
const OTHER =
  /^(?:序号|编号|所在园区|所属园区|入驻园区|园区名称|所在地|所在区县|所属区县|项目名称|链长|总链长|副链长|链长单位|牵头市领导|牵头领导|责任领导|联系领导|市领导|产业链链长|配合单位|配合部门|协同单位|备注|重点任务|主要任务)$/u;
/** A park column: its cells are parks by their own names, so it only marks the table. */
const PARK = /^(?:所在园区|所属园区|入驻园区|园区名称)$/u;
const isHeader = (t: string) => RESP.test(t) || INDUSTRY.test(t) || FIRM.test(t) || OTHER.test(t);
/** A cell that can be a name: Han-led, short, no sentence punctuation. */
const NAME_CELL = /^[\p{Script=Han}][\p{Script=Han}A-Za-z0-9()（）·]{1,29}$/u;
/** An industry cell already carrying its suffix is the suffix rules' (cluster:suffix:产业链). */
const HAS_SUFFIX = /(?:产业链|产业集群|集群|产业|链)$/u;
/** A unit cell: it ends like a body (…局, …委, …办, …政府, …中心). */
const UNIT_CELL = /(?:局|委|办|厅|政府|中心|管委会|委员会|办公室)$/u;

/** A header word standing alone in its cell, tried where it starts (sticky): after a line break, a space or a tab. */
const HEADER_CELL = new RegExp(`(?:${RESP_HEADER}|${FIRM.source.slice(1, -1)})(?=[ \\u3000\\t]|$)`, "muy");
/** What a header cell starts after (besides the text's start). */
const CELL_BEFORE = charTable(" \u3000\t\n\r\u2028\u2029");
/** The first two characters of every word a header cell opens with (主要/具体, a lead word, a firm column's word). */
const HEADER_AT = triggerFamily(
  ["主要", "具体", ...LEAD_WORDS.split("|"), ...FIRM.source.slice(4, -2).split("|")].map((w) => w.slice(0, 2)),
);

/**
 * Whether a header word stands alone in a cell of the text (a line or a space-split cell). Tried at
 * its words' starts from the document's trigger index: the pattern, led by ^ or a space class, was
 * entered by the engine at every character.
 */
function hasHeaderCell(s: string): boolean {
  for (const p of triggerStarts(s, HEADER_AT)) {
    if (p > 0 && CELL_BEFORE[s.charCodeAt(p - 1)] !== 1) continue;
    HEADER_CELL.lastIndex = p;
    if (HEADER_CELL.test(s)) return true;
  }
  return false;
}

type Span = [number, number];

function lines(s: string): Span[] {
  const out: Span[] = [];
  for (let a = 0; a <= s.length; ) {
    let b = s.indexOf("\n", a);
    if (b < 0) b = s.length;
    const t = s.slice(a, b);
    const lead = t.length - t.trimStart().length;
    // A column bar on its own line (a web table copied one cell per line) is a blank line.
    out.push([a + lead, a + lead + (/^[|｜]$/u.test(t.trim()) ? 0 : t.trim().length)]);
    a = b + 1;
  }
  return out;
}

function splitSpaces(s: string, [a, b]: Span): Span[] {
  const out: Span[] = [];
  let at = a;
  for (const m of s.slice(a, b).matchAll(/[ \u3000\t]+/gu)) {
    const k = a + (m.index as number);
    if (k > at) out.push([at, k]);
    at = k + m[0].length;
  }
  if (b > at) out.push([at, b]);
  return out;
}

type Table = { cols: Map<number, EntityType>; rows: Span[][] };
/** The tables of a text, read once: candidates and two relation stages (per page) all ask. */
const tablesOf = docMemo<string, Table[]>();
function tablesIn(s: string): Table[] {
  let t = tablesOf.get(s);
  if (!t) {
    // A responsibility column header stands alone in its cell (a line or a space-split cell).
    t = hasHeaderCell(s) ? leadTables(s) : [];
    tablesOf.set(s, t);
  }
  return t;
}

/** Rows of the lead tables in the text, each a list of cell spans, with the typed columns. */
function leadTables(s: string): Table[] {
  const ls = lines(s);
  const out: Table[] = [];
  const text = (x: Span) => s.slice(x[0], x[1]);
  // A responsibility column makes a run of short lines a table; without one, a numbered firm list with
  // a second typed column does (序号 | 企业名称 | 所在园区 | 所属产业).
  const typed = (hdr: string[], numbered: boolean) => {
    const firmList = numbered && hdr.some((t) => FIRM.test(t)) && hdr.some((t) => INDUSTRY.test(t) || PARK.test(t));
    if (!hdr.some((t) => RESP.test(t)) && !firmList) return null;
    const cols = new Map<number, EntityType>();
    hdr.forEach((t, i) => {
      if (INDUSTRY.test(t)) cols.set(i, "cluster");
      else if (FIRM.test(t)) cols.set(i, "enterprise");
    });
    return cols.size ? cols : null;
  };
  const unitOk = (hdr: string[], row: Span[]) =>
    hdr.every((t, i) => !RESP.test(t) || UNIT_CELL.test(text(row[i] as Span).split(/[、，,]/u)[0] ?? ""));
  for (let i = 0; i < ls.length; i++) {
    const line = ls[i] as Span;
    if (line[1] === line[0]) continue;
    // Cells split by single spaces: a header line of header words only.
    const cells = line[1] - line[0] <= 80 && /[ \u3000\t]/u.test(text(line)) ? splitSpaces(s, line) : [];
    if (cells.length >= 3 && cells.every((c) => isHeader(text(c)))) {
      const hdr = cells.map(text);
      const cols = typed(hdr, /^(?:序号|编号)$/u.test(hdr[0] as string));
      if (!cols) continue;
      const rows: Span[][] = [];
      let k = i + 1;
      for (; k < ls.length; k++) {
        const row = splitSpaces(s, ls[k] as Span);
        if (row.length !== hdr.length || !unitOk(hdr, row)) break;
        rows.push(row);
      }
      out.push({ cols, rows });
      i = k - 1;
      continue;
    }
    // One cell per line: a run of header lines.
    const run: string[] = [];
    if (line[1] - line[0] > 10) continue;
    for (let k = i; k < ls.length && run.length < 10; k++) {
      const t = text(ls[k] as Span);
      if (!t || t.length > 10 || !isHeader(t)) break;
      run.push(t);
    }
    const cols = run.length >= 3 ? typed(run, /^(?:序号|编号)$/u.test(run[0] as string)) : null;
    if (!cols) continue;
    const numbered = /^(?:序号|编号)$/u.test(run[0] as string);
    const width = run.length;
    const rows: Span[][] = [];
    let k = i + run.length;
    for (;;) {
      const row: Span[] = [];
      let j = k;
      while (j < ls.length && row.length < width) {
        const l = ls[j] as Span;
        j++;
        if (l[1] === l[0]) continue;
        const t = text(l);
        if (t.length > 60 || /[。；;]$/u.test(t)) break;
        row.push(l);
        // A numbered row ends before the next number line.
        if (numbered && row.length > 1 && /^\d{1,3}$/u.test(t)) {
          row.pop();
          j--;
          break;
        }
      }
      if (row.length !== width || !unitOk(run, row) || (numbered && !/^\d{1,3}$/u.test(text(row[0] as Span)))) break;
      rows.push(row);
      k = j;
    }
    out.push({ cols, rows });
    i = Math.max(i, k - 1);
  }
  return out;
}

export function tableCellCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const { cols, rows } of tablesIn(s))
    for (const row of rows)
      for (const [i, type] of cols) {
        const cell = row[i];
        if (!cell) continue;
        let from = cell[0];
        for (const part of `${s.slice(cell[0], cell[1])}、`.split(/[、，,；;]/u)) {
          const start = from;
          const name = part.trim();
          from += part.length + 1;
          if (!NAME_CELL.test(name) || (type === "cluster" && HAS_SUFFIX.test(name))) continue;
          const st = start + part.indexOf(name);
          out.push({
            type,
            start: st,
            end: st + name.length,
            name: ctx.text.slice(st, st + name.length),
            rule: "table:lead-cell",
            confidence: 0.75,
            fromList: true,
          });
        }
      }
  return out;
}

/** The rows of the tables above, each its cells' spans (relations-table.ts ties the names a row holds). */
export function tableCellRows(s: string): [number, number][][] {
  return tablesIn(s).flatMap((t) => t.rows);
}
