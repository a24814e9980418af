import { extract } from "../db/extract/index.ts";
for (const t of process.argv.slice(2)) { const o = extract({ text: t }); console.log(o.entities.map((e) => `${e.type}:${e.name}[${e.rule}|${e.mentions.map((m) => m.rule).join(",")}]`).join("  ")); }
