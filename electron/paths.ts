// Where the user's knowledge base lives. The web host computes the same folder Electron's
// app.getPath("userData") gives, so `npm run web` and the desktop app share one knowledge base.
import { homedir } from "node:os";
import { join } from "node:path";

/** Valid as a folder and executable name on every platform; the Chinese name is the title. */
export const PRODUCT_NAME = "Policy Atlas";
export const WINDOW_TITLE = "政策图谱";
export const DB_FILE_NAME = "knowledge.db";

export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  // For portable installs and tests.
  if (env.POLICY_ATLAS_HOME) return env.POLICY_ATLAS_HOME;
  if (platform === "win32") return join(env.APPDATA || join(home, "AppData", "Roaming"), PRODUCT_NAME);
  if (platform === "darwin") return join(home, "Library", "Application Support", PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, ".config"), PRODUCT_NAME);
}

export function defaultDbFile(dir: string = userDataDir()): string {
  return join(dir, DB_FILE_NAME);
}
