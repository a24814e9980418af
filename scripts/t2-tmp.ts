import { readFileSync } from "node:fs";
import { normalizeText } from "../db/ingest/normalize.ts";
import { extract } from "../db/extract/index.ts";
const text = normalizeText(readFileSync(process.argv[2] as string, "utf8"));
const x = extract({ text });
for (const e of x.entities) console.log(e.type, e.name, e.mentions.map((m) => `${m.surface}@${m.start}`).join(" "));
for (const r of x.relations) console.log("R", r.type, r.source, r.target, r.rule);
