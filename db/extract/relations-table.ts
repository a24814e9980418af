// Lists published as tables (名单, 一览表): one row per firm, platform or park,
// with name cells side by side (序号 | 企业名称 | 平台名称 | 所在园区). A row ties
// the names its cells hold: the platform to its firm, the firm to its park or
// industry, the industry to its park. Only cells that ARE a name (the cell is
// the mention, give or take a level word) count: a task row's prose cells
// ("推进某园区建设") state no relation between the names in them.
import type { RelationType } from "../types.ts";
import { type Cell, numberedRows } from "./cell-lines.ts";
import { lineSpans } from "./relations-scan.ts";
import type { Hit, HitIndex, RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";
import { tableCellRows } from "./table-cells.ts";

type Add = RelationAdd;

/** Cell separators as ingest writes table rows (tabs) or as typed (|). */
const CELL_SEP = /\t|\s*[|｜]\s*/gu;
/** What a name cell may hold besides the name: level words, numbering, brackets, punctuation. */
const CELL_NOISE = /^[\s\d.、()（）*＊]*(?:国家级|省级|市级|国家|省)?|[\s()（）*＊]*$/gu;

/** A short bracketed qualifier closing the cell. */
const QUALIFIER = /[（(][^（）()\t|｜]{1,16}[)）]\s*$/u;

/** An institution item of a cell's list (某大学、 / 、某医院): a co-host that is no entity. */
const CO_HOST = /(?<=^\s*|[、，,；;])[\p{Script=Han}]{2,20}(?:大学|学院|科学院|医院)(?=[、，,；;]|\s*$)/gu;

/** Pairs a row states, in the direction of the relation type: [type, from-type, to-type]. */
const PAIRS: [RelationType, string, string][] = [
  ["enterprise_platform", "enterprise", "platform"],
  ["park_enterprise", "park", "enterprise"],
  ["park_cluster", "park", "cluster"],
  ["cluster_enterprise", "cluster", "enterprise"],
  ["cluster_platform", "cluster", "platform"],
];

/** The names a cell holds when the cell is its names (甲公司、乙公司), give or take a level word. */
function cellNames(s: string, idx: HitIndex, x: number, y: number): Hit[] {
  const hs = idx.inSpan(x, y);
  if (!hs.length) return [];
  let rest = "";
  let k = x;
  for (const h of hs) {
    rest += s.slice(k, h.m.start);
    k = Math.max(k, h.m.end);
  }
  // A bracketed qualifier after the name (甲产业(乙领域), 甲公司（筹）) leaves it a name cell; so does a
  // university or hospital listed with the firms (依托单位: 某大学、甲公司): none of the five types.
  rest = (rest + s.slice(k, y))
    .replace(QUALIFIER, "")
    .replace(CO_HOST, "")
    .replace(/[、，,；;和及与]/gu, "")
    .replace(CELL_NOISE, "");
  return rest.length <= 2 ? hs : [];
}

type Row = { start: number; end: number; names: Hit[]; cells?: Hit[][] };

/** A line that is one cell and its column bar (a web table copied one cell per line: 甲中心 |). */
const CELL_LINE = /^[ \t\u3000]*([^|｜\t\n]*?)[ \t\u3000]*[|｜][ \t\u3000]*$/u;

/** The positions of the characters of `chars` in s, in order (indexOf per character: they are rare). */
function markPositions(s: string, chars: string): number[] {
  const out: number[] = [];
  for (const c of chars) for (let k = s.indexOf(c); k >= 0; k = s.indexOf(c, k + 1)) out.push(k);
  return out.sort((x, y) => x - y);
}

/** The last character of [a, b) other than a space, a tab or U+3000 is a column bar. */
function endsWithBar(s: string, a: number, b: number): boolean {
  let k = b - 1;
  while (k >= a && (s[k] === " " || s[k] === "\t" || s[k] === "\u3000")) k--;
  return k >= a && (s[k] === "|" || s[k] === "｜");
}

/**
 * Rows of name lists copied one cell per line with their column bars (序号 | / 实验室名称 | / 依托单位 | / 1 | /
 * 甲实验室 | / 乙公司 |): the header's cells give the width, and the rows run from one number to the next
 * (cell-lines.ts); every cell of a row is such a line.
 */
function cellLineRows(s: string, idx: HitIndex): Row[] {
  // Rows start under a 序号/编号 header cell: without one, no line is split into cells at all.
  if (!s.includes("序号") && !s.includes("编号")) return [];
  const lines: Cell[] = [];
  const cell: (string | null)[] = [];
  // Lines that are not a cell and its bar (prose, a title): no row holds one.
  const bare = new Set<Cell>();
  for (const { start: a, end: b } of lineSpans(s)) {
    // (Only a line whose last mark is a bar can be a cell line: the pattern is tried on those alone.)
    const m = endsWithBar(s, a, b) ? CELL_LINE.exec(s.slice(a, b)) : null;
    const x = m ? a + s.slice(a, b).indexOf(m[1] as string) : a;
    const line = { start: x, end: m ? x + (m[1] as string).length : b };
    lines.push(line);
    cell.push(m ? (m[1] as string) : null);
    if (!m) bare.add(line);
  }
  const text = (c: Cell) => s.slice(c.start, c.end).trim();
  const rows: Row[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^(?:序号|编号)$/u.test(cell[i] ?? "")) continue;
    let w = 1;
    while (i + w < lines.length && /^[\p{Script=Han}（）()]{2,12}$/u.test(cell[i + w] ?? "")) w++;
    if (w < 3) continue;
    const { rows: found, end } = numberedRows(lines, i + w, w, text);
    for (const row of found) {
      if (row.length !== w || row.some((c) => bare.has(c))) break;
      const byCell = row.slice(1).map((c) => cellNames(s, idx, c.start, c.end));
      rows.push({ start: (row[0] as Cell).start, end: (row[w - 1] as Cell).end, names: byCell.flat(), cells: byCell });
    }
    i = Math.max(i, end - 1);
  }
  return rows;
}

