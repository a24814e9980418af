import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../db/extract/index.ts";
const [dir, pat] = process.argv.slice(2);
for (const f of readdirSync(join(dir, "docs")).filter((x) => x.endsWith(".txt"))) {
  const g = JSON.parse(readFileSync(join(dir, "gold", f.replace(/\.txt$/, ".json")), "utf8"));
  const gr = new Set(g.relations.map((r: any) => `${r.type}|${r.source}|${r.target}`));
  const out = extract({ text: readFileSync(join(dir, "docs", f), "utf8") });
  const nm = new Map(out.entities.map((e) => [e.key, e.name]));
  for (const r of out.relations) {
    const k = `${r.type}|${nm.get(r.source)}|${nm.get(r.target)}`;
    if (new RegExp(pat).test(k)) console.log(gr.has(k) ? "OK " : "BAD", f.slice(0, 10), k, r.rule);
  }
}
