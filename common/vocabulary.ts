// The knowledge base's vocabulary, shared by db/, electron/ and renderer/: the entity and
// relation types (../shared/annotation-guide.md defines them) and their names in each language.
// Pure data: imports nothing (the layer rules keep it so).

export const ENTITY_TYPES = ["cluster", "park", "platform", "enterprise", "department"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  "cluster_enterprise",
  "cluster_platform",
  "enterprise_platform",
  "department_cluster",
  "department_responsible",
  "park_cluster",
  "park_enterprise",
  "co_mention",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
/** The relation types a text states (all but co_mention, which only counts sentences shared). */
export const STATED_RELATION_TYPES = RELATION_TYPES.filter((t) => t !== "co_mention");

/** The languages the vocabulary is named in (zh-CN is the reference). */
export type VocabularyLocale = "zh-CN" | "en";

export const TYPE_LABELS: Record<VocabularyLocale, Record<EntityType, string>> = {
  "zh-CN": { cluster: "产业集群", park: "园区", platform: "平台", enterprise: "企业", department: "部门" },
  en: { cluster: "Cluster", park: "Park", platform: "Platform", enterprise: "Enterprise", department: "Department" },
};

export const RELATION_LABELS: Record<VocabularyLocale, Record<RelationType, string>> = {
  "zh-CN": {
    cluster_enterprise: "集群—企业",
    cluster_platform: "集群—平台",
    enterprise_platform: "企业—平台",
    department_cluster: "部门—集群",
    department_responsible: "部门负责",
    park_cluster: "园区—集群",
    park_enterprise: "园区—企业",
    co_mention: "同句共现",
  },
  en: {
    cluster_enterprise: "Cluster–enterprise",
    cluster_platform: "Cluster–platform",
    enterprise_platform: "Enterprise–platform",
    department_cluster: "Department–cluster",
    department_responsible: "Department responsible",
    park_cluster: "Park–cluster",
    park_enterprise: "Park–enterprise",
    co_mention: "Co-mention",
  },
};

/** The labels as i18n keys (`type.cluster`, `rel.co_mention`), for a flat message table. */
export type VocabularyMessages = { [K in EntityType as `type.${K}`]: string } & {
  [K in RelationType as `rel.${K}`]: string;
};

export function vocabularyMessages(locale: VocabularyLocale): VocabularyMessages {
  const out: Record<string, string> = {};
  for (const t of ENTITY_TYPES) out[`type.${t}`] = TYPE_LABELS[locale][t];
  for (const r of RELATION_TYPES) out[`rel.${r}`] = RELATION_LABELS[locale][r];
  return out as VocabularyMessages;
}
