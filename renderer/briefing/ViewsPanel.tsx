// The saved-views panel: save what is on screen, then list, open, rename, reorder (drag or
// ↑/↓), duplicate, save over and delete views; caption, label size and spotlight of the open one.
import { useEffect, useRef, useState } from "react";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { canRenderPackPdf, downloadPack, printPack } from "./exporting.ts";
import {
  closeView,
  deleteView,
  duplicateView,
  loadViews,
  moveView,
  renameView,
  restoreView,
  saveCaption,
  saveNewView,
  saveOverView,
  setLabelSize,
  setSpotlight,
  startPresenting,
  toggleExport,
  togglePanel,
  useBriefing,
  type ViewSummary,
} from "./state.ts";

export const LABEL_SIZES = [10, 12, 14, 16, 20, 24, 28];

export function ViewsPanel() {
  const t = useT();
  const views = useBriefing((s) => s.views);
  const activeId = useBriefing((s) => s.activeId);
  const shownId = useBriefing((s) => s.shown?.id ?? null);
  const missing = useBriefing((s) => s.shown?.missing ?? null);
  const busy = useBriefing((s) => s.busy);
  const error = useBriefing((s) => s.error);
  const nameFocusRun = useBriefing((s) => s.nameFocusRun);
  const restored = useBriefing((s) => s.restored);
  const [name, setName] = useState("");
  const [keepOnly, setKeepOnly] = useState(false);
  const canKeep = useStore((s) => (s.pathResult !== null && s.pathResult !== "none") || s.selectedId !== null);
  const nameRef = useRef<HTMLInputElement>(null);
  const [dragId, setDragId] = useState<number | null>(null);

  useEffect(() => {
    void loadViews();
  }, []);
  useEffect(() => {
    if (nameFocusRun > 0) nameRef.current?.focus();
  }, [nameFocusRun]);

  const save = async () => {
    const n = name.trim() || t("brief.defaultName", { n: views.length + 1 });
    if (await saveNewView(n, undefined, { keepHighlighted: keepOnly && canKeep })) setName("");
  };
  const active = views.find((v) => v.id === activeId) ?? null;

  return (
    <section
      className="brief-panel"
      data-testid="views-panel"
      data-shown={shownId ?? ""}
      data-restored={restored}
      aria-label={t("brief.views")}
    >
      <header>
        <h3>{t("brief.views")}</h3>
        <button
          type="button"
          className="btn icon close"
          onClick={() => togglePanel(false)}
          aria-label={t("brief.close")}
        >
          ×
        </button>
      </header>
      <form
        className="brief-save"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <input
          ref={nameRef}
          value={name}
          maxLength={200}
          placeholder={t("brief.namePlaceholder")}
          onChange={(e) => setName(e.target.value)}
          data-testid="view-name"
        />
        <button type="submit" className="btn primary" data-testid="view-save" title="Ctrl+S">
          {t("brief.saveNew")}
        </button>
        <label className="check brief-keep" title={t("brief.keepOnlyHint")}>
          <input
            type="checkbox"
            checked={keepOnly && canKeep}
            disabled={!canKeep}
            onChange={(e) => setKeepOnly(e.target.checked)}
            data-testid="view-keep-only"
          />
          <span className="check-label">{t("brief.keepOnly")}</span>
        </label>
      </form>
      {error ? (
        <p className="brief-error" role="alert" data-testid="brief-error">
          {error}
        </p>
      ) : null}
      {missing && missing.entities + missing.relations > 0 ? (
        <p className="muted" data-testid="view-missing">
          {t("brief.missing", { n: missing.entities, k: missing.relations })}
        </p>
      ) : null}
      {views.length === 0 ? <p className="muted">{t("brief.empty")}</p> : null}
      <ol className="brief-list">
        {views.map((v, i) => (
          <ViewRow
            key={v.id}
            view={v}
            index={i}
            count={views.length}
            active={v.id === activeId}
            shown={v.id === shownId}
            dragging={dragId === v.id}
            onDragStart={() => setDragId(v.id)}
            onDrop={() => {
              if (dragId !== null) void moveView(dragId, i);
              setDragId(null);
            }}
          />
        ))}
      </ol>
      {shownId !== null ? (
        <button type="button" className="link" onClick={closeView} data-testid="view-close">
          {t("brief.closeView")}
        </button>
      ) : null}
      {/* keyed by id: the fields start from the saved caption and are not reset while typing */}
      {active ? <ActiveView key={active.id} view={active} /> : <LookOnly />}
      <footer className="brief-actions">
        <button type="button" className="btn" onClick={() => void startPresenting()} data-testid="present" title="P">
          ▶ {t("brief.present")}
        </button>
        <button type="button" className="btn" onClick={() => toggleExport(true)} data-testid="export-open">
          ⇩ {t("brief.export")}
        </button>
        <button
          type="button"
          className="btn"
          disabled={views.length === 0 || busy !== null}
          onClick={() => void downloadPack()}
          data-testid="pack-html"
        >
          {t("brief.packHtml")}
        </button>
        <button
          type="button"
          className="btn"
          disabled={views.length === 0 || busy !== null}
          onClick={() => void printPack()}
          data-testid="pack-print"
          title={t(canRenderPackPdf() ? "brief.packPdfHint" : "brief.packPrintHint")}
        >
          {t("brief.packPrint")}
        </button>
        {busy ? (
          <span className="muted" data-testid="pack-busy">
            {t("brief.packBusy", { i: busy.done + 1, n: busy.total })}
          </span>
        ) : null}
      </footer>
    </section>
  );
}

