// The renderer's modules form no import circle (type-only imports included: a circle of types
// is still a knot to untie when reading), and the graph view does not reach into briefing/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const RENDERER = join(ROOT, "renderer");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [p] : [];
  });
}

/** Relative imports of a module, resolved to files under renderer/. */
function imports(file: string): string[] {
  const src = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s+["'](\.[^"']+)["']|import\s+["'](\.[^"']+)["']/g)) {
    const spec = m[1] ?? m[2];
    if (!spec || !/\.(ts|tsx)$/.test(spec)) continue;
    out.push(resolve(dirname(file), spec));
  }
  return out;
}

const graph = new Map(files(RENDERER).map((f) => [f, imports(f)]));
const name = (f: string) => relative(RENDERER, f);

function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (!graph.has(g)) continue;
      if (state.get(g) === "open") found.push([...stack.slice(stack.indexOf(g)), g].map(name));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

describe("renderer imports", () => {
  it("has no import circles", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles()).toEqual([]);
  });

  it("keeps graph/ out of briefing/ (the visible set is composed in renderer/visible.ts)", () => {
    const reaching = [...graph]
      .filter(([f]) => name(f).startsWith("graph/"))
      .flatMap(([f, deps]) =>
        deps.filter((d) => name(d).startsWith("briefing/")).map((d) => `${name(f)} → ${name(d)}`),
      );
    expect(reaching).toEqual([]);
  });
});
