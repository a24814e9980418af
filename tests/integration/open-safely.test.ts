// Findings 3 and 4 of issue 13 on real files and real processes: a damaged database is refused
// (naming the file and its latest backup) and restored; two processes creating one database
// both succeed; a read-only database answers search.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomFillSync } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBackups } from "../../db/store/backup.ts";
import { LATEST_VERSION } from "../../db/store/migrations/index.ts";
import { DatabaseDamagedError, integrityCheck, openDatabase } from "../../db/store/open.ts";
import { createHandlers, dispatch } from "../../electron/api.ts";
import { KnowledgeBase } from "../../electron/knowledge-base.ts";
import { tempDir } from "./support/corpus.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = join(ROOT, "seeds");
const TSX = join(ROOT, "node_modules/tsx/dist/cli.mjs");
const KG = join(ROOT, "db/cli/kg.ts");
const CHILD = join(ROOT, "tests/support/store-child.ts");

let tmp: ReturnType<typeof tempDir>;
let seeded: string;

/** Random bytes over every page but the first (the header), as a failing disk would leave it. */
export function damage(file: string): void {
  const bytes = readFileSync(file);
  for (let at = 4096; at + 4096 <= bytes.length; at += 4096 * 2) randomFillSync(bytes, at + 8, 4000);
  writeFileSync(file, bytes);
}

function kg(args: string[], opts: { uid?: number } = {}) {
  const r = spawnSync(process.execPath, [TSX, KG, ...args], {
    encoding: "utf8",
    cwd: ROOT,
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid, env: { ...process.env, HOME: tmp.dir } } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  tmp = tempDir();
  seeded = join(tmp.dir, "seeded.db");
  const kb = new KnowledgeBase(seeded, { seedsDir: SEEDS, keepBackups: 0, offThread: false });
  await kb.ready;
  await kb.close();
}, 120_000);

afterAll(() => tmp?.cleanup());

