// Review-mode tools: undo / redo (toolbar) and, on the Review tab, re-extraction and the export and
// import of curation decisions, each with a visible label.
import { useRef } from "react";
import { useT } from "../i18n/index.ts";
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

/** Undo / redo, shown in the toolbar in review mode (Ctrl+Z / Ctrl+Y work in both modes). */
export function UndoButtons() {
  const t = useT();
  const canUndo = useCuration((s) => s.canUndo);
  const canRedo = useCuration((s) => s.canRedo);
  const busy = useCuration((s) => s.busy);
  return (
    <>
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
    </>
  );
}

/** Top of the Review tab: re-extract with the current rules, export / import decisions. */
export function ReviewTools() {
  const t = useT();
  const busy = useCuration((s) => s.busy);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirming = useReextract((s) => s.confirming);
  return (
    <div className="review-tools" role="toolbar" aria-label={t("cur.review.title")} data-testid="curation-bar">
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
      <button
        type="button"
        className="btn"
        onClick={() => void exportAnnotations()}
        title={t("cur.exportHint")}
        data-testid="export-annotations"
      >
        ⇩ {t("cur.export")}
      </button>
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={() => fileInput.current?.click()}
        title={t("cur.importHint")}
        data-testid="import-annotations"
      >
        ⇧ {t("cur.import")}
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
