// Everything the shell needs from Electron, behind one small interface so main-wiring.ts can be
// unit-tested with a fake (electron-seam.ts is the real one; its binary is not needed for tests).
import type { BrowserWindowConstructorOptions } from "electron";

export interface PreventableEvent {
  preventDefault(): void;
}

export interface ShellWebContents {
  readonly id: number;
  onNavigate(
    kind: "will-navigate" | "will-redirect" | "will-frame-navigate",
    listener: (e: PreventableEvent, url: string) => void,
  ): void;
  onAttachWebview(listener: (e: PreventableEvent) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: "deny" }): void;
  send(channel: string, payload: unknown): void;
}

export interface ShellWindow {
  readonly webContents: ShellWebContents;
  loadURL(url: string): Promise<void>;
  isFullScreen(): boolean;
  setFullScreen(on: boolean): void;
  isDestroyed(): boolean;
  onClosed(listener: () => void): void;
}

/** The parts of IpcMainInvokeEvent we check before answering. */
export interface IpcInvokeEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/** A menu item; `role` items get Electron's built-in behaviour. */
export interface MenuSpec {
  id?: string;
  label?: string;
  role?: "undo" | "redo" | "cut" | "copy" | "paste" | "selectAll" | "quit" | "reload" | "toggleDevTools" | "about";
  type?: "normal" | "separator" | "submenu" | "radio" | "checkbox";
  checked?: boolean;
  accelerator?: string;
  /** May return the action's promise (tests await it; Electron ignores it). */
  click?: () => unknown;
  submenu?: MenuSpec[];
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Seam {
  readonly isPackaged: boolean;
  /** Every webContents the app ever creates (windows, the PDF printer, anything later): app.on("web-contents-created"). */
  onWebContentsCreated(listener: (wc: ShellWebContents) => void): void;
  readonly platform: NodeJS.Platform;
  /** Serve `rootDir` as app://<host>/ with the security headers. */
  serveApp(scheme: string, host: string, rootDir: string): void;
  /** Refuse every permission request (camera, notifications, …): the app needs none. */
  denyPermissions(): void;
  createWindow(options: BrowserWindowConstructorOptions): ShellWindow;
  handleIpc(channel: string, handler: (event: IpcInvokeEvent, ...args: unknown[]) => unknown): void;
  setMenu(template: MenuSpec[]): void;
  chooseFiles(win: ShellWindow, opts: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<string[]>;
  chooseFolder(win: ShellWindow, opts: { title: string }): Promise<string | null>;
  chooseSaveFile(
    win: ShellWindow,
    opts: { title: string; defaultPath: string; filters: FileFilter[] },
  ): Promise<string | null>;
  showMessage(win: ShellWindow | null, opts: { kind: "info" | "error"; title: string; message: string }): void;
  /** A question with two answers; true for `ok`. */
  confirm(
    win: ShellWindow | null,
    opts: { title: string; message: string; ok: string; cancel: string },
  ): Promise<boolean>;
  /** Renders a self-contained HTML page to PDF in a hidden, script-less window. */
  printHtmlToPdf(html: string): Promise<Uint8Array>;
}
