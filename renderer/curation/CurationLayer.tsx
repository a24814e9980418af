// Curation's background work: undo availability on start, the orphan count after every change,
// and its keys. Its panels live in the side panel's Review and History tabs (SidePanel.tsx).
import { useEffect } from "react";
import { loadOrphans } from "./reextract.ts";
import { useCurationShortcuts } from "./shortcuts.ts";
import { loadUndoState, useCuration } from "./state.ts";
import "./curation.css";

export function CurationLayer() {
  const rev = useCuration((s) => s.rev);
  useCurationShortcuts();
  useEffect(() => {
    void loadUndoState();
  }, []);
  // On start and after every change (action, undo, import, re-extraction): the orphan count.
  useEffect(() => {
    void rev;
    void loadOrphans();
  }, [rev]);
  return null;
}
