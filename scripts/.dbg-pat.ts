import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
const sets = [["/work/shared/devset/docs","/work/shared/devset/gold", /^dev(0\d|[12]\d|3[0-6])/],["/work/fresh/A/docs","/work/fresh/A/gold",/./],["/work/fresh/D/docs","/work/fresh/D/gold",/./],["/work/fresh/S/docs","/work/fresh/S/gold",/./],["/work/shared/seeds","/work/shared/gold",/./],["/work/fresh/F/docs","/work/fresh/F/gold",/./]] as const;
const re = new RegExp(process.argv[2]!, "gu"); const grp = Number(process.argv[3] ?? 1);
let pos = 0, neg = 0;
for (const [dd, gd, only] of sets) { let files: string[] = []; try { files = readdirSync(dd).filter((x) => only.test(x) && x.endsWith(".txt")); } catch { continue; }
 for (const f of files) {
  let g; try { g = JSON.parse(readFileSync(join(gd, f.replace(/\.txt$/, ".json")), "utf8")); } catch { continue; }
  const names = new Set<string>(); for (const e of g.entities) if (e.type === "cluster") { names.add(e.name); for (const m of e.mentions) names.add(m); }
  const t = readFileSync(join(dd, f), "utf8");
  const hits = [...t.matchAll(re)].map((m) => { const ok = names.has(m[grp]!); ok ? pos++ : neg++; return (ok ? "+" : "-") + m[grp]; });
  if (hits.length) console.log(f.slice(0, 8), hits.join(" "));
 }}
console.log("pos", pos, "neg", neg);
