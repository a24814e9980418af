import { readFileSync } from "node:fs";
import { normalizeText } from "../db/ingest/normalize.ts";
import { extract } from "../db/extract/index.ts";
const t = normalizeText(readFileSync("seeds/002_cb93982c783a916b.txt", "utf8"));
for (let k = 0; k < 8; k++) { const a = performance.now(); extract({ text: t }); console.log((performance.now() - a).toFixed(0)); }
