// First view: three ways in (search an enterprise, pick a cluster, open a document), docked as a
// slim bar above the canvas (never over the graph) until dismissed (remembered). Picks that do
// not fit on the one line wrap out of sight rather than push the canvas down.
import { useMemo } from "react";
import { useT } from "../i18n/index.ts";
import { useLayout } from "../layout.ts";
import { useStore } from "../store.ts";
import { TypeIcon } from "./TypeIcon.tsx";

export function StartCard() {
  const t = useT();
  const dismissed = useLayout((s) => s.startDismissed);
  const dismiss = useLayout((s) => s.dismissStart);
  // Once the side panel is open the user has found a way in: the bar gives its height back.
  const panelOpen = useLayout((s) => s.tab !== null);
  const sub = useStore((s) => s.sub);
  // The three largest documents, listed by the host (the store holds only pages of the list).
  const docs = useStore((s) => s.documentPages.largest);
  const clusters = useMemo(
    () =>
      (sub?.nodes ?? [])
        .filter((n) => n.type === "cluster")
        .sort((a, b) => b.degree - a.degree)
        .slice(0, 4),
    [sub],
  );
  if (dismissed || panelOpen || !sub) return null;
  const pickCluster = async (id: number) => {
    const s = useStore.getState();
    await s.select(id, { centre: true });
    await s.setFocus(true);
  };
  return (
    <section className="start-card" data-testid="start-card" aria-label={t("start.title")}>
      <strong className="start-title">{t("start.title")}</strong>
      <button
        type="button"
        className="link start-search"
        onClick={() => useStore.getState().focusSearch()}
        title={t("start.searchHint")}
        data-testid="start-search"
      >
        ⌕ {t("start.search")}
      </button>
      <span className="start-label">{t("start.cluster")}</span>
      <div className="start-picks">
        {clusters.map((c) => (
          <button
            key={c.id}
            type="button"
            className="chip on"
            title={c.name}
            onClick={() => void pickCluster(c.id)}
            data-testid="start-cluster"
          >
            <TypeIcon type="cluster" size={10} /> {c.name}
          </button>
        ))}
      </div>
      <span className="start-label">{t("start.document")}</span>
      <div className="start-picks docs">
        {docs.map((d) => (
          <button
            key={d.id}
            type="button"
            className="link start-doc"
            title={d.title ?? d.fileName}
            onClick={() => void useStore.getState().openDocument(d.id)}
            data-testid="start-document"
          >
            ▤ {d.title ?? d.fileName}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="btn icon start-close"
        onClick={dismiss}
        title={t("start.dismiss")}
        aria-label={t("start.dismiss")}
        data-testid="start-dismiss"
      >
        ×
      </button>
    </section>
  );
}
