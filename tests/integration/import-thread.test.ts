// A large bulk import reads and extracts on a second thread (db/store/extract-pool.ts) while the
// calling thread writes: the knowledge base it builds is the one the inline import builds, file
// for file, unreadable files are rejected with the same reason, and importing the folder again
// changes nothing.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractionPool } from "../../db/pipeline/extract-pool.ts";
import { importPaths } from "../../db/pipeline/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
import { curatedState, SEEDS, tempDir } from "./curate-helpers.ts";

let tmp: ReturnType<typeof tempDir>;
let folder: string;

beforeAll(() => {
  tmp = tempDir();
  folder = join(tmp.dir, "corpus");
  mkdirSync(folder);
  // The seeds cut into pieces of a few paragraphs: many small, different documents.
  let n = 0;
  for (const f of readdirSync(SEEDS)
    .filter((x) => x.endsWith(".txt"))
    .sort()) {
    const lines = readFileSync(join(SEEDS, f), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "");
    for (let i = 0; i < lines.length && n < 60; i += 8) {
      writeFileSync(join(folder, `part-${String(++n).padStart(3, "0")}.txt`), lines.slice(i, i + 8).join("\n"));
    }
  }
  // Not UTF-8, UTF-16 or GB18030 text: rejected by the reader, on either thread.
  writeFileSync(join(folder, "zz-binary.txt"), Buffer.from([0, 159, 146, 150, 0, 255, 254, 0, 1, 2, 3]));
});
afterAll(() => tmp?.cleanup());

async function build(
  name: string,
  thread: boolean,
): Promise<{ db: DB; summary: Awaited<ReturnType<typeof importPaths>> }> {
  const db = openDatabase(join(tmp.dir, name));
  const summary = await importPaths(db, [folder], undefined, undefined, { thread });
  return { db, summary };
}

describe("a bulk import on a second thread", () => {
  it("starts the thread here (from the TypeScript sources), which reads and extracts a file", async () => {
    const pool = extractionPool([]);
    if (!pool) throw new Error("the extraction thread did not start");
    try {
      const p = await pool.prepare(join(folder, "part-001.txt"));
      expect("doc" in p && p.extraction && p.extraction.entities.length > 0).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it("builds the same knowledge base as the inline import, rejecting the same files", async () => {
    const inline = await build("inline.sqlite", false);
    const threaded = await build("threaded.sqlite", true);
    try {
      expect(threaded.summary.documents).toBeGreaterThanOrEqual(50);
      expect(threaded.summary).toEqual(inline.summary);
      expect(threaded.summary.rejected.map((r) => r.file)).toEqual([join(folder, "zz-binary.txt")]);
      expect(curatedState(threaded.db)).toEqual(curatedState(inline.db));
      const again = await importPaths(threaded.db, [folder], undefined, undefined, { thread: true });
      expect(again.documents).toBe(0);
      expect(again.unchanged).toBe(threaded.summary.documents);
      expect(curatedState(threaded.db)).toEqual(curatedState(inline.db));
    } finally {
      inline.db.close();
      threaded.db.close();
    }
  }, 240_000);
});
