// The development documents with gold that the learned parts train on, in one order: the seeds
// with the seed dev gold, devset dev01–dev36, the seed samples T/U/UJ/S2 (excerpts of the long
// seeds) and every annotated set under tests/fixtures/annotated. Check sets and dev37–dev45 are
// refused here, so every trainer refuses them alike.
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { type GoldFile, loadGold } from "../db/extract/gold-match.ts";
import { CHECK_SET, MEASURE_ONLY_DOC } from "./check-sets.ts";

/** Devset documents trained on: dev01–dev36 (dev37–dev45 are measured only). */
export const TRAIN_DEV = /^dev(0[1-9]|[12]\d|3[0-6])_/u;

export interface DevSet {
  /** seeds, devset, a sample's name (T, U, UJ, S2) or an annotated set's folder name. */
  set: string;
  kind: "seeds" | "devset" | "sample" | "annotated";
  /** Its place among the sets of its kind. */
  index: number;
  docs: string;
  gold: string;
  keep: (file: string) => boolean;
}

export function developmentSets(root: string): DevSet[] {
  const shared = resolve(root, "..", "shared");
  const all = () => true;
  const out: DevSet[] = [
    { set: "seeds", kind: "seeds", index: 0, docs: join(root, "seeds"), gold: join(shared, "gold"), keep: all },
    {
      set: "devset",
      kind: "devset",
      index: 0,
      docs: join(shared, "devset", "docs"),
      gold: join(shared, "devset", "gold"),
      keep: (f) => TRAIN_DEV.test(f),
    },
  ];
  const samples = join(root, "tests", "fixtures", "seed-samples");
  for (const [index, set] of ["T", "U", "UJ", "S2"].entries())
    out.push({
      set,
      kind: "sample",
      index,
      docs: join(samples, set, "docs"),
      gold: join(samples, set, "gold"),
      keep: all,
    });
  const annotated = join(root, "tests", "fixtures", "annotated");
  const sets = readdirSync(annotated)
    .filter((x) => existsSync(join(annotated, x, "gold")))
    .sort();
  for (const [index, set] of sets.entries())
    out.push({
      set,
      kind: "annotated",
      index,
      docs: join(annotated, set, "docs"),
      gold: join(annotated, set, "gold"),
      keep: all,
    });
  return out;
}

export interface DevDoc {
  file: string;
  path: string;
  gold: GoldFile;
  /** Its place among the set's kept .txt files (with or without gold). */
  index: number;
}

/** A set's documents that have gold, in file order. */
export function setDocs(s: Pick<DevSet, "docs" | "gold" | "keep">): DevDoc[] {
  if (CHECK_SET.test(s.docs)) throw new Error(`${s.docs} is a check set: never train on it`);
  const gold = loadGold([s.gold], s.keep);
  const files = readdirSync(s.docs)
    .filter((x) => x.endsWith(".txt") && s.keep(x))
    .sort();
  const out: DevDoc[] = [];
  for (const [index, file] of files.entries()) {
    if (MEASURE_ONLY_DOC.test(file)) throw new Error("dev37–dev45 must not be trained on");
    const g = gold.get(file);
    if (g) out.push({ file, path: join(s.docs, file), gold: g, index });
  }
  return out;
}
