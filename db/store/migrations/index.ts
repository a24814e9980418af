// Migrations in order. Append a new file (NNN_what.ts) and an entry here; never edit a
// shipped one: user databases already carry it.
import { sql as core } from "./001_core.ts";
import { sql as search } from "./002_search.ts";
import { sql as scale } from "./003_scale.ts";
import { sql as documentList } from "./004_document_list.ts";
import { sql as positions } from "./005_positions.ts";
import { sql as scaleReads } from "./006_scale_reads.ts";
import { sql as reviewPaging } from "./007_review_paging.ts";
import { sql as walksAndLabels } from "./008_walks_and_labels.ts";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: "core", sql: core },
  { version: 2, name: "search", sql: search },
  { version: 3, name: "scale", sql: scale },
  { version: 4, name: "document list", sql: documentList },
  { version: 5, name: "positions", sql: positions },
  { version: 6, name: "scale reads", sql: scaleReads },
  { version: 7, name: "review paging", sql: reviewPaging },
  { version: 8, name: "walks and labels", sql: walksAndLabels },
];

// Versions only grow; a gap is allowed (numbers are handed out to parallel branches).
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
