// The shapes the renderer receives. Type-only imports: nothing of electron/ or db/ is bundled
// (the layer rules of .dependency-cruiser.cjs refuse a value import).
import type { ApiInput, ApiName, ApiOutput } from "../electron/api.ts";

// The vocabularies are values both sides need: common/ holds them once.
export { ENTITY_TYPES, type EntityType, RELATION_TYPES, type RelationType } from "../common/vocabulary.ts";
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
export type { Level, Status } from "../db/types.ts";
export type { ApiInput, ApiName, ApiOutput };

export type Stats = ApiOutput<"stats">;
export type Meta = ApiOutput<"meta">;
export type KbStatus = ApiOutput<"status">;
export type ImportSummary = ApiOutput<"importFiles">;
export type UploadFile = NonNullable<ApiInput<"importFiles">["files"]>[number];
