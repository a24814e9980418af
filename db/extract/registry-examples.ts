// Runs a registry example through the real extractor and says which expected
// items did not come out with the example's rule (registry.test.ts, kg rules).
import type { Extraction } from "../types.ts";
import { extract } from "./index.ts";
import { type Rule, type RuleExample, ruleEntry } from "./registry.ts";

const nfkc = (s: string) => s.normalize("NFKC").replace(/\s+/gu, "");

/** Expected items the extractor missed, each as a readable line; empty when the example holds. */
export function exampleMisses(
  rule: Rule,
  ex: RuleExample,
  // A learned rule's examples hold with the committed weights even while training left it disabled.
  x: Extraction = extract({ text: ex.text }, rule.id.startsWith("learned:") ? { pairs: "force" } : {}),
): string[] {
  const mine = (id: string | undefined) => id !== undefined && ruleEntry(id) === rule;
  const misses: string[] = [];
  for (const want of ex.entities ?? []) {
    const e = x.entities.find((y) => y.type === want.type && nfkc(y.name) === nfkc(want.name));
    if (!e) misses.push(`no ${want.type} ${want.name}`);
    else if (!mine(e.rule) && !e.mentions.some((m) => mine(m.rule)))
      misses.push(`${want.type} ${want.name} found by ${[e.rule, ...e.mentions.map((m) => m.rule)].join(",")}`);
  }
  for (const no of ex.absent ?? [])
    if (x.entities.some((y) => y.type === no.type && nfkc(y.name) === nfkc(no.name)))
      misses.push(`${no.type} ${no.name} came out`);
  const byKey = new Map(x.entities.map((e) => [e.key, e]));
  for (const no of ex.absentRelations ?? [])
    if (
      x.relations.some(
        (r) =>
          r.type === no.type &&
          nfkc(byKey.get(r.source)?.name ?? "") === nfkc(no.source) &&
          nfkc(byKey.get(r.target)?.name ?? "") === nfkc(no.target),
      )
    )
      misses.push(`${no.type} ${no.source} -> ${no.target} came out`);
  for (const want of ex.relations ?? []) {
    const rs = x.relations.filter(
      (r) =>
        r.type === want.type &&
        nfkc(byKey.get(r.source)?.name ?? "") === nfkc(want.source) &&
        nfkc(byKey.get(r.target)?.name ?? "") === nfkc(want.target),
    );
    if (!rs.length) misses.push(`no ${want.type} ${want.source} -> ${want.target}`);
    else if (!rs.some((r) => mine(r.rule)))
      misses.push(`${want.type} ${want.source} -> ${want.target} found by ${rs.map((r) => r.rule).join(",")}`);
  }
  return misses;
}
