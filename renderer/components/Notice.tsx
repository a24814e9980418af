import { type MessageKey, useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { reasonKind } from "./import-reasons.ts";
import "./Notice.css";

/**
 * Errors and the result of the last import, as a dismissible toast in the canvas's top-right
 * corner: green when every file went in, amber when some did not, red when none did; one line
 * per file, a rejected file with the reason in the UI's language and what to do about it.
 */
export function Notice() {
  const t = useT();
  const error = useStore((s) => s.error);
  const notice = useStore((s) => s.notice);
  const dismiss = useStore((s) => s.dismiss);
  if (!error && !notice) return null;
  const rejected = notice?.rejected ?? [];
  const went = (notice?.documents ?? 0) + (notice?.unchanged ?? 0);
  const level = error || (notice && rejected.length > 0 && went === 0) ? "error" : rejected.length ? "partial" : "ok";
  const bad = new Set(rejected.map((r) => r.file));
  const okFiles = (notice?.files ?? []).filter((f) => !bad.has(f));
  const okLabel =
    notice && notice.unchanged === 0
      ? t("import.fileOk")
      : notice && notice.documents === 0
        ? t("import.fileUnchanged")
        : `${t("import.fileOk")} / ${t("import.fileUnchanged")}`;
  return (
    <div
      className={`notice${level === "ok" ? "" : ` ${level}`}`}
      role={level === "ok" ? "status" : "alert"}
      data-testid="notice"
      data-level={level}
    >
      <div>
        {error ? `${t("errorPrefix")}${error}` : null}
        {notice && level === "error" ? <strong>{t("import.failed")}</strong> : null}
        {notice && level === "partial" ? <strong>{t("import.partial")}</strong> : null}
        {notice && went > 0 ? (
          <div>
            {t("import.done", { documents: notice.documents, entities: notice.entities, relations: notice.relations })}
          </div>
        ) : null}
        {notice && (rejected.length > 0 || okFiles.length > 1) ? (
          <ul className="notice-files" data-testid="import-files">
            {rejected.map((r) => {
              const kind = reasonKind(r.code);
              const hint = t(`import.hint.${kind}` as MessageKey);
              return (
                <li
                  key={`x${r.file}`}
                  className="file-bad"
                  data-testid="import-file"
                  data-status="rejected"
                  title={r.reason}
                >
                  ✗ {r.file}：
                  {kind === "other"
                    ? t("import.reason.other", { reason: r.reason })
                    : t(`import.reason.${kind}` as MessageKey)}
                  {hint ? <span className="notice-hint">{hint}</span> : null}
                </li>
              );
            })}
            {okFiles.map((f) => (
              <li key={`o${f}`} className="file-ok" data-testid="import-file" data-status="ok">
                ✓ {f}：{okLabel}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <button type="button" className="btn" onClick={dismiss} data-testid="notice-dismiss">
        {t("dismiss")}
      </button>
    </div>
  );
}
