// The part-of-speech tagger (@node-rs/jieba), loaded once on first use: its dictionary takes
// most of a second to build. Its own module so that any stage may tag without importing another's.
import { Jieba, type TaggedWord } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

let tagger: Jieba | null = null;
export function jieba(): Jieba {
  tagger ??= Jieba.withDict(dict);
  return tagger;
}

/**
 * Tags of a short text, remembered: the stages tag the same list items and clauses again and
 * again (about two calls in five repeat one), and each call crosses into native code. The
 * memory is bounded and cleared whole when full; tagging is deterministic, so it changes nothing.
 */
const memo = new Map<string, TaggedWord[]>();
const MEMO_MAX = 20_000;
export function tag(text: string, hmm: boolean): TaggedWord[] {
  const key = hmm ? `1${text}` : `0${text}`;
  let tags = memo.get(key);
  if (!tags) {
    if (memo.size >= MEMO_MAX) memo.clear();
    tags = jieba().tag(text, hmm);
    memo.set(key, tags);
  }
  // A copy: callers may pop or splice what they get.
  return tags.slice();
}
