import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { makeContext } from "../db/extract/context.ts";
import { suffixCandidates } from "../db/extract/names.ts";
import { descriptorParks } from "../db/extract/park-forms.ts";
import { parseSections } from "../db/ingest/structure.ts";
for (const dir of process.argv.slice(2)) for (const f of readdirSync(join(dir, "docs")).filter((x) => x.endsWith(".txt") && !/dev3[7-9]|dev4/.test(x))) {
  const text = readFileSync(join(dir, "docs", f), "utf8");
  const ctx = makeContext(text, parseSections(text));
  const c = suffixCandidates(ctx); const kept = new Set(descriptorParks(ctx, c));
  for (const x of c) if (!kept.has(x)) console.log(f.slice(0, 12), x.name, x.confidence);
}
