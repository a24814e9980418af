// Kept for the modules that import it from here: the refresh after a curation action lives with
// the curation state (its part: the multi-selection) and the store (graph, details, viewer).
export { type RefreshOptions, refreshAfterCuration } from "./state.ts";
