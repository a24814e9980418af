// The part-of-speech tagger (@node-rs/jieba), loaded once on first use: its dictionary takes
// most of a second to build. Its own module so that any stage may tag without importing another's.
import { Jieba, type TaggedWord } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { docMemo } from "./doc-memo.ts";
import { PLACE_SET } from "./vocab.ts";

let tagger: Jieba | null = null;
/** Place names jieba's dictionary tags as verbs (保定, 包头, 遵义…), found once the tagger loads. */
const PLACE_VERBS = new Set<string>();
export function jieba(): Jieba {
  if (!tagger) {
    tagger = Jieba.withDict(dict);
    for (const w of PLACE_SET) {
      const t = tagger.tag(w, false);
      if (t.length === 1 && t[0]?.tag.startsWith("v")) PLACE_VERBS.add(w);
    }
  }
  return tagger;
}

/**
 * Tags of a short text, remembered: the stages tag the same list items and clauses again and
 * again (about two calls in five repeat one), and each call crosses into native code. The
 * memory lasts one document; tagging is deterministic, so it changes nothing.
 */
// One map per mode, keyed by the text itself: a key built per call (mode + text) was a new string to hash each time.
const memos = [docMemo<string, TaggedWord[]>(), docMemo<string, TaggedWord[]>()];
export function tag(text: string, hmm: boolean): TaggedWord[] {
  const memo = memos[hmm ? 1 : 0] as Map<string, TaggedWord[]>;
  let tags = memo.get(text);
  if (!tags) {
    tags = jieba().tag(text, hmm);
    // A city the dictionary knows as a verb (保定 "guarantee", 开封 "unseal") is a place in these texts.
    for (const t of tags) if (t.tag.startsWith("v") && PLACE_VERBS.has(t.word)) t.tag = "ns";
    memo.set(text, tags);
  }
  // A copy: callers may pop or splice what they get.
  return tags.slice();
}

/**
 * The tag a one-character token gets wherever it stands: jieba tags a word by the word alone
 * (its dictionary entry), so a character's tag is a property of the dictionary, kept for the
 * process. A cheap test before tagging a phrase whose first token must be that character.
 */
const charTags = new Map<string, string>();
export function charTag(ch: string): string {
  let t = charTags.get(ch);
  if (t === undefined) {
    t = jieba().tag(ch, false)[0]?.tag ?? "";
    charTags.set(ch, t);
  }
  return t;
}
