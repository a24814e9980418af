// Undo / redo, the review queue and history panels, export and import of annotations.
import { useRef } from "react";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { reextract, useReextract } from "./reextract.ts";
import { refreshAfterCuration } from "./refresh.ts";
import { act, fail, read, serial, useCuration } from "./state.ts";

/** The browser saves the returned contents as a file (the web host never writes paths). */
function download(name: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function exportAnnotations(): Promise<void> {
  try {
    const file = await read("exportAnnotations", {});
    download(file.name, file.content);
  } catch (e) {
    fail(e);
  }
}

export function importAnnotationsFile(file: File): Promise<void> {
  return serial(() => importNow(file));
}

async function importNow(file: File): Promise<void> {
  try {
    const report = await read("importAnnotations", { content: await file.text(), source: file.name });
    useCuration.setState((s) => ({ importReport: report, rev: s.rev + 1 }));
    await refreshAfterCuration();
    const h = await read("history", { limit: 1 });
    useCuration.setState({ canUndo: h.canUndo, canRedo: h.canRedo });
  } catch (e) {
    fail(e);
  }
}

export function CurationBar() {
  const t = useT();
  const canUndo = useCuration((s) => s.canUndo);
  const canRedo = useCuration((s) => s.canRedo);
  const busy = useCuration((s) => s.busy);
  const panel = useCuration((s) => s.panel);
  const setPanel = useCuration((s) => s.setPanel);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirming = useReextract((s) => s.confirming);
  const orphanCount = useReextract((s) => s.orphans?.length ?? 0);
  // Beside the open document rather than under it.
  const viewerOpen = useStore((s) => s.viewer !== null);
  return (
    <div
      className={`curation-bar${viewerOpen ? " beside-viewer" : ""}`}
      role="toolbar"
      aria-label={t("cur.review.title")}
      data-testid="curation-bar"
    >
      <button
        type="button"
        className="btn icon"
        disabled={!canUndo || busy}
        onClick={() => void act("undo", {})}
        title={`${t("cur.undo")} (Ctrl+Z)`}
        aria-label={t("cur.undo")}
        data-testid="undo"
      >
        ↶
      </button>
      <button
        type="button"
        className="btn icon"
        disabled={!canRedo || busy}
        onClick={() => void act("redo", {})}
        title={`${t("cur.redo")} (Ctrl+Shift+Z / Ctrl+Y)`}
        aria-label={t("cur.redo")}
        data-testid="redo"
      >
        ↷
      </button>
      <span className="toolbar-sep" />
      <button
        type="button"
        className={`btn${panel === "queue" ? " active" : ""}`}
        aria-pressed={panel === "queue"}
        onClick={() => setPanel(panel === "queue" ? null : "queue")}
        data-testid="open-queue"
      >
        ☑ {t("cur.queue")}
      </button>
      <button
        type="button"
        className={`btn${panel === "history" ? " active" : ""}`}
        aria-pressed={panel === "history"}
        onClick={() => setPanel(panel === "history" ? null : "history")}
        data-testid="open-history"
      >
        ☰ {t("cur.history")}
      </button>
      <button
        type="button"
        className={`btn${panel === "orphans" ? " active" : ""}`}
        aria-pressed={panel === "orphans"}
        onClick={() => setPanel(panel === "orphans" ? null : "orphans")}
        data-testid="open-orphans"
      >
        {t("cur.orphans")}{" "}
        <span className={`count-badge${orphanCount ? " warn" : ""}`} data-testid="orphans-count">
          {orphanCount}
        </span>
      </button>
      <span className="toolbar-sep" />
      {confirming ? (
        <span className="inline-confirm" role="group" data-testid="reextract-ask">
          <span>{t("cur.reextractAsk")}</span>
          <button
            type="button"
            className="btn primary"
            disabled={busy}
            onClick={() => void reextract()}
            data-testid="reextract-confirm"
          >
            {t("cur.reextract")}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => useReextract.setState({ confirming: false })}
            data-testid="reextract-cancel"
          >
            {t("cur.cancel")}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => useReextract.setState({ confirming: true })}
          title={t("cur.reextractAsk")}
          data-testid="reextract"
        >
          ⟳ {t("cur.reextract")}
        </button>
      )}
      <span className="toolbar-sep" />
      <button
        type="button"
        className="btn icon"
        onClick={() => void exportAnnotations()}
        title={t("cur.export")}
        aria-label={t("cur.export")}
        data-testid="export-annotations"
      >
        ⇩
      </button>
      <button
        type="button"
        className="btn icon"
        disabled={busy}
        onClick={() => fileInput.current?.click()}
        title={t("cur.import")}
        aria-label={t("cur.import")}
        data-testid="import-annotations"
      >
        ⇧
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-annotations-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (f) void importAnnotationsFile(f);
        }}
      />
    </div>
  );
}
