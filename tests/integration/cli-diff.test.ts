// `kg diff` and `kg dates` as a user runs them: a child process over a knowledge base built
// from the real seeds.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SeedKb, seedKb } from "./views-kb.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

function kg(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [join(ROOT, "db", "cli", "kg.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let kb: SeedKb;
beforeAll(async () => {
  kb = await seedKb("kg-cli-diff-");
  kb.db.close();
}, 120_000);
afterAll(() => kb.cleanup());

interface Side {
  entities: Record<string, { name: string; a?: { evidence: { sentence: string; citation: string }[] }; b?: unknown }[]>;
  relations: { type: string; source: { name: string }; target: { name: string } }[];
}

describe("kg diff", () => {
  it("--json compares 000 with 004: clusters only in each and in both, with evidence", () => {
    const r = kg("diff", "--db", kb.file, "000", "004", "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(["a", "b", "both", "only_a", "only_b", "status_changed"]);
    const [onlyA, onlyB, both] = [out.only_a, out.only_b, out.both] as Side[];
    const names = (s: Side | undefined) => (s?.entities.cluster ?? []).map((e) => e.name);
    expect(names(both).length).toBeGreaterThan(0);
    expect(names(onlyA).length).toBeGreaterThan(0);
    expect(names(onlyB).length).toBeGreaterThan(0);
    // No cluster is on two sides at once.
    const all = [...names(onlyA), ...names(onlyB), ...names(both)];
    expect(new Set(all).size).toBe(all.length);
    // What only 000 names is in 000's text and its evidence cites it.
    const seed000 = readFileSync(join(ROOT, "seeds", "000_5eb087360ca96ad5.txt"), "utf8");
    for (const e of onlyA?.entities.cluster ?? []) {
      expect(e.b).toBeUndefined();
      expect(e.a?.evidence[0]?.citation).toMatch(/^《关于培育壮大千亿级产业集群的实施意见》/);
      expect(seed000.replace(/\s+/g, "")).toContain(e.a?.evidence[0]?.sentence.replace(/\s+/g, "").slice(0, 12));
    }
    expect(onlyB?.relations.length).toBeGreaterThan(0);
    expect(Array.isArray(out.status_changed)).toBe(true);
  });

  it("prints the comparison as text, by 文号 and by date range", () => {
    const r = kg("diff", "--db", kb.file, "2021..2023", "威政办字〔2026〕10号");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^A: 2021\.\.2023 \(\d+\)/);
    expect(r.stdout).toMatch(/only in A: \d+ entities/);
    expect(r.stdout).toMatch(/in both: \d+ entities/);
    expect(r.stdout).toMatch(/产业集群 \(\d+\): /);
  });

  it("writes the comparison as CSV with --csv", () => {
    const file = join(kb.dir, "cmp.csv");
    expect(kg("diff", "--db", kb.file, "000", "004", "--csv", file).code).toBe(0);
    const csv = readFileSync(file, "utf8");
    expect(csv.startsWith("\uFEFF变化,类别,类型,名称")).toBe(true);
    expect(csv).toMatch(/\r\n仅 A,entity,cluster,/);
    expect(csv).toMatch(/\r\n两者,entity,cluster,/);
  });

  it("explains a selector that names nothing and exits 2; a missing database exits 1", () => {
    const bad = kg("diff", "--db", kb.file, "000", "no-such-plan");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no document matches "no-such-plan"/);
    expect(kg("diff", "--db", kb.file, "000").code).toBe(2);
    const missing = kg("diff", "--db", join(kb.dir, "none.sqlite"), "000", "004");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no database/);
  });
});

describe("kg dates", () => {
  it("lists the gazette's parts on their dates and the undated plan", () => {
    const r = kg("dates", "--db", kb.file);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2018-02-07 +d\d+ +关于培育壮大千亿级产业集群的实施意见$/m);
    expect(r.stdout).toMatch(/^2023-07-16 +d\d+@\d+ +威政字〔2023〕40号/m);
    expect(r.stdout).toMatch(/^\(undated\) +d\d+ +威海火炬高技术产业开发区/m);
    expect(r.stdout).toMatch(/19 units, 1 undated/);
  });
});
