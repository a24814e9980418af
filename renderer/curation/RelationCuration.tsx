import type { RelationDetail } from "../api-types.ts";
import { useT } from "../i18n/index.ts";
import { formatConfidence, ReviewButtons } from "./ReviewButtons.tsx";
import { act } from "./state.ts";

/** Review buttons, provenance and (for user-made relations) delete, on one relation row. */
export function RelationCuration({ r }: { r: RelationDetail }) {
  const t = useT();
  // User-made relations are stored with rule "user" (db/curate/apply.ts).
  const userMade = r.rule === "user";
  return (
    <div className="relation-curation" data-testid="relation-curation" data-relation={r.id} data-review={r.review}>
      <ReviewButtons kind="relation" id={r.id} state={r.review} compact />
      <span className="provenance">
        {userMade ? (
          t("cur.origin.user")
        ) : (
          <>
            {t("cur.confidence")} {formatConfidence(r.confidence)} · {t("cur.rule")} <code>{r.rule ?? "—"}</code>
          </>
        )}
      </span>
      {userMade ? (
        <button
          type="button"
          className="btn mini bad"
          title={t("cur.delete")}
          aria-label={t("cur.delete")}
          onClick={() => void act("deleteUserItem", { kind: "relation", id: r.id }, { focus: undefined })}
          data-testid="delete-relation"
        >
          🗑
        </button>
      ) : null}
    </div>
  );
}
