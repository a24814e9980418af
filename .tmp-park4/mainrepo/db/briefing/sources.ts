// The source line under a picture: which documents state the entities drawn, and when it was made.
import type { DB } from "../store/open.ts";
import { type PackLocale, packWords } from "./i18n.ts";

export function sourceLine(db: DB, entityKeys: readonly string[], locale: PackLocale, now = new Date()): string {
  const docs = entityKeys.length
    ? db
        .prepare<[string], { title: string | null; file: string; n: number }>(
          `SELECT d.title AS title, d.file_name AS file, COUNT(DISTINCT m.entity_id) AS n
           FROM mentions m JOIN documents d ON d.id = m.document_id JOIN entities e ON e.id = m.entity_id
           WHERE e.key IN (SELECT value FROM json_each(?))
           GROUP BY d.id ORDER BY n DESC, d.id`,
        )
        .all(JSON.stringify(entityKeys))
    : [];
  const words = packWords(locale);
  const date = now.toISOString().slice(0, 10);
  const names = docs.slice(0, 2).map((d) => `《${(d.title || d.file).slice(0, 40)}》`);
  return words.source(names, docs.length, date);
}
