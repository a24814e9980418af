// The desktop shell without Electron: window options, security handlers, IPC registration and
// the menu's actions (its items are menu.ts), all against the Seam so tests drive it with a fake.
import { existsSync } from "node:fs";
import type { BrowserWindowConstructorOptions } from "electron";
import { SUPPORTED_EXTENSIONS } from "../db/ingest/index.ts";
import { restoreDatabase } from "../db/store/backup.ts";
import { DatabaseDamagedError } from "../db/store/open.ts";
import {
  type ApiResult,
  createHandlers,
  dispatch,
  type HandlerTable,
  type HostDialogs,
  type ShellEvent,
} from "./api.ts";
import { CHANNEL_CALL, CHANNEL_EVENT } from "./api-names.ts";
import { strings } from "./i18n.ts";
import { type KbOptions, KnowledgeBase } from "./knowledge-base.ts";
import { DEFAULT_LOCALE, type Locale } from "./locale.ts";
import { type MenuActions, menuTemplate } from "./menu.ts";
import { WINDOW_TITLE } from "./paths.ts";
import type { IpcInvokeEvent, Seam, ShellWebContents, ShellWindow } from "./seam.ts";
import type { Settings } from "./settings.ts";

export { type ExportFormat, type MenuActions, menuTemplate } from "./menu.ts";

export const APP_SCHEME = "app";
export const APP_HOST = "policy-atlas";
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    backgroundColor: "#ffffff",
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** The hidden window that renders the briefing pack to PDF: no script, no Node, sandboxed. */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  },
};

/** The printer's page is served from memory under its own host of our scheme (never file://). */
export const PRINT_HOST = "print";
export const printUrl = (id: string) => `${APP_SCHEME}://${PRINT_HOST}/${id}.html`;

/** The app is one page: no navigation, no new windows, no webviews. */
export function hardenWebContents(wc: ShellWebContents): void {
  const deny = (e: { preventDefault(): void }) => e.preventDefault();
  wc.onNavigate("will-navigate", deny);
  wc.onNavigate("will-frame-navigate", deny);
  wc.onNavigate("will-redirect", deny);
  wc.onAttachWebview(deny);
  wc.setWindowOpenHandler(() => ({ action: "deny" }));
}

