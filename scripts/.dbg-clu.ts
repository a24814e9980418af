import { extract } from "../db/extract/index.ts";
import { findLists } from "../db/extract/lists.ts";
import { makeContext } from "../db/extract/context.ts";
import { parseSections } from "../db/ingest/structure.ts";
const t = process.argv[2] as string;
const x = extract({ text: t });
console.log("ENTS", x.entities.map((e) => `${e.type}:${e.name}[${(e as {rule?:string}).rule}]`).join(" | "));
const ctx = makeContext(t, parseSections(t));
for (const l of findLists(ctx)) console.log("LIST cue=", JSON.stringify(l.cue), "head=", JSON.stringify(l.head), "items=", l.items.map((i) => t.slice(i.start, i.end)).join("/"), "count", l.count);
