// Documents (or gazette parts) without a readable issue date, each datable by hand — a
// curation decision, so Ctrl+Z undoes it and it survives re-import.
import { useState } from "react";
import { call } from "../client.ts";
import { useT } from "../i18n/index.ts";
import { loadUnits, type TimeUnit, useTime } from "./state.ts";

export function UndatedList({ units, onClose }: { units: TimeUnit[]; onClose: () => void }) {
  const t = useT();
  const [dates, setDates] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const save = async (u: TimeUnit) => {
    try {
      await call("setDocumentDate", { unit: u.id, date: dates[u.id] ?? "" });
      setError(null);
      await loadUnits();
      const r = useTime.getState().range;
      if (r) useTime.setState({ range: { ...r } });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="undated-panel" data-testid="undated">
      <header>
        <h3>{t("time.undatedTitle")}</h3>
        <button type="button" className="btn icon" aria-label={t("dismiss")} onClick={onClose}>
          ×
        </button>
      </header>
      <p className="muted">{t("time.undatedHint")}</p>
      {units.length === 0 ? <p>{t("time.undatedNone")}</p> : null}
      <ul>
        {units.map((u) => (
          <li key={u.id} data-unit={u.id}>
            <span className="undated-title">{u.title}</span>
            <input
              type="date"
              aria-label={t("time.issueDate")}
              value={dates[u.id] ?? ""}
              onChange={(e) => setDates({ ...dates, [u.id]: e.target.value })}
            />
            <button type="button" className="btn" disabled={!dates[u.id]} onClick={() => void save(u)}>
              {t("time.setDate")}
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="timeline-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
