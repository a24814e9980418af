// Shared vocabulary of the knowledge base: one name for one thing everywhere
// (see ../shared/design.md). Every layer imports these, none redefines them.

import type { EntityType, RelationType } from "../common/vocabulary.ts";

// The type vocabularies are shared with the renderer (common/vocabulary.ts); db/ code imports them from here.
export { ENTITY_TYPES, type EntityType, RELATION_TYPES, type RelationType } from "../common/vocabulary.ts";

export type Level = "national" | "provincial" | "city" | null;
export type Status = "existing" | "planned";
export type ReviewState = "unreviewed" | "confirmed" | "rejected";
export type Origin = "extracted" | "user";

/** A span of the stored (normalised) document text: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A structural unit of a document: heading, 专栏 box, numbered measure, article. */
export interface Section extends Span {
  /** chapter (第一章), part (一、), sub (（一）), item (1.), article (第X条), column (专栏), measure */
  kind: "chapter" | "part" | "sub" | "item" | "article" | "column";
  /** The label as officials cite it: "二", "（三）", "5", "第十条", "专栏 1". */
  label: string;
  /** Heading text after the label (may be empty). */
  heading: string;
  depth: number;
  /** Citation path from the document root, e.g. "二、5" or "第四章 第一节". */
  path: string;
}

/** One document inside a file (a gazette holds many). */
export interface DocPart extends Span {
  title: string;
  docNumber: string | null;
  issueDate: string | null;
  issuer: string | null;
}

export type DocFormat = "txt" | "md" | "docx" | "pdf" | "html";

/** What db/ingest produces for one file: decoded, normalised, with structure and metadata. */
export interface IngestedDoc {
  fileName: string;
  /** sha256 of the raw file bytes (hex). */
  sha256: string;
  format: DocFormat;
  /** Detected encoding: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "big5", or "binary" for docx/pdf. */
  encoding: string;
  /** Normalised text; every offset in the knowledge base indexes into this string. */
  text: string;
  title: string | null;
  docNumber: string | null;
  /** ISO date, e.g. 2026-05-16. */
  issueDate: string | null;
  issuer: string | null;
  sections: Section[];
  parts: DocPart[];
}

export interface Mention extends Span {
  surface: string;
  /** Rule that found this particular mention (e.g. "gazetteer"); absent on relation evidence. */
  rule?: string;
}

export interface ExtractedEntity {
  /** Stable key `type:normalised name`; relations refer to entities by it. */
  key: string;
  type: EntityType;
  name: string;
  level: Level;
  status: Status;
  mentions: Mention[];
  /** Rule that produced the entity (e.g. "list:重点企业", "suffix:实验室"). */
  rule: string;
  /** 0..1 */
  confidence: number;
}

export interface ExtractedRelation {
  type: RelationType;
  /** Entity keys. */
  source: string;
  target: string;
  evidence: Mention;
  rule: string;
  confidence: number;
}

export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

/** The gold format of ../shared/annotation-guide.md, as printed by `kg extract --json`. */
export interface GoldDoc {
  doc: string;
  entities: {
    name: string;
    type: EntityType;
    mentions: string[];
    level: Level;
    status: Status;
    rule?: string;
    confidence?: number;
  }[];
  relations: {
    type: RelationType;
    source: string;
    target: string;
    evidence: string;
    rule?: string;
    confidence?: number;
  }[];
}
