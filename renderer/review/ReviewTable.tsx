// The review table (INCEpTION-style): entities and stated relations, the evidence sentence on
// the row with the mention marked, sortable and filterable columns, "confirm/reject all shown"
// as one undoable decision, and the keyboard flow Y/N/U/J/K/O. The backend filters, sorts and
// pages (200 rows at a time, the next page when the view or the cursor nears the end); rows are
// virtualised (only those in view are in the DOM).
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { EntityType } from "../api-types.ts";
import { TypeIcon } from "../components/TypeIcon.tsx";
import { formatConfidence } from "../curation/ReviewButtons.tsx";
import { useCuration } from "../curation/state.ts";
import { type MessageKey, useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { ReviewFilters } from "./ReviewFilters.tsx";
import { type Row, rowKey, type SortKey, type State } from "./rows.ts";
import {
  decide,
  decideAllShown,
  liveStates,
  loadMore,
  loadRows,
  PAGE,
  setCursor,
  setSort,
  setWide,
  stateOf,
  useReview,
} from "./state.ts";
import "./review.css";

const ROW_H = 62;
const ENTITY_TYPES = new Set(["cluster", "park", "platform", "enterprise", "department"]);

function Marked({ text, marks }: { text: string; marks: [number, number][] }) {
  const parts: { s: string; m: boolean }[] = [];
  let at = 0;
  for (const [s, e] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    if (s > at) parts.push({ s: text.slice(at, s), m: false });
    parts.push({ s: text.slice(s, e), m: true });
    at = e;
  }
  if (at < text.length) parts.push({ s: text.slice(at), m: false });
  return <span className="rv-sentence">{parts.map((p, i) => (p.m ? <mark key={i}>{p.s}</mark> : p.s))}</span>;
}

/** The table in the Review tab; "wide" moves it into an overlay over the whole window. */
export function ReviewTablePanel() {
  const wide = useReview((s) => s.wide);
  const t = useT();
  if (!wide) return <ReviewTable wide={false} />;
  return (
    <>
      <p className="muted">
        <button type="button" className="link" onClick={() => setWide(false)}>
          {t("rv.narrow")}
        </button>
      </p>
      {createPortal(
        <div className="rv-overlay" role="dialog" aria-label={t("rv.title")}>
          <ReviewTable wide />
        </div>,
        document.body,
      )}
    </>
  );
}

export function ReviewTable({ wide }: { wide: boolean }) {
  const t = useT();
  const rev = useCuration((s) => s.rev);
  const { rows, total, documents, pending, sort, cursor, loading, facets, stored } = useReview();
  const counted = useReview((s) => s.states);
  const states = useMemo(() => liveStates({ states: counted, stored, pending }), [counted, stored, pending]);
  const list = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 400 });

  useEffect(() => {
    void loadRows();
  }, [rev]);
  const docTitle = (id: number) => documents.get(id) ?? "";
  const shown = useMemo(() => {
    if (!rows) return [];
    return pending.size ? rows.map((r) => ({ ...r, state: stateOf(r, pending) })) : rows;
  }, [rows, pending]);
  const current = shown[Math.min(cursor, shown.length - 1)];
  const everything = facets ? facets.types.reduce((n, [, c]) => n + c, 0) : total;

  useEffect(() => {
    const el = list.current;
    if (!el) return;
    const measure = () => setScroll({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [wide]);
  // Keep the cursor's row in view and show it in the graph (entities) once the keys pause.
  useEffect(() => {
    const el = list.current;
    if (!el || !current) return;
    const i = shown.indexOf(current);
    if (i * ROW_H < el.scrollTop) el.scrollTop = i * ROW_H;
    else if ((i + 1) * ROW_H > el.scrollTop + el.clientHeight) el.scrollTop = (i + 1) * ROW_H - el.clientHeight;
    const timer = setTimeout(() => {
      if (current.kind === "entity") void useStore.getState().select(current.id);
    }, 400);
    return () => clearTimeout(timer);
  }, [current ? rowKey(current) : ""]);

  const go = (to: number) => {
    if (to >= shown.length - 10) void loadMore();
    setCursor(Math.max(0, Math.min(shown.length - 1, to)));
  };
  const act = (state: State) => {
    if (!current) return;
    decide(current, state);
    if (state !== "unreviewed") go(shown.indexOf(current) + 1);
  };
  const openSource = () => {
    if (current?.at)
      void useStore.getState().openDocument(current.at.documentId, { start: current.at.start, end: current.at.end });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const keys: Record<string, () => void> = {
      y: () => act("confirmed"),
      Enter: () => act("confirmed"),
      n: () => act("rejected"),
      Delete: () => act("rejected"),
      u: () => act("unreviewed"),
      j: () => go(cursor + 1),
      ArrowDown: () => go(cursor + 1),
      k: () => go(cursor - 1),
      ArrowUp: () => go(cursor - 1),
      o: openSource,
    };
    const fn = keys[k];
    if (!fn) return;
    e.preventDefault();
    e.stopPropagation();
    fn();
  };

  const first = Math.max(0, Math.floor(scroll.top / ROW_H) - 4);
  const last = Math.min(shown.length, Math.ceil((scroll.top + scroll.height) / ROW_H) + 4);
  // The next page once the view nears the end of what is loaded.
  useEffect(() => {
    if (rows && rows.length < total && last >= rows.length - 10) void loadMore();
  }, [last, rows, total]);
  const typeName = (r: Row) =>
    r.kind === "entity" ? t(`type.${r.type}` as MessageKey) : t(`rel.${r.type}` as MessageKey);
  const header = (key: SortKey, label: MessageKey) => (
    <button
      type="button"
      className={`rv-sort${sort.key === key ? " on" : ""}`}
      onClick={() => setSort(key)}
      title={t("rv.sortBy", { col: t(label) })}
      data-testid={`rv-sort-${key}`}
    >
      {t(label)}
      {sort.key === key ? (sort.dir === 1 ? " ↑" : " ↓") : ""}
    </button>
  );
  const pendingCount = (state: State) => total - states[state];

  return (
    <section className={`rv-table${wide ? " wide" : ""}`} data-testid="review-table" aria-label={t("rv.title")}>
      <header className="rv-head">
        <h3>{t("rv.title")}</h3>
        <span className="muted" data-testid="rv-count" data-n={total} data-loaded={shown.length}>
          {t("rv.count", { n: total, total: everything })}
          {shown.length < total ? ` · ${t("rv.loaded", { n: shown.length })}` : ""}
        </span>
        <button type="button" className="link" onClick={() => setWide(!wide)} data-testid="rv-wide">
          {wide ? t("rv.narrow") : t("rv.wide")}
        </button>
      </header>
      <ReviewFilters facets={facets} documents={documents} />
      <div className="rv-bulk">
        <button
          type="button"
          className="btn"
          disabled={pendingCount("confirmed") === 0}
          onClick={() => decideAllShown("confirmed")}
          data-testid="rv-confirm-all"
        >
          ✓ {t("rv.bulkConfirm", { n: pendingCount("confirmed") })}
        </button>
        <button
          type="button"
          className="btn"
          disabled={pendingCount("rejected") === 0}
          onClick={() => decideAllShown("rejected")}
          data-testid="rv-reject-all"
        >
          ✗ {t("rv.bulkReject", { n: pendingCount("rejected") })}
        </button>
        <span
          className="rv-states muted"
          data-testid="rv-states"
          data-unreviewed={states.unreviewed}
          data-confirmed={states.confirmed}
          data-rejected={states.rejected}
        >
          {t("cur.review.unreviewed")} {states.unreviewed} · {t("cur.review.confirmed")} {states.confirmed} ·{" "}
          {t("cur.review.rejected")} {states.rejected}
        </span>
      </div>
      <div className="rv-cols" aria-hidden={!wide}>
        {header("label", "rv.item")}
        {header("type", "rv.type")}
        {wide ? header("document", "rv.document") : null}
        {header("confidence", "rv.confidence")}
        {header("rule", "rv.rule")}
        {header("state", "rv.state")}
      </div>
      <p className="muted keys">{t("rv.keys")}</p>
      <div
        className="rv-list"
        ref={list}
        tabIndex={0}
        role="listbox"
        aria-label={t("rv.title")}
        aria-activedescendant={current ? `rv-${rowKey(current)}` : undefined}
        onKeyDown={onKey}
        onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
        data-testid="rv-list"
      >
        {rows === null || (loading && shown.length === 0) ? <p className="muted">{t("rv.loading")}</p> : null}
        {rows && shown.length === 0 && !loading ? <p className="muted">{t("rv.empty")}</p> : null}
        <div style={{ height: shown.length * ROW_H, position: "relative" }}>
          {shown.slice(first, last).map((r, k) => {
            const i = first + k;
            return (
              <div
                key={rowKey(r)}
                id={`rv-${rowKey(r)}`}
                role="option"
                aria-selected={r === current}
                className={`rv-row ${r.state}${r === current ? " current" : ""}`}
                style={{ top: i * ROW_H, height: ROW_H }}
                data-testid="rv-row"
                data-key={rowKey(r)}
                data-state={r.state}
                data-rule={r.rule ?? ""}
                data-index={i}
                onClick={() => {
                  setCursor(i);
                  list.current?.focus();
                }}
              >
                <div className="rv-line">
                  <span className={`review-badge ${r.state}`}>{t(`cur.review.${r.state}`)}</span>
                  {ENTITY_TYPES.has(r.type) ? (
                    <TypeIcon type={r.type as EntityType} size={12} />
                  ) : (
                    <span className="rv-rel">⟶</span>
                  )}
                  <span className="rv-label" title={r.label}>
                    {r.label}
                  </span>
                  <span className="rv-meta">
                    {typeName(r)}
                    {wide ? ` · ${docTitle(r.docs[0] ?? 0)}` : ""} · {formatConfidence(r.confidence)} · {r.rule ?? "—"}
                  </span>
                </div>
                <Marked text={r.sentence} marks={r.marks} />
              </div>
            );
          })}
        </div>
        {rows && shown.length < total ? (
          <button
            type="button"
            className="link rv-more"
            disabled={loading}
            onClick={() => void loadMore()}
            data-testid="rv-more"
          >
            {loading ? t("rv.loading") : t("rv.more", { n: Math.min(PAGE, total - shown.length) })}
          </button>
        ) : null}
      </div>
    </section>
  );
}
