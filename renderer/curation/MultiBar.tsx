// Two or more picked entities: merge them (choose which survives) or, for exactly two, create a
// relation between them, optionally with the document viewer's selection as its evidence.
import { useEffect, useMemo, useState } from "react";
import type { GraphNode, RelationType } from "../api-types.ts";
import { TypeIcon } from "../components/TypeIcon.tsx";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { bestSurvivor, relationChoices } from "./relation-ends.ts";
import { act, useCuration } from "./state.ts";

/** Picked entities as graph nodes (from the filtered graph or the extras the user pulled in). */
function usePickedNodes(): GraphNode[] {
  const picked = useCuration((s) => s.picked);
  const sub = useStore((s) => s.sub);
  const extras = useStore((s) => s.extras);
  return useMemo(() => {
    const known = new Map<number, GraphNode>();
    for (const n of sub?.nodes ?? []) known.set(n.id, n);
    for (const n of extras.nodes) known.set(n.id, n);
    return picked.map((id) => known.get(id)).filter((n): n is GraphNode => n !== undefined);
  }, [picked, sub, extras]);
}

export function MultiBar() {
  const t = useT();
  const nodes = usePickedNodes();
  const setPicked = useCuration((s) => s.setPicked);
  const docSel = useCuration((s) => s.docSelection);
  const busy = useCuration((s) => s.busy);
  const panelOpen = useCuration((s) => s.panel !== null);
  // The survivor the user chose; until then the best-connected one (picking order does not matter).
  const [chosen, setChosen] = useState<number | null>(null);
  const [relType, setRelType] = useState<RelationType | null>(null);
  const [reversed, setReversed] = useState(false);
  const [useEvidence, setUseEvidence] = useState(true);

  const ids = nodes.map((n) => n.id).join(",");
  const [x, y] = nodes;
  const choices = x && y && nodes.length === 2 ? relationChoices(x.type, y.type) : [];
  useEffect(() => {
    if (chosen !== null && !nodes.some((n) => n.id === chosen)) setChosen(null);
    // Relation type and direction from the two types (cluster + enterprise → cluster_enterprise).
    const first = choices[0];
    setRelType(first?.type ?? null);
    setReversed(first?.reversed ?? false);
  }, [ids]);

  if (nodes.length < 2) return null;
  const into = (chosen !== null && nodes.some((n) => n.id === chosen) ? chosen : bestSurvivor(nodes)?.id) ?? 0;
  const merge = async () => {
    const from = nodes.map((n) => n.id).filter((id) => id !== into);
    if (await act("mergeEntities", { into, from })) setPicked([]);
  };
  const [a, b] = reversed ? [nodes[1], nodes[0]] : [nodes[0], nodes[1]];
  const relate = async () => {
    if (!a || !b || !relType) return;
    const evidence =
      useEvidence && docSel ? { documentId: docSel.documentId, start: docSel.start, end: docSel.end } : undefined;
    const out = await act(
      "createRelation",
      { type: relType, source: a.id, target: b.id, ...(evidence ? { evidence } : {}) },
      { focus: a.id },
    );
    if (out) setPicked([]);
  };

  return (
    <section
      className={`multi-bar${panelOpen ? " beside-panel" : ""}`}
      data-testid="multi-bar"
      aria-label={t("cur.multiCount", { n: nodes.length })}
    >
      <header>
        <strong>{t("cur.multiCount", { n: nodes.length })}</strong>
        <button type="button" className="link" onClick={() => setPicked([])} data-testid="multi-clear">
          {t("path.clear")}
        </button>
      </header>
      <p className="muted">{t("cur.mergeHint")}</p>
      <p className="muted">{t("cur.keepDefault")}</p>
      <ul className="multi-list" role="radiogroup" aria-label={t("cur.mergeKeep")}>
        {nodes.map((n) => (
          <li key={n.id}>
            <label className="check">
              <input
                type="radio"
                name="merge-keep"
                checked={into === n.id}
                onChange={() => setChosen(n.id)}
                data-testid="merge-keep"
                data-entity={n.id}
              />
              <TypeIcon type={n.type} size={12} />
              <span className="check-label">{n.name}</span>
              <span className="muted merge-counts" data-testid="merge-counts">
                {t("cur.degreeMentions", { d: n.degree, m: n.mentionCount })}
              </span>
              {into === n.id ? <span className="keep-tag">{t("cur.mergeKeep")}</span> : null}
            </label>
          </li>
        ))}
      </ul>
      <div className="cur-form-actions">
        <button type="button" className="btn primary" disabled={busy} onClick={() => void merge()} data-testid="merge">
          ⊕ {t("cur.merge")}
        </button>
      </div>
      {nodes.length === 2 && a && b ? (
        <div className="relation-maker" data-testid="relation-maker">
          <h4>{t("cur.relationCreate")}</h4>
          <div className="relation-ends">
            <span>{a.name}</span>
            <span aria-hidden="true">→</span>
            <span>{b.name}</span>
          </div>
          {choices.length === 0 ? (
            <p className="muted" data-testid="relation-none">
              {t("cur.relationNone")}
            </p>
          ) : (
            <label>
              <span>{t("cur.relationType")}</span>
              <select
                value={relType ?? ""}
                onChange={(e) => {
                  const c = choices.find((x) => x.type === e.target.value);
                  if (!c) return;
                  setRelType(c.type);
                  setReversed(c.reversed);
                }}
                data-testid="relation-type"
              >
                {choices.map((c) => (
                  <option key={c.type} value={c.type}>
                    {t(`rel.${c.type}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {docSel ? (
            <label className="check">
              <input type="checkbox" checked={useEvidence} onChange={(e) => setUseEvidence(e.target.checked)} />
              <span className="check-label">
                {t("cur.relationEvidence", {
                  text: docSel.text.length > 40 ? `${docSel.text.slice(0, 39)}…` : docSel.text,
                })}
              </span>
            </label>
          ) : (
            <p className="muted">{t("cur.relationNoEvidence")}</p>
          )}
          <button
            type="button"
            className="btn primary"
            disabled={busy || !relType}
            onClick={() => void relate()}
            data-testid="create-relation"
          >
            → {t("cur.relationCreate")}
          </button>
        </div>
      ) : null}
    </section>
  );
}
