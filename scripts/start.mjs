// `npm start [-- --no-build] [-- electron args]`: build the renderer and the main process,
// make sure Electron and its better-sqlite3 build are present, then open the desktop window.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildElectron } from "./build-electron.mjs";
import { ensureElectron, ensureElectronSqlite, NativeSetupError, root } from "./electron-native.mjs";

const args = process.argv.slice(2);
const skipBuild = args.includes("--no-build");
const electronArgs = args.filter((a) => a !== "--no-build");

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

async function main() {
  if (!skipBuild) {
    const vite = spawnSync(process.execPath, [join(root, "node_modules", "vite", "bin", "vite.js"), "build"], {
      cwd: root,
      stdio: "inherit",
    });
    if (vite.status !== 0) fail("Building the renderer (vite build) failed; see above.");
    await buildElectron();
  }
  if (
    !existsSync(join(root, "dist", "renderer", "index.html")) ||
    !existsSync(join(root, "dist", "electron", "main.cjs"))
  ) {
    fail("dist/ is incomplete: run `npm start` without --no-build.");
  }
  const electron = ensureElectron();
  ensureElectronSqlite();

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn the app into a plain Node process
  const child = spawn(electron, [".", ...electronArgs], { cwd: root, stdio: "inherit", env });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((err) => fail(err instanceof NativeSetupError ? err.message : `npm start failed: ${err?.message ?? err}`));
