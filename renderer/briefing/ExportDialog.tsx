// Export dialog: the picture on screen (PNG, SVG, PDF; scale 1×–4×, white or transparent
// background, window or whole graph) or the graph as data (GEXF, GraphML, CSV, JSON).
import { useEffect, useRef, useState } from "react";
import { useT } from "../i18n/index.ts";
import {
  type Background,
  type DataFormat,
  exportData,
  exportPicture,
  type Paper,
  type PictureFormat,
} from "./exporting.ts";
import { setError, toggleExport, useBriefing } from "./state.ts";

type Format = PictureFormat | DataFormat;
const PICTURES: PictureFormat[] = ["png", "svg", "pdf"];
const DATA: DataFormat[] = ["gexf", "graphml", "csv", "json"];

export function ExportDialog() {
  const t = useT();
  const shown = useBriefing((s) => s.shown !== null);
  const [format, setFormat] = useState<Format>("png");
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<Background>("white");
  const [paper, setPaper] = useState<Paper>("a4");
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const isPicture = (PICTURES as string[]).includes(format);
  const run = async () => {
    setWorking(true);
    setFailed(null);
    try {
      if (isPicture) await exportPicture(format as PictureFormat, { scale, background, paper });
      else await exportData(format as DataFormat);
      toggleExport(false);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      setFailed(msg);
      setError(msg);
    } finally {
      setWorking(false);
    }
  };

  return (
    <div
      className="brief-modal"
      role="dialog"
      aria-modal="true"
      aria-label={t("brief.exportTitle")}
      data-testid="export-dialog"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          toggleExport(false);
        }
      }}
    >
      <form
        className="brief-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <h3>{t("brief.exportTitle")}</h3>
        <fieldset>
          <legend>{t("brief.exportPicture")}</legend>
          {PICTURES.map((f, i) => (
            <label key={f} className="check">
              <input
                ref={i === 0 ? first : undefined}
                type="radio"
                name="format"
                checked={format === f}
                onChange={() => setFormat(f)}
                data-testid={`export-format-${f}`}
              />
              <span className="check-label">{t(`brief.format.${f}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{shown ? t("brief.exportDataView") : t("brief.exportData")}</legend>
          {DATA.map((f) => (
            <label key={f} className="check">
              <input
                type="radio"
                name="format"
                checked={format === f}
                onChange={() => setFormat(f)}
                data-testid={`export-format-${f}`}
              />
              <span className="check-label">{t(`brief.format.${f}`)}</span>
            </label>
          ))}
        </fieldset>
        {isPicture ? (
          <fieldset>
            <legend>{t("brief.exportOptions")}</legend>
            <p className="muted">{t("brief.frameHint")}</p>
            {format === "png" ? (
              <label>
                {t("brief.scale")}
                <select value={scale} onChange={(e) => setScale(Number(e.target.value))} data-testid="export-scale">
                  {[1, 2, 3, 4].map((s) => (
                    <option key={s} value={s}>
                      {s}×
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <label>
              {t("brief.background")}
              <select
                value={background}
                onChange={(e) => setBackground(e.target.value as Background)}
                data-testid="export-background"
              >
                <option value="white">{t("brief.bgWhite")}</option>
                <option value="transparent">{t("brief.bgTransparent")}</option>
              </select>
            </label>
            {format === "pdf" ? (
              <label>
                {t("brief.paper")}
                <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)} data-testid="export-paper">
                  <option value="a4">{t("brief.paperA4")}</option>
                  <option value="letter">{t("brief.paperLetter")}</option>
                </select>
              </label>
            ) : null}
          </fieldset>
        ) : null}
        {failed ? (
          <p className="brief-error" role="alert">
            {failed}
          </p>
        ) : null}
        <div className="brief-dialog-actions">
          <button type="button" className="btn" onClick={() => toggleExport(false)}>
            {t("brief.cancel")}
          </button>
          <button type="submit" className="btn primary" disabled={working} data-testid="export-run">
            {working ? t("brief.exporting") : t("brief.exportRun")}
          </button>
        </div>
      </form>
    </div>
  );
}
