// After 加入多选 the picked entities are listed as chips at the top of the details tab, so a pick
// is visible even when its node is off-screen; a chip centres its node, × drops it.
import { useMemo } from "react";
import type { GraphNode } from "../api-types.ts";
import { useCuration } from "../curation/state.ts";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { TypeIcon } from "./TypeIcon.tsx";

export function PickedChips() {
  const t = useT();
  const picked = useCuration((s) => s.picked);
  const setPicked = useCuration((s) => s.setPicked);
  const sub = useStore((s) => s.sub);
  const extras = useStore((s) => s.extras);
  const detail = useStore((s) => s.detail);
  const select = useStore((s) => s.select);
  const nodes = useMemo(() => {
    const known = new Map<number, Pick<GraphNode, "id" | "name" | "type">>();
    for (const n of sub?.nodes ?? []) known.set(n.id, n);
    for (const n of extras.nodes) known.set(n.id, n);
    if (detail) known.set(detail.id, detail);
    return picked.map((id) => known.get(id) ?? { id, name: `#${id}`, type: "cluster" as const });
  }, [picked, sub, extras, detail]);
  if (picked.length === 0) return null;
  return (
    <div className="picked" data-testid="picked" data-count={picked.length}>
      <span className="picked-title">{t("picked.title", { n: picked.length })}</span>
      {nodes.map((n) => (
        <span key={n.id} className="picked-chip" data-testid="picked-chip" data-entity={n.id}>
          <button type="button" className="link" onClick={() => void select(n.id, { centre: true })}>
            <TypeIcon type={n.type} size={11} /> {n.name}
          </button>
          <button
            type="button"
            className="picked-x"
            aria-label={t("picked.remove", { name: n.name })}
            title={t("picked.remove", { name: n.name })}
            onClick={() => setPicked(picked.filter((x) => x !== n.id))}
          >
            ×
          </button>
        </span>
      ))}
      {picked.length === 1 ? <span className="muted picked-hint">{t("picked.hint")}</span> : null}
    </div>
  );
}
