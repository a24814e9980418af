import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
const j = Jieba.withDict(dict);
for (const w of process.argv.slice(2)) console.log(w, j.tag(w, false).map((t) => `${t.word}/${t.tag}`).join(" "));
