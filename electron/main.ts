// Electron main entry (bundled to dist/electron/main.cjs). Kept thin: paths and startup here,
// everything testable lives in main-wiring.ts behind the seam.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { app, BrowserWindow, dialog } from "electron";
import { limitsFromEnv } from "../db/ingest/index.ts";
import { electronSeam, registerAppScheme } from "./electron-seam.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";
import { DEFAULT_LOCALE } from "./locale.ts";
import { APP_SCHEME, openKnowledgeBase, startShell } from "./main-wiring.ts";
import { defaultDbFile, PRODUCT_NAME } from "./paths.ts";
import { loadSettings, saveSettings } from "./settings.ts";
import { setNativeBinding } from "./sqlite-electron.ts";

app.setName(PRODUCT_NAME);
if (process.env.POLICY_ATLAS_HOME) app.setPath("userData", process.env.POLICY_ATLAS_HOME);
registerAppScheme(APP_SCHEME);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on("window-all-closed", () => app.quit());
  // One window, one writer of the knowledge base: a second launch brings the first forward.
  app.on("second-instance", () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app
    .whenReady()
    .then(start)
    .catch((err) => fatal(err));
}

async function start(): Promise<void> {
  const appPath = app.getAppPath();
  const binding = app.isPackaged
    ? join(process.resourcesPath, "native", "better_sqlite3.node")
    : join(appPath, ".electron-native", "better_sqlite3.node");
  if (!existsSync(binding)) {
    return fatal(new Error(`${binding} is missing: start the app with \`npm start\`, which builds it.`));
  }
  setNativeBinding(binding);

  const userData = app.getPath("userData");
  mkdirSync(userData, { recursive: true });
  const settings = loadSettings(userData);
  const defaultFile = defaultDbFile(userData);
  const dbFile = settings.dbFile && existsSync(settings.dbFile) ? settings.dbFile : defaultFile;
  const seedsDir = app.isPackaged ? join(process.resourcesPath, "seeds") : join(appPath, "seeds");

  const seam = electronSeam();
  let kb: KnowledgeBase;
  try {
    // A damaged file is refused; the user is offered its latest backup.
    kb = await openKnowledgeBase(seam, dbFile, {
      seedsDir: dbFile === defaultFile ? seedsDir : null,
      limits: limitsFromEnv(),
      locale: settings.locale ?? DEFAULT_LOCALE,
    });
  } catch (err) {
    return fatal(err);
  }
  startShell(seam, {
    kb,
    version: app.getVersion(),
    preloadPath: join(__dirname, "preload.cjs"),
    rendererDir: join(appPath, "dist", "renderer"),
    settings,
    saveSettings: (s) => saveSettings(userData, s),
    samplesDir: seedsDir,
  });
  app.on("before-quit", () => {
    void kb.close();
  });
}

function fatal(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`Policy Atlas cannot start: ${message}`);
  dialog.showErrorBox("政策图谱 / Policy Atlas", message);
  app.exit(1);
}
