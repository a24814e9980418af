import { useEffect, useMemo, useRef } from "react";
import { SelectionPopup } from "../curation/SelectionPopup.tsx";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { segments } from "./docSegments.ts";
import "./DocumentViewer.css";

/** Full text of a document; mentions in their type's colour; click one to select its entity. */
export function DocumentViewer() {
  const t = useT();
  const viewer = useStore((s) => s.viewer);
  const close = useStore((s) => s.closeViewer);
  const select = useStore((s) => s.select);
  const body = useRef<HTMLDivElement>(null);

  const doc = viewer?.doc;
  const target = viewer?.target ?? null;
  const pieces = useMemo(
    () => (doc ? segments(doc.text.length, doc.mentions, target) : []),
    [doc, target?.start, target?.end],
  );

  // Scroll to the target and flash it, on every open (nonce), even when the target is unchanged.
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const hits = root.querySelectorAll<HTMLElement>(".in-target");
    const first = hits[0];
    if (!first) {
      root.scrollTop = 0;
      return;
    }
    // Centre it in the viewer's own scroller only: scrollIntoView also scrolls every ancestor,
    // the window included, which pushed the toolbar out of sight.
    const at = first.getBoundingClientRect();
    const box = root.getBoundingClientRect();
    root.scrollTop += at.top - box.top - (root.clientHeight - at.height) / 2;
    for (const el of hits) {
      el.classList.remove("flash");
      void el.offsetWidth; // restart the animation
      el.classList.add("flash");
    }
  }, [viewer?.nonce, pieces]);

  if (!viewer || !doc) return null;
  const text = doc.text;
  return (
    <section className="viewer" data-testid="document-viewer" data-document={doc.id}>
      <header className="viewer-head">
        <div className="viewer-title">
          <h2>{doc.title ?? doc.fileName}</h2>
          <div className="viewer-meta">
            {doc.docNumber ? (
              <span>
                {t("doc.number")}：{doc.docNumber}
              </span>
            ) : null}
            {doc.issuer ? (
              <span>
                {t("doc.issuer")}：{doc.issuer}
              </span>
            ) : null}
            {doc.issueDate ? (
              <span>
                {t("doc.date")}：{doc.issueDate}
              </span>
            ) : null}
            <span>{t("doc.entities", { n: doc.entityCount })}</span>
            <span className="muted">{doc.fileName}</span>
          </div>
        </div>
        <button type="button" className="btn icon" title={t("doc.close")} onClick={close} data-testid="close-viewer">
          ×
        </button>
      </header>
      <div className="viewer-body" ref={body}>
        {pieces.map((p) => {
          const s = text.slice(p.start, p.end);
          if (p.mention) {
            const m = p.mention;
            return (
              <mark
                key={p.start}
                className={`m m-${m.type}${p.inTarget ? " in-target" : ""}`}
                data-entity={m.entityId}
                data-start={m.start}
                onClick={() => void select(m.entityId, { centre: true })}
              >
                {s}
              </mark>
            );
          }
          return p.inTarget ? (
            <span key={p.start} className="in-target">
              {s}
            </span>
          ) : (
            <span key={p.start}>{s}</span>
          );
        })}
      </div>
      <SelectionPopup body={body} documentId={doc.id} />
    </section>
  );
}
