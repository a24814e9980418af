// Re-extraction from the curation bar and the orphaned decisions it (or any other change) leaves:
// decisions in force whose entity, relation or document is not in the knowledge base any more.
// They are kept in the log and listed, never dropped silently.
import { create } from "zustand";
import type { ApiOutput } from "../api-types.ts";
import { useStore } from "../store.ts";
import { refreshAfterCuration } from "./refresh.ts";
import { fail, read, serial, useCuration } from "./state.ts";

export type ReextractReport = ApiOutput<"reextract">;
export type Orphan = ApiOutput<"orphans">[number];

interface ReextractState {
  confirming: boolean;
  report: ReextractReport | null;
  /** null until first fetched (or when the host has no curation). */
  orphans: Orphan[] | null;
}

export const useReextract = create<ReextractState>()(() => ({ confirming: false, report: null, orphans: null }));

let orphanSeq = 0;

/** Fetches the orphaned decisions; the newest request wins. */
export async function loadOrphans(): Promise<void> {
  const seq = ++orphanSeq;
  try {
    const orphans = await read("orphans", {});
    if (seq === orphanSeq) useReextract.setState({ orphans });
  } catch {
    // Older hosts without curation: no badge.
  }
}

/** Documents are re-inserted, so their ids change: a document filter follows them, or is cleared. */
function remapDocuments(ids: Record<number, number>): void {
  const { filter, viewer } = useStore.getState();
  if (viewer) useStore.getState().closeViewer();
  if (filter.documents.length === 0) return;
  const mapped = filter.documents.map((id) => ids[id]);
  const documents = mapped.every((id) => id !== undefined) ? mapped : [];
  useStore.setState({ filter: { ...filter, documents } });
}

export function reextract(): Promise<void> {
  useReextract.setState({ confirming: false });
  return serial(async () => {
    try {
      const report = await read("reextract", {});
      remapDocuments(report.documentIds);
      // Entity rows may be new too: start from a clean selection.
      useCuration.setState((s) => ({ picked: [], rev: s.rev + 1 }));
      useReextract.setState({ report, orphans: report.orphans });
      await refreshAfterCuration({ focus: null });
      const h = await read("history", { limit: 1 });
      useCuration.setState({ canUndo: h.canUndo, canRedo: h.canRedo });
    } catch (e) {
      fail(e);
    }
  });
}
