// `kg explain` as a researcher runs it: a child process on a real seed, checked
// against what the real extractor finds in that seed.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../db/extract/index.ts";
import { ruleEntry } from "../../db/extract/registry.ts";
import { readDocument } from "../../db/ingest/index.ts";
import { sectionAt } from "../../db/ingest/structure.ts";
import type { ExtractedEntity, ExtractedRelation, IngestedDoc } from "../../db/types.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const SEED = join(ROOT, "seeds", "004_35b3b19d69df2577.txt");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
/** A department every city has; the seed names it many times, in full and shortened. */
const DEPT = "市工业和信息化局";

function kg(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [join(ROOT, "db", "cli", "kg.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The printed sentence without its marks and cut marks, as it stands in the (flattened) text. */
const unmarked = (line: string) => line.trim().replace(/[«»]/gu, "").replace(/^…|…$/gu, "");
const flatText = (doc: IngestedDoc) => doc.text.replace(/\s*\n\s*/gu, " ");

let doc: IngestedDoc;
let dept: ExtractedEntity;
let rel: ExtractedRelation;
let byKey: Map<string, ExtractedEntity>;
beforeAll(async () => {
  doc = await readDocument(SEED);
  const x = extract({ text: doc.text, sections: doc.sections, fileName: "004.txt" });
  byKey = new Map(x.entities.map((e) => [e.key, e]));
  dept = x.entities.find((e) => e.name === DEPT) as ExtractedEntity;
  rel = x.relations.find((r) => r.source === dept?.key && r.type !== "co_mention") as ExtractedRelation;
});

describe("kg explain ENTITY", () => {
  it("prints the entity line, then every mention with its section, span, rule and marked sentence", () => {
    expect(dept, "the extractor finds the department in the seed").toBeDefined();
    const r = kg("explain", SEED, DEPT);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // The hits, then a legend naming the registry entry of every rule shown.
    const [body, legend] = r.stdout.trimEnd().split("\n\nrules:\n");
    const lines = (body as string).split("\n");
    const rules = new Set([dept.rule, ...dept.mentions.map((m) => m.rule ?? dept.rule)]);
    expect((legend as string).split("\n").map((l) => l.trim().split("  ")[0])).toEqual([...rules]);
    for (const id of rules) {
      const entry = ruleEntry(id);
      expect(entry, `${id} is registered`).toBeDefined();
      expect(legend).toContain(`  ${id}  [${entry?.stage}]  ${entry?.description}`);
    }
    expect(lines[0]).toBe(
      `${DEPT}  [department]  level=-  status=${dept.status}  rule=${dept.rule}  confidence=${dept.confidence.toFixed(2)}`,
    );
    // Two lines per mention: where and which rule, then the sentence.
    expect(lines.length).toBe(1 + 2 * dept.mentions.length);
    const text = flatText(doc);
    dept.mentions.forEach((m, i) => {
      const path = sectionAt(doc.sections, m.start)?.path;
      expect(path, "the seed's measures are numbered sections").toBeTruthy();
      expect(lines[1 + 2 * i]).toBe(`  ${path}  [${m.start},${m.end})  rule=${m.rule}`);
      const sentence = lines[2 + 2 * i] as string;
      expect(sentence).toContain(`«${m.surface}»`);
      expect(text).toContain(unmarked(sentence));
      // One sentence: no sentence end before the mark, at most the closing one after it.
      expect(sentence.split("«")[0]).not.toMatch(/[。！？；]/u);
      expect((sentence.split("»")[1] ?? "").slice(0, -1)).not.toMatch(/[。！？；]/u);
    });
    // Mention rules are the extractor's own: this seed lists the department both in full and carried.
    expect(new Set(dept.mentions.map((m) => m.rule)).size).toBeGreaterThan(1);
  });

  it("finds an entity by a mention surface, NFKC- and space-insensitively", () => {
    const short = dept.mentions.find((m) => m.surface !== DEPT)?.surface as string;
    expect(short).toBeDefined();
    const spaced = [...short].join(" ");
    const r = kg("explain", SEED, spaced, "--type", "department");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(new RegExp(`^${DEPT}  \\[department\\]`, "u"));
    expect(r.stdout).toContain(`«${short}»`);
  });

  it("--json gives the same hits as data", () => {
    const r = kg("explain", SEED, DEPT, "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      entities: {
        name: string;
        rule: string;
        mentions: { start: number; end: number; path: string; rule: string; sentence: string }[];
      }[];
      relations: unknown[];
    };
    expect(out.entities).toHaveLength(1);
    expect(out.relations).toEqual([]);
    const e = out.entities[0];
    expect(e?.rule).toBe(dept.rule);
    expect(e?.mentions.map((m) => [m.start, m.end, m.rule])).toEqual(
      dept.mentions.map((m) => [m.start, m.end, m.rule]),
    );
    for (const m of e?.mentions ?? []) expect(m.sentence).toContain(`«${doc.text.slice(m.start, m.end)}»`);
  });
});

describe("kg explain SOURCE->TARGET", () => {
  it("prints type, ends, rule, confidence and the evidence with both ends marked", () => {
    expect(rel, "the extractor ties the department to something").toBeDefined();
    const target = byKey.get(rel.target) as ExtractedEntity;
    const r = kg("explain", SEED, `${DEPT}->${target.name}`, "--relation", rel.type);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      `${rel.type}  ${DEPT} → ${target.name}  rule=${rel.rule}  confidence=${rel.confidence.toFixed(2)}`,
    );
    const path = sectionAt(doc.sections, rel.evidence.start)?.path;
    expect(lines[1]).toBe(`  evidence  ${path}  [${rel.evidence.start},${rel.evidence.end})`);
    expect(lines[2]).toMatch(/«.+»/u);
    const src = lines.find((l) => l.trim().startsWith("source ")) as string;
    const tgt = lines.find((l) => l.trim().startsWith("target ")) as string;
    const inEvidence = (e: ExtractedEntity) =>
      e.mentions.find((m) => m.start >= rel.evidence.start && m.end <= rel.evidence.end);
    const sm = inEvidence(dept);
    const tm = inEvidence(target);
    expect(src).toContain(`[${sm?.start},${sm?.end})`);
    expect(src).toContain(`«${sm?.surface}»`);
    expect(tgt).toContain(`[${tm?.start},${tm?.end})`);
    expect(tgt).toContain(`«${tm?.surface}»`);
  });

  it("a relation written the wrong way round is not found, and the message says so", () => {
    const target = byKey.get(rel.target) as ExtractedEntity;
    const r = kg("explain", SEED, `${target.name}->${DEPT}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`the other way: "${DEPT}->${target.name}"`);
  });
});

describe("kg explain --all", () => {
  it("explains every entity and relation; a filter on one kind shows only that kind", () => {
    const all = JSON.parse(kg("explain", SEED, "--all", "--json").stdout) as {
      entities: unknown[];
      relations: unknown[];
    };
    expect(all.entities).toHaveLength(byKey.size);
    expect(all.relations.length).toBeGreaterThan(0);
    const depts = JSON.parse(kg("explain", SEED, "--all", "--type", "department", "--json").stdout) as {
      entities: { type: string }[];
      relations: unknown[];
    };
    expect(depts.entities.length).toBe([...byKey.values()].filter((e) => e.type === "department").length);
    expect(depts.relations).toEqual([]);
  });
});

describe("kg explain errors", () => {
  it("an unknown name exits 1 and lists the closest names", () => {
    const r = kg("explain", SEED, "市工信局");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no entity named "市工信局"/u);
    expect(r.stderr).toMatch(new RegExp(`closest names: ${DEPT} \\[department\\]`, "u"));
  });

  it("bad usage exits 2 with the usage", () => {
    for (const args of [
      ["explain"],
      ["explain", SEED],
      ["explain", SEED, DEPT, "--type", "ministry"],
      ["explain", SEED, DEPT, "--all"],
      ["explain", SEED, `${DEPT}->`],
      ["explain", SEED, DEPT, "--colour"],
    ]) {
      const r = kg(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/usage: kg explain FILE/u);
      expect(r.stdout).toBe("");
    }
  });

  it("a missing file exits 1; kg help lists explain", () => {
    const r = kg("explain", join(ROOT, "seeds", "no-such-file.txt"), DEPT);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kg explain: .*no-such-file\.txt/u);
    expect(kg("help").stdout).toMatch(/explain FILE NAME/u);
  });
});
