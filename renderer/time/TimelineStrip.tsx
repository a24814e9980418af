// The timeline strip under the graph: every document (top lane) and gazette part (bottom lane)
// as a mark at its issue date, coloured by issuer or kind; drag across years to brush a range
// (the graph then shows only what those documents state); ▶ steps year by year.
import { useEffect, useMemo, useRef, useState } from "react";
import { useT } from "../i18n/index.ts";
import { useLayout } from "../layout.ts";
import { useStore } from "../store.ts";
import { useTimeDecoration } from "./decorate.ts";
import {
  loadUnits,
  play,
  setCompareOpen,
  setRange,
  setUndatedOpen,
  stop,
  type TimeUnit,
  unitYears,
  useTime,
} from "./state.ts";
import "./timeline.css";

const PAD = 22;
const ISSUER_COLOURS = ["#2563EB", "#E0525E", "#23A094", "#8C62C7", "#E8A33D", "#0B7285", "#A61E4D", "#5C940D"];
const KIND_COLOURS = { document: "#2563EB", part: "#8C62C7", hand: "#F08C00" } as const;

/** Fractional year of an ISO date (2021-07-08 → 2021.52). */
function yearOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return (y ?? 0) + ((m ?? 1) - 1) / 12 + ((d ?? 1) - 1) / 365;
}

function issuerColour(issuer: string | null, order: string[]): string {
  const i = order.indexOf(issuer ?? "");
  return i < 0 ? "#8A96A3" : (ISSUER_COLOURS[i % ISSUER_COLOURS.length] as string);
}

/** Up to this many documents the timeline's units load with the page (entity history uses them). */
const EAGER_UNITS_UP_TO = 2000;

