// An entity through time, in the details panel: first and last mention, a small strip of the
// documents naming it by date, the status each states, and the sentences that changed it.
import { useEffect, useState } from "react";
import type { ApiOutput } from "../api-types.ts";
import { call } from "../client.ts";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { unitYears, useTime } from "./state.ts";

type History = NonNullable<ApiOutput<"entityHistory">>;
const STATUS_COLOUR = { planned: "#F08C00", existing: "#2F9E44", none: "#8A96A3" } as const;

/**
 * Above this many mentions the history waits for a click: it once cost a hub of 20,000 mentions over
 * a minute; now it returns 100 points and per-year counts (~50 KB) but still reads every mention,
 * ~0.5 s of the host's one-at-a-time queue on this machine.
 */
const HISTORY_EAGER_UP_TO = 1000;

export function EntityHistory({ id }: { id: number }) {
  const t = useT();
  const openDocument = useStore((s) => s.openDocument);
  const units = useTime((s) => s.units);
  const mentions = useStore((s) => (s.detail?.id === id ? (s.detail.mentionTotal ?? s.detail.mentionCount) : 0));
  const [asked, setAsked] = useState<number | null>(null);
  const wanted = mentions <= HISTORY_EAGER_UP_TO || asked === id;
  const [h, setH] = useState<History | null>(null);
  useEffect(() => {
    let live = true;
    setH(null);
    if (!wanted) return;
    call("entityHistory", { id })
      .then((res) => live && setH(res))
      .catch(() => live && setH(null));
    return () => {
      live = false;
    };
  }, [id, wanted]);
  if (!wanted) {
    return (
      <section className="entity-history" data-testid="entity-history-later">
        <button type="button" className="link" data-testid="entity-history-load" onClick={() => setAsked(id)}>
          {t("hist.load", { n: mentions })}
        </button>
      </section>
    );
  }
  if (!h) return null;
  const years = unitYears(units);
  const first = Number(years[0] ?? h.first?.slice(0, 4) ?? 2000);
  const last = Number(years[years.length - 1] ?? h.last?.slice(0, 4) ?? first);
  const W = 260;
  const x = (date: string) => {
    const [y, m] = date.split("-").map(Number);
    return 8 + (((y ?? first) + ((m ?? 1) - 1) / 12 - first) / (last + 1 - first)) * (W - 16);
  };
  const dated = h.points.filter((p) => p.date);
  // A hub's history returns its first points and every year's counts: the strip then draws years.
  const partial = h.pointTotal > h.points.length;
  const open = (s: { documentId: number; start: number; end: number }) =>
    void openDocument(s.documentId, { start: s.start, end: s.end });
  return (
    <section
      className="entity-history"
      data-testid="entity-history"
      data-first={h.first ?? ""}
      data-last={h.last ?? ""}
    >
      <h3>{t("hist.title")}</h3>
      <p className="hist-span">
        {h.first ? t("hist.span", { first: h.first, last: h.last ?? h.first }) : t("hist.noDates")}
      </p>
      <svg width={W} height={30} className="hist-strip" aria-label={t("hist.strip")}>
        <line x1={8} x2={W - 8} y1={14} y2={14} className="hist-axis" />
        {partial
          ? h.years.map((y) => (
              <circle
                key={y.year}
                data-year={y.year}
                cx={x(`${y.year}-07`)}
                cy={14}
                r={Math.min(10, 3 + Math.log2(1 + y.units))}
                fill={STATUS_COLOUR[y.status ?? "none"]}
              >
                <title>{t("hist.yearTip", { year: y.year, units: y.units, mentions: y.mentions })}</title>
              </circle>
            ))
          : null}
        {(partial ? [] : dated).map((p) => (
          <circle
            key={p.unit ?? p.title}
            data-date={p.date ?? ""}
            cx={x(p.date as string)}
            cy={14}
            r={Math.min(8, 3 + Math.sqrt(p.mentions))}
            fill={STATUS_COLOUR[p.status ?? "none"]}
          >
            <title>{`${p.date} · ${p.title} ×${p.mentions}`}</title>
          </circle>
        ))}
        <text x={8} y={29} className="hist-year">
          {first}
        </text>
        <text x={W - 8} y={29} className="hist-year" textAnchor="end">
          {last}
        </text>
      </svg>
      {h.steps.length ? (
        <>
          <h4>{t("hist.steps")}</h4>
          <ol className="hist-steps" data-testid="hist-steps">
            {h.steps.map((s) => (
              <li key={`${s.date}-${s.to}`}>
                <span className="hist-date">{s.date}</span> {s.from ? `${t(`status.${s.from}`)} → ` : ""}
                <span className={`status-pill ${s.to}`}>{t(`status.${s.to}`)}</span>
                <button type="button" className="link hist-sentence" onClick={() => open(s.statement)}>
                  {s.statement.sentence.length > 90 ? `${s.statement.sentence.slice(0, 90)}…` : s.statement.sentence}
                </button>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {partial ? (
        <p className="hist-more" data-testid="hist-more">
          {t("hist.more", { n: h.points.length, total: h.pointTotal })}
        </p>
      ) : null}
      <ul className="hist-points" data-testid="hist-points">
        {h.points.map((p) => (
          <li key={p.unit ?? p.title} data-date={p.date ?? ""}>
            <span className="hist-date">{p.date ?? t("time.noDate")}</span>{" "}
            <button type="button" className="link" onClick={() => open(p.statement)} title={p.statement.sentence}>
              {p.docNumber ? `${p.docNumber} ` : ""}
              {p.title}
            </button>{" "}
            <span className="count">×{p.mentions}</span>
            {p.status ? <span className={`status-pill ${p.status}`}>{t(`status.${p.status}`)}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
