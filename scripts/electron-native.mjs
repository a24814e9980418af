// Electron-side prerequisites of `npm start` and packaging, kept away from node_modules so the
// Node build that the tests use is never touched:
//  - the Electron binary (electron's own installer, which honours ELECTRON_MIRROR);
//  - better-sqlite3 compiled for Electron's ABI into .electron-native/better_sqlite3.node.
// Every failure is a NativeSetupError whose message says what to do; callers print it, no stack.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
export const nativeDir = join(root, ".electron-native");
export const nativeBinding = join(nativeDir, "better_sqlite3.node");

export class NativeSetupError extends Error {}

const pkgVersion = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")).version;
export const electronVersion = () => pkgVersion("electron");

function platformExecutable() {
  if (process.platform === "darwin") return "Electron.app/Contents/MacOS/Electron";
  if (process.platform === "win32") return "electron.exe";
  return "electron";
}

/** Path of the Electron executable, or null when it is not installed. */
export function findElectron() {
  const electronDir = dirname(require.resolve("electron/package.json"));
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const exe = join(override, platformExecutable());
    return existsSync(exe) ? exe : null;
  }
  const pathTxt = join(electronDir, "path.txt");
  if (!existsSync(pathTxt)) return null;
  const exe = join(electronDir, "dist", readFileSync(pathTxt, "utf8").trim());
  return existsSync(exe) ? exe : null;
}

const HOW_TO_GET_ELECTRON = (version) =>
  [
    `The Electron ${version} binary is missing and could not be downloaded.`,
    "Do one of these, then run `npm start` again:",
    "  - set ELECTRON_MIRROR to a mirror of Electron's releases, e.g.",
    "      ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start",
    `  - or unpack electron-v${version}-<platform>-<arch>.zip somewhere and set`,
    "      ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder npm start",
    "(`npm run web` shows the same app in a browser without Electron.)",
  ].join("\n");

/** Runs electron's install.js when the binary is missing; returns the executable path. */
export function ensureElectron(log = console.error) {
  const found = findElectron();
  if (found) return found;
  const version = electronVersion();
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    throw new NativeSetupError(
      `ELECTRON_OVERRIDE_DIST_PATH=${process.env.ELECTRON_OVERRIDE_DIST_PATH} has no ${platformExecutable()}.\n${HOW_TO_GET_ELECTRON(version)}`,
    );
  }
  log(`Downloading Electron ${version}${process.env.ELECTRON_MIRROR ? ` from ${process.env.ELECTRON_MIRROR}` : ""} …`);
  const installer = join(dirname(require.resolve("electron/package.json")), "install.js");
  const r = spawnSync(process.execPath, [installer], {
    cwd: root,
    stdio: ["ignore", "inherit", "pipe"],
    encoding: "utf8",
  });
  const exe = findElectron();
  if (r.status === 0 && exe) return exe;
  // install.js prints a stack; the first line is the reason.
  const reason = (r.stderr || r.error?.message || "").trim().split("\n")[0] || `exit code ${r.status}`;
  throw new NativeSetupError(`${HOW_TO_GET_ELECTRON(version)}\n(download failed: ${reason})`);
}

function headersSource(version) {
  if (process.env.ELECTRON_HEADERS_DIR)
    return { args: [`--nodedir=${process.env.ELECTRON_HEADERS_DIR}`], from: process.env.ELECTRON_HEADERS_DIR };
  const url = (
    process.env.ELECTRON_HEADERS_URL ||
    process.env.ELECTRON_MIRROR ||
    "https://www.electronjs.org/headers"
  ).replace(/\/+$/, "");
  return { args: [`--dist-url=${url}`], from: `${url}/v${version}/node-v${version}-headers.tar.gz` };
}

/**
 * Compiles better-sqlite3 for Electron into .electron-native/ unless a build for the same
 * Electron and better-sqlite3 versions is there already. Returns the .node path.
 */
export function ensureElectronSqlite(log = console.error) {
  const wanted = {
    electron: electronVersion(),
    betterSqlite3: pkgVersion("better-sqlite3"),
    platform: process.platform,
    arch: process.arch,
  };
  const stamp = join(nativeDir, "build.json");
  if (existsSync(nativeBinding) && existsSync(stamp)) {
    try {
      if (JSON.stringify(JSON.parse(readFileSync(stamp, "utf8"))) === JSON.stringify(wanted)) return nativeBinding;
    } catch {
      // rebuild below
    }
  }
  const src = join(nativeDir, "src");
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  const pkgDir = dirname(require.resolve("better-sqlite3/package.json"));
  for (const part of ["binding.gyp", "package.json", "src", "deps"])
    cpSync(join(pkgDir, part), join(src, part), { recursive: true });

  const headers = headersSource(wanted.electron);
  log(`Building better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (headers: ${headers.from}) …`);
  const gyp = require.resolve("node-gyp/bin/node-gyp.js");
  const r = spawnSync(
    process.execPath,
    [
      gyp,
      "rebuild",
      "--release",
      `--target=${wanted.electron}`,
      `--arch=${wanted.arch}`,
      `--devdir=${join(nativeDir, "headers")}`,
      ...headers.args,
    ],
    {
      cwd: src,
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      env: { ...process.env, npm_config_runtime: "electron" },
    },
  );
  const built = join(src, "build", "Release", "better_sqlite3.node");
  if (r.status !== 0 || !existsSync(built)) {
    // node-gyp's first "stack Error:" line is the reason; the rest is its own stack trace.
    const lines = `${r.stdout ?? ""}\n${r.stderr ?? ""}`.split("\n");
    const at = lines.findIndex((l) => /gyp ERR! stack Error|error:/i.test(l));
    const tail =
      at < 0
        ? ""
        : lines
            .slice(at, at + 3)
            .filter((l) => !/stack\s+at /.test(l))
            .join("\n");
    throw new NativeSetupError(
      [
        `Could not build better-sqlite3 for Electron ${wanted.electron}: Electron's headers are needed and were not found.`,
        "Do one of these, then run `npm start` again:",
        "  - set ELECTRON_HEADERS_URL (or ELECTRON_MIRROR) to a server laid out like https://www.electronjs.org/headers",
        `    (it must have v${wanted.electron}/node-v${wanted.electron}-headers.tar.gz);`,
        `  - or unpack node-v${wanted.electron}-headers.tar.gz and set ELECTRON_HEADERS_DIR to that folder.`,
        "The Node build in node_modules (used by the tests and the CLI) is untouched.",
        tail ? `(node-gyp: ${tail.replace(/gyp ERR! stack /g, "").replace(/\n/g, " ")})` : "",
      ]
        .filter(Boolean)
        .join("\n"),
    );
  }
  cpSync(built, nativeBinding);
  writeFileSync(stamp, JSON.stringify(wanted));
  rmSync(join(src, "build", "Release", "obj.target"), { recursive: true, force: true });
  return nativeBinding;
}

// `node scripts/electron-native.mjs`: both prerequisites, for packaging (npm run dist).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureElectron();
    console.log(ensureElectronSqlite());
  } catch (err) {
    console.error(err instanceof NativeSetupError ? err.message : String(err));
    process.exit(1);
  }
}
