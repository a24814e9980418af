// Compare two documents (a gazette part counts as one) or two year ranges: the graph shows
// both, coloured new / dropped / kept / changed; a table sorted by type lists every entity
// and relation with the citation on each side; CSV export; saving the view keeps the
// comparison and the briefing pack then carries its table.
import { useMemo, useState } from "react";
import type { EntityType } from "../api-types.ts";
import { ENTITY_TYPES } from "../api-types.ts";
import { downloadText } from "../briefing/download.ts";
import { call } from "../client.ts";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { DIFF_COLOURS } from "./decorate.ts";
import { clearCompare, runCompare, setCompareOpen, type TimeSelector, unitYears, useTime } from "./state.ts";

type Pick = { kind: "doc"; value: string } | { kind: "range"; from: string; to: string };
type Side = "only_a" | "only_b" | "both" | "changed";

const SIDE_COLOUR: Record<Side, string> = {
  only_b: DIFF_COLOURS.new,
  only_a: DIFF_COLOURS.dropped,
  both: DIFF_COLOURS.kept,
  changed: DIFF_COLOURS.changed,
};

function toSelector(p: Pick): TimeSelector | null {
  if (p.kind === "range") return p.from && p.to ? { from: p.from, to: p.to } : null;
  if (p.value.startsWith("unit:")) return { units: [p.value.slice(5)] };
  if (p.value.startsWith("file:")) return p.value.slice(5);
  return null;
}

function fromSelector(s: TimeSelector | undefined): Pick {
  if (!s) return { kind: "doc", value: "" };
  if (typeof s === "string") return { kind: "doc", value: `file:${s}` };
  if ("units" in s) return { kind: "doc", value: `unit:${s.units[0] ?? ""}` };
  return { kind: "range", from: s.from ?? "", to: s.to ?? "" };
}

