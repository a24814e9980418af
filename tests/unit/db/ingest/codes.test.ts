// Why a file is refused travels as a code the UI translates; the English reason stays for the CLI.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorCode, IngestError } from "../../../../db/ingest/errors.ts";
import { readDocument, readDocumentBytes } from "../../../../db/ingest/index.ts";
import { DEFAULT_LIMITS } from "../../../../db/ingest/limits.ts";
import { importPaths } from "../../../../db/pipeline/index.ts";
import { openDatabase } from "../../../../db/store/open.ts";
import { fixture } from "./helpers.ts";

async function codeOf(name: string): Promise<string> {
  try {
    await readDocument(fixture(name));
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    expect((e as IngestError).reason.length).toBeGreaterThan(3);
    return errorCode(e);
  }
  return "imported";
}

describe("import failure codes", () => {
  it.each([
    ["not-a-pdf.pdf", "unsupported"],
    ["not-a-docx.docx", "unsupported"],
    ["empty.txt", "empty"],
    ["whitespace.txt", "empty"],
    ["png-renamed.txt", "damaged"],
    ["truncated.docx", "damaged"],
    ["broken.pdf", "damaged"],
    ["notice-utf8.txt", "imported"],
  ])("%s → %s", async (name, code) => {
    expect(await codeOf(name)).toBe(code);
  });

  it("a scanned PDF, an unknown extension, a missing file and an oversized file each have their code", async () => {
    const scanned = Buffer.from(
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF",
    );
    const codes: string[] = [];
    for (const run of [
      () => readDocumentBytes("scan.pdf", scanned),
      () => readDocumentBytes("notes.doc", Buffer.from("x")),
      () => readDocument(join(tmpdir(), "kg-no-such-file.txt")),
      () => readDocumentBytes("big.txt", Buffer.alloc(64, 0x41), { ...DEFAULT_LIMITS, maxFileBytes: 10 }),
    ]) {
      codes.push(await run().then(() => "imported", errorCode));
    }
    expect(codes).toEqual(["scanned_pdf", "unsupported", "not_found", "too_large"]);
  });

  it("importPaths reports each refused file with its code and keeps the English reason", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-codes-"));
    try {
      writeFileSync(join(dir, "a.xyz"), "x");
      const db = openDatabase(join(dir, "kg.db"));
      const summary = await importPaths(db, [fixture("empty.txt"), join(dir, "a.xyz"), join(dir, "gone.txt")]);
      db.close();
      const byFile = Object.fromEntries(summary.rejected.map((r) => [r.file.split("/").pop(), r]));
      expect(byFile["empty.txt"]?.code).toBe("empty");
      expect(byFile["a.xyz"]?.code).toBe("unsupported");
      expect(byFile["a.xyz"]?.reason).toMatch(/unsupported file type/);
      expect(byFile["gone.txt"]?.code).toBe("not_found");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
