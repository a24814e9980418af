import { useEffect, useRef, useState } from "react";
import type { SearchHit } from "../api-types.ts";
import { call } from "../client.ts";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { TypeIcon } from "./TypeIcon.tsx";
import "./SearchBox.css";

/** Full-text search over names and aliases (and documents); Ctrl+F focuses it. */
export function SearchBox() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const composing = useRef(false);
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const focusRun = useStore((s) => s.searchFocusRun);
  const select = useStore((s) => s.select);
  // With 已驳回 shown in the review filter, rejected entities are found too (to reconsider them).
  const includeRejected = useStore((s) => s.filter.review.includes("rejected"));
  const openDocument = useStore((s) => s.openDocument);

  useEffect(() => {
    if (focusRun === 0) return;
    input.current?.focus();
    input.current?.select();
    setOpen(true);
  }, [focusRun]);

  useEffect(() => {
    const query = q.trim();
    if (!query) {
      setHits(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      call("search", { q: query, limit: 30, includeRejected })
        .then((res) => {
          if (live) {
            setHits(res);
            setActive(0);
          }
        })
        .catch(() => live && setHits([]));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, includeRejected]);

  const pick = (hit: SearchHit) => {
    setOpen(false);
    input.current?.blur();
    if (hit.kind === "entity") void select(hit.id, { centre: true });
    else void openDocument(hit.id);
  };

  const onKey = (e: React.KeyboardEvent) => {
    if (!hits?.length) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === "Enter") {
      const hit = hits[active];
      if (hit) pick(hit);
    }
  };

  return (
    <div className="search">
      <span className="search-icon" aria-hidden="true">
        ⌕
      </span>
      {/* Uncontrolled: React never writes the value back, so the caret and an IME's composition
          are the browser's alone (a controlled value once reordered typed Chinese). */}
      <input
        ref={input}
        type="search"
        defaultValue=""
        placeholder={t("search.placeholder")}
        aria-label={t("search.placeholder")}
        data-testid="search-input"
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(e) => {
          composing.current = false;
          setQ(e.currentTarget.value);
        }}
        onChange={(e) => {
          // Mid-composition the field holds pinyin: search once the characters are chosen.
          if (!composing.current) setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      {open && hits ? (
        <ul className="search-results" data-testid="search-results">
          {hits.length === 0 ? <li className="search-empty">{t("search.noResults")}</li> : null}
          {hits.map((h, i) => (
            <li key={`${h.kind}${h.id}`}>
              <button
                type="button"
                className={i === active ? "active" : ""}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(h)}
                data-testid="search-hit"
                data-kind={h.kind}
                data-type={h.type ?? ""}
              >
                {h.kind === "entity" && h.type ? <TypeIcon type={h.type} /> : <span className="doc-icon">▤</span>}
                <span className="hit-label">{h.label}</span>
                <span className="hit-kind">
                  {h.kind === "entity" && h.type ? t(`type.${h.type}`) : t("search.document")}
                </span>
                {h.snippet ? <span className="hit-snippet">{h.snippet}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
