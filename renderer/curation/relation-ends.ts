// Which entity types each relation type joins (copy of db/curate/relation-ends.ts, which the
// renderer may not import; ../shared/annotation-guide.md is the source): only the types valid
// for a pair, in their direction, are offered when creating a relation.
import type { EntityType, RelationType } from "../api-types.ts";

export const RELATION_ENDS: Record<Exclude<RelationType, "co_mention">, { from: EntityType[]; to: EntityType[] }> = {
  cluster_enterprise: { from: ["cluster"], to: ["enterprise"] },
  cluster_platform: { from: ["cluster"], to: ["platform"] },
  enterprise_platform: { from: ["enterprise"], to: ["platform"] },
  department_cluster: { from: ["department"], to: ["cluster"] },
  department_responsible: { from: ["department"], to: ["park", "platform", "cluster", "enterprise"] },
  park_cluster: { from: ["park"], to: ["cluster"] },
  park_enterprise: { from: ["park"], to: ["enterprise"] },
};

export interface RelationChoice {
  type: Exclude<RelationType, "co_mention">;
  /** The second picked entity is the source. */
  reversed: boolean;
}

/** The relation types that can join a and b, with the direction each needs. */
export function relationChoices(a: EntityType, b: EntityType): RelationChoice[] {
  const out: RelationChoice[] = [];
  for (const [type, ends] of Object.entries(RELATION_ENDS) as [
    RelationChoice["type"],
    { from: EntityType[]; to: EntityType[] },
  ][]) {
    if (ends.from.includes(a) && ends.to.includes(b)) out.push({ type, reversed: false });
    else if (ends.from.includes(b) && ends.to.includes(a)) out.push({ type, reversed: true });
  }
  // The specific type before the generic "responsible for a measure".
  return out.sort((x, y) => Number(x.type === "department_responsible") - Number(y.type === "department_responsible"));
}

/** The default survivor of a merge: the best-connected, then the most mentioned. */
export function bestSurvivor<T extends { id: number; degree: number; mentionCount: number }>(
  nodes: T[],
): T | undefined {
  return [...nodes].sort((a, b) => b.degree - a.degree || b.mentionCount - a.mentionCount || a.id - b.id)[0];
}