/** IPC is answered only for our window's main frame showing our own page. */
export function isTrustedSender(event: IpcInvokeEvent, win: ShellWindow | null): boolean {
  if (!win || win.isDestroyed() || event.sender.id !== win.webContents.id) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

export interface ShellDeps {
  kb: KnowledgeBase;
  version: string;
  preloadPath: string;
  rendererDir: string;
  settings: Settings;
  saveSettings(settings: Settings): void;
  /** The bundled seeds, offered on an empty knowledge base. */
  samplesDir?: string | null;
}

export interface Shell {
  window: ShellWindow;
  table: HandlerTable;
  locale(): Locale;
  actions: MenuActions;
  /** What the IPC channel answers for one invoke (exposed for tests). */
  handleCall(event: IpcInvokeEvent, name: unknown, input: unknown): Promise<ApiResult<unknown>>;
}

export function startShell(seam: Seam, deps: ShellDeps): Shell {
  const { kb } = deps;
  let settings: Settings = { ...deps.settings };
  let locale: Locale = settings.locale ?? DEFAULT_LOCALE;
  const t = () => strings(locale);

  // Every webContents, including ones a future feature or a bug creates, goes nowhere and opens nothing.
  seam.onWebContentsCreated((wc) => hardenWebContents(wc));
  seam.denyPermissions();
  seam.serveApp(APP_SCHEME, APP_HOST, deps.rendererDir);

  const win = seam.createWindow(windowOptions(deps.preloadPath));
  hardenWebContents(win.webContents);
  const push = (event: ShellEvent) => {
    if (!win.isDestroyed()) win.webContents.send(CHANNEL_EVENT, event);
  };
  const unsubscribe = kb.onEvent(push);
  win.onClosed(unsubscribe);

  const remember = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    deps.saveSettings(settings);
  };
  const setLocale = (l: Locale) => {
    if (l === locale) return;
    locale = l;
    remember({ locale: l });
    seam.setMenu(menuTemplate(locale, actions, { devTools: !seam.isPackaged, mac: seam.platform === "darwin" }));
    push({ type: "locale", locale: l });
  };
  const fail = (err: unknown) =>
    seam.showMessage(win, {
      kind: "error",
      title: t().errorTitle,
      message: err instanceof Error ? err.message : String(err),
    });

  const docExtensions = SUPPORTED_EXTENSIONS.map((e: string) => e.replace(/^\./, ""));
  /** The main process's dialogs: paths stay here, the page sees handles and base names. */
  const dialogs: HostDialogs = {
    async chooseDocuments({ folder }) {
      if (folder) {
        const dir = await seam.chooseFolder(win, { title: t().importTitle });
        return dir ? [dir] : [];
      }
      return seam.chooseFiles(win, {
        title: t().importTitle,
        multiple: true,
        filters: [{ name: t().documentsFilter, extensions: docExtensions }],
      });
    },
    async chooseExportTarget({ format, defaultName }) {
      if (format === "csv") return seam.chooseFolder(win, { title: t().exportFolderTitle });
      const path = await seam.chooseSaveFile(win, {
        title: t().exportTitle,
        defaultPath: defaultName,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
      });
      // Save dialogs on Linux do not add the extension the filter implies.
      return path === null || path.toLowerCase().endsWith(`.${format}`) ? path : `${path}.${format}`;
    },
  };

  const table = createHandlers({
    kb,
    host: "desktop",
    version: deps.version,
    getLocale: () => locale,
    setLocale,
    dialogs,
    renderPdf: (html) => seam.printHtmlToPdf(html),
    samplesDir: deps.samplesDir ?? null,
  });

  const switchKb = async (file: string) => {
    try {
      await kb.switchTo(file);
      remember({ dbFile: file });
    } catch (err) {
      seam.showMessage(win, {
        kind: "error",
        title: t().cannotOpen,
        message: err instanceof Error ? err.message : String(err),
      });
    }
  };

  /** Runs a menu action; any failure becomes an error dialog, never an unhandled rejection. */
  const guarded = (work: () => Promise<unknown>) => (): Promise<void> => work().then(() => undefined, fail);

  const actions: MenuActions = {
    importDocuments: guarded(async () => {
      const paths = await dialogs.chooseDocuments({ folder: false });
      if (paths.length) await kb.importPaths(paths);
    }),
    importFolder: guarded(async () => {
      const paths = await dialogs.chooseDocuments({ folder: true });
      if (paths.length) await kb.importPaths(paths);
    }),
    backup: guarded(async () => {
      const file = await seam.chooseSaveFile(win, {
        title: t().backupTitle,
        defaultPath: "knowledge-backup.db",
        filters: [{ name: t().kbFilter, extensions: ["db"] }],
      });
      if (!file) return;
      if (existsSync(file))
        return seam.showMessage(win, { kind: "error", title: t().errorTitle, message: t().fileExists });
      await kb.db.backup(file);
      seam.showMessage(win, { kind: "info", title: t().backupDone, message: file });
    }),
    restore: guarded(async () => {
      const [file] = await seam.chooseFiles(win, {
        title: t().restoreTitle,
        multiple: false,
        filters: [{ name: t().kbFilter, extensions: ["db", "sqlite"] }],
      });
      if (!file) return;
      const { keptAs } = await kb.restoreFrom(file);
      seam.showMessage(win, { kind: "info", title: t().restoreBackup, message: `${t().restoreDone} ${keptAs ?? "—"}` });
    }),
    openKnowledgeBase: guarded(async () => {
      const [file] = await seam.chooseFiles(win, {
        title: t().openTitle,
        multiple: false,
        filters: [{ name: t().kbFilter, extensions: ["db", "sqlite"] }],
      });
      if (file) await switchKb(file);
    }),
    newKnowledgeBase: guarded(async () => {
      const file = await seam.chooseSaveFile(win, {
        title: t().newTitle,
        defaultPath: "knowledge.db",
        filters: [{ name: t().kbFilter, extensions: ["db"] }],
      });
      if (!file) return;
      // The save dialog asked about overwriting; we still never replace a knowledge base.
      if (existsSync(file))
        return seam.showMessage(win, { kind: "error", title: t().errorTitle, message: t().fileExists });
      await switchKb(file);
    }),
    exportGraph: (format) =>
      guarded(async () => {
        const result = await dispatch(table, "exportGraph", { format, saveAs: true });
        if (!result.ok) throw new Error(result.error.message);
        const { written } = result.data as { written: string[] };
        if (written.length) seam.showMessage(win, { kind: "info", title: t().exportDone, message: written.join("\n") });
      })(),
    setLocale,
    toggleFullScreen: () => win.setFullScreen(!win.isFullScreen()),
    about: () =>
      seam.showMessage(win, { kind: "info", title: t().about, message: `${t().aboutText}\n${deps.version}` }),
  };

  const forbidden: ApiResult<never> = { ok: false, error: { code: "forbidden", message: "IPC from an unknown frame" } };
  const handleCall = async (event: IpcInvokeEvent, name: unknown, input: unknown) =>
    isTrustedSender(event, win) ? dispatch(table, name, input) : forbidden;
  seam.handleIpc(CHANNEL_CALL, (event, name, input) => handleCall(event, name, input));

  seam.setMenu(menuTemplate(locale, actions, { devTools: !seam.isPackaged, mac: seam.platform === "darwin" }));
  void win.loadURL(APP_URL).catch(fail);

  return { window: win, table, locale: () => locale, actions, handleCall };
}

/**
 * Opens the knowledge base for the app. A damaged file is not used: when a backup exists the
 * user is asked whether to restore the latest one (the damaged file is kept beside it).
 */
export async function openKnowledgeBase(
  seam: Seam,
  file: string,
  opts: KbOptions & { locale: Locale },
): Promise<KnowledgeBase> {
  try {
    return new KnowledgeBase(file, opts);
  } catch (err) {
    if (!(err instanceof DatabaseDamagedError) || !err.backup) throw err;
    const t = strings(opts.locale);
    const restore = await seam.confirm(null, {
      title: t.damagedTitle,
      message: err.message,
      ok: t.restoreLatest,
      cancel: t.quit,
    });
    if (!restore) throw err;
    restoreDatabase(file, err.backup);
    return new KnowledgeBase(file, { ...opts, seedsDir: null });
  }
}
