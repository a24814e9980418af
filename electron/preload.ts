// Sandboxed preload: exposes exactly the handler table as window.kg, and turns files dropped on
// the window (that the page did not handle itself) into an upload of their contents: no path
// ever crosses to the main process from this side (folders are imported from the File menu).
import { contextBridge, ipcRenderer } from "electron";
import { API_NAMES, CHANNEL_CALL, CHANNEL_EVENT, isApiName } from "./api-names.ts";

contextBridge.exposeInMainWorld("kg", {
  handlers: [...API_NAMES],
  call(name: unknown, input: unknown) {
    if (!isApiName(name)) {
      return Promise.resolve({
        ok: false,
        error: { code: "unknown_handler", message: `unknown handler: ${String(name)}` },
      });
    }
    return ipcRenderer.invoke(CHANNEL_CALL, name, input);
  },
  onEvent(listener: (event: unknown) => void) {
    const l = (_e: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(CHANNEL_EVENT, l);
    return () => {
      ipcRenderer.removeListener(CHANNEL_EVENT, l);
    };
  },
});

// dragover must be cancelled or the drop never fires.
window.addEventListener("dragover", (e) => e.preventDefault());
window.addEventListener("drop", (e) => {
  if (e.defaultPrevented) return; // the page imported the files itself (e.g. as uploads)
  e.preventDefault();
  const files = Array.from(e.dataTransfer?.files ?? []);
  if (files.length) void uploads(files).then((f) => ipcRenderer.invoke(CHANNEL_CALL, "importFiles", { files: f }));
});

async function uploads(files: File[]): Promise<{ name: string; base64: string }[]> {
  return Promise.all(
    files.map(async (f) => {
      const bytes = new Uint8Array(await f.arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { name: f.name, base64: btoa(binary) };
    }),
  );
}
