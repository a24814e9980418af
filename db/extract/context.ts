// Shared per-document context and the candidate record every recogniser emits.
import type { EntityType, Level, Section, Status } from "../types.ts";
import { simplifiedView } from "./script.ts";
import { type Sentence, splitSentences } from "./text.ts";
import { CITIES, PROVINCES } from "./vocab.ts";

export interface Cand {
  type: EntityType;
  /** Mention span in the document text. */
  start: number;
  end: number;
  /** Canonical name in the document's own script. */
  name: string;
  rule: string;
  confidence: number;
  level?: Level;
  status?: Status;
  /** Span that blocks overlapping candidates (coordination items block only their item). */
  occStart?: number;
  occEnd?: number;
  /** Set when the type came from list context rather than the name's own suffix. */
  fromList?: boolean;
}

export interface Ctx {
  text: string;
  /** Simplified view, same offsets as text. */
  s: string;
  sents: Sentence[];
  sections: Section[];
  /** The document's own city / province (short names), used for 市/省 prefixes. */
  city: string | null;
  province: string | null;
}

/** Place names indexed by their first two characters, for one linear scan. */
function bigramIndex(words: string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) {
    const k = w.charCodeAt(0) * 65536 + w.charCodeAt(1);
    const l = m.get(k);
    if (l) l.push(w);
    else m.set(k, [w]);
  }
  return m;
}
const CITY_INDEX = bigramIndex(CITIES);
const PROV_INDEX = bigramIndex(PROVINCES);

function mostFrequent(s: string, index: Map<number, string[]>): string | null {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const l = index.get(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1));
    if (!l) continue;
    for (const w of l) if (s.startsWith(w, i)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

export function makeContext(text: string, sections: Section[]): Ctx {
  const s = simplifiedView(text);
  return {
    text,
    s,
    sents: splitSentences(s),
    sections,
    city: mostFrequent(s, CITY_INDEX),
    province: mostFrequent(s, PROV_INDEX),
  };
}

/** Original-script slice for a span of the simplified view. */
export function orig(ctx: Ctx, start: number, end: number): string {
  return ctx.text.slice(start, end);
}

export const PLACE_PREFIX_RE = new RegExp(
  `^(?:${PROVINCES.join("|")})(?:省|自治区)?|^(?:${[...CITIES].sort((a, b) => b.length - a.length).join("|")})市?`,
  "u",
);
