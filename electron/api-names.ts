// The names of the handlers the renderer may call. Kept apart from api.ts (which pulls in
// zod and db/) so the sandboxed preload can refuse unknown names without bundling either.
export const API_NAMES = [
  "meta",
  "status",
  "setLocale",
  "stats",
  "subgraph",
  "neighbourhood",
  "path",
  "entity",
  "documents",
  "documentsPage",
  "document",
  "search",
  "chooseImport",
  "importFiles",
  "loadSamples",
  "exportGraph",
  // curation (db/curate)
  "editEntity",
  "addAlias",
  "removeAlias",
  "mergeEntities",
  "splitEntity",
  "setReview",
  "createEntity",
  "createRelation",
  "deleteUserItem",
  "undo",
  "redo",
  "history",
  "reviewQueue",
  "reviewTable",
  "reviewKeys",
  "setReviewBatch",
  "orphans",
  "exportAnnotations",
  "importAnnotations",
  "reextract",
  // saved views and the briefing pack (db/views, db/briefing)
  "viewsList",
  "viewSave",
  "viewGet",
  "viewRename",
  "viewReorder",
  "viewDuplicate",
  "viewDelete",
  "viewGraph",
  // stored layout positions
  "positionsGet",
  "positionsSave",
  "viewSvg",
  "briefingPack",
  "briefingPdf",
  "imagePdf",
  "framePicture",
  // time and change (db/time)
  "timeUnits",
  "timeUnitsPacked",
  "timeStated",
  "compare",
  "compareCsv",
  "entityHistory",
  "setDocumentDate",
] as const;

export type ApiName = (typeof API_NAMES)[number];

export function isApiName(name: unknown): name is ApiName {
  return typeof name === "string" && (API_NAMES as readonly string[]).includes(name);
}

/** IPC channels between preload and main. */
export const CHANNEL_CALL = "kg:call";
export const CHANNEL_EVENT = "kg:event";
