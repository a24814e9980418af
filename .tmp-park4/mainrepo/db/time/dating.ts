// Dates you can trust: the units without an issue date, and dating one by hand as a curation
// decision (undoable, replayed after re-import, exported with the annotations).
import { type ActionResult, record } from "../curate/actions.ts";
import { CurationError } from "../curate/errors.ts";
import type { DB } from "../store/open.ts";
import { listUnits, type TimeUnit } from "./units.ts";

export function undatedUnits(db: DB): TimeUnit[] {
  return listUnits(db).filter((u) => u.date === null);
}

/** A real calendar date YYYY-MM-DD, not in the future by more than a year, not before 1949. */
export function checkDate(date: string): string {
  const d = date.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(d);
  const t = m ? new Date(`${d}T00:00:00Z`) : null;
  if (!m || !t || Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== d) {
    throw new CurationError("invalid", `"${date}" is not a date (YYYY-MM-DD)`);
  }
  const year = Number(m[1]);
  if (year < 1949 || year > new Date().getUTCFullYear() + 1) {
    throw new CurationError("invalid", `${d} is outside the years a policy document can carry`);
  }
  return d;
}

export function setDocumentDate(db: DB, input: { unit: string; date: string }, actor: string): ActionResult {
  return db
    .transaction((): ActionResult => {
      const date = checkDate(input.date);
      const unit = listUnits(db).find((u) => u.id === input.unit);
      if (!unit) throw new CurationError("not_found", `no document or part ${input.unit}`);
      if (unit.date === date) throw new CurationError("invalid", `${unit.title} is already dated ${date}`);
      const start = unit.kind === "part" ? unit.start : 0;
      const editId = record(
        db,
        actor,
        { kind: "setDocumentDate", doc: unit.sha256, start, date },
        { dates: [{ doc: unit.sha256, start }] },
        [unit.title, date],
      );
      return { editId };
    })
    .immediate();
}
