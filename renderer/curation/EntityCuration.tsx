// The curation part of the details panel: review state with the extractor's confidence and rule,
// edit form, aliases, split, multi-selection for merge / new relation, delete of user-made entities.
import { useState } from "react";
import type { EntityDetail } from "../api-types.ts";
import { useT } from "../i18n/index.ts";
import { AliasEditor } from "./AliasEditor.tsx";
import { EditForm } from "./EditForm.tsx";
import { formatConfidence, ReviewButtons } from "./ReviewButtons.tsx";
import { SplitForm } from "./SplitForm.tsx";
import { act, useCuration } from "./state.ts";
import "./curation.css";

export function EntityCuration({ d }: { d: EntityDetail }) {
  const t = useT();
  const [mode, setMode] = useState<"view" | "edit" | "split">("view");
  const picked = useCuration((s) => s.picked.includes(d.id));
  const togglePick = useCuration((s) => s.togglePick);
  const setPicked = useCuration((s) => s.setPicked);
  const pickedList = useCuration((s) => s.picked);

  // No "are you sure": like every curation action, a delete is one Ctrl+Z away from undone.
  const del = () => void act("deleteUserItem", { kind: "entity", id: d.id }, { focus: null });
  const pick = () => {
    if (picked) setPicked(pickedList.filter((x) => x !== d.id));
    else if (pickedList.length === 0) setPicked([d.id]);
    else togglePick(d.id);
  };

  return (
    <section className="entity-curation" data-testid="entity-curation" data-review={d.review}>
      <div className="cur-row">
        <ReviewButtons kind="entity" id={d.id} state={d.review} />
      </div>
      <div className="provenance" data-testid="entity-provenance">
        <span>
          {t("cur.origin")}：{t(`cur.origin.${d.origin}`)}
        </span>
        {d.origin === "extracted" ? (
          <>
            <span data-testid="entity-confidence">
              {t("cur.confidence")}：{formatConfidence(d.confidence)}
            </span>
            <span data-testid="entity-rule">
              {t("cur.rule")}：<code>{d.rule ?? "—"}</code>
            </span>
          </>
        ) : null}
      </div>
      {mode === "view" && (d.tags.length > 0 || d.note) ? (
        <div className="cur-notes">
          {d.tags.length > 0 ? (
            <div className="tags">
              {d.tags.map((tag) => (
                <span key={tag} className="tag">
                  {tag}
                </span>
              ))}
            </div>
          ) : null}
          {d.note ? <p className="note">{d.note}</p> : null}
        </div>
      ) : null}
      <div className="details-actions">
        <button
          type="button"
          className={`btn${mode === "edit" ? " active" : ""}`}
          onClick={() => setMode(mode === "edit" ? "view" : "edit")}
          data-testid="edit-entity"
        >
          ✎ {t("cur.edit")}
        </button>
        <button
          type="button"
          className={`btn${mode === "split" ? " active" : ""}`}
          onClick={() => setMode(mode === "split" ? "view" : "split")}
          disabled={d.mentions.length < 2}
          data-testid="split-entity"
        >
          ⑂ {t("cur.split")}
        </button>
        <button
          type="button"
          className={`btn${picked ? " active" : ""}`}
          onClick={pick}
          aria-pressed={picked}
          data-testid="pick-entity"
        >
          {picked ? "☑" : "☐"} {picked ? t("cur.unpick") : t("cur.pick")}
        </button>
        {d.origin === "user" ? (
          <button type="button" className="btn bad" onClick={del} data-testid="delete-entity">
            🗑 {t("cur.delete")}
          </button>
        ) : null}
      </div>
      {mode === "edit" ? <EditForm d={d} onDone={() => setMode("view")} /> : null}
      {mode === "split" ? <SplitForm d={d} onDone={() => setMode("view")} /> : null}
      <h3>{t("details.aliases")}</h3>
      <AliasEditor d={d} />
    </section>
  );
}
