// Saved graph views for briefings (types in ./types.ts).
export { viewGraph } from "./graph.ts";
export {
  deleteView,
  duplicateView,
  getView,
  listViews,
  renameView,
  reorderViews,
  saveView,
  ViewError,
} from "./store.ts";
export type * from "./types.ts";
