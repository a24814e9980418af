// Where a list item runs into its clause verb (ITEM_VERB, verbAt, endBeforeVerb, verbInside, taggedVerbAt): item-end helpers shared by list and firm readers.
import { charTable, hasChar } from "./anchored.ts";
import { tag } from "./tagger.ts";
import { stopEndingAt } from "./text.ts";

/** Verbs that open a clause's object (形成了, 引进, 聚集): where one ends inside an item, the rest follows it. */
export const ITEM_VERB = /(形成了?|引进了?|引入了?|聚集了?|集聚了?|吸引了?|培育了?|拥有|包括|涌现出?)/u;

/** Last characters of ITEM_VERB's verbs (a test before it). */
const ITEM_VERB_CHAR = charTable("成进入集聚引育有括现出");

/** End of a clause verb inside s[a, b) that leaves at least two characters after it, or -1. */
export function verbInside(s: string, a: number, b: number): number {
  const m = hasChar(ITEM_VERB_CHAR, s, a, b) ? ITEM_VERB.exec(s.slice(a, b)) : null;
  if (!m || (m.index as number) < 2) return -1;
  const e = a + (m.index as number) + m[0].length;
  if (b - e < 2) return -1;
  // A verbal noun inside a product's name (某地培育钻石: 培育/vn) is no clause verb.
  let at = 0;
  for (const t of tag(s.slice(a, b), false)) {
    if (at === m.index) return t.tag === "vn" ? -1 : e;
    at += t.word.length;
    if (at > (m.index as number)) break;
  }
  return e;
}

/** The start of the first adverb or verb of two or more characters the tagger reads in [a + 2, e), else e. */
export function taggedVerbAt(s: string, a: number, e: number): number {
  let at = a;
  const toks = tag(s.slice(a, e), false);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as { word: string; tag: string };
    // An adjective before a verb is its adverb (成功导入, 顺利投产).
    const adverb = t.tag === "a" && /^v/u.test(toks[k + 1]?.tag ?? "");
    if (at - a >= 2 && t.word.length >= 2 && (/^(v|vd|d|ad)$/u.test(t.tag) || adverb)) return at;
    at += t.word.length;
  }
  return e;
}

/** A stop word of two or more characters starting at j. */
export function verbAt(s: string, j: number): boolean {
  for (let len = 2; len <= 4; len++) if (stopEndingAt(s, j + len) === len) return true;
  return false;
}

/**
 * End of an item that runs into its clause's verb (…乙半导体加快布局): the
 * first place from a + 2 where a stop word starts, unless the item ends in a
 * type suffix (某某发展集团 keeps 发展).
 */
export function endBeforeVerb(s: string, a: number, b: number, typedEnds = true): number {
  if (typedEnds && /(公司|集团|园|区|中心|院|所|室|基地|平台)$/u.test(s.slice(a, b))) return b;
  for (let j = a + 2; j < b - 1; j++) if (verbAt(s, j)) return j;
  return b;
}
