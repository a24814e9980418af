// The built main process (dist/electron/main.cjs) started against a stand-in for the electron
// module: proves the bundle loads (CommonJS, db/ bundled, better-sqlite3 external and loaded
// through nativeBinding), seeds a new knowledge base, and wires window, protocol, IPC and menu.
// The Electron binary itself cannot run here; main-wiring.test.ts covers the wiring in detail.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildElectron } from "../../../scripts/build-electron.mjs";

const ROOT = resolve(import.meta.dirname, "../../..");
const require = createRequire(import.meta.url);

interface FakeWindow {
  opts: { webPreferences: Record<string, unknown>; title: string };
  url: string | null;
  sent: { channel: string; payload: { type: string } }[];
  webContents: { id: number };
}

const rec = {
  windows: [] as FakeWindow[],
  ipc: new Map<
    string,
    (event: unknown, ...args: unknown[]) => Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>
  >(),
  protocol: new Map<string, (req: { url: string }) => Promise<Response>>(),
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
  menus: [] as { label?: string; submenu?: { id?: string; label?: string }[] }[][],
  permission: null as null | ((wc: unknown, perm: string, cb: (ok: boolean) => void) => void),
  fatal: [] as string[],
  exit: null as number | null,
};
let onEvent: ((e: { type: string }) => void) | null = null;

function fakeElectron(appDir: string, userData: string) {
  class BrowserWindow implements FakeWindow {
    url: string | null = null;
    sent: FakeWindow["sent"] = [];
    webContents;
    constructor(readonly opts: FakeWindow["opts"]) {
      const sent = this.sent;
      this.webContents = {
        id: 7,
        on() {},
        setWindowOpenHandler() {},
        isDestroyed: () => false,
        send(channel: string, payload: { type: string }) {
          sent.push({ channel, payload });
          onEvent?.(payload);
        },
      };
      rec.windows.push(this);
    }
    static getAllWindows() {
      return rec.windows;
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    on() {}
    isDestroyed() {
      return false;
    }
    isFullScreen() {
      return false;
    }
    setFullScreen() {}
  }
  return {
    app: {
      isPackaged: false,
      setName() {},
      setPath() {},
      enableSandbox() {},
      requestSingleInstanceLock: () => true,
      on() {},
      quit() {},
      whenReady: () => Promise.resolve(),
      getAppPath: () => appDir,
      getPath: () => userData,
      getVersion: () => "0.1.0",
      exit: (code: number) => {
        rec.exit = code;
      },
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (s: typeof rec.privileged) => rec.privileged.push(...s),
      handle: (scheme: string, h: (req: { url: string }) => Promise<Response>) => rec.protocol.set(scheme, h),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof rec.permission) => {
          rec.permission = h;
        },
        setPermissionCheckHandler() {},
      },
    },
    ipcMain: { handle: (ch: string, h: typeof rec.ipc extends Map<string, infer H> ? H : never) => rec.ipc.set(ch, h) },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: (typeof rec.menus)[number]) => rec.menus.push(m),
    },
    dialog: {
      showErrorBox: (_t: string, m: string) => rec.fatal.push(m),
      showMessageBox: () => Promise.resolve({ response: 0 }),
    },
  };
}

let dir: string;
let appDir: string;
let binding: string;
let seeded: Promise<{ type: string }>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kg-bundle-"));
  appDir = join(dir, "app");
  const out = join(appDir, "dist", "electron");
  await buildElectron({ outdir: out });
  // The app folder as `electron .` sees it: seeds, built renderer, and the native addon copy
  // (here the Node build, since this "Electron" is Node).
  symlinkSync(join(ROOT, "seeds"), join(appDir, "seeds"));
  symlinkSync(join(ROOT, "node_modules"), join(appDir, "node_modules"));
  mkdirSync(join(appDir, "dist", "renderer"), { recursive: true });
  writeFileSync(
    join(appDir, "dist", "renderer", "index.html"),
    "<!doctype html><html><head></head><body>atlas</body></html>",
  );
  mkdirSync(join(appDir, ".electron-native"));
  binding = join(appDir, ".electron-native", "better_sqlite3.node");
  copyFileSync(join(ROOT, "node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node"), binding);

  const fake = fakeElectron(appDir, join(dir, "user"));
  seeded = new Promise((done) => {
    onEvent = (e) => {
      if (e.type === "import-finished") done(e);
    };
  });
  const M = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
  const load = M._load;
  M._load = function (request: string, parent: unknown, isMain: boolean) {
    return request === "electron" ? fake : load.call(this, request, parent, isMain);
  };
  try {
    require(join(out, "main.cjs"));
    await new Promise((r) => setTimeout(r, 0)); // app.whenReady().then(start)
  } finally {
    M._load = load;
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("main.cjs", () => {
  it("starts without a fatal error and registers app:// as a secure standard scheme", () => {
    expect(rec.fatal).toEqual([]);
    expect(rec.exit).toBeNull();
    expect(rec.privileged).toEqual([
      expect.objectContaining({ scheme: "app", privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it("opens one hardened window on app://policy-atlas with the bundled preload", () => {
    expect(rec.windows).toHaveLength(1);
    const w = rec.windows[0] as FakeWindow;
    expect(w.opts.title).toBe("政策图谱");
    expect(w.opts.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(existsSync(String(w.opts.webPreferences.preload))).toBe(true);
    expect(w.url).toBe("app://policy-atlas/index.html");
  });

  it("builds the user's knowledge base from seeds/ on first run, reporting progress", async () => {
    await seeded;
    const w = rec.windows[0] as FakeWindow;
    expect(w.sent.some((s) => s.channel === "kg:event" && s.payload.type === "progress")).toBe(true);
    expect(existsSync(join(dir, "user", "knowledge.db"))).toBe(true);
    const call = rec.ipc.get("kg:call");
    const trusted = { sender: { id: 7 }, senderFrame: { url: "app://policy-atlas/index.html", parent: null } };
    const stats = await call?.(trusted, "stats", {});
    expect(stats).toMatchObject({ ok: true, data: { documents: 5 } });
    const foreign = await call?.(
      { ...trusted, senderFrame: { url: "https://evil.example/", parent: null } },
      "stats",
      {},
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("loads better-sqlite3's addon from .electron-native, not node_modules", () => {
    expect(Object.keys(require.cache)).toContain(binding);
  });

  it("serves the renderer over app:// with the CSP, and nothing outside it", async () => {
    const handler = rec.protocol.get("app");
    const index = await handler?.({ url: "app://policy-atlas/index.html" });
    expect(index?.status).toBe(200);
    expect(await index?.text()).toContain("atlas");
    expect(index?.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect((await handler?.({ url: "app://policy-atlas/%2e%2e/%2e%2e/seeds/x.txt" }))?.status).toBe(404);
    expect((await handler?.({ url: "app://elsewhere/index.html" }))?.status).toBe(404);
  });

  it("refuses permission requests and shows the Chinese menu", () => {
    let granted: boolean | null = null;
    rec.permission?.({}, "media", (ok) => {
      granted = ok;
    });
    expect(granted).toBe(false);
    expect(rec.menus[0]?.map((m) => m.label)).toEqual(["文件", "编辑", "视图", "帮助"]);
  });
});
