// The desktop shell's security and menu promises, driven through a fake seam (no Electron binary).
import { randomFillSync } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { BrowserWindowConstructorOptions } from "electron";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHANNEL_CALL, CHANNEL_EVENT } from "../../../electron/api-names.ts";
import { type KbEvent, KnowledgeBase } from "../../../electron/knowledge-base.ts";
import {
  APP_URL,
  menuTemplate,
  openKnowledgeBase,
  PRINT_WINDOW_OPTIONS,
  printUrl,
  type Shell,
  startShell,
} from "../../../electron/main-wiring.ts";
import type { IpcInvokeEvent, MenuSpec, PreventableEvent, Seam, ShellWindow } from "../../../electron/seam.ts";
import type { Settings } from "../../../electron/settings.ts";

type NavListener = (e: PreventableEvent, url: string) => void;

class FakeWindow implements ShellWindow {
  readonly nav = new Map<string, NavListener[]>();
  readonly webviewListeners: ((e: PreventableEvent) => void)[] = [];
  openHandler: ((d: { url: string }) => { action: "deny" }) | null = null;
  readonly sent: { channel: string; payload: unknown }[] = [];
  loaded: string | null = null;
  fullScreen = false;
  readonly webContents;
  constructor(
    readonly options: BrowserWindowConstructorOptions,
    id: number,
  ) {
    this.webContents = {
      id,
      onNavigate: (kind: string, l: NavListener) => this.nav.set(kind, [...(this.nav.get(kind) ?? []), l]),
      onAttachWebview: (l: (e: PreventableEvent) => void) => this.webviewListeners.push(l),
      setWindowOpenHandler: (h: (d: { url: string }) => { action: "deny" }) => {
        this.openHandler = h;
      },
      send: (channel: string, payload: unknown) => this.sent.push({ channel, payload }),
    };
  }
  loadURL(url: string) {
    this.loaded = url;
    return Promise.resolve();
  }
  isFullScreen() {
    return this.fullScreen;
  }
  setFullScreen(on: boolean) {
    this.fullScreen = on;
  }
  isDestroyed() {
    return false;
  }
  onClosed() {}
  /** Fires a navigation the way Chromium would; true when the shell cancelled it. */
  navigate(kind: string, url: string): boolean {
    let prevented = false;
    for (const l of this.nav.get(kind) ?? []) l({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

class FakeSeam implements Seam {
  readonly isPackaged = true;
  readonly platform = "linux" as const;
  readonly windows: FakeWindow[] = [];
  readonly ipc = new Map<string, (event: IpcInvokeEvent, ...args: unknown[]) => unknown>();
  readonly menus: MenuSpec[][] = [];
  readonly messages: { kind: string; title: string; message: string }[] = [];
  served: { scheme: string; host: string; rootDir: string } | null = null;
  permissionsDenied = false;
  nextSavePath: string | null = null;
  nextFolder: string | null = null;
  nextFiles: string[] = [];
  readonly created: ((wc: FakeWindow["webContents"]) => void)[] = [];
  confirmAnswer = true;
  readonly confirms: { title: string; message: string }[] = [];
  onWebContentsCreated(listener: (wc: FakeWindow["webContents"]) => void) {
    this.created.push(listener);
  }
  /** Electron's app "web-contents-created" for a webContents the shell did not make itself. */
  spawnContents(): FakeWindow {
    const w = new FakeWindow({}, 900 + this.windows.length);
    for (const l of this.created) l(w.webContents);
    return w;
  }
  confirm(_w: ShellWindow | null, o: { title: string; message: string }) {
    this.confirms.push(o);
    return Promise.resolve(this.confirmAnswer);
  }
  serveApp(scheme: string, host: string, rootDir: string) {
    this.served = { scheme, host, rootDir };
  }
  denyPermissions() {
    this.permissionsDenied = true;
  }
  createWindow(options: BrowserWindowConstructorOptions) {
    const w = new FakeWindow(options, 100 + this.windows.length);
    this.windows.push(w);
    return w;
  }
  handleIpc(channel: string, handler: (event: IpcInvokeEvent, ...args: unknown[]) => unknown) {
    this.ipc.set(channel, handler);
  }
  setMenu(template: MenuSpec[]) {
    this.menus.push(template);
  }
  chooseFiles() {
    return Promise.resolve(this.nextFiles);
  }
  chooseFolder() {
    return Promise.resolve(this.nextFolder);
  }
  chooseSaveFile() {
    return Promise.resolve(this.nextSavePath);
  }
  showMessage(_w: ShellWindow | null, m: { kind: "info" | "error"; title: string; message: string }) {
    this.messages.push(m);
  }
  readonly printed: string[] = [];
  printHtmlToPdf(html: string) {
    this.printed.push(html);
    return Promise.resolve(new TextEncoder().encode("%PDF-1.7 fake"));
  }
  get menu(): MenuSpec[] {
    const m = this.menus.at(-1);
    if (!m) throw new Error("no menu set");
    return m;
  }
}

function findItem(items: MenuSpec[], id: string): MenuSpec {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu ? findItemOrNull(item.submenu, id) : null;
    if (inner) return inner;
  }
  throw new Error(`menu item ${id} not found`);
}
function findItemOrNull(items: MenuSpec[], id: string): MenuSpec | null {
  try {
    return findItem(items, id);
  } catch {
    return null;
  }
}

let dir: string;
let kb: KnowledgeBase;
let seam: FakeSeam;
let shell: Shell;
let saved: Settings[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kg-wiring-"));
  kb = new KnowledgeBase(join(dir, "kb.db"));
  seam = new FakeSeam();
  saved = [];
  shell = startShell(seam, {
    kb,
    version: "9.9.9",
    preloadPath: "/app/dist/electron/preload.cjs",
    rendererDir: "/app/dist/renderer",
    settings: {},
    saveSettings: (s) => saved.push(s),
  });
});

afterEach(async () => {
  await kb.close();
  rmSync(dir, { recursive: true, force: true });
});

const win = () => {
  const w = seam.windows[0];
  if (!w) throw new Error("no window");
  return w;
};
const trusted = (): IpcInvokeEvent => ({
  sender: { id: win().webContents.id },
  senderFrame: { url: "app://policy-atlas/index.html", parent: null },
});
const invoke = (event: IpcInvokeEvent, name: unknown, input?: unknown) => {
  const h = seam.ipc.get(CHANNEL_CALL);
  if (!h) throw new Error("IPC channel not registered");
  return h(event, name, input) as Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>;
};

describe("window", () => {
  it("is created hardened: context isolation, sandbox, no node integration, our preload", () => {
    expect(seam.windows).toHaveLength(1);
    const prefs = win().options.webPreferences;
    expect(prefs?.contextIsolation).toBe(true);
    expect(prefs?.sandbox).toBe(true);
    expect(prefs?.nodeIntegration).toBe(false);
    expect(prefs?.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs?.webviewTag).toBe(false);
    expect(prefs?.preload).toBe("/app/dist/electron/preload.cjs");
    expect(win().options.title).toBe("政策图谱");
  });

  it("loads our own page from the app protocol and refuses permission requests", () => {
    expect(win().loaded).toBe(APP_URL);
    expect(seam.served).toEqual({ scheme: "app", host: "policy-atlas", rootDir: "/app/dist/renderer" });
    expect(seam.permissionsDenied).toBe(true);
  });

  it("cancels every navigation, remote or local, and every redirect", () => {
    expect(win().navigate("will-navigate", "https://example.com/")).toBe(true);
    expect(win().navigate("will-navigate", "file:///etc/passwd")).toBe(true);
    expect(win().navigate("will-navigate", "app://policy-atlas/other.html")).toBe(true);
    expect(win().navigate("will-frame-navigate", "https://example.com/")).toBe(true);
    expect(win().navigate("will-redirect", "https://example.com/")).toBe(true);
  });

  it("denies window.open and webviews", () => {
    expect(win().openHandler?.({ url: "https://example.com/" })).toEqual({ action: "deny" });
    let prevented = false;
    for (const l of win().webviewListeners) l({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});

describe("IPC", () => {
  it("answers our window's main frame", async () => {
    const r = await invoke(trusted(), "stats", {});
    expect(r.ok).toBe(true);
    expect(r.data).toMatchObject({ documents: 0 });
  });

  it("rejects a call from another webContents", async () => {
    const r = await invoke({ ...trusted(), sender: { id: 999 } }, "stats", {});
    expect(r).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("rejects a call from a foreign page or a subframe of ours", async () => {
    const foreign = await invoke(
      { ...trusted(), senderFrame: { url: "https://evil.example/", parent: null } },
      "stats",
      {},
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const sub = await invoke(
      { ...trusted(), senderFrame: { url: "app://policy-atlas/index.html", parent: {} } },
      "stats",
      {},
    );
    expect(sub).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const gone = await invoke({ ...trusted(), senderFrame: null }, "stats", {});
    expect(gone).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("gives typed errors for bad calls from our own frame", async () => {
    expect(await invoke(trusted(), "dropTables", {})).toMatchObject({ ok: false, error: { code: "unknown_handler" } });
    expect(await invoke(trusted(), "entity", { id: "x" })).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });
});

describe("briefing PDF", () => {
  it("renders the pack with the seam's hidden-window printer", async () => {
    const r = await invoke(trusted(), "briefingPdf", {});
    expect(r.ok).toBe(true);
    expect(seam.printed).toHaveLength(1);
    expect(seam.printed[0]).toMatch(/^<!doctype html>/i);
    const pdf = Buffer.from((r.data as { base64: string }).base64, "base64").toString("latin1");
    expect(pdf).toBe("%PDF-1.7 fake");
  });
});

describe("menu", () => {
  const labels = (items: MenuSpec[]) => items.map((i) => i.label);

  it("is Chinese by default", () => {
    expect(labels(seam.menu)).toEqual(["文件", "编辑", "视图", "帮助"]);
    expect(findItem(seam.menu, "import").label).toBe("导入文档…");
    expect(findItem(seam.menu, "open").label).toBe("打开知识库…");
    expect(findItem(seam.menu, "new").label).toBe("新建知识库…");
    expect(findItem(seam.menu, "export").label).toBe("导出图谱");
    expect(findItem(seam.menu, "lang-zh").checked).toBe(true);
  });

  it("switches to English, remembers it, and tells the renderer", () => {
    findItem(seam.menu, "lang-en").click?.();
    expect(labels(seam.menu)).toEqual(["File", "Edit", "View", "Help"]);
    expect(findItem(seam.menu, "import").label).toBe("Import Documents…");
    expect(findItem(seam.menu, "lang-en").checked).toBe(true);
    expect(saved.at(-1)).toEqual({ locale: "en" });
    expect(win().sent).toContainEqual({ channel: CHANNEL_EVENT, payload: { type: "locale", locale: "en" } });
    expect(shell.locale()).toBe("en");
  });

  it("follows a language switch made in the renderer", async () => {
    const r = await invoke(trusted(), "setLocale", { locale: "en" });
    expect(r).toMatchObject({ ok: true, data: { locale: "en" } });
    expect(findItem(seam.menu, "file").label).toBe("File");
    const meta = await invoke(trusted(), "meta", {});
    expect(meta.data).toMatchObject({ locale: "en", host: "desktop" });
  });

  it("starts in the saved language", async () => {
    const other = new FakeSeam();
    const kb2 = new KnowledgeBase(join(dir, "kb2.db"));
    startShell(other, {
      kb: kb2,
      version: "1",
      preloadPath: "p",
      rendererDir: "r",
      settings: { locale: "en" },
      saveSettings: () => {},
    });
    expect(findItem(other.menu, "file").label).toBe("File");
    await kb2.close();
  });

  it("puts an app menu first on macOS", () => {
    const noop = () => {};
    const actions = {
      importDocuments: async () => {},
      importFolder: async () => {},
      backup: async () => {},
      restore: async () => {},
      openKnowledgeBase: async () => {},
      newKnowledgeBase: async () => {},
      exportGraph: async () => {},
      setLocale: noop,
      toggleFullScreen: noop,
      about: noop,
    };
    expect(menuTemplate("zh-CN", actions, { devTools: false, mac: true }).map((m) => m.label)).toEqual([
      "Policy Atlas",
      "文件",
      "编辑",
      "视图",
      "帮助",
    ]);
    expect(findItemOrNull(menuTemplate("en", actions, { devTools: false }), "app")).toBeNull();
  });

  it("toggles full screen", () => {
    findItem(seam.menu, "fullscreen").click?.();
    expect(win().fullScreen).toBe(true);
    findItem(seam.menu, "fullscreen").click?.();
    expect(win().fullScreen).toBe(false);
  });

  it("exports the graph where the user chose", async () => {
    seam.nextSavePath = join(dir, "out", "graph.json");
    await findItem(seam.menu, "export-json").click?.();
    expect(JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8"))).toBeTypeOf("object");
    seam.nextSavePath = join(dir, "out", "no-extension");
    await findItem(seam.menu, "export-gexf").click?.();
    expect(readFileSync(join(dir, "out", "no-extension.gexf"), "utf8")).toContain("<gexf");
    seam.nextFolder = join(dir, "csv");
    await findItem(seam.menu, "export-csv").click?.();
    expect(existsSync(join(dir, "csv", "nodes.csv"))).toBe(true);
    expect(existsSync(join(dir, "csv", "edges.csv"))).toBe(true);
  });

  it("creates a new knowledge base but never replaces an existing file", async () => {
    const existing = join(dir, "precious.db");
    writeFileSync(existing, "not yours to replace");
    seam.nextSavePath = existing;
    await findItem(seam.menu, "new").click?.();
    expect(readFileSync(existing, "utf8")).toBe("not yours to replace");
    expect(seam.messages.at(-1)?.kind).toBe("error");
    expect(kb.dbFile).toBe(join(dir, "kb.db"));

    seam.nextSavePath = join(dir, "fresh.db");
    await findItem(seam.menu, "new").click?.();
    expect(kb.dbFile).toBe(join(dir, "fresh.db"));
    expect(saved.at(-1)).toMatchObject({ dbFile: join(dir, "fresh.db") });
    expect(win().sent).toContainEqual({
      channel: CHANNEL_EVENT,
      payload: { type: "db-changed", dbFile: join(dir, "fresh.db") },
    });
  });

  it("imports chosen documents and reports progress to the window", async () => {
    const doc = join(dir, "notice.txt");
    writeFileSync(
      doc,
      "威海市人民政府关于支持海洋产业集群发展的通知\n\n市科技局负责推进威海海洋生物医药产业集群建设。\n",
    );
    seam.nextFiles = [doc];
    const finished = new Promise<KbEvent>((resolve) => kb.onEvent((e) => e.type === "import-finished" && resolve(e)));
    findItem(seam.menu, "import").click?.();
    expect(await finished).toMatchObject({ type: "import-finished", summary: { documents: 1, rejected: [] } });
    expect(kb.status()).toMatchObject({ phase: "ready", lastImport: { documents: 1 } });
    const kinds = win().sent.map((s) => (s.payload as { type: string }).type);
    expect(kinds).toContain("progress");
    expect(kinds).toContain("import-finished");
  });
});

describe("hardening beyond the main window", () => {
  it("guards every webContents the app creates: no navigation, no new windows, no webviews", () => {
    const other = seam.spawnContents();
    expect(other.navigate("will-navigate", "https://example.com/")).toBe(true);
    expect(other.navigate("will-frame-navigate", "file:///etc/passwd")).toBe(true);
    expect(other.navigate("will-redirect", "https://example.com/")).toBe(true);
    expect(other.openHandler?.({ url: "https://example.com/" })).toEqual({ action: "deny" });
    let prevented = false;
    for (const l of other.webviewListeners) l({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it("keeps web security on and insecure content off in the app and the printer window", () => {
    for (const prefs of [win().options.webPreferences, PRINT_WINDOW_OPTIONS.webPreferences]) {
      expect(prefs?.webSecurity).toBe(true);
      expect(prefs?.allowRunningInsecureContent).toBe(false);
      expect(prefs?.sandbox).toBe(true);
      expect(prefs?.contextIsolation).toBe(true);
      expect(prefs?.nodeIntegration).toBe(false);
    }
    expect(PRINT_WINDOW_OPTIONS.webPreferences?.javascript).toBe(false);
  });

  it("loads no window from file:// (the printer's page comes from the app protocol)", () => {
    expect(printUrl("abc")).toBe("app://print/abc.html");
    expect(win().loaded?.startsWith("app://")).toBe(true);
    for (const f of ["electron-seam.ts", "main-wiring.ts", "main.ts"]) {
      const src = readFileSync(join(import.meta.dirname, "../../../electron", f), "utf8");
      expect(src, f).not.toMatch(/\.loadFile\(|["'`]file:/);
    }
  });
});

describe("backups from the menu", () => {
  it("backs up to a new file the user chose, never over an existing one", async () => {
    seam.nextSavePath = join(dir, "copy.db");
    await findItem(seam.menu, "backup").click?.();
    expect(seam.messages.at(-1)).toMatchObject({ kind: "info" });
    const copy = new Database(join(dir, "copy.db"), { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    copy.close();
    writeFileSync(join(dir, "taken.db"), "keep me");
    seam.nextSavePath = join(dir, "taken.db");
    await findItem(seam.menu, "backup").click?.();
    expect(readFileSync(join(dir, "taken.db"), "utf8")).toBe("keep me");
  });

  it("restores a chosen backup and keeps the replaced file", async () => {
    const backup = await kb.backup("manual");
    await shell.table.viewSave.run({ name: "after the backup" } as never);
    seam.nextFiles = [backup];
    await findItem(seam.menu, "restore").click?.();
    expect(seam.messages.at(-1)?.kind).toBe("info");
    expect(kb.db.prepare("SELECT count(*) AS n FROM views").get()).toEqual({ n: 0 });
    expect(readdirSync(dir).some((f) => f.startsWith("kb.db.replaced-"))).toBe(true);
  });

  it("offers the latest backup when the file is damaged, and opens the restored copy", async () => {
    const file = join(dir, "damaged.db");
    const good = new KnowledgeBase(file, { offThread: false });
    await good.ready;
    good.db.prepare("INSERT INTO views(name) VALUES ('saved before the damage')").run();
    await good.backup("manual");
    await good.close();
    damage(file);
    seam.confirmAnswer = false;
    await expect(openKnowledgeBase(seam, file, { locale: "en", offThread: false })).rejects.toThrow(/damaged/);
    expect(seam.confirms.at(-1)?.message).toContain("damaged.db.backups");
    seam.confirmAnswer = true;
    const restored = await openKnowledgeBase(seam, file, { locale: "en", offThread: false });
    expect(restored.db.prepare("SELECT name FROM views").pluck().all()).toEqual(["saved before the damage"]);
    await restored.close();
  });
});

/** Overwrites pages in the middle of the file with random bytes, as a failing disk or a stray write would. */
function damage(file: string): void {
  const bytes = readFileSync(file);
  const page = 4096;
  const pages = Math.floor(bytes.length / page);
  for (let p = 1; p < pages; p++) randomFillSync(bytes, p * page + 16, page - 32);
  writeFileSync(file, bytes);
}
