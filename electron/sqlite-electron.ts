// Stands in for "better-sqlite3" inside the Electron main bundle (see scripts/build-electron.mjs):
// the same class, but loading the Electron-ABI build of the native addon, which lives apart from
// node_modules so `npm start` and `npm test` never overwrite each other's build.
import Database from "better-sqlite3";

let binding: string | null = null;

/** Call once at startup, before any database is opened. */
export function setNativeBinding(file: string): void {
  binding = file;
}

/** The binding set at startup (the import thread is given the same one). */
export function nativeBinding(): string | null {
  return binding;
}

class ElectronDatabase extends Database {
  constructor(filename?: string | Buffer, options: Database.Options = {}) {
    super(filename, binding && !("nativeBinding" in options) ? { ...options, nativeBinding: binding } : options);
  }
}

export default ElectronDatabase;
