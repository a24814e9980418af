// department_responsible from a responsibility bracket that closes a measure
// anywhere in a line: "…1.提升某能力。…推动甲公司…（牵头单位：市工信局；责任单位：
// 市发改委、科技局）2.…". The measure runs from its number (1. / （一） / 一是), the
// previous bracket or the line start, to the bracket; every department in the
// bracket answers for every other entity the measure names (guide: "the
// department is named responsible for a numbered measure, and that measure
// names the entity"). Entities inside the bracket are responsible units, not targets.
import type { RelationType } from "../types.ts";
import type { HitIndex, RespBracket } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";

type Add = (
  type: RelationType,
  a: Ent,
  b: Ent,
  evStart: number,
  evEnd: number,
  rule: string,
  confidence: number,
) => void;

/** A measure number inside a line, after a sentence end or a space. */
const INLINE_NUMBER =
  /(?:^|[。；;\s）)])((?:\d{1,2}[.．、](?!\d))|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+是)/gu;

export function measureResponsibility(s: string, idx: HitIndex, brackets: RespBracket[], add: Add): void {
  let prevEnd = 0;
  for (const b of brackets) {
    const ds = [...new Set(idx.inSpan(b.start, b.end, "department").map((h) => h.ent))];
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
    // A bracket closing a mere clause (no sentence of its own) is not a measure's.
    if (b.start - start < 6) continue;
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

/** A responsibility column's header cell. */
const RESP_HEADER = /(牵头|责任|配合|主责|协办|参与)(单位|部门)/u;
/** Cell separators of a table row as ingest writes it (tabs), or as typed (|, wide gaps). */
const CELL_SEP = /\t|\s*[|｜]\s*|\s{2,}|\u3000{2,}/gu;

/**
 * Task tables: a header row with 牵头单位/责任单位/配合单位 columns, then rows whose
 * cells line up with it. The units in those columns answer for every entity the
 * row's other cells name (the task, its goals).
 */
export function tableResponsibility(s: string, idx: HitIndex, add: Add): void {
  if (!RESP_HEADER.test(s)) return;
  const cellsOf = (a: number, b: number) => {
    const out: { start: number; end: number }[] = [];
    let at = a;
    for (const m of s.slice(a, b).matchAll(CELL_SEP)) {
      const k = a + (m.index as number);
      if (k > at) out.push({ start: at, end: k });
      at = k + m[0].length;
    }
    if (b > at) out.push({ start: at, end: b });
    return out;
  };
  let a = 0;
  let cols: number[] | null = null;
  let width = 0;
  while (a <= s.length) {
    let b = s.indexOf("\n", a);
    if (b < 0) b = s.length;
    const cells = cellsOf(a, b);
    const header = cells.map((c, i) => (RESP_HEADER.test(s.slice(c.start, c.end)) && c.end - c.start <= 8 ? i : -1));
    if (cells.length >= 2 && header.some((i) => i >= 0)) {
      cols = header.filter((i) => i >= 0);
      width = cells.length;
    } else if (cols && cells.length >= 2 && cells.length <= width && cells.length > Math.max(...cols)) {
      const resp = cols.map((i) => cells[i] as { start: number; end: number });
      const ds = new Set(resp.flatMap((c) => idx.inSpan(c.start, c.end, "department").map((h) => h.ent)));
      const targets = new Set(
        cells
          .filter((_, i) => !(cols as number[]).includes(i))
          .flatMap((c) => idx.inSpan(c.start, c.end).filter((h) => h.ent.type !== "department"))
          .map((h) => h.ent),
      );
      for (const d of ds) for (const t of targets) add("department_responsible", d, t, a, b, "table:columns", 0.75);
    } else if (cells.length < 2 && s.slice(a, b).trim()) cols = null;
    a = b + 1;
  }
}
