// Import graphs of the source tree, parsed from the text of each module (relative imports
// only: static, type-only, re-exports and dynamic import()), for tests that keep the layering.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");

/** TypeScript modules under `dir` (declaration files left out). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [p] : [];
  });
}

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s+["'](\.[^"']+)["']|import\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;

/** Relative imports of a module's source, resolved against `file`. */
export function importsOf(file: string, src = readFileSync(file, "utf8")): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec || !/\.(ts|tsx)$/.test(spec)) continue;
    out.push(resolve(dirname(file), spec));
  }
  return out;
}

/** Module → the modules it imports, for every module under `dir`. */
export function fileGraph(dir: string): Map<string, string[]> {
  return new Map(sourceFiles(dir).map((f) => [f, importsOf(f)]));
}

/** Every circle found by a depth-first walk, each as the path that closes it. */
export function cycles(graph: Map<string, Iterable<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, "open");
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (!graph.has(m)) continue;
      if (state.get(m) === "open") found.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, "done");
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return found;
}

/** The folder a module sits in below `root` ("." for modules directly in it). */
export function folderOf(root: string, file: string): string {
  const rel = relative(root, file);
  return rel.includes(sep) ? (rel.split(sep)[0] ?? ".") : ".";
}

/**
 * Folder → folders its modules import, with the module pairs behind each edge (for messages).
 * Imports that leave `root` are not edges.
 */
export function folderGraph(root: string, files: Map<string, string[]>) {
  const edges = new Map<string, Set<string>>();
  const why = new Map<string, string[]>();
  for (const [f, deps] of files) {
    const from = folderOf(root, f);
    if (!edges.has(from)) edges.set(from, new Set());
    for (const d of deps) {
      if (relative(root, d).startsWith("..")) continue;
      const to = folderOf(root, d);
      if (to === from) continue;
      edges.get(from)?.add(to);
      const key = `${from} → ${to}`;
      why.set(key, [...(why.get(key) ?? []), `${relative(root, f)} → ${relative(root, d)}`]);
    }
  }
  return { edges, why };
}
