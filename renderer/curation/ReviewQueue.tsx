// The review queue: unreviewed entities in the backend's order (doubtful and central first),
// worked through with the keyboard. Each step selects the entity in the graph and the details.
// A switch above it opens the review table instead (entities and relations, filters, batches).
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from "react";
import type { ApiOutput } from "../api-types.ts";
import { TypeIcon } from "../components/TypeIcon.tsx";
import { useT } from "../i18n/index.ts";
import { ReviewTablePanel } from "../review/ReviewTable.tsx";
import { useStore } from "../store.ts";
import { formatConfidence } from "./ReviewButtons.tsx";
import { act, fail, type ReviewState, read, useCuration } from "./state.ts";

type Queue = ApiOutput<"reviewQueue">;

const MODE_KEY = "kg.reviewMode";

export function ReviewQueue() {
  const t = useT();
  const [mode, setMode] = useState<"queue" | "table">(() =>
    localStorage.getItem(MODE_KEY) === "table" ? "table" : "queue",
  );
  const pick = (m: "queue" | "table") => {
    localStorage.setItem(MODE_KEY, m);
    setMode(m);
  };
  return (
    <>
      <div className="rv-switch" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={mode === "queue"}
          className={`btn mini${mode === "queue" ? " primary" : ""}`}
          onClick={() => pick("queue")}
          data-testid="rv-mode-queue"
        >
          {t("cur.queue")}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={mode === "table"}
          className={`btn mini${mode === "table" ? " primary" : ""}`}
          onClick={() => pick("table")}
          data-testid="rv-mode-table"
        >
          {t("rv.title")}
        </button>
      </div>
      {mode === "table" ? <ReviewTablePanel /> : <QueueList />}
    </>
  );
}

function QueueList() {
  const t = useT();
  const setPanel = useCuration((s) => s.setPanel);
  const [queue, setQueue] = useState<Queue | null>(null);
  const [done, setDone] = useState<Record<number, ReviewState>>({});
  const [i, setI] = useState(0);
  const list = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      setQueue(await read("reviewQueue", { limit: 200 }));
      setDone({});
      setI(0);
    } catch (e) {
      fail(e);
    }
  }, []);
  useEffect(() => {
    void load();
    list.current?.focus();
  }, [load]);

  const items = queue?.items ?? [];
  const current = items[i];
  useEffect(() => {
    if (current) void useStore.getState().select(current.id, { centre: true });
    list.current?.querySelector<HTMLElement>(`[data-index="${i}"]`)?.scrollIntoView({ block: "nearest" });
  }, [current?.id]);

  const go = (to: number) => setI(Math.max(0, Math.min(items.length - 1, to)));
  const decide = async (state: ReviewState) => {
    if (!current) return;
    const out = await act("setReview", { kind: "entity", id: current.id, state }, { focus: undefined });
    if (!out) return;
    setDone((d) => ({ ...d, [current.id]: state }));
    if (state === "unreviewed") return;
    // The end of this batch: fetch what is still unreviewed (the next batch, or nothing).
    if (i + 1 >= items.length) await load();
    else go(i + 1);
  };
  const openSource = () => {
    const d = useStore.getState().detail;
    const m = d && current && d.id === current.id ? d.mentions[0] : undefined;
    if (m) void useStore.getState().openDocument(m.documentId, { start: m.start, end: m.end });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const handled: Record<string, () => void> = {
      y: () => void decide("confirmed"),
      Enter: () => void decide("confirmed"),
      n: () => void decide("rejected"),
      Delete: () => void decide("rejected"),
      u: () => void decide("unreviewed"),
      j: () => go(i + 1),
      ArrowDown: () => go(i + 1),
      k: () => go(i - 1),
      ArrowUp: () => go(i - 1),
      o: openSource,
    };
    const fn = handled[k];
    if (!fn) return;
    e.preventDefault();
    e.stopPropagation();
    fn();
  };

  return (
    <section className="cur-panel queue-panel" data-testid="review-queue" aria-label={t("cur.queue")}>
      <header>
        <h3>{t("cur.queue")}</h3>
        <button type="button" className="link" onClick={() => void load()}>
          {t("cur.queueReload")}
        </button>
        <button type="button" className="btn icon close" onClick={() => setPanel(null)} aria-label={t("cur.close")}>
          ×
        </button>
      </header>
      <p className="muted keys">{t("cur.queueKeys")}</p>
      {queue && items.length === 0 ? <p className="muted">{t("cur.queueEmpty")}</p> : null}
      {current ? (
        <p className="muted" data-testid="queue-progress">
          {t("cur.queueProgress", { i: i + 1, n: items.length, total: queue?.total ?? 0 })}
        </p>
      ) : null}
      <div
        className="queue-list"
        ref={list}
        tabIndex={0}
        role="listbox"
        aria-label={t("cur.queue")}
        aria-activedescendant={current ? `queue-item-${current.id}` : undefined}
        onKeyDown={onKey}
        data-testid="queue-list"
      >
        {items.map((q, idx) => {
          const state = done[q.id] ?? "unreviewed";
          return (
            <div
              key={q.id}
              id={`queue-item-${q.id}`}
              role="option"
              aria-selected={idx === i}
              className={`queue-item${idx === i ? " current" : ""} ${state}`}
              data-index={idx}
              data-entity={q.id}
              data-review={state}
              data-testid="queue-item"
              onClick={() => {
                setI(idx);
                list.current?.focus();
              }}
            >
              <TypeIcon type={q.type} size={12} />
              <span className="queue-name">{q.name}</span>
              <span className="queue-meta">
                {q.reasons.map((r) => (
                  <span key={r} className={`reason ${r}`}>
                    {t(`cur.reason.${r}`)}
                  </span>
                ))}
                {formatConfidence(q.confidence)} · {t("details.degree")} {q.degree}
              </span>
              {state !== "unreviewed" ? (
                <span className={`review-badge ${state}`}>{t(`cur.review.${state}`)}</span>
              ) : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}
