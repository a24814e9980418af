// Genre probes (tests/fixtures/probes/): short invented texts in the phrasing of one genre of
// document, each with the entities and relations the annotation guide asks for. Session 29 wrote
// them before changing any rule: `*.dev.json` guided the changes, `*.sealed.json` was only scored
// (before the first change and after the last). Scored with the shared scorer like the devset.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extract, toGold } from "../db/extract/index.ts";
import type { GoldDoc } from "../db/types.ts";
import type { ScoreResult, Scorer } from "./score-print.ts";

export interface Probe {
  id: string;
  text: string;
  entities?: { type: string; name: string }[];
  relations?: { type: string; source: string; target: string }[];
}

export const PROBES = resolve(fileURLToPath(import.meta.url), "..", "..", "tests", "fixtures", "probes");

/** The probe files, by name (…dev.json, …sealed.json). */
export function probeFiles(dir = PROBES): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

/** Every probe of a file through the real extractor, scored as one set of documents. */
export function scoreProbes(score: Scorer, probes: Probe[], verbose = false): ScoreResult {
  const gold = new Map<string, unknown>();
  const preds: GoldDoc[] = [];
  for (const p of probes) {
    const doc = `${p.id}.txt`;
    gold.set(doc, { doc, entities: p.entities ?? [], relations: p.relations ?? [] });
    preds.push(toGold(doc, p.text, extract({ text: p.text })));
  }
  return score(gold, preds, { verbose });
}

export const readProbes = (file: string, dir = PROBES): Probe[] =>
  JSON.parse(readFileSync(join(dir, file), "utf8")) as Probe[];
