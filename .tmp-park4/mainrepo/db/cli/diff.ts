// `kg diff --db FILE A B [--json] [--csv FILE] [--co-mention]`: what two documents or date
// ranges state differently. `kg dates --db FILE [--json]`: every dated unit (gazette parts
// apart), undated ones flagged.
import { existsSync, writeFileSync } from "node:fs";
import { openDatabase } from "../store/open.ts";
import { type Comparison, compare, comparisonCsv, listUnits, SelectorError } from "../time/index.ts";
import { ENTITY_TYPES } from "../types.ts";
import { type Parsed, parseArgs, stringFlag, UsageError } from "./args.ts";

const TYPE_NAMES: Record<string, string> = {
  cluster: "产业集群",
  park: "园区",
  platform: "平台",
  enterprise: "企业",
  department: "部门",
};

function open(p: Parsed) {
  const file = stringFlag(p, "db");
  if (!file) throw new UsageError("missing --db FILE");
  if (!existsSync(file)) {
    process.stderr.write(`kg: no database at ${file} (create one with: kg ingest PATH... --db ${file})\n`);
    return null;
  }
  return openDatabase(file, { readonly: true });
}

function text(c: Comparison): string {
  const lines = [`A: ${c.a.label} (${c.a.units.length})`, `B: ${c.b.label} (${c.b.units.length})`];
  const titles = { only_a: "only in A", only_b: "only in B", both: "in both" } as const;
  for (const side of ["only_a", "only_b", "both"] as const) {
    const n = c.counts[side];
    lines.push("", `${titles[side]}: ${n.entities} entities, ${n.relations} relations`);
    for (const t of ENTITY_TYPES) {
      const list = c[side].entities[t];
      if (list.length) lines.push(`  ${TYPE_NAMES[t]} (${list.length}): ${list.map((e) => e.name).join("、")}`);
    }
    for (const r of c[side].relations.slice(0, 50)) lines.push(`  ${r.type}: ${r.source.name} → ${r.target.name}`);
    if (c[side].relations.length > 50) lines.push(`  … ${c[side].relations.length - 50} more relations (--json)`);
  }
  lines.push("", `changed: ${c.status_changed.length}`);
  for (const ch of c.status_changed) {
    if (ch.kind === "status") {
      lines.push(`  ${TYPE_NAMES[ch.entity.type]} ${ch.entity.name}: ${ch.from} → ${ch.to}`);
      lines.push(`    A: ${ch.a.citation} ${ch.a.sentence}`, `    B: ${ch.b.citation} ${ch.b.sentence}`);
    } else {
      lines.push(
        `  ${ch.entity.name}: ${ch.kind} (edit ${ch.editId}): ${ch.namesA.join("、")} / ${ch.namesB.join("、")}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

export function runDiff(argv: string[]): number {
  const p = parseArgs(argv, { db: true, json: false, csv: true, "co-mention": false });
  if (p.positional.length !== 2) throw new UsageError("diff needs two documents or ranges: A B");
  const db = open(p);
  if (!db) return 1;
  try {
    const [a, b] = p.positional as [string, string];
    const c = compare(db, a, b, { coMention: p.flags["co-mention"] === true });
    const csv = stringFlag(p, "csv");
    if (csv) writeFileSync(csv, comparisonCsv(c), "utf8");
    const { counts: _counts, ...json } = c;
    process.stdout.write(p.flags.json ? `${JSON.stringify(json, null, 2)}\n` : text(c));
    return 0;
  } catch (err) {
    if (err instanceof SelectorError) {
      process.stderr.write(`kg diff: ${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    db.close();
  }
}

export function runDates(argv: string[]): number {
  const p = parseArgs(argv, { db: true, json: false });
  const db = open(p);
  if (!db) return 1;
  try {
    const units = listUnits(db);
    if (p.flags.json) {
      process.stdout.write(`${JSON.stringify(units, null, 2)}\n`);
      return 0;
    }
    for (const u of units) {
      const date = u.date ? `${u.date}${u.handDated ? "*" : " "}` : "(undated)  ";
      process.stdout.write(
        `${date} ${u.id.padEnd(9)} ${u.kind === "part" ? "  " : ""}${u.docNumber ?? ""} ${u.title}\n`,
      );
    }
    const undated = units.filter((u) => !u.date).length;
    process.stdout.write(
      `${units.length} units, ${undated} undated${units.some((u) => u.handDated) ? "; * dated by hand" : ""}\n`,
    );
    return 0;
  } finally {
    db.close();
  }
}
