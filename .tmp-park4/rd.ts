import { readDocument } from "../db/ingest/index.ts";
const d = await readDocument(process.argv[2] as string);
const t = d.text; const k = t.indexOf(process.argv[3] as string); console.log(JSON.stringify(t.slice(Math.max(0,k-60), k+60)));
