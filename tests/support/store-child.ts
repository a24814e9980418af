// A child process for the fault-injection and concurrency tests: works on a real SQLite file
// and prints one line per confirmed (committed) step, so the parent can kill -9 it at any
// moment and check that everything it confirmed is still there.
//   open FILE            open (creating and migrating) and print the schema version
//   import FILE PATH...  import files one by one: "confirmed <sha256>"
//   curate FILE N        N curation edits: "confirmed <edit id> <entity id> <note>"
//   migrate FILE...      open (migrating) each file in turn: "migrated <file>"

import * as curate from "../../db/curate/index.ts";
import { readDocument } from "../../db/ingest/index.ts";
import { importDocument } from "../../db/pipeline/index.ts";
import { openDatabase, schemaVersion } from "../../db/store/open.ts";

const [mode, file, ...rest] = process.argv.slice(2);
if (!mode || !file) throw new Error("usage: store-child MODE FILE ...");
const say = (line: string) => process.stdout.write(`${line}\n`);

if (mode === "open") {
  const db = openDatabase(file);
  say(`version ${schemaVersion(db)}`);
  db.close();
} else if (mode === "import") {
  const db = openDatabase(file, { keepBackups: 0 });
  for (const path of rest) {
    const doc = await readDocument(path);
    const out = importDocument(db, doc);
    if (out.status !== "rejected") say(`confirmed ${doc.sha256}`);
  }
  db.close();
} else if (mode === "curate") {
  const db = openDatabase(file, { keepBackups: 0 });
  const ids = db.prepare("SELECT id FROM entities ORDER BY id").pluck().all() as number[];
  const n = Number(rest[0] ?? 100);
  for (let i = 0; i < n; i++) {
    const id = ids[i % ids.length] as number;
    const note = `note ${i}`;
    const r = curate.editEntity(db, { id, note }, "fault-test");
    say(`confirmed ${r.editId} ${id} ${note}`);
  }
  db.close();
} else if (mode === "migrate") {
  for (const f of [file, ...rest]) {
    openDatabase(f).close();
    say(`migrated ${f}`);
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}
