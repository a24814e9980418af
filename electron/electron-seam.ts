// The real Seam: the only file besides main.ts and preload.ts that touches Electron's API.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type WebContents } from "electron";
import { SECURITY_HEADERS } from "./csp.ts";
import { PRINT_HOST, PRINT_WINDOW_OPTIONS, printUrl } from "./main-wiring.ts";
import type { MenuSpec, Seam, ShellWebContents, ShellWindow } from "./seam.ts";
import { contentType, resolveStatic } from "./static-files.ts";

/** Must run before app "ready": our scheme behaves like https (origin, fetch, storage). */
export function registerAppScheme(scheme: string): void {
  protocol.registerSchemesAsPrivileged([
    { scheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

function adaptContents(wc: WebContents): ShellWebContents {
  return {
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
  };
}

/** Print pages waiting to be loaded by the hidden printer window, by id (memory, not files). */
const printPages = new Map<string, string>();
/** The printed page: inline styles and data: images only, nothing fetched, no script. */
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

function adapt(win: BrowserWindow): ShellWindow {
  return {
    webContents: adaptContents(win.webContents),
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
    onWebContentsCreated(listener) {
      app.on("web-contents-created", (_e, wc) => listener(adaptContents(wc)));
    },
    serveApp(scheme, host, rootDir) {
      protocol.handle(scheme, async (request) => {
        const url = new URL(request.url);
        if (url.host === PRINT_HOST) {
          const html = printPages.get(url.pathname.replace(/^\/|\.html$/g, ""));
          if (html === undefined) return new Response("not found", { status: 404, headers: SECURITY_HEADERS });
          return new Response(html, {
            status: 200,
            headers: { "content-security-policy": PRINT_CSP, "content-type": "text/html; charset=utf-8" },
          });
        }
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
    async confirm(win, opts) {
      const owner = real(win);
      const o = {
        type: "warning" as const,
        title: opts.title,
        message: opts.title,
        detail: opts.message,
        buttons: [opts.ok, opts.cancel],
        defaultId: 0,
        cancelId: 1,
      };
      const r = owner ? await dialog.showMessageBox(owner, o) : await dialog.showMessageBox(o);
      return r.response === 0;
    },
    showMessage(win, opts) {
      const owner = real(win);
      const o = { type: opts.kind, title: opts.title, message: opts.title, detail: opts.message };
      void (owner ? dialog.showMessageBox(owner, o) : dialog.showMessageBox(o));
    },
    async printHtmlToPdf(html) {
      // Served from memory under app://print/ (no file://, and no 2 MB data: URL limit for packs with pictures).
      const id = randomBytes(16).toString("hex");
      printPages.set(id, html);
      const win = new BrowserWindow(PRINT_WINDOW_OPTIONS);
      try {
        await win.loadURL(printUrl(id)); // resolves on did-finish-load
        return await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
      } finally {
        printPages.delete(id);
        win.destroy();
      }
    },
  } satisfies Seam;
}

export type { MenuSpec };
