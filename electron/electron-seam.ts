// The real Seam: the only file besides main.ts and preload.ts that touches Electron's API.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from "electron";
import { SECURITY_HEADERS } from "./csp.ts";
import type { MenuSpec, Seam, ShellWindow } from "./seam.ts";
import { contentType, resolveStatic } from "./static-files.ts";

/** Must run before app "ready": our scheme behaves like https (origin, fetch, storage). */
export function registerAppScheme(scheme: string): void {
  protocol.registerSchemesAsPrivileged([
    { scheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

function adapt(win: BrowserWindow): ShellWindow {
  const wc = win.webContents;
  return {
    webContents: {
      id: wc.id,
      onNavigate: (kind, listener) => {
        wc.on(kind as "will-navigate", (e, url) => listener(e, url));
      },
      onAttachWebview: (listener) => {
        wc.on("will-attach-webview", (e) => listener(e));
      },
      setWindowOpenHandler: (handler) => wc.setWindowOpenHandler(handler),
      send: (channel, payload) => {
        if (!wc.isDestroyed()) wc.send(channel, payload);
      },
    },
    loadURL: (url) => win.loadURL(url),
    isFullScreen: () => win.isFullScreen(),
    setFullScreen: (on) => win.setFullScreen(on),
    isDestroyed: () => win.isDestroyed(),
    onClosed: (listener) => {
      win.on("closed", listener);
    },
  };
}

export function electronSeam(): Seam {
  const windows = new Map<ShellWindow, BrowserWindow>();
  const real = (w: ShellWindow | null) => (w ? windows.get(w) : undefined);
  return {
    isPackaged: app.isPackaged,
    platform: process.platform,
    serveApp(scheme, host, rootDir) {
      protocol.handle(scheme, async (request) => {
        const url = new URL(request.url);
        const file = url.host === host ? resolveStatic(rootDir, url.pathname) : null;
        if (!file) return new Response("not found", { status: 404, headers: SECURITY_HEADERS });
        return new Response(await readFile(file), {
          status: 200,
          headers: { ...SECURITY_HEADERS, "content-type": contentType(file) },
        });
      });
    },
    denyPermissions() {
      session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
      session.defaultSession.setPermissionCheckHandler(() => false);
    },
    createWindow(options) {
      const win = new BrowserWindow(options);
      const shell = adapt(win);
      windows.set(shell, win);
      win.on("closed", () => windows.delete(shell));
      return shell;
    },
    handleIpc(channel, handler) {
      ipcMain.handle(channel, (event, ...args) => handler(event, ...args));
    },
    setMenu(template) {
      Menu.setApplicationMenu(Menu.buildFromTemplate(template as Electron.MenuItemConstructorOptions[]));
    },
    async chooseFiles(win, opts) {
      const owner = real(win);
      const properties: ("openFile" | "multiSelections")[] = opts.multiple
        ? ["openFile", "multiSelections"]
        : ["openFile"];
      const r = owner
        ? await dialog.showOpenDialog(owner, { title: opts.title, filters: opts.filters, properties })
        : await dialog.showOpenDialog({ title: opts.title, filters: opts.filters, properties });
      return r.canceled ? [] : r.filePaths;
    },
    async chooseFolder(win, opts) {
      const owner = real(win);
      const properties: ("openDirectory" | "createDirectory")[] = ["openDirectory", "createDirectory"];
      const r = owner
        ? await dialog.showOpenDialog(owner, { title: opts.title, properties })
        : await dialog.showOpenDialog({ title: opts.title, properties });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseSaveFile(win, opts) {
      const owner = real(win);
      const o = { title: opts.title, defaultPath: opts.defaultPath, filters: opts.filters };
      const r = owner ? await dialog.showSaveDialog(owner, o) : await dialog.showSaveDialog(o);
      return r.canceled ? null : (r.filePath ?? null);
    },
    showMessage(win, opts) {
      const owner = real(win);
      const o = { type: opts.kind, title: opts.title, message: opts.title, detail: opts.message };
      void (owner ? dialog.showMessageBox(owner, o) : dialog.showMessageBox(o));
    },
    async printHtmlToPdf(html) {
      // A temp file, not a data: URL: a pack with pictures is far past Chromium's 2 MB URL limit.
      const dir = await mkdtemp(join(tmpdir(), "policy-atlas-pdf-"));
      const file = join(dir, "briefing.html");
      const win = new BrowserWindow({
        show: false,
        webPreferences: {
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          spellcheck: false,
        },
      });
      // This window is not the app's: it loads our one file and may go nowhere else.
      win.webContents.on("will-navigate", (e) => e.preventDefault());
      win.webContents.on("will-redirect", (e) => e.preventDefault());
      win.webContents.setWindowOpenHandler(() => ({ action: "deny" }));
      try {
        await writeFile(file, html, "utf8");
        await win.loadFile(file); // resolves on did-finish-load
        return await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
      } finally {
        win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  } satisfies Seam;
}

export type { MenuSpec };
