import { readDocument } from "../db/ingest/index.ts";
const d = await readDocument(process.argv[2]!);
const i = d.text.indexOf(process.argv[3]!);
console.log(JSON.stringify(d.text.slice(Math.max(0, i - 200), i + 100)));
console.log(d.sections?.slice(0, 10));
