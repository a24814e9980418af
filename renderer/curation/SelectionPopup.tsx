// Text selected in the document viewer: remembered as the "document selection" (usable as a new
// relation's evidence) and offered as a new entity through a small popup (name, type, create).
import { type FormEvent, type RefObject, useEffect, useState } from "react";
import { ENTITY_TYPES, type EntityType } from "../api-types.ts";
import { useT } from "../i18n/index.ts";
import { act, useCuration } from "./state.ts";

/** Offset of a DOM point within root's text: the body holds exactly the document text, in order. */
function textOffset(root: HTMLElement, node: Node, offset: number): number {
  const r = document.createRange();
  r.setStart(root, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

let lastType: EntityType = "enterprise";

export function SelectionPopup({ body, documentId }: { body: RefObject<HTMLDivElement | null>; documentId: number }) {
  const t = useT();
  const sel = useCuration((s) => s.docSelection);
  const setSel = useCuration((s) => s.setDocSelection);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const [name, setName] = useState("");
  const [type, setType] = useState<EntityType>(lastType);

  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const capture = () => {
      const s = window.getSelection();
      if (!s || s.rangeCount === 0 || s.isCollapsed) {
        setAt(null);
        return;
      }
      const range = s.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
      const raw = range.toString();
      let start = textOffset(root, range.startContainer, range.startOffset);
      let end = start + raw.length;
      // Leading/trailing blanks are never part of a name.
      start += raw.length - raw.trimStart().length;
      end -= raw.length - raw.trimEnd().length;
      if (end <= start) return;
      const text = raw.trim();
      setSel({ documentId, start, end, text });
      setName(text);
      const rect = range.getBoundingClientRect();
      setAt({
        x: Math.min(rect.left, window.innerWidth - 300),
        y: Math.min(rect.bottom + 6, window.innerHeight - 150),
      });
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.shiftKey) capture();
    };
    root.addEventListener("mouseup", capture);
    root.addEventListener("keyup", onKey);
    return () => {
      root.removeEventListener("mouseup", capture);
      root.removeEventListener("keyup", onKey);
    };
  }, [body, documentId, setSel]);

  // Another document, or the viewer closed: the selection no longer points anywhere shown.
  useEffect(() => () => setSel(null), [documentId, setSel]);

  if (!at || !sel || sel.documentId !== documentId) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    lastType = type;
    const n = name.trim();
    const span = { start: sel.start, end: sel.end };
    const done = await act(
      "createEntity",
      { documentId, ...span, type, ...(n && n !== sel.text ? { name: n } : {}) },
      { viewerTarget: span },
    );
    if (done) {
      setAt(null);
      window.getSelection()?.removeAllRanges();
    }
  };
  return (
    <form
      className="selection-popup"
      style={{ left: at.x, top: at.y }}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          setAt(null);
        }
      }}
      data-testid="selection-popup"
    >
      <div className="selection-title">{t("cur.createTitle")}</div>
      <input
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-label={t("cur.name")}
        data-testid="create-name"
      />
      <select
        value={type}
        onChange={(e) => setType(e.target.value as EntityType)}
        aria-label={t("details.type")}
        data-testid="create-type"
      >
        {ENTITY_TYPES.map((ty) => (
          <option key={ty} value={ty}>
            {t(`type.${ty}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="btn primary mini" disabled={!name.trim()} data-testid="create-entity">
        {t("cur.createSubmit")}
      </button>
      <button type="button" className="btn mini" onClick={() => setAt(null)} aria-label={t("cur.close")}>
        ×
      </button>
    </form>
  );
}
