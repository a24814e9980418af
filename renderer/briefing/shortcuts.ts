// Briefing keys. On stage (captured before any other handler, so the explorer's and the
// review queue's keys stay quiet): →/↓/Space/PageDown next view, ←/↑/PageUp previous
// (what presentation clickers send), Home/End first/last, C confirmed only, Esc leaves.
// Otherwise: P presents, Ctrl/Cmd+S saves the view, Ctrl/Cmd+Shift+E opens the export dialog.
import { useEffect } from "react";
import {
  focusNameField,
  saveOverView,
  setConfirmedOnly,
  showSlide,
  startPresenting,
  step,
  stopPresenting,
  toggleExport,
  useBriefing,
} from "./state.ts";

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable)
  );
}

const NEXT = new Set(["ArrowRight", "ArrowDown", " ", "PageDown"]);
const PREV = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

export function useBriefingShortcuts(): void {
  useEffect(() => {
    const onStage = (e: KeyboardEvent) => {
      const s = useBriefing.getState();
      if (!s.presenting || e.ctrlKey || e.metaKey || e.altKey) return;
      let act: (() => void) | null = null;
      if (NEXT.has(e.key)) act = () => void step(1);
      else if (PREV.has(e.key)) act = () => void step(-1);
      else if (e.key === "Home") act = () => void showSlide(0);
      else if (e.key === "End") act = () => void showSlide(s.views.length - 1);
      else if (e.key === "Escape") act = () => void stopPresenting();
      else if (e.key === "c" || e.key === "C") act = () => setConfirmedOnly(!s.confirmedOnly);
      if (!act) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (!e.repeat || NEXT.has(e.key) || PREV.has(e.key)) act();
    };
    const offStage = (e: KeyboardEvent) => {
      const s = useBriefing.getState();
      if (s.presenting) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        // Save over the open view with Shift; otherwise name a new one.
        if (e.shiftKey && s.activeId !== null) void saveOverView(s.activeId);
        else focusNameField();
        return;
      }
      if (mod && e.shiftKey && !e.altKey && e.key.toLowerCase() === "e") {
        e.preventDefault();
        toggleExport(true);
        return;
      }
      if (typing(e.target) || mod || e.altKey) return;
      if ((e.key === "p" || e.key === "P") && !e.shiftKey) {
        e.preventDefault();
        void startPresenting();
      }
    };
    window.addEventListener("keydown", onStage, true);
    window.addEventListener("keydown", offStage);
    return () => {
      window.removeEventListener("keydown", onStage, true);
      window.removeEventListener("keydown", offStage);
    };
  }, []);
}
