import { TYPE_STYLE } from "../../common/palette.ts";
import type { EntityType } from "../api-types.ts";

/** A small SVG of the node shape in the type's colour, so lists read like the graph. */
const PATHS: Record<EntityType, string> = {
  cluster: "M7 1.5 L12 4.2 L12 9.8 L7 12.5 L2 9.8 L2 4.2 Z",
  park: "M2.5 2.5 H11.5 V11.5 H2.5 Z",
  platform: "M7 1.5 L12.5 7 L7 12.5 L1.5 7 Z",
  enterprise: "M7 2 A5 5 0 1 1 6.99 2 Z",
  department: "M7 2 L12.5 11.5 H1.5 Z",
};

export function TypeIcon({ type, size = 14 }: { type: EntityType; size?: number }) {
  const st = TYPE_STYLE[type];
  return (
    <svg className="type-icon" width={size} height={size} viewBox="0 0 14 14" aria-hidden="true">
      <path d={PATHS[type]} fill={st.color} stroke={st.border} strokeWidth="1" strokeLinejoin="round" />
    </svg>
  );
}
