// The layer rules of .dependency-cruiser.cjs and biome.json fire: fixture folders laid out like
// the repo, with a forbidden import each, fail the same commands `npm test` runs, naming the rule.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const DEPCRUISE = join(ROOT, "node_modules", ".bin", "depcruise");
const BIOME = join(ROOT, "node_modules", ".bin", "biome");

let dir: string;

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** The project's own layer rules over the fixture tree; exit status and the report. */
function cruise(...folders: string[]): { status: number | null; out: string } {
  const r = spawnSync(DEPCRUISE, [...folders, "--config", join(ROOT, ".dependency-cruiser.cjs")], {
    cwd: dir,
    encoding: "utf8",
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kg-layers-"));
  write({
    "tsconfig.json": JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, noEmit: true } }),
    "db/types.ts": 'export const ENTITY_TYPES = ["cluster"] as const;\nexport type EntityType = "cluster";\n',
    "electron/api.ts": "export const API = 1;\nexport type Api = { x: number };\n",
    "common/palette.ts": 'export const COLOR = "#fff";\n',
    // Allowed: type-only imports of db/ and electron/, values from common/.
    "renderer/ok.ts": [
      'import type { EntityType } from "../db/types.ts";',
      'import type { Api } from "../electron/api.ts";',
      'import { COLOR } from "../common/palette.ts";',
      "export const ok: [EntityType?, Api?, string?] = [undefined, undefined, COLOR];",
      "",
    ].join("\n"),
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("layer rules (dependency-cruiser)", () => {
  it("pass on type-only imports into the renderer and values from common/", () => {
    const r = cruise("db", "electron", "renderer", "common");
    expect(r.out).toContain("no dependency violations found");
    expect(r.status).toBe(0);
  });

  it("fail when renderer/ imports a value from db/ or electron/", () => {
    write({
      "renderer/bad.ts": [
        'import { ENTITY_TYPES } from "../db/types.ts";',
        'import { API } from "../electron/api.ts";',
        "export const bad = [ENTITY_TYPES, API];",
        "",
      ].join("\n"),
    });
    try {
      const r = cruise("db", "electron", "renderer", "common");
      expect(r.status).not.toBe(0);
      expect(r.out).toContain("error renderer-no-db-values: renderer/bad.ts → db/types.ts");
      expect(r.out).toContain("error renderer-no-electron-values: renderer/bad.ts → electron/api.ts");
      expect(r.out).not.toContain("renderer/ok.ts →");
    } finally {
      rmSync(join(dir, "renderer/bad.ts"));
    }
  });

  it("fail on an import circle between folders of db/", () => {
    write({
      "db/a/one.ts": 'import { two } from "../b/two.ts";\nexport const one = two + 1;\n',
      "db/b/two.ts": 'import { three } from "../a/three.ts";\nexport const two = three + 1;\n',
      "db/a/three.ts": "export const three = 3;\n",
      "db/b/four.ts": 'import { one } from "../a/one.ts";\nexport const four = one;\n',
    });
    try {
      const r = cruise("db", "electron", "renderer", "common");
      expect(r.status).not.toBe(0);
      expect(r.out).toContain("error db-no-folder-circles: db/a");
    } finally {
      rmSync(join(dir, "db/a"), { recursive: true });
      rmSync(join(dir, "db/b"), { recursive: true });
    }
  });

  it("fail when db/ imports electron/, or common/ imports db/ or Node", () => {
    write({
      "db/bad.ts": 'import { API } from "../electron/api.ts";\nexport const bad = API;\n',
      "common/bad.ts":
        'import { readFileSync } from "node:fs";\nimport { ENTITY_TYPES } from "../db/types.ts";\nexport const bad = [readFileSync, ENTITY_TYPES];\n',
    });
    try {
      const r = cruise("db", "electron", "renderer", "common");
      expect(r.status).not.toBe(0);
      expect(r.out).toContain("error db-no-shell: db/bad.ts → electron/api.ts");
      expect(r.out).toContain("error common-is-pure: common/bad.ts → db/types.ts");
      expect(r.out).toContain("error common-no-node: common/bad.ts → fs");
    } finally {
      rmSync(join(dir, "db/bad.ts"));
      rmSync(join(dir, "common/bad.ts"));
    }
  });
});

describe("layer rules (biome)", () => {
  it("refuse Node globals in renderer/, with the rule's message", () => {
    // The project's biome.json over a copy of the layout (biome reads the config in its cwd).
    writeFileSync(join(dir, "biome.json"), readFileSync(join(ROOT, "biome.json")));
    const src = "export const b = Buffer.from([1]);\n";
    write({ "renderer/globals.ts": src, "db/globals.ts": src });
    const lint = (path: string) => spawnSync(BIOME, ["lint", path], { cwd: dir, encoding: "utf8" });
    const renderer = lint("renderer/globals.ts");
    expect(renderer.status).not.toBe(0);
    expect(`${renderer.stdout}${renderer.stderr}`).toContain("renderer/ runs in a sandboxed page: no Node globals");
    expect(lint("db/globals.ts").status).toBe(0);
  });
});
