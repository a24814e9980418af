// A synthetic top-up for the 100k-entity measurement (issue 14): a copy of a built scale
// database with entities added until it holds TARGET, each a clone of an existing enterprise,
// park or platform ("name·i") with up to 18 of its mentions, up to 3 of its typed relations and
// their evidence, so the new entities sit in the graph the way the corpus's own do. Written
// through the ordinary tables, so the stored counts and the name index are kept by the triggers.
// Usage: npx tsx scripts/scale/top-up.ts FROM.sqlite TO.sqlite [TARGET=100000]
import { copyFileSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { openDatabase } from "../../db/store/open.ts";

const [from, to, target = "100000"] = process.argv.slice(2);
if (!from || !to) {
  process.stderr.write("usage: top-up FROM.sqlite TO.sqlite [TARGET]\n");
  process.exit(2);
}
rmSync(to, { force: true });
copyFileSync(from, to);
const db = openDatabase(to, { keepBackups: 0 });
const have = db.prepare<[], number>("SELECT count(*) FROM entities").pluck().get() ?? 0;
const add = Math.max(0, Number(target) - have);
const t0 = performance.now();
db.transaction(() => {
  db.exec(`
    CREATE TEMP TABLE base AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM entities
      WHERE type IN ('enterprise', 'park', 'platform') AND review <> 'rejected';
    CREATE TEMP TABLE clones (i INTEGER PRIMARY KEY, base INTEGER NOT NULL, id INTEGER);`);
  db.prepare(
    `WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ?)
     INSERT INTO clones (i, base) SELECT i, b.id FROM seq JOIN temp.base b ON b.k = i % (SELECT count(*) FROM temp.base)`,
  ).run(add);
  db.exec(`
    INSERT INTO entities (key, resolution_key, type, name, level, status, rule, confidence)
      SELECT e.type || ':' || e.name || '·' || c.i, e.resolution_key || '·' || c.i, e.type, e.name || '·' || c.i,
             e.level, e.status, 'synthetic', 0.5
      FROM temp.clones c JOIN entities e ON e.id = c.base ORDER BY c.i;
    UPDATE temp.clones SET id = (SELECT x.id FROM entities x JOIN entities e ON e.id = temp.clones.base
      WHERE x.key = e.type || ':' || e.name || '·' || temp.clones.i);
    INSERT OR IGNORE INTO mentions (entity_id, document_id, start, "end", surface, rule, confidence)
      SELECT c.id, m.document_id, m.start, m."end", m.surface, m.rule, m.confidence
      FROM temp.clones c JOIN mentions m ON m.id IN
        (SELECT id FROM mentions WHERE entity_id = c.base ORDER BY document_id, start LIMIT 18);
    CREATE TEMP TABLE relmap AS
      SELECT r.id AS old, r.type, CASE WHEN r.source_id = c.base THEN c.id ELSE r.source_id END AS source,
             CASE WHEN r.target_id = c.base THEN c.id ELSE r.target_id END AS target
      FROM temp.clones c JOIN relations r ON r.id IN
        (SELECT id FROM relations WHERE (source_id = c.base OR target_id = c.base) AND type <> 'co_mention'
         ORDER BY weight DESC, id LIMIT 3);
    INSERT OR IGNORE INTO relations (type, source_id, target_id, rule, confidence, weight)
      SELECT m.type, m.source, m.target, 'synthetic', 0.5, 1 FROM temp.relmap m WHERE m.source <> m.target;
    INSERT OR IGNORE INTO evidence (relation_id, document_id, start, "end")
      SELECT r.id, e.document_id, e.start, e."end" FROM temp.relmap m
      JOIN relations r ON r.type = m.type AND r.source_id = m.source AND r.target_id = m.target
      JOIN evidence e ON e.id = (SELECT min(id) FROM evidence WHERE relation_id = m.old);`);
})();
const counts = db
  .prepare(
    `SELECT (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM relations WHERE type <> 'co_mention') AS typed_relations,
            (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM evidence) AS evidence`,
  )
  .get();
db.pragma("wal_checkpoint(TRUNCATE)");
db.close();
process.stdout.write(
  `top-up: +${add} entities in ${Math.round(performance.now() - t0)} ms: ${JSON.stringify(counts)}\n`,
);