function ViewRow(props: {
  view: ViewSummary;
  index: number;
  count: number;
  active: boolean;
  shown: boolean;
  dragging: boolean;
  onDragStart(): void;
  onDrop(): void;
}) {
  const t = useT();
  const { view: v, index, count } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(v.name);
  const [confirming, setConfirming] = useState(false);
  const [over, setOver] = useState(false);

  const commit = async () => {
    setEditing(false);
    if (draft.trim() && draft.trim() !== v.name) await renameView(v.id, draft);
  };

  return (
    <li
      className={`brief-row${props.active ? " active" : ""}${props.shown ? " shown" : ""}${over ? " drop" : ""}${props.dragging ? " dragging" : ""}`}
      data-testid="view-row"
      data-id={v.id}
      data-active={props.active ? "yes" : "no"}
      draggable={!editing}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = "move";
        e.dataTransfer.setData("text/plain", String(v.id));
        props.onDragStart();
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        props.onDrop();
      }}
    >
      <span className="brief-grip" aria-hidden="true">
        ⋮⋮
      </span>
      {editing ? (
        <input
          className="brief-rename"
          value={draft}
          maxLength={200}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === "Enter") void commit();
            if (e.key === "Escape") {
              e.stopPropagation();
              setDraft(v.name);
              setEditing(false);
            }
          }}
          data-testid="view-rename-input"
        />
      ) : (
        <button
          type="button"
          className="brief-open"
          onClick={() => void restoreView(v.id)}
          onDoubleClick={() => {
            setDraft(v.name);
            setEditing(true);
          }}
          title={t("brief.openHint")}
          data-testid="view-open"
        >
          <span className="brief-name">{v.name}</span>
          <span className="muted brief-counts">{t("brief.counts", { n: v.entityCount, k: v.relationCount })}</span>
        </button>
      )}
      <span className="brief-row-actions">
        <button
          type="button"
          className="btn icon mini"
          disabled={index === 0}
          onClick={() => void moveView(v.id, index - 1)}
          aria-label={t("brief.up")}
          title={t("brief.up")}
          data-testid="view-up"
        >
          ↑
        </button>
        <button
          type="button"
          className="btn icon mini"
          disabled={index === count - 1}
          onClick={() => void moveView(v.id, index + 1)}
          aria-label={t("brief.down")}
          title={t("brief.down")}
          data-testid="view-down"
        >
          ↓
        </button>
        <button
          type="button"
          className="btn icon mini"
          onClick={() => {
            setDraft(v.name);
            setEditing(true);
          }}
          aria-label={t("brief.rename")}
          title={t("brief.rename")}
          data-testid="view-rename"
        >
          ✎
        </button>
        <button
          type="button"
          className="btn icon mini"
          onClick={() => void duplicateView(v.id)}
          aria-label={t("brief.duplicate")}
          title={t("brief.duplicate")}
          data-testid="view-duplicate"
        >
          ❐
        </button>
        <button
          type="button"
          className="btn icon mini"
          onClick={() => void saveOverView(v.id)}
          aria-label={t("brief.update")}
          title={t("brief.update")}
          data-testid="view-update"
        >
          ⟳
        </button>
        <button
          type="button"
          className={`btn icon mini${confirming ? " bad" : ""}`}
          onClick={() => {
            if (confirming) void deleteView(v.id);
            else setConfirming(true);
          }}
          onBlur={() => setConfirming(false)}
          aria-label={confirming ? t("brief.deleteConfirm") : t("brief.delete")}
          title={confirming ? t("brief.deleteConfirm") : t("brief.delete")}
          data-testid="view-delete"
        >
          {confirming ? "?" : "✕"}
        </button>
      </span>
    </li>
  );
}

/** Caption (shown on stage), label size and spotlight of the open view. */
function ActiveView({ view }: { view: ViewSummary }) {
  const t = useT();
  const [title, setTitle] = useState(view.caption.title);
  const [note, setNote] = useState(view.caption.note);
  const commit = () => void saveCaption(view.id, { title: title.trim(), note: note.trim() });
  return (
    <div className="brief-active" data-testid="view-active" data-id={view.id}>
      <h4>{t("brief.caption", { name: view.name })}</h4>
      <input
        value={title}
        maxLength={200}
        placeholder={t("brief.captionTitle")}
        onChange={(e) => setTitle(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
        data-testid="caption-title"
      />
      <textarea
        value={note}
        maxLength={2000}
        rows={3}
        placeholder={t("brief.captionNote")}
        onChange={(e) => setNote(e.target.value)}
        onBlur={commit}
        data-testid="caption-note"
      />
      <LookOnly />
      <p className="muted">{t("brief.updateHint")}</p>
    </div>
  );
}

function LookOnly() {
  const t = useT();
  const labelSize = useBriefing((s) => s.labelSize);
  const spotlight = useBriefing((s) => s.spotlight);
  return (
    <div className="brief-look">
      <label>
        {t("brief.labelSize")}
        <select value={labelSize} onChange={(e) => setLabelSize(Number(e.target.value))} data-testid="label-size">
          {LABEL_SIZES.map((px) => (
            <option key={px} value={px}>
              {px}px
            </option>
          ))}
        </select>
      </label>
      <label className="check" title={t("brief.spotlightHint")}>
        <input
          type="checkbox"
          checked={spotlight}
          onChange={(e) => setSpotlight(e.target.checked)}
          data-testid="spotlight"
        />
        <span className="check-label">{t("brief.spotlight")}</span>
      </label>
    </div>
  );
}
