// The preload bridge: exactly the handler table on window.kg, unknown names refused locally,
// dropped files the page ignored turned into an upload of their contents (never their paths).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { API_NAMES, CHANNEL_CALL, CHANNEL_EVENT } from "../../../electron/api-names.ts";

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
}));

type Bridge = {
  handlers: string[];
  call(name: unknown, input: unknown): Promise<unknown>;
  onEvent(l: (e: unknown) => void): () => void;
};
const bridge = () => exposed.kg as Bridge;

/** A drop event as Chromium would deliver it; `handledByPage` mimics the page cancelling it. */
function drop(files: File[], handledByPage: boolean): void {
  const e = new Event("drop", { cancelable: true }) as Event & { dataTransfer: { files: File[] } };
  e.dataTransfer = { files };
  if (handledByPage) e.preventDefault();
  window.dispatchEvent(e);
}

beforeAll(async () => {
  (globalThis as { window?: EventTarget }).window = new EventTarget();
  await import("../../../electron/preload.ts");
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

  it("uploads dropped files' contents (never paths) unless the page handled the drop", async () => {
    invoke.mockClear();
    drop([new File(["通知"], "a.txt"), new File([new Uint8Array([0, 255])], "b.pdf")], false);
    await vi.waitFor(() => expect(invoke).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith(CHANNEL_CALL, "importFiles", {
      files: [
        { name: "a.txt", base64: Buffer.from("通知").toString("base64") },
        { name: "b.pdf", base64: "AP8=" },
      ],
    });
    expect(JSON.stringify(invoke.mock.calls)).not.toContain("paths");
    invoke.mockClear();
    drop([new File(["x"], "c.txt")], true);
    await new Promise((r) => setTimeout(r, 20));
    expect(invoke).not.toHaveBeenCalled();
  });
});
