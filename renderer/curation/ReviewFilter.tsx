import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import type { ReviewState } from "./state.ts";

const STATES: ReviewState[] = ["unreviewed", "confirmed", "rejected"];

/** The "审核状态" filter group: rejected entities and relations are hidden until asked for. */
export function ReviewFilter() {
  const t = useT();
  const review = useStore((s) => s.filter.review);
  const setFilter = useStore((s) => s.setFilter);
  return (
    <>
      <h3>{t("cur.review.title")}</h3>
      <div className="chips" data-testid="review-filter">
        {STATES.map((st) => (
          <label key={st} className={`chip${review.includes(st) ? " on" : ""}`}>
            <input
              type="checkbox"
              className="sr-only"
              checked={review.includes(st)}
              data-testid={`review-${st}`}
              onChange={(e) =>
                setFilter({
                  review: e.target.checked ? [...review.filter((x) => x !== st), st] : review.filter((x) => x !== st),
                })
              }
            />
            {t(`cur.review.${st}`)}
          </label>
        ))}
      </div>
    </>
  );
}
