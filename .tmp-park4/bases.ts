import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../db/extract/index.ts";
const sets = process.argv.slice(2);
for (const dir of sets) {
  const docs = join(dir, "docs"), gold = join(dir, "gold");
  for (const f of readdirSync(docs).filter((x) => x.endsWith(".txt"))) {
    const gf = join(gold, f.replace(/\.txt$/, ".json"));
    let g: any; try { g = JSON.parse(readFileSync(gf, "utf8")); } catch { continue; }
    const forms = new Set<string>();
    for (const e of g.entities) for (const x of [e.name, ...(e.mentions ?? [])]) forms.add(`${e.type}:${String(x).replace(/\s+/g,"")}`);
    const text = readFileSync(join(docs, f), "utf8");
    const out = extract({ text });
    for (const e of out.entities) if (/(基地|核心区|产业区|拓展区|辅助区|休闲区)$/.test(e.name) && (e.type==="park")) {
      const ok = forms.has(`${e.type}:${e.name.replace(/\s+/g,"")}`) || e.mentions.some((m) => forms.has(`${e.type}:${m.surface.replace(/\s+/g,"")}`));
      console.log(ok ? "TP" : "FP", f.slice(0,12), e.name, e.rule);
    }
    for (const e of g.entities) if (/(基地|核心区|产业区|拓展区|辅助区|休闲区)$/.test(e.name) && e.type==="park") {
      const hit = out.entities.some((x)=>x.type==="park" && (x.name===e.name || (e.mentions??[]).includes(x.name)));
      if (!hit) console.log("MISS", f.slice(0,12), e.name);
    }
  }
}