function SidePicker({
  label,
  pick,
  onPick,
  testId,
}: {
  label: string;
  pick: Pick;
  onPick: (p: Pick) => void;
  testId: string;
}) {
  const t = useT();
  const units = useTime((s) => s.units);
  const years = unitYears(units);
  const files = [...new Map(units.map((u) => [u.documentId, u])).values()];
  return (
    <div className="cmp-side">
      <span className="cmp-side-label">{label}</span>
      <select
        data-testid={`${testId}-doc`}
        value={pick.kind === "range" ? "range" : pick.value}
        onChange={(e) =>
          onPick(
            e.target.value === "range"
              ? { kind: "range", from: years[0] ?? "", to: years[years.length - 1] ?? "" }
              : { kind: "doc", value: e.target.value },
          )
        }
      >
        <option value="">{t("cmp.choose")}</option>
        <option value="range">{t("cmp.byRange")}</option>
        {files.map((f) => (
          <optgroup key={f.documentId} label={f.kind === "part" ? (f.partOf ?? f.fileName) : f.fileName}>
            <option value={`file:${f.fileName}`}>
              {f.kind === "part" ? t("cmp.wholeFile") : `${f.date ?? t("time.noDate")} · ${f.title}`}
            </option>
            {units
              .filter((u) => u.documentId === f.documentId && u.kind === "part")
              .map((u) => (
                <option key={u.id} value={`unit:${u.id}`}>
                  {`${u.date ?? t("time.noDate")} · ${u.docNumber ?? ""} ${u.title}`}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      {pick.kind === "range" ? (
        <span className="cmp-range">
          <select
            data-testid={`${testId}-from`}
            value={pick.from}
            onChange={(e) => onPick({ ...pick, from: e.target.value })}
          >
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
          –
          <select
            data-testid={`${testId}-to`}
            value={pick.to}
            onChange={(e) => onPick({ ...pick, to: e.target.value })}
          >
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </span>
      ) : null}
    </div>
  );
}

export function ComparePanel() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const select = useStore((s) => s.select);
  const openDocument = useStore((s) => s.openDocument);
  const saved = useTime((s) => s.compare);
  const c = useTime((s) => s.comparison);
  const busy = useTime((s) => s.busy);
  const [a, setA] = useState<Pick>(fromSelector(saved?.a));
  const [b, setB] = useState<Pick>(fromSelector(saved?.b));
  const [shown, setShown] = useState<Record<Side, boolean>>({ only_a: true, only_b: true, both: true, changed: true });
  const sa = toSelector(a);
  const sb = toSelector(b);

  const rows = useMemo(() => {
    if (!c) return [];
    const changed = new Map(c.status_changed.map((ch) => [ch.entity.id, ch]));
    const out: {
      key: string;
      side: Side;
      type: EntityType | "relation";
      name: string;
      id?: number;
      note: string;
      ev: { documentId: number; start: number; end: number; citation: string } | undefined;
    }[] = [];
    for (const type of ENTITY_TYPES) {
      for (const side of ["only_b", "only_a", "both"] as const) {
        for (const e of c[side].entities[type]) {
          const ch = changed.get(e.id);
          const note = ch
            ? ch.kind === "status"
              ? `${t(`status.${ch.from}`)} → ${t(`status.${ch.to}`)}`
              : `${t(`cmp.${ch.kind}`)}：${ch.namesA.join("、")} / ${ch.namesB.join("、")}`
            : "";
          out.push({
            key: `e${e.id}`,
            side: ch ? "changed" : side,
            type,
            name: e.name,
            id: e.id,
            note,
            ev: (e.b ?? e.a)?.evidence[0],
          });
        }
      }
    }
    for (const side of ["only_b", "only_a", "both"] as const) {
      for (const r of c[side].relations) {
        out.push({
          key: `r${r.id}`,
          side,
          type: "relation",
          name: `${r.source.name} → ${r.target.name}`,
          note: t(`rel.${r.type}`),
          ev: (r.b ?? r.a)?.evidence[0],
        });
      }
    }
    return out;
  }, [c, t]);

  const count = (side: Side) => rows.filter((r) => r.side === side).length;
  const exportCsv = async () => {
    if (!saved) return;
    const file = await call("compareCsv", { a: saved.a, b: saved.b, locale: lang });
    downloadText(file.content, file.name, "text/csv;charset=utf-8");
  };
  return (
    <section className="compare-panel" data-testid="compare-panel">
      <header>
        <h3>{t("cmp.title")}</h3>
        <button type="button" className="btn icon" aria-label={t("dismiss")} onClick={() => setCompareOpen(false)}>
          ×
        </button>
      </header>
      <SidePicker label="A" pick={a} onPick={setA} testId="cmp-a" />
      <SidePicker label="B" pick={b} onPick={setB} testId="cmp-b" />
      <div className="cmp-actions">
        <button
          type="button"
          className="btn primary"
          data-testid="cmp-run"
          disabled={!sa || !sb || busy}
          onClick={() => sa && sb && void runCompare(sa, sb)}
        >
          {t("cmp.run")}
        </button>
        {c ? (
          <>
            <button type="button" className="btn" data-testid="cmp-csv" onClick={() => void exportCsv()}>
              {t("cmp.csv")}
            </button>
            <button type="button" className="btn" data-testid="cmp-clear" onClick={() => clearCompare()}>
              {t("cmp.clear")}
            </button>
          </>
        ) : null}
      </div>
      {c ? (
        <>
          <p className="cmp-labels">
            <b>A</b> {c.a.label} · <b>B</b> {c.b.label}
          </p>
          <div className="cmp-chips">
            {(["only_b", "only_a", "both", "changed"] as const).map((side) => (
              <label key={side} className="cmp-chip" data-testid={`cmp-count-${side}`} data-count={count(side)}>
                <input
                  type="checkbox"
                  checked={shown[side]}
                  onChange={(e) => setShown({ ...shown, [side]: e.target.checked })}
                />
                <span className="cmp-swatch" style={{ borderColor: SIDE_COLOUR[side] }} />
                {t(`cmp.side.${side}`)} {count(side)}
              </label>
            ))}
          </div>
          <p className="muted cmp-hint">{t("cmp.saveHint")}</p>
          <table className="cmp-table" data-testid="cmp-table">
            <thead>
              <tr>
                <th>{t("cmp.col.type")}</th>
                <th>{t("cmp.col.name")}</th>
                <th>{t("cmp.col.change")}</th>
                <th>{t("cmp.col.source")}</th>
              </tr>
            </thead>
            <tbody>
              {rows
                .filter((r) => shown[r.side])
                .map((r) => (
                  <tr key={r.key} data-side={r.side} data-type={r.type}>
                    <td>{r.type === "relation" ? t("cmp.relation") : t(`type.${r.type}`)}</td>
                    <td>
                      {r.id !== undefined ? (
                        <button
                          type="button"
                          className="link"
                          onClick={() => void select(r.id ?? null, { centre: true })}
                        >
                          {r.name}
                        </button>
                      ) : (
                        r.name
                      )}
                    </td>
                    <td>
                      <span className="cmp-swatch" style={{ borderColor: SIDE_COLOUR[r.side] }} />
                      {t(`cmp.side.${r.side}`)}
                      {r.note ? <span className="muted"> {r.note}</span> : null}
                    </td>
                    <td>
                      {r.ev ? (
                        <button
                          type="button"
                          className="link cite"
                          onClick={() =>
                            r.ev && void openDocument(r.ev.documentId, { start: r.ev.start, end: r.ev.end })
                          }
                        >
                          {r.ev.citation}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
