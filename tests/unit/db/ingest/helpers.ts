import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../../..");
export const FIXTURES = join(ROOT, "tests/fixtures/ingest");
export const SEEDS = join(ROOT, "seeds");

export const fixture = (name: string) => join(FIXTURES, name);

/** Path of the seed whose file name starts with `prefix` ("000", "004", …). */
export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`seed ${prefix} missing`);
  return join(SEEDS, name);
}

export const seedText = (prefix: string) => readFileSync(seedPath(prefix), "utf8");
