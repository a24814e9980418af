// Finding 2 and 5 of issue 13: imports have limits (refused with a message, the database
// unchanged) and a folder with one unreadable entry imports the rest, naming each problem.

import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkZip, DEFAULT_LIMITS, limitsFromEnv } from "../../db/ingest/limits.ts";
import { expandPaths } from "../../db/pipeline/index.ts";
import { KnowledgeBase } from "../../electron/knowledge-base.ts";
import { tempDir } from "./support/corpus.ts";

const SEEDS = resolve(import.meta.dirname, "../../seeds");
const FIXTURES = resolve(import.meta.dirname, "../fixtures/ingest");

/** A ZIP (named .docx) whose one entry inflates to `size` zero bytes. */
function zipBomb(size: number, entry = "word/document.xml"): Buffer {
  const data = deflateRawSync(Buffer.alloc(size));
  const name = Buffer.from(entry);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const dirOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

let tmp: ReturnType<typeof tempDir>;
let kb: KnowledgeBase;

function snapshot(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of ["documents", "entities", "relations", "mentions", "evidence", "edits"]) {
    out[t] = (kb.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  }
  return out;
}

beforeAll(async () => {
  tmp = tempDir();
  kb = new KnowledgeBase(join(tmp.dir, "kb.db"), { seedsDir: SEEDS, keepBackups: 0 });
  await kb.ready;
}, 120_000);

afterAll(async () => {
  await kb?.close();
  tmp?.cleanup();
});

describe("import limits", () => {
  it("refuses a .docx ZIP bomb from its directory, before inflating, and changes nothing", async () => {
    const before = snapshot();
    const bomb = zipBomb(100 * 1024 * 1024); // ~100 KB unpacking to 100 MB, as in the finding
    expect(bomb.length).toBeLessThan(200_000);
    const ratioBomb = zipBomb(5 * 1024 * 1024); // small in all, but 1000:1
    const r = await kb.importUploads([
      { name: "bomb.docx", bytes: bomb },
      { name: "ratio.docx", bytes: ratioBomb },
    ]);
    expect(r.documents).toBe(0);
    expect(r.rejected).toEqual([
      { file: "bomb.docx", reason: expect.stringMatching(/unpacks to 100 MB, over the 60 MB limit/) },
      { file: "ratio.docx", reason: expect.stringMatching(/unpacks to \d+ times its size.*ZIP bomb/) },
    ]);
    expect(snapshot()).toEqual(before);
  });

  it("reads only the ZIP directory: a real .docx passes the check", () => {
    expect(
      checkZip("notice.docx", readFileSync(join(FIXTURES, "notice.docx")), DEFAULT_LIMITS).unzipped,
    ).toBeGreaterThan(0);
  });

  it("refuses an oversized file by its size (not read) and a document over the character limit", async () => {
    const before = snapshot();
    const big = join(tmp.dir, "big.txt");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024); // sparse: 50 MB that was never written
    const many = Buffer.from(`关于产业集群的通知\n\n${"产业集群建设。".repeat(300_000)}`); // 2.1 M characters
    const byPath = await kb.importPaths([big]);
    const byUpload = await kb.importUploads([{ name: "long.txt", bytes: many }]);
    expect(byPath.rejected).toEqual([
      { file: big, reason: expect.stringMatching(/50\.0 MB|50 MB, over the 30 MB limit/) },
    ]);
    expect(byUpload.rejected).toEqual([
      { file: "long.txt", reason: expect.stringMatching(/characters, over the limit of 2,000,000/) },
    ]);
    expect(snapshot()).toEqual(before);
  });

  it("limits are configurable: a PDF over KG_MAX_PDF_PAGES is refused with a message", async () => {
    const limits = limitsFromEnv({ KG_MAX_PDF_PAGES: "0.5", KG_MAX_FILE_MB: "40" });
    expect(limits).toMatchObject({ maxPdfPages: 1, maxFileBytes: 40 * 1024 * 1024 });
    expect(() => limitsFromEnv({ KG_MAX_CHARS: "lots" })).toThrow(/KG_MAX_CHARS/);
    const strict = new KnowledgeBase(join(tmp.dir, "strict.db"), {
      limits: { ...DEFAULT_LIMITS, maxPdfPages: 0 },
      keepBackups: 0,
    });
    const r = await strict.importUploads([{ name: "notice.pdf", bytes: readFileSync(join(FIXTURES, "notice.pdf")) }]);
    expect(r.rejected).toEqual([
      { file: "notice.pdf", reason: expect.stringMatching(/PDF has 1 pages?, over the limit of 0/) },
    ]);
    expect((strict.db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n).toBe(0);
    await strict.close();
  });
});

describe("folder imports", () => {
  it("a folder with one unreadable subfolder imports the rest and names each problem", async () => {
    const root = join(tmp.dir, "folder");
    mkdirSync(join(root, "good"), { recursive: true });
    writeFileSync(join(root, "good", "plan.md"), readFileSync(join(FIXTURES, "plan.md")));
    writeFileSync(join(root, "notice.txt"), readFileSync(join(FIXTURES, "notice-utf8.txt")));
    // Tests run as root, for whom chmod 000 blocks nothing. A folder whose name is not UTF-8
    // (GBK names from a Windows archive) cannot be opened by the name Node reports: readdir fails.
    const gbkName = Buffer.from([0xd5, 0xfe, 0xb2, 0xdf]); // 政策 in GBK
    const unreadable = Buffer.concat([Buffer.from(`${root}/`), gbkName]);
    mkdirSync(unreadable);
    writeFileSync(Buffer.concat([unreadable, Buffer.from("/inside.txt")]), "政策文件");
    symlinkSync(join(root, "notice.txt"), join(root, "linked.txt")); // a symlinked file
    symlinkSync(join(root, "missing.txt"), join(root, "dangling.txt")); // a dangling one
    symlinkSync(join(root, "good"), join(root, "linked-folder"));

    const listed = expandPaths([root]);
    expect(listed.files.sort()).toEqual([join(root, "good", "plan.md"), join(root, "notice.txt")]);
    const reasons = Object.fromEntries(listed.rejected.map((r) => [r.file.slice(root.length + 1), r.reason]));
    expect(reasons).toMatchObject({
      "linked.txt": expect.stringMatching(/symbolic link/),
      "dangling.txt": expect.stringMatching(/symbolic link/),
      "linked-folder": expect.stringMatching(/symbolic link/),
    });
    expect(Object.entries(reasons).find(([, r]) => /folder cannot read \(ENOENT\)/.test(r))).toBeTruthy();

    const before = snapshot();
    const r = await kb.importPaths([root]);
    expect(r.documents + r.unchanged).toBe(2);
    expect(r.rejected).toHaveLength(4);
    expect(snapshot().documents).toBe((before.documents ?? 0) + r.documents);
  });
});
