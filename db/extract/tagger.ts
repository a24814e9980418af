// The part-of-speech tagger (@node-rs/jieba), loaded once on first use: its dictionary takes
// most of a second to build. Its own module so that any stage may tag without importing another's.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

let tagger: Jieba | null = null;
export function jieba(): Jieba {
  tagger ??= Jieba.withDict(dict);
  return tagger;
}
