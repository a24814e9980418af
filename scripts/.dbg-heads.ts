// which list heads "等X产业" with a specific X have items in gold
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findLists } from "../db/extract/lists.ts";
import { makeContext } from "../db/extract/context.ts";
import { parseSections } from "../db/ingest/structure.ts";
const sets = [["/work/shared/devset/docs","/work/shared/devset/gold", /^dev(0\d|[12]\d|3[0-6])/],["/work/fresh/A/docs","/work/fresh/A/gold",/./],["/work/fresh/D/docs","/work/fresh/D/gold",/./],["/work/fresh/S/docs","/work/fresh/S/gold",/./]] as const;
const re = new RegExp(process.argv[2] ?? "^\\s*等([\\p{Script=Han}]{1,8}?)(产业集群|产业链|产业|服务业|制造业)", "u");
for (const [dd, gd, only] of sets) for (const f of readdirSync(dd).filter((x) => only.test(x) && x.endsWith(".txt"))) {
  let g; try { g = JSON.parse(readFileSync(join(gd, f.replace(/\.txt$/, ".json")), "utf8")); } catch { continue; }
  const names = new Set<string>(); for (const e of g.entities) if (e.type === "cluster") { names.add(e.name); for (const m of e.mentions) names.add(m); }
  const t = readFileSync(join(dd, f), "utf8");
  const ctx = makeContext(t, parseSections(t));
  for (const l of findLists(ctx)) { const m = re.exec(l.head); if (!m) continue;
    const items = l.items.map((i) => t.slice(i.start, i.end)); const inG = items.filter((x) => names.has(x) || names.has(x.replace(/(产业|产业链|产业集群)$/u,""))).length;
    console.log(`${f.slice(0,6)} ${inG}/${items.length} head=${m[1]}${m[2]} inGold=${names.has(m[1]) || names.has(m[1]+m[2])} cue=${l.cue.slice(-8)} items=${items.join("/")}`);
  }
}
