// The side panel's Time tab: the comparison of two moments and, when asked for from the
// timeline strip, the documents without a date. Docked beside the graph, never over it.
import { ComparePanel } from "./ComparePanel.tsx";
import { setUndatedOpen, useTime } from "./state.ts";
import { UndatedList } from "./UndatedList.tsx";

export function TimePanel() {
  const undatedOpen = useTime((s) => s.undatedOpen);
  const units = useTime((s) => s.units);
  const undated = units.filter((u) => !u.date);
  return (
    <>
      {undatedOpen && undated.length ? <UndatedList units={undated} onClose={() => setUndatedOpen(false)} /> : null}
      <ComparePanel />
    </>
  );
}
