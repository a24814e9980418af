// Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y redo — except while typing, where the
// text field's own undo applies. Esc also drops the multi-selection.
import { useEffect } from "react";
import { act, useCuration } from "./state.ts";

const NOT_TEXT = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"]);

/** In a text field Ctrl+Z is the field's own undo; checkboxes, radios and buttons do not count. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el instanceof HTMLInputElement) return !NOT_TEXT.has(el.type);
  return el.tagName === "TEXTAREA" || el.isContentEditable;
}

export function useCurationShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && useCuration.getState().picked.length) useCuration.getState().setPicked([]);
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typing(e.target)) return;
      const k = e.key.toLowerCase();
      const redo = (k === "z" && e.shiftKey) || (k === "y" && !e.shiftKey);
      const undo = k === "z" && !e.shiftKey;
      if (!undo && !redo) return;
      e.preventDefault();
      // Queued behind any action still running, so availability is the backend's to judge.
      const s = useCuration.getState();
      if (undo && (s.canUndo || s.busy)) void act("undo", {});
      if (redo && (s.canRedo || s.busy)) void act("redo", {});
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
