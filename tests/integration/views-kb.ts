// A knowledge base built from the bundled seeds in a temp dir, and a later document that
// adds entities next to ones the seeds already have (for "restore after import" checks).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { importPaths } from "../../db/pipeline/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";

export const SEEDS = resolve(import.meta.dirname, "../../seeds");

export interface SeedKb {
  dir: string;
  file: string;
  db: DB;
  cleanup(): void;
}

export async function seedKb(prefix = "kg-views-"): Promise<SeedKb> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, "kb.sqlite");
  const db = openDatabase(file);
  const summary = await importPaths(
    db,
    readdirSync(SEEDS)
      .sort()
      .map((f) => join(SEEDS, f)),
  );
  if (summary.rejected.length) throw new Error(`seed import rejected ${JSON.stringify(summary.rejected)}`);
  return {
    dir,
    file,
    db,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Links two new enterprises, a platform and a park to a cluster the seeds already name. */
export const LATER_DOC = [
  "关于培育壮大新一代信息技术产业集群的通知",
  "",
  "一、发展重点",
  "",
  "1. 做强新一代信息技术产业集群，支持威海星澜光电科技有限公司、威海海岳芯片有限公司等龙头企业做大做强，建设星澜光电工程技术研究中心。",
  "2. 建设临港智能装备产业园，推动新一代信息技术产业集群发展。",
  "",
].join("\n");
export const LATER_CLUSTER = "cluster:新一代信息技术";
export const LATER_ENTERPRISE = "enterprise:威海星澜光电科技有限公司";

export function writeLaterDoc(dir: string): string {
  const path = join(dir, "later-notice.txt");
  writeFileSync(path, LATER_DOC, "utf8");
  return path;
}
