// Reading views.state back: rows written by older versions (or the schema default '{}')
// get the missing fields filled, so callers always see a complete ViewState.
import type { GraphFilter } from "../graph/types.ts";
import type { ViewState } from "./types.ts";

export const MAX_NAME = 200;
export const MAX_CAPTION_TITLE = 200;
export const MAX_CAPTION_NOTE = 2000;

export function emptyState(): ViewState {
  return {
    version: 1,
    filter: {},
    entityKeys: [],
    relations: [],
    selection: [],
    focus: null,
    positions: {},
    camera: null,
    labelSize: null,
    caption: { title: "", note: "" },
    spotlight: null,
    time: null,
  };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

export function parseState(json: string): ViewState {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    raw = {};
  }
  const s = emptyState();
  if (!isObject(raw)) return s;
  const caption = isObject(raw.caption) ? raw.caption : {};
  return {
    version: 1,
    filter: isObject(raw.filter) ? (raw.filter as GraphFilter) : s.filter,
    entityKeys: Array.isArray(raw.entityKeys) ? raw.entityKeys.filter((k) => typeof k === "string") : [],
    relations: Array.isArray(raw.relations) ? (raw.relations as ViewState["relations"]) : [],
    selection: Array.isArray(raw.selection) ? raw.selection.filter((k) => typeof k === "string") : [],
    focus: isObject(raw.focus) ? (raw.focus as unknown as ViewState["focus"]) : null,
    positions: isObject(raw.positions) ? (raw.positions as ViewState["positions"]) : {},
    camera: isObject(raw.camera) ? (raw.camera as unknown as ViewState["camera"]) : null,
    labelSize: typeof raw.labelSize === "number" ? raw.labelSize : null,
    caption: {
      title: typeof caption.title === "string" ? caption.title : "",
      note: typeof caption.note === "string" ? caption.note : "",
    },
    spotlight: isObject(raw.spotlight) ? (raw.spotlight as ViewState["spotlight"]) : null,
    time: isObject(raw.time) ? (raw.time as unknown as ViewState["time"]) : null,
  };
}
