import { useT } from "../i18n/index.ts";
import { act, type ReviewState } from "./state.ts";

/** Confirm / reject (and back to unreviewed) for one entity or relation. */
export function ReviewButtons({
  kind,
  id,
  state,
  compact,
}: {
  kind: "entity" | "relation";
  id: number;
  state: ReviewState;
  compact?: boolean;
}) {
  const t = useT();
  // Reviewing keeps the current selection: the details stay open, so the change can be undone.
  const set = (next: ReviewState) => void act("setReview", { kind, id, state: next }, { focus: undefined });
  const cls = compact ? "btn mini" : "btn";
  return (
    <span className="review-buttons" data-review={state}>
      <span className={`review-badge ${state}`} data-testid={`${kind}-review-state`}>
        {t(`cur.review.${state}`)}
      </span>
      {state !== "confirmed" ? (
        <button
          type="button"
          className={`${cls} ok`}
          onClick={() => set("confirmed")}
          data-testid={`${kind}-confirm`}
          title={t("cur.confirm")}
        >
          ✓{compact ? null : ` ${t("cur.confirm")}`}
        </button>
      ) : null}
      {state !== "rejected" ? (
        <button
          type="button"
          className={`${cls} bad`}
          onClick={() => set("rejected")}
          data-testid={`${kind}-reject`}
          title={t("cur.reject")}
        >
          ✗{compact ? null : ` ${t("cur.reject")}`}
        </button>
      ) : null}
      {state !== "unreviewed" ? (
        <button
          type="button"
          className={cls}
          onClick={() => set("unreviewed")}
          data-testid={`${kind}-unreview`}
          title={t("cur.unreview")}
        >
          ↺{compact ? null : ` ${t("cur.unreview")}`}
        </button>
      ) : null}
    </span>
  );
}

/** "0.82" — the extractor's confidence as stored. */
export function formatConfidence(c: number | null): string {
  return c === null ? "—" : c.toFixed(2);
}
