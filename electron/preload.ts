// Sandboxed preload: exposes exactly the handler table as window.kg, and turns files dropped on
// the window (that the page did not handle itself) into an import of their paths.
import { contextBridge, ipcRenderer, webUtils } from "electron";
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
  const paths = Array.from(e.dataTransfer?.files ?? [])
    .map((f) => webUtils.getPathForFile(f))
    .filter((p) => p !== "");
  if (paths.length) void ipcRenderer.invoke(CHANNEL_CALL, "importFiles", { paths });
});
