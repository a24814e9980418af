import { readFileSync, readdirSync } from "node:fs";
import { extract as A } from "./mainrepo/db/extract/index.ts";
import { extract as B } from "../db/extract/index.ts";
const texts = readdirSync("seeds").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`seeds/${f}`, "utf8"));
for (const t of texts) { A({ text: t }); B({ text: t }); }
const ta: number[] = [], tb: number[] = [];
for (let r = 0; r < 8; r++) {
  let a = performance.now(); for (const t of texts) A({ text: t }); ta.push(performance.now() - a);
  a = performance.now(); for (const t of texts) B({ text: t }); tb.push(performance.now() - a);
}
const med = (x: number[]) => [...x].sort((p, q) => p - q)[x.length >> 1] as number;
console.log("main", Math.round(med(ta)), "park4", Math.round(med(tb)), "ratio park4/main", (med(tb) / med(ta)).toFixed(2), "pairs", ta.map((x, i) => (tb[i]! / x).toFixed(2)).join(" "));
