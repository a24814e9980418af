// What status a sentence states for a park, platform or cluster: planned (规划建设X, 争创X,
// 布局X) or existing (已建成X, 依托X, 获批X). The stored entity has one status for the whole
// corpus; comparing documents needs the status each document states, read from the clause
// around each mention with the same kind of cue words the extractor uses.
import type { EntityType, Status } from "../types.ts";

const PLANNED_BEFORE =
  /(争创|积极争创|创建|申建|开建|谋划|规划布局|超前布局|规划建设|布局|筹建|建设|打造|加快推进|加快|力争|签约落户|拟)[^，。；]{0,6}$/u;
const CLUSTER_PLANNED = /(规划布局|超前布局|布局|争创|正加快打造|加快打造|加快建设|培育|谋划)[^，。；]{0,14}$/u;
const PLANNED_AFTER = /^[^，。；]{0,2}(建设|正在加紧建设|加紧建设|建设之中|开工|筹建)/u;
const EXISTING_BEFORE =
  /(已形成|形成了|建成|已建成|获批|引进|现有|已有|拥有|入选|依托|位于|聚集|集聚|成功|已|获评|被认定为|认定)[^，。；]{0,6}$/u;
const EXISTING_AFTER = /^[^，。；]{0,4}(已建成|建成运营|投入使用|获批|正式运营|已投产)/u;

/** Types whose status documents state; enterprises and departments simply exist. */
export const STATUS_TYPES: readonly EntityType[] = ["park", "platform", "cluster"];

/** The status the text states for the mention at [start, end), or null when it says neither. */
export function statedStatus(text: string, start: number, end: number, type: EntityType): Status | null {
  if (!STATUS_TYPES.includes(type)) return null;
  const before =
    text
      .slice(Math.max(0, start - 20), start)
      .split(/[，。；：:\n]/u)
      .pop() ?? "";
  const after = text.slice(end, end + 12);
  if (EXISTING_BEFORE.test(before) || EXISTING_AFTER.test(after)) return "existing";
  if (type === "cluster") return CLUSTER_PLANNED.test(before) ? "planned" : null;
  if (PLANNED_BEFORE.test(before) || PLANNED_AFTER.test(after)) return "planned";
  return null;
}

/** One status for several statements in one document: "existing" wins (it is the later fact). */
export function combine(statuses: (Status | null)[]): Status | null {
  if (statuses.includes("existing")) return "existing";
  if (statuses.includes("planned")) return "planned";
  return null;
}
