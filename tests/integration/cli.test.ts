// The `kg` command line as a user runs it: a child process, real seeds, real files.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "./support/corpus.ts";
import { descendants, parseXml } from "./support/xml.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const SEEDS = join(ROOT, "seeds");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

function kg(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [join(ROOT, "db", "cli", "kg.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: ReturnType<typeof tempDir>;
let dbFile: string;
beforeAll(() => {
  tmp = tempDir();
  dbFile = join(tmp.dir, "kb.sqlite");
});
afterAll(() => tmp.cleanup());

describe("kg usage errors", () => {
  it("help prints the usage and succeeds", () => {
    const r = kg("help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: kg/);
  });

  it("an unknown command or option exits 2 with a message", () => {
    const unknown = kg("frobnicate");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    const flag = kg("stats", "--db", dbFile, "--colour");
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/unknown option --colour/);
  });

  it("missing or bad arguments exit 2 and create nothing", () => {
    expect(kg("stats").stderr).toMatch(/missing --db/);
    expect(kg("ingest", "--db", dbFile).code).toBe(2);
    const format = kg("export", "--db", dbFile, "--format", "xml", "--out", join(tmp.dir, "x"));
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format must be one of json, csv, graphml, gexf/);
    expect(kg("search", "--db", dbFile).code).toBe(2);
    expect(existsSync(dbFile)).toBe(false);
  });

  it("reading commands on a missing database exit 1 without creating it", () => {
    const r = kg("stats", "--db", dbFile);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no database at/);
    expect(existsSync(dbFile)).toBe(false);
  });
});

describe("kg on the seeds", () => {
  it("ingest imports the good files, names each rejected one with its reason and exits 1", () => {
    const empty = join(tmp.dir, "empty.txt");
    const fakeDocx = join(tmp.dir, "fake.docx");
    writeFileSync(empty, "");
    const notes = join(tmp.dir, "notes.xyz");
    writeFileSync(fakeDocx, "this is not a zip archive");
    writeFileSync(notes, "威高集团");
    const r = kg("ingest", SEEDS, empty, fakeDocx, notes, "--db", dbFile);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/documents: 5 imported, 0 unchanged/);
    expect(r.stdout).toMatch(/rejected:\s+3/);
    expect(r.stdout).toContain(`${empty}: `);
    expect(r.stdout).toMatch(/fake\.docx: .*docx/);
    expect(r.stdout).toMatch(/notes\.xyz: unsupported file type/);
    expect(r.stderr).toMatch(/\[7\/7\]/); // progress on stderr: 7 files read, .xyz refused unread
  });

  it("ingesting the same files again changes nothing", () => {
    const before = kg("stats", "--db", dbFile, "--json");
    const r = kg("ingest", SEEDS, "--db", dbFile);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/documents: 0 imported, 5 unchanged/);
    expect(kg("stats", "--db", dbFile, "--json").stdout).toBe(before.stdout);
  });

  it("stats counts what was imported", () => {
    const r = kg("stats", "--db", dbFile, "--json");
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as {
      documents: number;
      entities: number;
      relations: number;
      byType: Record<string, number>;
    };
    expect(s.documents).toBe(5);
    expect(s.byType.cluster).toBeGreaterThan(0);
    expect(s.byType.department).toBeGreaterThan(0);
    expect(s.relations).toBeGreaterThan(0);
    expect(kg("stats", "--db", dbFile).stdout).toMatch(/documents: 5/);
  });

  it("search finds Chinese text with 2 and with 3+ characters", () => {
    for (const q of ["威高", "碳纤维"]) {
      const r = kg("search", q, "--db", dbFile, "--json");
      expect(r.code).toBe(0);
      const hits = JSON.parse(r.stdout) as { kind: string; label: string; snippet?: string }[];
      expect(hits.some((h) => h.kind === "entity" && h.label.includes(q))).toBe(true);
      expect(hits.some((h) => h.kind === "document" && (h.snippet ?? "").includes(q))).toBe(true);
    }
    expect(kg("search", "不存在的词语", "--db", dbFile).stdout).toMatch(/no match/);
  });

  it("export writes every format; the files parse back", () => {
    const stats = JSON.parse(kg("stats", "--db", dbFile, "--json").stdout) as { entities: number };
    const json = join(tmp.dir, "graph.json");
    expect(kg("export", "--db", dbFile, "--format", "json", "--out", json).code).toBe(0);
    expect((JSON.parse(readFileSync(json, "utf8")) as { nodes: unknown[] }).nodes).toHaveLength(stats.entities);

    const csvDir = join(tmp.dir, "csv");
    const csv = kg("export", "--db", dbFile, "--format", "csv", "--out", csvDir);
    expect(csv.code).toBe(0);
    const nodes = readFileSync(join(csvDir, "nodes.csv"), "utf8");
    expect(nodes.charCodeAt(0)).toBe(0xfeff);
    expect(nodes).toMatch(/[\u4e00-\u9fff]{2,}/u);
    expect(existsSync(join(csvDir, "edges.csv"))).toBe(true);

    const parks = join(tmp.dir, "parks.graphml");
    expect(
      kg("export", "--db", dbFile, "--format", "graphml", "--out", parks, "--types", "park,cluster", "--hide-isolated")
        .code,
    ).toBe(0);
    const kept = descendants(parseXml(readFileSync(parks, "utf8")), "node");
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(stats.entities);
    expect(kg("export", "--db", dbFile, "--format", "json", "--out", json, "--types", "people").code).toBe(2);

    for (const format of ["graphml", "gexf"]) {
      const out = join(tmp.dir, `graph.${format}`);
      expect(kg("export", "--db", dbFile, "--format", format, "--out", out).code).toBe(0);
      const root = parseXml(readFileSync(out, "utf8"));
      expect(descendants(root, "node")).toHaveLength(stats.entities);
    }
  });
});
