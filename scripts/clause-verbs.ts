// Generates db/extract/clause-verbs.json: the verbs (tags v, vd) of two to
// four characters that @node-rs/jieba's dictionary counts at least MIN_VERB_FREQ (300) times.
// The boundaries rule (db/extract/boundary.ts) tags a candidate's left context
// only when its name starts with one of them (or a preposition), so the
// tagger runs on a few windows per document, not on every candidate.
//   npx tsx scripts/clause-verbs.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { dict } from "@node-rs/jieba/dict";
import { MIN_VERB_FREQ } from "../db/extract/boundary-vocab.ts";

const words: string[] = [];
for (const m of new TextDecoder().decode(dict).matchAll(/^(\S{2,4}) (\d+) (v|vd)$/gmu))
  if (Number(m[2]) >= MIN_VERB_FREQ) words.push(m[1] as string);
words.sort();
const out = join(import.meta.dirname, "..", "db", "extract", "clause-verbs.json");
writeFileSync(out, `${JSON.stringify(words, null, 2)}\n`);
console.log(`${words.length} verbs → ${out}`);
