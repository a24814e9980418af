// Vocabulary of the boundaries rule (boundary.ts): what may not open a name.
import { LiteralAlternation } from "./alternation.ts";

/** Time words report prose opens a clause with (上半年某园区…, 今年以来): never part of a name. */
export const TIME_WORDS = (
  "今年以来 近年来 近年 如今 近期 此前 目前 现在 今年 去年 上半年 下半年 前三季度 一季度 二季度 三季度 四季度 " +
  "全年 年初 年底 年末 当年 同期"
).split(" ");
/** Prepositions that never start a name when the tagger reads them as one (在某园区, 由某局, 对某公司). */
export const PREPOSITIONS = new Set("在 由 对 与 向 同 从 把 将 于 给 跟 按 据 被 以".split(" "));
/** One-character verbs of going somewhere or of having (赴某园区调研; 龙头企业有某某、…). */
export const ONE_CHAR_VERBS = new Set("赴 到 去 往 至 有".split(" "));
/** Adverbs a clause opens with (就某某产业园…, 已经某县人民政府…): never the start of a name. */
export const CLAUSE_ADVERBS = new Set(
  "就 已 均 也 还 都 又 再 便 亦 皆 才 仍 将 已经 正在 曾经 先后 相继 陆续".split(" "),
);
/** Head nouns of a list label (企业有…, 项目有…) and the places a profile lists firms in (园内有…, 镇内有…): dropped with the verb that follows them. */
export const LABEL_HEADS = new Set("企业 公司 项目 单位 园区 平台 园内 区内 镇内 县内 市内 境内 港内 城内".split(" "));
/**
 * Below this dictionary frequency a verb reading is a guess of the
 * dictionary (a district name tagged as a verb), not evidence of a clause.
 */
export const MIN_VERB_FREQ = 300;
/** Qualifiers that make "…企业" a category before a firm's own name (龙头企业某某集团). */
export const FIRM_CATEGORY =
  /(龙头|骨干|链主|重点|领军|头部|优质|规上|规模以上|高新技术|科技型|专精特新|上市|外资|民营|国有|入驻|落户|区内|园区|配套|本地)企业$/u;
/** Officials and delegations that act on a name (市领导督促某园区, 考察团赴某公司): never its first part. */
export const ACTORS = new Set(
  "领导 书记 市长 区长 县长 省长 镇长 主任 局长 处长 委员 干部 同志 一行 负责人 代表团 调研组 考察团 工作组 督查组 检查组".split(
    " ",
  ),
);
const ACTOR_WORDS = new LiteralAlternation([...ACTORS]);
/** Any of ACTORS inside a text: one scan of the words' first-pair index (a regex of their alternation cost ~0.3 µs a name). */
export const ACTOR_IN = { test: (t: string): boolean => ACTOR_WORDS.find(t, 0) !== null };
