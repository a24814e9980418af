import { readFileSync, readdirSync } from "node:fs";
import { makeContext } from "../db/extract/context.ts";
import { suffixCandidates } from "../db/extract/names.ts";
import { descriptorParks, namedBases, platformQualifiers, shortZoneCandidates } from "../db/extract/park-forms.ts";
import { extract } from "../db/extract/index.ts";
import { parseSections } from "../db/ingest/structure.ts";
const texts = readdirSync("seeds").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`seeds/${f}`, "utf8"));
const ctxs = texts.map((t) => makeContext(t, parseSections(t)));
const T: Record<string, number> = {};
const tm = (k: string, f: () => unknown) => { const a = performance.now(); const r = f(); T[k] = (T[k] ?? 0) + performance.now() - a; return r; };
for (let r = 0; r < 6; r++) for (const ctx of ctxs) { if (r === 1) for (const k in T) T[k] = 0;
  const c = tm("suffix", () => suffixCandidates(ctx)) as any[];
  const nb = tm("namedBases", () => namedBases(ctx, c)) as any[];
  tm("descriptor", () => descriptorParks(ctx, nb));
  tm("shortZone", () => shortZoneCandidates(ctx, nb));
  tm("qualifiers", () => platformQualifiers(ctx, nb));
}
for (let r = 0; r < 6; r++) for (const t of texts) tm("extract", () => extract({ text: t }));
console.log(Object.fromEntries(Object.entries(T).map(([k, v]) => [k, Math.round(v)])));
