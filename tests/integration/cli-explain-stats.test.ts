// `kg explain --stats` as a researcher runs it: a child process over a folder of
// invented documents with a gold file for one of them, checked against what the
// real extractor finds there.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { RuleStat, StatsReport } from "../../db/cli/rule-stats.ts";
import { extract } from "../../db/extract/index.ts";
import { PRECEDENCE } from "../../db/extract/registry.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

function kg(...args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, "db", "cli", "kg.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Two invented documents: a list of three industries, and a firm list that leads a cluster. */
const DOC_A = "重点发展海洋装备、储能电池、智能传感等产业。";
// Names no suffix family types by itself (药业 would be suffix:药业), so both come from the list.
const DOC_B = "以星澜光电、云岫远航为代表的光电产业集群。";

let dir: string;
let goldDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kg-stats-"));
  goldDir = mkdtempSync(join(tmpdir(), "kg-stats-gold-"));
  writeFileSync(join(dir, "a.txt"), DOC_A);
  writeFileSync(join(dir, "b.txt"), DOC_B);
  writeFileSync(join(dir, "notes.json"), "{}"); // not a document: skipped
  // Gold for a.txt only: two of the three industries (the third is a false hit).
  writeFileSync(
    join(goldDir, "a.json"),
    JSON.stringify({
      doc: "a.txt",
      entities: [
        { name: "海洋装备", type: "cluster", mentions: ["海洋装备"] },
        { name: "储能电池产业", type: "cluster", mentions: ["储能电池"] },
      ],
      relations: [],
    }),
  );
});

const row = (r: StatsReport, id: string) => r.rules.find((x) => x.rule === id) as RuleStat;

describe("kg explain --stats", () => {
  it("counts fires and documents per rule, precision where gold exists, and flags one-document rules", () => {
    // The premise: the real extractor finds these with these rules.
    const a = extract({ text: DOC_A });
    expect(a.entities.map((e) => [e.name, e.rule])).toEqual([
      ["海洋装备", "cluster:list"],
      ["储能电池", "cluster:list"],
      ["智能传感", "cluster:list"],
    ]);
    const r = kg("explain", "--stats", dir, "--gold", goldDir, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as StatsReport;
    expect(report.documents).toBe(2);
    expect(report.withGold).toBe(1);
    const list = row(report, "cluster:list");
    expect(list).toMatchObject({ stage: "candidates", registered: true, fires: 3, docs: 1, judged: 3, correct: 2 });
    expect(list.precision).toBeCloseTo(2 / 3, 5);
    expect(list.oneDoc).toBe(true);
    // b.txt has no gold: its rules fire but are not judged.
    const lead = row(report, "enterprise:list-lead");
    expect(lead).toMatchObject({ fires: 2, docs: 1, judged: 0, precision: null });
    expect(row(report, "list:cluster")).toMatchObject({ stage: "relations", fires: 2, docs: 1 });
    // Registered rules that never fired are listed too, so the table covers the registry.
    expect(row(report, "dept:national")).toMatchObject({ fires: 0, docs: 0, oneDoc: false });
  });

  it("prints a table with the flags and the one-document summary", () => {
    const r = kg("explain", "--stats", join(dir, "a.txt"), join(dir, "b.txt"), "--gold", goldDir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("2 documents, 1 with gold");
    expect(lines.find((l) => l.startsWith("cluster:list "))).toMatch(
      /^cluster:list\s+candidates\s+3\s+1\s+66\.7\s+\(2\/3\)\s+ONE DOCUMENT$/u,
    );
    expect(lines.find((l) => l.startsWith("dept:national "))).toMatch(/never fired$/u);
    expect(lines.at(-1)).toMatch(/^fires on one document only: .*cluster:list/u);
  });

  it("--rules prints the registry in precedence order, one line per rule", () => {
    const r = kg("explain", "--rules");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.map((l) => l.split(/\s+/u)[0])).toEqual([...PRECEDENCE]);
    const json = JSON.parse(kg("explain", "--rules", "--json").stdout) as { id: string; examples: unknown[] }[];
    expect(json.map((x) => x.id)).toEqual([...PRECEDENCE]);
    expect(json.every((x) => x.examples.length > 0)).toBe(true);
  });

  it("bad usage exits 2; a missing folder exits 1", () => {
    for (const args of [
      ["explain", "--stats"],
      ["explain", "--stats", dir, "--all"],
      ["explain", dir, "x", "--gold", goldDir],
      ["explain", "--rules", dir],
    ]) {
      const r = kg(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/usage: kg explain/u);
    }
    const r = kg("explain", "--stats", join(dir, "no-such-folder"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kg explain: .*no-such-folder/u);
  }, 180_000); // six child processes on a shared 2-core machine
});
