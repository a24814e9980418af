// Golden snapshot of the extractor's output: one sha256 per document of the
// JSON-stringified extraction (entities + relations, all fields), so a
// refactor of db/extract/ can be checked for "no behaviour change at all".
// Usage: npx tsx scripts/extract-snapshot.ts > /tmp/now.txt && diff /tmp/baseline.txt /tmp/now.txt
// Each file is hashed three ways: with the reader's sections (the store's path),
// with text only (the bench's path, where extract parses sections itself) and
// converted to traditional script (the simplified-view path).
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { extract } from "../db/extract/index.ts";
import { readDocument } from "../db/ingest/index.ts";

const ROOT = join(import.meta.dirname, "..");
// The shared devset is read-only material outside the repo: used when present.
const DIRS = [join(ROOT, "seeds"), join(ROOT, "../shared/devset/docs")].filter((d) => existsSync(d));
const toHk = OpenCC.Converter({ from: "cn", to: "hk" });
const sha = (x: unknown): string => createHash("sha256").update(JSON.stringify(x)).digest("hex");

for (const dir of DIRS) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  for (const f of files) {
    const doc = await readDocument(join(dir, f));
    const withSections = extract({ text: doc.text, sections: doc.sections, fileName: f });
    const textOnly = extract({ text: doc.text });
    const traditional = extract({ text: toHk(doc.text) });
    process.stdout.write(`${sha(withSections)} ${sha(textOnly)} ${sha(traditional)} ${f}\n`);
  }
}
