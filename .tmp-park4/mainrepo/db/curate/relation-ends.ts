// Which entity types each relation type joins (../shared/annotation-guide.md, "Relation types"):
// a relation is created only between a valid pair, in its direction.
import type { EntityType, RelationType } from "../types.ts";

export const RELATION_ENDS: Record<Exclude<RelationType, "co_mention">, { from: EntityType[]; to: EntityType[] }> = {
  cluster_enterprise: { from: ["cluster"], to: ["enterprise"] },
  cluster_platform: { from: ["cluster"], to: ["platform"] },
  enterprise_platform: { from: ["enterprise"], to: ["platform"] },
  department_cluster: { from: ["department"], to: ["cluster"] },
  department_responsible: { from: ["department"], to: ["park", "platform", "cluster", "enterprise"] },
  park_cluster: { from: ["park"], to: ["cluster"] },
  park_enterprise: { from: ["park"], to: ["enterprise"] },
};

export function relationFits(type: RelationType, source: EntityType, target: EntityType): boolean {
  if (type === "co_mention") return true;
  const ends = RELATION_ENDS[type];
  return ends.from.includes(source) && ends.to.includes(target);
}
