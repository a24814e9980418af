import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import "./Notice.css";

/** Errors and the result of the last import, as a dismissible toast. */
export function Notice() {
  const t = useT();
  const error = useStore((s) => s.error);
  const notice = useStore((s) => s.notice);
  const dismiss = useStore((s) => s.dismiss);
  if (!error && !notice) return null;
  return (
    <div className={`notice${error ? " error" : ""}`} role="status" data-testid="notice">
      <div>
        {error ? `${t("errorPrefix")}${error}` : null}
        {notice ? (
          <div>
            {t("import.done", { documents: notice.documents, entities: notice.entities, relations: notice.relations })}
          </div>
        ) : null}
        {notice?.rejected.length ? (
          <div>
            {t("import.rejected", { files: notice.rejected.map((r) => `${r.file}（${r.reason}）`).join("；") })}
          </div>
        ) : null}
      </div>
      <button type="button" className="btn" onClick={dismiss}>
        {t("dismiss")}
      </button>
    </div>
  );
}
