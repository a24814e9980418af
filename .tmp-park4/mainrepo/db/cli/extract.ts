// `kg extract --json FILE...`: read each file like ingest does, run the
// extractor, print one gold-format record per file as a JSON array.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { extract, toGold } from "../extract/index.ts";
import type { GoldDoc, Section } from "../types.ts";

interface Loaded {
  text: string;
  sections?: Section[];
}

async function load(path: string): Promise<Loaded> {
  try {
    const mod = (await import("../ingest/index.ts")) as {
      readDocument?: (p: string) => Promise<{ text: string; sections: Section[] }>;
    };
    if (mod.readDocument) {
      const d = await mod.readDocument(path);
      return { text: d.text, sections: d.sections };
    }
  } catch (err) {
    if (!(err instanceof Error) || !/Cannot find|ERR_MODULE_NOT_FOUND|Failed to load/u.test(err.message)) throw err;
  }
  const { normalizeText } = await import("../ingest/normalize.ts");
  return { text: normalizeText(await readFile(path, "utf8")) };
}

const USAGE = "usage: kg extract --json FILE...";

export async function runExtract(argv: string[]): Promise<number> {
  // A closed pipe (kg extract … | head) is not an error of ours.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
  const files = argv.filter((a) => a !== "--json");
  if (files.length === 0 || argv.some((a) => a.startsWith("-") && a !== "--json")) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const out: GoldDoc[] = [];
  let failed = 0;
  for (const f of files) {
    try {
      const doc = await load(f);
      out.push(
        toGold(basename(f), doc.text, extract({ text: doc.text, sections: doc.sections, fileName: basename(f) })),
      );
    } catch (err) {
      failed++;
      process.stderr.write(`kg extract: ${f}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runExtract(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
