import { extract, toGold } from "../../../../db/extract/index.ts";
import type { GoldDoc } from "../../../../db/types.ts";

export function run(text: string): GoldDoc {
  return toGold("t.txt", text, extract({ text }));
}

/** The rules alone, without the learned layer (what a rule reads, not what training may add). */
export function runRules(text: string): GoldDoc {
  return toGold("t.txt", text, extract({ text }, { learned: false }));
}

export function names(g: GoldDoc, type: string): string[] {
  return g.entities.filter((e) => e.type === type).map((e) => e.name);
}

export function rel(g: GoldDoc, type: string): string[] {
  return g.relations.filter((r) => r.type === type).map((r) => `${r.source}->${r.target}`);
}
