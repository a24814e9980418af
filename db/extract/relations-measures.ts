// department_responsible from a responsibility bracket that closes a measure
// anywhere in a line: "…1.提升某能力。…推动甲公司…（牵头单位：市工信局；责任单位：
// 市发改委、科技局）2.…". The measure runs from its number (1. / （一） / 一是), the
// previous bracket or the line start, to the bracket; every department in the
// bracket answers for every other entity the measure names (guide: "the
// department is named responsible for a numbered measure, and that measure
// names the entity"). Entities inside the bracket are responsible units, not targets.
import type { RelationType } from "../types.ts";
import type { HitIndex, RespBracket } from "./relations-scope.ts";
import { responsibleUnits } from "./relations-units.ts";
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