export function TimelineStrip() {
  const t = useT();
  const units = useTime((s) => s.units);
  const range = useTime((s) => s.range);
  const playing = useTime((s) => s.playing);
  const colourBy = useTime((s) => s.colourBy);
  const compareOpen = useTime((s) => s.compareOpen);
  const stripOpen = useTime((s) => s.stripOpen);
  const comparing = useTime((s) => s.comparison !== null);
  const error = useTime((s) => s.error);
  const documents = useStore((s) => s.documents);
  const openDocument = useStore((s) => s.openDocument);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const undatedOpen = useTime((s) => s.undatedOpen);
  useTimeDecoration();

  // Documents imported or dated since: reload the marks. A big corpus loads them only once the
  // strip or the comparison is opened: 10,000 units take the host over a second to list.
  const corpus = useStore((s) => s.stats?.documents ?? 0);
  const wanted = stripOpen || compareOpen || corpus <= EAGER_UNITS_UP_TO;
  useEffect(() => {
    if (wanted) void loadUnits();
  }, [documents, wanted]);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, [stripOpen]);

  const years = unitYears(units);
  const first = Number(years[0] ?? new Date().getFullYear());
  const last = Number(years[years.length - 1] ?? first);
  const span = last + 1 - first;
  const x = (year: number) => PAD + ((year - first) / span) * (width - 2 * PAD);
  const yearAt = (px: number) =>
    Math.min(last, Math.max(first, Math.floor(first + ((px - PAD) / (width - 2 * PAD)) * span)));
  const issuers = useMemo(() => {
    const count = new Map<string, number>();
    for (const u of units) count.set(u.issuer ?? "", (count.get(u.issuer ?? "") ?? 0) + 1);
    return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  }, [units]);
  const fill = (u: TimeUnit) =>
    colourBy === "issuer" ? issuerColour(u.issuer, issuers) : KIND_COLOURS[u.handDated ? "hand" : u.kind];
  const dated = units.filter((u) => u.date);
  const undated = units.filter((u) => !u.date);
  const inRange = (u: TimeUnit) =>
    !range || (u.date !== null && u.date.slice(0, 4) >= range.from && u.date.slice(0, 4) <= range.to);
  const shownRange = drag
    ? { from: String(Math.min(drag.from, drag.to)), to: String(Math.max(drag.from, drag.to)) }
    : range;
  const rangeCount = range ? dated.filter(inRange).length : dated.length;

  // The comparison and the undated list live in the side panel's Time tab (TimePanel.tsx).
  if (!stripOpen) return null;
  const pointerX = (e: React.PointerEvent) => e.clientX - (e.currentTarget as SVGElement).getBoundingClientRect().left;
  return (
    <>
      <div
        className="timeline"
        data-testid="timeline"
        data-range={range ? `${range.from}..${range.to}` : ""}
        data-playing={playing ? "yes" : "no"}
      >
        <div className="timeline-controls">
          <button
            type="button"
            className="btn icon"
            data-testid="timeline-play"
            aria-label={playing ? t("time.pause") : t("time.play")}
            title={playing ? t("time.pause") : t("time.play")}
            onClick={() => (useTime.getState().playing ? stop() : play())}
          >
            {playing ? "⏸" : "▶"}
          </button>
          <select
            aria-label={t("time.colourBy")}
            value={colourBy}
            onChange={(e) => useTime.setState({ colourBy: e.target.value as "issuer" | "kind" })}
          >
            <option value="issuer">{t("time.byIssuer")}</option>
            <option value="kind">{t("time.byKind")}</option>
          </select>
          <button
            type="button"
            className={`btn${compareOpen || comparing ? " on" : ""}`}
            data-testid="compare-open"
            onClick={() => {
              // Open means shown: with the Time tab behind another tab, the button brings it forward.
              const { tab, openTab } = useLayout.getState();
              if (compareOpen && tab !== "time") openTab("time");
              else setCompareOpen(!compareOpen);
            }}
          >
            {t("time.compare")}
          </button>
        </div>
        <div className="timeline-track" ref={box}>
          <svg
            width={width}
            height={64}
            data-testid="timeline-svg"
            data-first={first}
            data-last={last}
            onPointerDown={(e) => {
              if ((e.target as Element).closest("[data-unit]")) return;
              (e.currentTarget as SVGElement).setPointerCapture?.(e.pointerId);
              const y = yearAt(pointerX(e));
              setDrag({ from: y, to: y });
            }}
            onPointerMove={(e) => drag && setDrag({ ...drag, to: yearAt(pointerX(e)) })}
            onPointerUp={() => {
              if (!drag) return;
              stop();
              void setRange({ from: String(Math.min(drag.from, drag.to)), to: String(Math.max(drag.from, drag.to)) });
              setDrag(null);
            }}
          >
            <title>{t("time.brushHint")}</title>
            {shownRange ? (
              <rect
                className="timeline-brush"
                data-testid="timeline-brush"
                x={x(Number(shownRange.from))}
                y={2}
                width={x(Number(shownRange.to) + 1) - x(Number(shownRange.from))}
                height={44}
              />
            ) : null}
            <text x={2} y={18} className="lane-label">
              {t("time.laneDocs")}
            </text>
            <text x={2} y={36} className="lane-label">
              {t("time.laneParts")}
            </text>
            {Array.from({ length: span + 1 }, (_, i) => first + i).map((y) => (
              <g key={y}>
                <line x1={x(y)} x2={x(y)} y1={6} y2={48} className="year-line" />
                {y <= last ? (
                  <text x={(x(y) + x(y + 1)) / 2} y={60} className="year-label" data-year={y}>
                    {y}
                  </text>
                ) : null}
              </g>
            ))}
            {dated.map((u) => (
              <circle
                key={u.id}
                data-unit={u.id}
                data-date={u.date ?? ""}
                data-kind={u.kind}
                className={inRange(u) ? "mark" : "mark out"}
                cx={x(yearOf(u.date as string))}
                cy={u.kind === "part" ? 34 : 16}
                r={u.kind === "part" ? 4 : 6}
                fill={fill(u)}
                onClick={() => void openDocument(u.documentId, { start: u.start, end: Math.min(u.start + 1, u.end) })}
              >
                <title>{`${u.date}${u.handDated ? ` (${t("time.handDated")})` : ""} · ${u.docNumber ? `${u.docNumber} · ` : ""}${u.title}${u.issuer ? ` · ${u.issuer}` : ""}`}</title>
              </circle>
            ))}
          </svg>
        </div>
        <div className="timeline-info">
          {range ? (
            <span className="timeline-range">
              <button
                type="button"
                className="btn icon"
                data-testid="timeline-clear"
                aria-label={t("time.clearRange")}
                title={t("time.clearRange")}
                onClick={() => {
                  stop();
                  void setRange(null);
                }}
              >
                ×
              </button>
              <span data-testid="timeline-range">
                {t("time.rangeShown", { from: range.from, to: range.to, n: rangeCount })}
              </span>
            </span>
          ) : (
            <span className="muted">{t("time.allDocs", { n: dated.length })}</span>
          )}
          {undated.length ? (
            <button
              type="button"
              className="link"
              data-testid="undated-open"
              onClick={() => setUndatedOpen(!undatedOpen)}
            >
              {t("time.undated", { n: undated.length })}
            </button>
          ) : null}
          {error ? (
            <span className="timeline-error" role="alert">
              {error}
            </span>
          ) : null}
        </div>
      </div>
    </>
  );
}
