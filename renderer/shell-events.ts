// Desktop only: the shell pushes progress, finished imports, a switched knowledge base and the
// menu's language choice. The browser host has no push channel (the store polls status instead).
import { useStore } from "./store.ts";

export function listenToShell(): void {
  const kg = window.kg;
  if (!kg?.onEvent) return;
  kg.onEvent((event) => {
    const s = useStore.getState();
    switch (event.type) {
      case "locale":
        if (event.locale !== s.lang) s.setLang(event.locale);
        break;
      case "progress":
        useStore.setState({ progress: { done: event.done, total: event.total, file: event.file } });
        break;
      case "import-finished":
        useStore.setState({ notice: { ...event.summary, files: [] } });
        void s.refresh();
        break;
      case "db-changed":
        // Every id changes with the file: start over rather than patch the graph.
        location.reload();
        break;
      default:
        break;
    }
  });
}
