// Which files an import of paths takes: files as named, folders walked for the extensions
// the reader supports. Nothing is read here; every entry that cannot be taken is reported.
import { type Dirent, readdirSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { SUPPORTED_EXTENSIONS } from "../ingest/index.ts";
import { describeError } from "./read.ts";
import type { Rejected } from "./summary.ts";

export function supportedExtensions(): string[] {
  return SUPPORTED_EXTENSIONS.map((e) => e.toLowerCase());
}

/**
 * Files given by name are taken as they are; folders are walked for supported extensions.
 * Inside folders, symbolic links are not followed and every entry that cannot be read is
 * reported on its own: one bad entry never stops the rest of the folder.
 */
export function expandPaths(paths: string[]): { files: string[]; rejected: Rejected[] } {
  const exts = new Set(supportedExtensions());
  const files: string[] = [];
  const rejected: Rejected[] = [];
  const why = (err: unknown) => {
    const code = (err as NodeJS.ErrnoException)?.code;
    return code ? `cannot read (${code})` : describeError(err);
  };
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      rejected.push({ file: dir, reason: `folder ${why(err)}`, code: "damaged" });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        if (exts.has(extname(entry.name).toLowerCase()) || linksToFolder(full)) {
          rejected.push({
            file: full,
            reason: "symbolic link: not followed (import its target directly)",
            code: "unsupported",
          });
        }
      } else if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && exts.has(extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const p of paths) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException)?.code;
      rejected.push(
        code === "ENOENT"
          ? { file: p, reason: "no such file or folder", code: "not_found" }
          : { file: p, reason: why(err), code: "damaged" },
      );
      continue;
    }
    if (st.isDirectory()) walk(resolve(p));
    else if (exts.has(extname(p).toLowerCase())) files.push(p);
    else
      rejected.push({
        file: p,
        reason: `unsupported file type "${extname(basename(p)) || "(none)"}" (supported: ${[...exts].join(", ")})`,
        code: "unsupported",
      });
  }
  return { files, rejected };
}

/** For a symbolic link: whether it points at a folder (false when it points nowhere). */
function linksToFolder(link: string): boolean {
  try {
    return statSync(link).isDirectory();
  } catch {
    return false;
  }
}