export function tableRows(s: string, idx: HitIndex, add: Add): void {
  const rows: Row[] = [];
  const other: Row[] = [];
  // Tables in other layouts (one cell per line, cells split by spaces): table-cells.ts.
  for (const cells of tableCellRows(s)) {
    const byCell = cells.map(([x, y]) => cellNames(s, idx, x, y));
    const first = cells[0] as [number, number];
    const last = cells[cells.length - 1] as [number, number];
    other.push({ start: first[0], end: last[1], names: byCell.flat(), cells: byCell });
  }
  if (!s.includes("\t") && !/[|｜]/u.test(s)) {
    pairRows(other, add);
    return;
  }
  // The lines holding a tab or a bar, from the marks' own positions (the text holds few of them).
  const marks = markPositions(s, "\t|｜");
  let next = 0;
  for (const { start: a, end: b } of lineSpans(s)) {
    while (next < marks.length && (marks[next] as number) < a) next++;
    if (next < marks.length && (marks[next] as number) < b) {
      const line = s.slice(a, b);
      const names: Hit[] = [];
      let at = a;
      const cells: [number, number][] = [];
      for (const m of line.matchAll(CELL_SEP)) {
        const k = a + (m.index as number);
        cells.push([at, k]);
        at = k + m[0].length;
      }
      cells.push([at, b]);
      if (cells.filter(([x, y]) => y > x).length >= 2)
        for (const [x, y] of cells) names.push(...cellNames(s, idx, x, y));
      rows.push({ start: a, end: b, names });
    }
  }
  // A table is at least two rows: a lone tabbed line is layout, not a list.
  pairRows([...(rows.length >= 2 ? rows : []), ...cellLineRows(s, idx), ...other], add);
}

/** The pairs each row states. */
function pairRows(rows: Row[], add: Add): void {
  for (const r of rows) {
    // A pair needs two names (most tabbed lines hold none).
    if (r.names.length < 2) continue;
    // A platform's row (平台名称|依托单位|服务领域): the field is the platform's, the firm only its host.
    const platformRow = r.names.some((h) => h.ent.type === "platform");
    for (const [type, from, to] of PAIRS) {
      if (type === "cluster_enterprise" && platformRow) continue;
      const fs = [...new Set(r.names.filter((h) => h.ent.type === from).map((h) => h.ent))];
      const ts = [...new Set(r.names.filter((h) => h.ent.type === to).map((h) => h.ent))];
      // One owner per row: two firms in a row with one platform do not say whose it is — unless one cell
      // lists them all (a 依托单位 cell naming joint hosts).
      const oneCell = r.cells?.some((c) => fs.length > 0 && fs.every((f) => c.some((h) => h.ent === f)));
      if ((fs.length !== 1 && !oneCell) || ts.length === 0) continue;
      for (const f of fs) for (const t of ts) add(type, f as Ent, t, r.start, r.end, "table:row", 0.7);
    }
  }
}
