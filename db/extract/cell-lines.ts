// Tables a copied web page or PDF leaves one cell per line (序号 / 名称 / 依托单位 / 1 / 甲 / 乙 / 2 / …):
// the rows run from one number line to the next. Shared by task tables (relations-units.ts) and name
// lists (relations-table.ts), which differ in the headers they recognise and what a row states.

export type Cell = { start: number; end: number };

/** The number cell that opens a row (1; 2? and 3. as web copies leave them). */
const ROW_NUMBER = /^\d{1,3}[?？.．、]?$/u;
/** A cell a copy wrapped onto the next line: it ends in a comma or 、. */
const WRAPPED = /[，,、]$/u;
/** A group's heading between rows (一、…). */
const GROUP_HEADING = /^[一二三四五六七八九十]+、/u;

/**
 * Rows from line `k`: each from a number line up to `width` non-empty lines or the next number line
 * or group heading; blank lines and headings between rows are skipped. `text` is a line's cell text.
 * Returns the rows and the first line after them.
 */
export function numberedRows(
  lines: readonly Cell[],
  k: number,
  width: number,
  text: (c: Cell) => string,
): { rows: Cell[][]; end: number } {
  const rows: Cell[][] = [];
  const at = (j: number) => lines[j] as Cell;
  const number = (c: Cell) => ROW_NUMBER.test(text(c));
  const heading = (c: Cell) => GROUP_HEADING.test(text(c));
  const skip = () => {
    while (k < lines.length && (!text(at(k)) || heading(at(k)))) k++;
  };
  skip();
  while (k < lines.length && number(at(k))) {
    const row: Cell[] = [at(k)];
    k++;
    while (k < lines.length) {
      const l = at(k);
      if (number(l) || heading(l)) break;
      if (text(l)) {
        // A full row takes a further line only where a cell was wrapped (it ends in a comma or 、):
        // the cell runs on to the line after it.
        if (row.length >= width) {
          const w = row.findIndex((c, i) => i > 0 && WRAPPED.test(text(c)));
          if (w < 0) break;
          const next = w + 1 < row.length ? (row[w + 1] as Cell) : l;
          row.splice(w, 2, { start: (row[w] as Cell).start, end: next.end });
        }
        if (row.length < width) row.push(l);
      }
      k++;
    }
    rows.push(row);
    skip();
  }
  return { rows, end: k };
}
