import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
const sets = [["/work/shared/devset/docs","/work/shared/devset/gold", /^dev(0\d|[12]\d|3[0-6])/],["/work/fresh/A/docs","/work/fresh/A/gold",/./],["/work/fresh/D/docs","/work/fresh/D/gold",/./],["/work/fresh/S/docs","/work/fresh/S/gold",/./],["/work/shared/seeds","/work/shared/gold",/./]] as const;
const re = /^[ \t　]*(?:\*\*)?\s*(?:[（(]\s*[0-9一二三四五六七八九十]+\s*[）)]|[0-9]+[.、．]|[一二三四五六七八九十]+、)?\s*(?:\*\*)?([^\s。，,；：:*（）()]{2,14}?)(?:产业集群|产业链|产业)?[。：:](?:\*\*)?/gmu;
for (const [dd, gd, only] of sets) { let files: string[] = []; try { files = readdirSync(dd).filter((x) => only.test(x) && x.endsWith(".txt")); } catch { continue; }
 for (const f of files) {
  let g; try { g = JSON.parse(readFileSync(join(gd, f.replace(/\.txt$/, ".json")), "utf8")); } catch { continue; }
  const names = new Set<string>(); for (const e of g.entities) if (e.type === "cluster") { names.add(e.name); for (const m of e.mentions) names.add(m); }
  const t = readFileSync(join(dd, f), "utf8");
  const hits = [...t.matchAll(re)].map((m) => (names.has(m[1]!) ? "+" : "-") + m[1]);
  if (hits.length) console.log(f.slice(0, 8), hits.join(" "));
 }}