describe("a damaged database", () => {
  it("is refused with a message naming it and its latest backup, and comes back with kg restore", async () => {
    const file = join(tmp.dir, "precious.db");
    cpSync(seeded, file);
    const kb = new KnowledgeBase(file, { offThread: false }); // a new file's first daily backup
    await kb.close();
    const backups = listBackups(file);
    expect(backups).toHaveLength(1);
    damage(file);

    let refused: unknown;
    try {
      new KnowledgeBase(file, { offThread: false });
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(DatabaseDamagedError);
    expect((refused as Error).message).toContain(file);
    expect((refused as Error).message).toContain(backups[0]?.path);

    // The CLI refuses it too: an ingest into a damaged file is an error, not exit 0.
    const ingest = kg(["ingest", join(SEEDS, readdirSync(SEEDS)[0] ?? ""), "--db", file]);
    expect(ingest.code).toBe(1);
    expect(ingest.stderr).toMatch(/damaged/);
    expect(kg(["check", "--db", file]).code).toBe(1);

    const restored = kg(["restore", "--db", file, "--latest"]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/kept as .*precious\.db\.replaced-/);
    expect(kg(["check", "--db", file]).stdout).toContain(`${file}: ok`);
    const search = kg(["search", "产业集群", "--db", file, "--json"]);
    expect(JSON.parse(search.stdout).length).toBeGreaterThan(0);
  }, 120_000);

  it("kg backup writes a sound copy; kg restore refuses a damaged backup", () => {
    const out = join(tmp.dir, "copies", "copy.db");
    expect(kg(["backup", "--db", seeded, "--out", out]).code).toBe(0);
    const copy = openDatabase(out, { readonly: true, check: "full" });
    expect(integrityCheck(copy)).toEqual(["ok"]);
    copy.close();
    expect(kg(["backup", "--db", seeded, "--out", out]).code).toBe(1); // never over an existing file
    const bad = join(tmp.dir, "bad-backup.db");
    cpSync(seeded, bad);
    damage(bad);
    const target = join(tmp.dir, "target.db");
    cpSync(seeded, target);
    const r = kg(["restore", "--db", target, "--from", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/damaged too|cannot be read/);
    expect(readFileSync(target).equals(readFileSync(seeded))).toBe(true);
  }, 60_000);

  it("backs up before a re-extraction", async () => {
    const file = join(tmp.dir, "reextract.db");
    cpSync(seeded, file);
    const kb = new KnowledgeBase(file, { offThread: false, keepBackups: 3 });
    const table = createHandlers({ kb, host: "web", version: "0", getLocale: () => "en", setLocale: () => undefined });
    const r = await dispatch(table, "reextract", {});
    expect(r.ok).toBe(true);
    expect(listBackups(file).map((b) => b.reason)).toContain("before-reextract");
    await kb.close();
  }, 120_000);
});

describe("opening", () => {
  it("two processes creating one new database both succeed (3 trials)", async () => {
    const run = (file: string) =>
      new Promise<{ code: number | null; out: string }>((done) => {
        const child: ChildProcess = spawn(process.execPath, [TSX, CHILD, "open", file], { cwd: ROOT });
        let out = "";
        child.stdout?.on("data", (c: Buffer) => {
          out += c.toString();
        });
        child.stderr?.on("data", (c: Buffer) => {
          out += c.toString();
        });
        child.on("exit", (code) => done({ code, out }));
      });
    for (let trial = 0; trial < 3; trial++) {
      const file = join(tmp.dir, `race-${trial}.db`);
      const results = await Promise.all([run(file), run(file)]);
      for (const r of results) expect(r, r.out).toMatchObject({ code: 0, out: `version ${LATEST_VERSION}\n` });
    }
  }, 120_000);

  it("a read-only database answers search and stats; writes get a clear message", async () => {
    const dir = join(tmp.dir, "readonly");
    mkdirSync(dir);
    const file = join(dir, "kb.db");
    cpSync(seeded, file);
    // Root may write anything, so the read-only user here is `nobody` on a root-owned file and folder.
    chmodSync(tmp.dir, 0o755);
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    const asRoot = process.getuid?.() === 0;
    const uid = asRoot ? 65534 : undefined;
    const search = kg(["search", "产业集群", "--db", file, "--json"], { uid });
    expect(search.code, search.stderr).toBe(0);
    expect(JSON.parse(search.stdout).length).toBeGreaterThan(0);
    expect(kg(["stats", "--db", file], { uid }).stdout).toMatch(/documents: 5/);
    const ingest = kg(["ingest", SEEDS, "--db", file], { uid });
    expect(ingest.code).toBe(1);
    expect(ingest.stderr).toMatch(/read-only/);
    chmodSync(dir, 0o755);
    expect(existsSync(`${file}-wal`)).toBe(false);
  }, 60_000);

  it("the app opens a read-only knowledge base for browsing and refuses edits with a message", async () => {
    const file = join(tmp.dir, "ro-app.db");
    cpSync(seeded, file);
    // What the app does when the OS refuses writes (as root, chmod alone would not refuse).
    const kb = new KnowledgeBase(file, { offThread: false, readOnly: true });
    expect(kb.readOnly).toBe(true);
    const table = createHandlers({
      kb,
      host: "web",
      version: "0",
      getLocale: () => "en",
      setLocale: () => undefined,
    });
    const hits = await dispatch(table, "search", { q: "产业集群" });
    expect(hits.ok && (hits.data as unknown[]).length).toBeGreaterThan(0);
    const edit = await dispatch(table, "viewSave", { name: "x" });
    expect(edit).toMatchObject({
      ok: false,
      error: { code: "not_allowed", message: expect.stringMatching(/read-only/) },
    });
    const upload = await dispatch(table, "importFiles", { files: [{ name: "a.txt", base64: "6YCa55+l" }] });
    expect(upload).toMatchObject({ ok: false, error: { code: "not_allowed" } });
    await kb.close();
  });
});
