import { useState } from "react";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { ImportButton } from "./ImportButton.tsx";
import { readUploads } from "./uploads.ts";
import "./EmptyState.css";

/** No documents yet: explain, and offer the file picker and a drop zone. */
export function EmptyState() {
  const t = useT();
  const [over, setOver] = useState(false);
  const importing = useStore((s) => s.importing);
  const importFiles = useStore((s) => s.importFiles);
  const loadSamples = useStore((s) => s.loadSamples);
  const samples = useStore((s) => s.meta?.samples === true);
  return (
    <div
      className={`empty-state${over ? " over" : ""}`}
      data-testid="empty-state"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={async (e) => {
        e.preventDefault();
        setOver(false);
        if (e.dataTransfer.files.length) await importFiles(await readUploads(e.dataTransfer.files));
      }}
    >
      <div className="empty-card">
        <div className="empty-art" aria-hidden="true">
          ◈
        </div>
        <h2>{t("empty.title")}</h2>
        <p>{t("empty.body")}</p>
        {importing !== null ? (
          <p className="empty-busy">{t("import.busy", { n: importing })}</p>
        ) : (
          <>
            <ImportButton />
            <p className="muted">{t("empty.drop")}</p>
            {samples ? (
              <p>
                <button type="button" className="btn" onClick={() => void loadSamples()} data-testid="load-samples">
                  ◈ {t("empty.samples")}
                </button>
                <span className="muted empty-samples-hint">{t("empty.samplesHint")}</span>
              </p>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
