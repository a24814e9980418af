// One colour and one shape per entity type, one line style per relation type — shared by graph, legend and viewer.
import type { EntityType, RelationType } from "../api-types.ts";

export const TYPE_STYLE: Record<EntityType, { color: string; border: string; shape: string; icon: string }> = {
  cluster: { color: "#E0525E", border: "#A8323D", shape: "round-hexagon", icon: "⬢" },
  park: { color: "#3C7DD9", border: "#24569E", shape: "round-rectangle", icon: "■" },
  platform: { color: "#8C62C7", border: "#613E96", shape: "round-diamond", icon: "◆" },
  enterprise: { color: "#23A094", border: "#16736A", shape: "ellipse", icon: "●" },
  department: { color: "#E8A33D", border: "#B07520", shape: "round-triangle", icon: "▲" },
};

export const RELATION_STYLE: Record<
  RelationType,
  { color: string; line: "solid" | "dashed" | "dotted"; width: number; arrow: boolean }
> = {
  cluster_enterprise: { color: "#E59AA0", line: "solid", width: 1.6, arrow: false },
  cluster_platform: { color: "#B9A0DC", line: "solid", width: 1.6, arrow: false },
  enterprise_platform: { color: "#7FC8C0", line: "dashed", width: 1.4, arrow: false },
  department_cluster: { color: "#EFC27F", line: "dashed", width: 1.4, arrow: true },
  department_responsible: { color: "#D99A3E", line: "solid", width: 1.8, arrow: true },
  park_cluster: { color: "#8DB3EA", line: "solid", width: 1.6, arrow: false },
  park_enterprise: { color: "#8DB3EA", line: "dashed", width: 1.4, arrow: false },
  co_mention: { color: "#C9CED6", line: "dotted", width: 0.7, arrow: false },
};

/** Inner ring first in the concentric layout: the few hubs in the middle, the many enterprises outside. */
export const TYPE_RING: Record<EntityType, number> = {
  cluster: 5,
  park: 4,
  platform: 3,
  department: 2,
  enterprise: 1,
};

export const LABEL_FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
