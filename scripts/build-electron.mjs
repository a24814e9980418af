// Bundles the Electron main process and preload into dist/electron/*.cjs with esbuild.
// Production dependencies stay external (electron-builder ships them in node_modules);
// better-sqlite3 imported by db/ is routed through electron/sqlite-electron.ts so the main
// process loads the Electron-ABI addon from .electron-native/ (see scripts/start.mjs).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shim = join(root, "electron", "sqlite-electron.ts");

/** @type {import("esbuild").Plugin} */
const sqliteForElectron = {
  name: "sqlite-for-electron",
  setup(b) {
    b.onResolve({ filter: /^better-sqlite3$/ }, (args) =>
      args.importer === shim ? { path: "better-sqlite3", external: true } : { path: shim },
    );
  },
};

export async function buildElectron({ minify = false, outdir = "dist/electron" } = {}) {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const common = {
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node22",
    sourcemap: "linked",
    minify,
    logLevel: "warning",
    absWorkingDir: root,
  };
  await build({
    ...common,
    entryPoints: { main: "electron/main.ts" },
    outdir,
    outExtension: { ".js": ".cjs" },
    external: ["electron", ...Object.keys(pkg.dependencies ?? {}).filter((d) => d !== "zod")],
    plugins: [sqliteForElectron],
    // db/ is ESM and uses import.meta.url (createRequire, file URLs); give it the bundle's own URL.
    define: { "import.meta.url": "__bundle_url" },
    banner: { js: 'const __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
  });
  // The import thread (electron/off-thread.ts loads it beside main.cjs), with the same addon routing.
  await build({
    ...common,
    entryPoints: { "ingest-worker": "electron/ingest-worker.ts" },
    outdir,
    outExtension: { ".js": ".cjs" },
    external: ["electron", ...Object.keys(pkg.dependencies ?? {}).filter((d) => d !== "zod")],
    plugins: [sqliteForElectron],
    define: { "import.meta.url": "__bundle_url" },
    banner: { js: 'const __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
  });
  // The sandboxed preload may require only "electron"; everything else is bundled in.
  await build({
    ...common,
    entryPoints: { preload: "electron/preload.ts" },
    outdir,
    outExtension: { ".js": ".cjs" },
    external: ["electron"],
    platform: "browser",
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron({ minify: process.argv.includes("--minify") }).then(
    () => console.log("built dist/electron/main.cjs, ingest-worker.cjs and preload.cjs"),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
