// `kg backup`, `kg restore` and `kg check`: the knowledge base's safety net from the shell.
import { existsSync } from "node:fs";
import { backupTo, listBackups, restoreDatabase } from "../store/backup.ts";
import { integrityCheck, openDatabase } from "../store/open.ts";
import { type Parsed, stringFlag, UsageError } from "./args.ts";

function dbFlag(p: Parsed): string {
  const file = stringFlag(p, "db");
  if (!file) throw new UsageError("missing --db FILE");
  if (p.positional.length > 0) throw new UsageError(`unexpected argument "${p.positional[0]}"`);
  return file;
}

/** An online backup (SQLite backup API) to a new file. */
export async function backupCommand(p: Parsed): Promise<number> {
  const file = dbFlag(p);
  const out = stringFlag(p, "out");
  if (!out) throw new UsageError("missing --out PATH");
  if (!existsSync(file)) {
    process.stderr.write(`kg: no database at ${file}\n`);
    return 1;
  }
  const db = openDatabase(file, { readonly: true });
  try {
    await backupTo(db, out);
  } finally {
    db.close();
  }
  process.stdout.write(`${out}\n`);
  return 0;
}

/** Replaces --db with --from (checked first); the replaced file is kept beside it. */
export function restoreCommand(p: Parsed): number {
  const file = dbFlag(p);
  let from = stringFlag(p, "from");
  if (p.flags.latest) from = listBackups(file)[0]?.path;
  if (!from) throw new UsageError("give --from PATH (or --latest for the newest automatic backup)");
  const { keptAs } = restoreDatabase(file, from);
  process.stdout.write(`restored ${file} from ${from}\n`);
  if (keptAs) process.stdout.write(`the replaced file is kept as ${keptAs}\n`);
  return 0;
}

/** Full integrity_check on demand; lists the automatic backups. */
export function checkCommand(p: Parsed): number {
  const file = dbFlag(p);
  if (!existsSync(file)) {
    process.stderr.write(`kg: no database at ${file}\n`);
    return 1;
  }
  const db = openDatabase(file, { readonly: true, check: "none" });
  let problems: string[];
  try {
    problems = integrityCheck(db);
  } finally {
    db.close();
  }
  const ok = problems.join() === "ok";
  process.stdout.write(ok ? `${file}: ok\n` : `${file}: damaged\n${problems.map((x) => `  ${x}`).join("\n")}\n`);
  const backups = listBackups(file);
  process.stdout.write(backups.length ? "backups (newest first):\n" : "no automatic backups\n");
  for (const b of backups) process.stdout.write(`  ${b.path}\n`);
  return ok ? 0 : 1;
}
