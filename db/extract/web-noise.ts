// Web copies of policy texts often carry pinyin glosses after characters
// (經(jīng)濟(jì)開(kāi)發(fā)區(qū)), left by reading-aid plug-ins. They split every name, so
// the rules run on a copy without them and offsets are mapped back: mentions
// and evidence keep the document's own characters (glosses included), names
// are the clean form.
import type { Extraction, Mention } from "../types.ts";

/** Lower-case pinyin letters, tone marks allowed. */
const PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń";
/** A gloss: pinyin letters in brackets right after a Han character. */
const GLOSS = new RegExp(`(?<=[\\p{Script=Han}])[(（][${PINYIN}]{1,6}[)）]`, "gu");
/** Where a gloss could start: GLOSS opens on a look-behind tried at every character, this does not. */
const GLOSS_START = new RegExp(`[(（][${PINYIN}]`, "u");
/** A gloss right at the start of a string. */
const GLOSS_AT = new RegExp(`^[(（][${PINYIN}]{1,6}[)）]`, "u");
/** Fewer glosses than this in a document are taken as real brackets, not a plug-in's output. */
const MIN_GLOSSES = 3;

export interface CleanView {
  /** The text without glosses. */
  text: string;
  /** For each clean offset, the offset of the same character in the original. */
  toOrig: Int32Array;
  original: string;
}

/** The gloss-free view of `text`, or null when the document has no (or too few) glosses. */
export function withoutGlosses(text: string): CleanView | null {
  if (!GLOSS_START.test(text)) return null;
  const hits = [...text.matchAll(GLOSS)];
  if (hits.length < MIN_GLOSSES) return null;
  const toOrig = new Int32Array(text.length - hits.reduce((n, h) => n + h[0].length, 0) + 1);
  // Pieces joined once: the rules scan a joined string faster than one grown by +=.
  const parts: string[] = [];
  let from = 0;
  let k = 0;
  for (const h of [...hits, null]) {
    const upto = h ? (h.index as number) : text.length;
    for (let i = from; i < upto; i++) toOrig[k++] = i;
    parts.push(text.slice(from, upto));
    if (h) from = upto + h[0].length;
  }
  toOrig[k] = text.length;
  return { text: parts.join(""), toOrig, original: text };
}

/** Maps an extraction made on the clean view back onto the original text. */
export function mapBack(x: Extraction, v: CleanView): Extraction {
  const span = (m: Mention): Mention => {
    const start = v.toOrig[m.start] as number;
    let end = m.end > m.start ? (v.toOrig[m.end - 1] as number) + 1 : start;
    // A gloss after the last character belongs to the span (區(qū) is one written unit).
    const tail = v.original.slice(end, end + 8).match(GLOSS_AT);
    if (tail) end += tail[0].length;
    return { ...m, start, end, surface: v.original.slice(start, end) };
  };
  return {
    entities: x.entities.map((e) => ({ ...e, mentions: e.mentions.map(span) })),
    relations: x.relations.map((r) => ({ ...r, evidence: span(r.evidence) })),
  };
}
