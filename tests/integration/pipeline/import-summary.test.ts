// One import route, one ImportSummary: the CLI's bulk import of paths, the host's import of
// the same files by path and as uploads all report the same counts with the same meaning
// (entities and relations new to the database), and each file's own result.
import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type ImportSummary, importPaths } from "../../../db/pipeline/index.ts";
import { openDatabase } from "../../../db/store/open.ts";
import { KnowledgeBase } from "../../../electron/knowledge-base.ts";
import { tempDir } from "../support/corpus.ts";

const SEEDS = resolve(import.meta.dirname, "../../../seeds");
const FILES = ["000_5eb087360ca96ad5.txt", "001_009ea0aaa39aa237.txt"].map((f) => join(SEEDS, f));
const tmp = tempDir();
afterAll(() => tmp.cleanup());

const rows = (s: ImportSummary) => ({ documents: s.documents, entities: s.entities, relations: s.relations });

describe("ImportSummary", () => {
  it("means the same on every route: new rows in the database, and each file's result", async () => {
    const cliDb = openDatabase(join(tmp.dir, "cli.db"));
    const cli = await importPaths(cliDb, FILES);
    const entityRows = cliDb.prepare("SELECT count(*) FROM entities").pluck().get();
    cliDb.close();

    const byPath = new KnowledgeBase(join(tmp.dir, "paths.db"), { offThread: false, keepBackups: 0 });
    const paths = await byPath.importPaths(FILES);
    await byPath.close();

    const byUpload = new KnowledgeBase(join(tmp.dir, "uploads.db"), { offThread: false, keepBackups: 0 });
    const uploads = await byUpload.importUploads(FILES.map((f) => ({ name: basename(f), bytes: readFileSync(f) })));
    const again = await byUpload.importUploads([{ name: "copy.txt", bytes: readFileSync(FILES[0] as string) }]);
    await byUpload.close();

    expect(cli.documents).toBe(2);
    expect(cli.entities).toBe(entityRows);
    expect(rows(paths)).toEqual(rows(cli));
    expect(rows(uploads)).toEqual(rows(cli));

    // Per file: what each document mentions; two notices share entities, counted once above.
    expect(uploads.results.map((r) => [r.file, r.status])).toEqual(FILES.map((f) => [basename(f), "imported"]));
    const mentioned = uploads.results.reduce((n, r) => n + (r.entities ?? 0), 0);
    expect(mentioned).toBeGreaterThan(uploads.entities);
    expect(again).toMatchObject({ documents: 0, unchanged: 1, entities: 0, relations: 0, rejected: [] });
    expect(again.results).toEqual([expect.objectContaining({ file: "copy.txt", status: "unchanged" })]);
  });

  it("lists a refused path among the results and in rejected", async () => {
    const db = openDatabase(join(tmp.dir, "refused.db"));
    const missing = join(tmp.dir, "nowhere.txt");
    const s = await importPaths(db, [missing, FILES[0] as string]);
    db.close();
    expect(s.rejected).toEqual([{ file: missing, code: "not_found", reason: "no such file or folder" }]);
    expect(s.results.map((r) => r.status)).toEqual(["rejected", "imported"]);
  });
});
