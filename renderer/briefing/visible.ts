// While a saved view is shown, the graph draws exactly that view's entities and relations
// (entities imported since stay out), narrowed by the filter panel's type/review/level/status
// choices, plus whatever the user pulls in afterwards (expansions, picked search results).
// The presentation option "confirmed only" narrows any graph to confirmed rows.
import { useMemo } from "react";
import type { Visible } from "../graph/visible.ts";
import { useStore } from "../store.ts";
import { briefingVisible } from "./narrow.ts";
import { useBriefing } from "./state.ts";

/** Wraps useVisible's result (see graph/visible.ts). */
export function useBriefingVisible(base: Visible | null): Visible | null {
  const shown = useBriefing((s) => s.shown);
  const confirmedOnly = useBriefing((s) => s.presenting && s.confirmedOnly);
  const filter = useStore((s) => s.filter);
  const extras = useStore((s) => s.extras);
  const selectedId = useStore((s) => s.selectedId);
  return useMemo(
    () => briefingVisible(base, shown, { filter, extras, selectedId, confirmedOnly }),
    [base, shown, filter, extras, selectedId, confirmedOnly],
  );
}
