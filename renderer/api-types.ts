// The shapes the renderer receives. Type-only imports: nothing of electron/ or db/ is bundled.
import type { ApiInput, ApiName, ApiOutput } from "../electron/api.ts";

export type {
  Citation,
  DocumentFull,
  DocumentSummary,
  EntityDetail,
  GraphEdge,
  GraphFilter,
  GraphNode,
  MentionDetail,
  PathResult,
  RelationDetail,
  SearchHit,
  Subgraph,
} from "../db/graph/types.ts";
export type { EntityType, Level, RelationType, Status } from "../db/types.ts";
export type { ApiInput, ApiName, ApiOutput };

import type { EntityType, RelationType } from "../db/types.ts";

// Runtime copies of the vocabularies (the renderer may not import db/ code, only its types);
// `satisfies` makes a drift from db/types.ts fail type-check.
export const ENTITY_TYPES = [
  "cluster",
  "park",
  "platform",
  "enterprise",
  "department",
] as const satisfies readonly EntityType[];
export const RELATION_TYPES = [
  "cluster_enterprise",
  "cluster_platform",
  "enterprise_platform",
  "department_cluster",
  "department_responsible",
  "park_cluster",
  "park_enterprise",
  "co_mention",
] as const satisfies readonly RelationType[];

export type Stats = ApiOutput<"stats">;
export type Meta = ApiOutput<"meta">;
export type KbStatus = ApiOutput<"status">;
export type ImportSummary = ApiOutput<"importFiles">;
export type UploadFile = NonNullable<ApiInput<"importFiles">["files"]>[number];
