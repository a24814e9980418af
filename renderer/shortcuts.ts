// Global keys: Ctrl/Cmd+F search, Esc clears the selection (and closes the viewer), F fits the view.
import { useEffect } from "react";
import { useStore } from "./store.ts";

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable)
  );
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useStore.getState();
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "f") {
        e.preventDefault();
        s.focusSearch();
        return;
      }
      if (e.key === "Escape") {
        if (typing(e.target)) (e.target as HTMLElement).blur();
        if (s.viewer) s.closeViewer();
        else void s.select(null);
        return;
      }
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "f" || e.key === "F") {
        e.preventDefault();
        s.fit();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
