// Name lists published as tables type their cells by the column header:
// under 企业名称 / 链主企业 every cell is a firm, under 所属产业 / 产业链 / 主导产业
// every cell is an industry, even without a 公司 or 产业 suffix. The cells
// then carry relations by row (relations-table.ts).
import type { EntityType } from "../types.ts";
import { charTable } from "./anchored.ts";
import type { Cand, Ctx } from "./context.ts";

/** Cell separators as ingest writes table rows (tabs) or as typed (|). */
const CELL_SEP = /\t|\s*[|｜]\s*/gu;
/** Header words that type a column (the whole header cell, short). */
// Quotes around a qualifier ("链主"企业名称) are dropped before the test; qualifiers may stack (所属重点产业链).
const HEADERS: [EntityType, RegExp][] = [
  [
    "enterprise",
    /^(?:链主|龙头|重点|骨干|申报|依托|建设|入驻|入园|代表性?|头部|领军)?(?:企业|公司|单位)(?:名称|全称)?$/u,
  ],
  [
    "cluster",
    /^(?:所属|主导|主要|重点|特色|优势|首位|支柱|新兴|战略性新兴|细分|服务){0,2}(?:产业|行业|产业链|产业集群|领域)(?:名称|类别|方向)?$/u,
  ],
];
/** A qualifier in brackets after an industry cell (新能源汽车(汽车电子领域)) is not part of the cluster's name. */
const CELL_NOTE = /[（(][^（()）]{1,12}[)）]$/u;
/** A cell that can be a name: Han-led, no sentence punctuation, no digits-only. */
const NAME_CELL = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9()（）·]{1,39}$/u;
/** Cells that are not names even under a typed header. */
const NOT_NAME = /^(?:合计|小计|总计|其他|其它|暂无|无|待定|备注)$/u;

/** The characters CELL_SEP needs (a tab or a bar). */
const SEP_CHAR = charTable("\t|｜");
function hasSeparator(s: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (SEP_CHAR[s.charCodeAt(k)] === 1) return true;
  return false;
}

export function tableColumnCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  if (!s.includes("\t") && !/[|｜]/u.test(s)) return out;
  let cols: Map<number, EntityType> | null = null;
  // A numbered header (序号 | 名称 | 产业) over rows whose number is glued to the first name (1某某园区 | 产业).
  let numberedHeader = 0;
  for (let a = 0; a <= s.length; ) {
    let b = s.indexOf("\n", a);
    if (b < 0) b = s.length;
    const line = s.slice(a, b);
    // A line with no separator is one cell: it only ends a table (most lines of a document).
    if (!hasSeparator(s, a, b)) {
      if (line.trim()) cols = null;
      a = b + 1;
      continue;
    }
    const cells: [number, number][] = [];
    let at = a;
    for (const m of line.matchAll(CELL_SEP)) {
      const k = a + (m.index as number);
      cells.push([at, k]);
      at = k + m[0].length;
    }
    cells.push([at, b]);
    // Trimmed cells, leading and trailing empties (| a | b |) dropped.
    // (One loop, no mapped or filtered arrays: their shapes changed once this was optimised, a deopt.)
    const trimmed: [number, number][] = [];
    for (let i = 0; i < cells.length; i++) {
      const [x, y] = cells[i] as [number, number];
      const t = s.slice(x, y);
      const lead = t.length - t.trimStart().length;
      const a = x + lead;
      const b = x + lead + t.trim().length;
      if (!(b === a && (i === 0 || i === cells.length - 1))) trimmed.push([a, b]);
    }
    if (trimmed.length < 2) {
      if (line.trim()) cols = null;
    } else {
      const header = new Map<number, EntityType>();
      trimmed.forEach(([x, y], i) => {
        const t = s.slice(x, y);
        const bare = t.replace(/[“”"‘’'「」]/gu, "");
        for (const [type, re] of HEADERS) if (re.test(bare)) header.set(i, type);
      });
      if (header.size) {
        cols = header;
        const first = trimmed[0] as [number, number];
        numberedHeader = /^(?:序号|编号|排名)$/u.test(s.slice(first[0], first[1])) ? trimmed.length : 0;
      } else if (cols && !/^[\s|｜:：\-—]+$/u.test(line)) {
        const first = trimmed[0] as [number, number];
        const shift =
          numberedHeader && trimmed.length === numberedHeader - 1 && /^\d/u.test(s.slice(first[0], first[1])) ? 1 : 0;
        for (const [i, type] of cols) {
          const cell = trimmed[i - shift];
          if (!cell) continue;
          // A cell may list several names (甲公司、乙公司).
          let from = cell[0];
          for (const part of `${s.slice(cell[0], cell[1])}、`.split(/[、，,；;]/u)) {
            const lead = part.length - part.trimStart().length;
            const name = type === "cluster" ? part.trim().replace(CELL_NOTE, "") : part.trim();
            const start = from + lead;
            const end = start + name.length;
            from += part.length + 1;
            if (!NAME_CELL.test(name) || NOT_NAME.test(name)) continue;
            out.push({
              type,
              start,
              end,
              name: ctx.text.slice(start, end),
              rule: "table:column",
              confidence: 0.75,
              fromList: true,
            });
          }
        }
      }
    }
    a = b + 1;
  }
  return out;
}
