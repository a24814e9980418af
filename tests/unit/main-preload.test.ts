// The preload bridge: exactly the handler table on window.kg, unknown names refused locally,
// dropped files the page ignored turned into an import of their paths.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { API_NAMES, CHANNEL_CALL, CHANNEL_EVENT } from "../../electron/api-names.ts";

const exposed: Record<string, unknown> = {};
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, data: "from main" }));
const listeners = new Map<string, (...a: unknown[]) => void>();

vi.mock("electron", () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (ch: string, l: (...a: unknown[]) => void) => listeners.set(ch, l),
    removeListener: (ch: string) => listeners.delete(ch),
  },
  webUtils: { getPathForFile: (f: { path: string }) => f.path },
}));

type Bridge = {
  handlers: string[];
  call(name: unknown, input: unknown): Promise<unknown>;
  onEvent(l: (e: unknown) => void): () => void;
};
const bridge = () => exposed.kg as Bridge;

/** A drop event as Chromium would deliver it; `handledByPage` mimics the page cancelling it. */
function drop(files: { path: string }[], handledByPage: boolean): void {
  const e = new Event("drop", { cancelable: true }) as Event & { dataTransfer: { files: { path: string }[] } };
  e.dataTransfer = { files };
  if (handledByPage) e.preventDefault();
  window.dispatchEvent(e);
}

beforeAll(async () => {
  (globalThis as { window?: EventTarget }).window = new EventTarget();
  await import("../../electron/preload.ts");
});

describe("preload", () => {
  it("exposes only call, onEvent and the handler names", () => {
    expect(Object.keys(bridge()).sort()).toEqual(["call", "handlers", "onEvent"]);
    expect(bridge().handlers).toEqual([...API_NAMES]);
  });

  it("forwards a known handler over the one channel", async () => {
    invoke.mockClear();
    expect(await bridge().call("stats", {})).toEqual({ ok: true, data: "from main" });
    expect(invoke).toHaveBeenCalledWith(CHANNEL_CALL, "stats", {});
  });

  it("refuses an unknown handler without reaching the main process", async () => {
    invoke.mockClear();
    expect(await bridge().call("require", "child_process")).toMatchObject({
      ok: false,
      error: { code: "unknown_handler" },
    });
    expect(invoke).not.toHaveBeenCalled();
  });

  it("delivers main-process events and stops when unsubscribed", () => {
    const seen: unknown[] = [];
    const off = bridge().onEvent((e) => seen.push(e));
    listeners.get(CHANNEL_EVENT)?.({}, { type: "locale", locale: "en" });
    expect(seen).toEqual([{ type: "locale", locale: "en" }]);
    off();
    expect(listeners.has(CHANNEL_EVENT)).toBe(false);
  });

  it("imports dropped files by path unless the page handled the drop", () => {
    invoke.mockClear();
    drop([{ path: "/home/u/a.docx" }, { path: "/home/u/b.pdf" }], false);
    expect(invoke).toHaveBeenCalledWith(CHANNEL_CALL, "importFiles", { paths: ["/home/u/a.docx", "/home/u/b.pdf"] });
    invoke.mockClear();
    drop([{ path: "/home/u/c.txt" }], true);
    expect(invoke).not.toHaveBeenCalled();
  });
});
