import { readFileSync, readdirSync } from "node:fs";
import { extract } from "../db/extract/index.ts";
const texts = readdirSync("seeds").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`seeds/${f}`, "utf8"));
for (const t of texts) extract({ text: t });
const out: number[] = [];
for (let r = 0; r < 5; r++) { const a = performance.now(); for (const t of texts) extract({ text: t }); out.push(Math.round(performance.now() - a)); }
console.log(out.sort((a, b) => a - b));
