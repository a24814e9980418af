// Clause fragments ending in a park's or platform's kind (rule "boundary:clause"). The left scan of a
// suffix name stops at punctuation and listed stop words, so on prose it takes in the clause before the
// kind: 铝水可直供园区, 荒山上建园区, 一镇一园区, 唯一没有国家高新区. The tagger reads the name's own part;
// a kind that needs a proper name (园区/开发区/高新区…) right after a clause verb, a numeral, a pronoun
// or a quantity word (部分/若干) is no name at all. Verbs that name an industry's activity (制造, 示范,
// 创新…) and a verb right after a place (某市新站) never count. (A trim after the last clause word
// before a place was tried in session 38 and removed: it broke a sealed task-table probe and added
// nothing on the newest development documents.)
import { type Token, tagWindows } from "./boundary.ts";
import { ACTIVITY_VERBS, TRADE_VERBS } from "./boundary-inner-words.ts";
import type { Cand, Ctx } from "./context.ts";
import { industryHead } from "./industry-heads.ts";
import { typedSuffix } from "./names.ts";
import { PLACE_SET } from "./vocab.ts";

/** Kinds that take a proper name before them, never an industry (an industry's park is a 产业园). */
const BARE_KIND = /^(园区|工业园区|工业区|开发区|经济开发区|经开区|高新区|新区|新城|孵化器|集聚区|聚集区)$/u;
/** Words of quantity or reference that make a kind plural or generic (部分园区, 若干集聚区, 其余开发区). */
const QUANTITY =
  /^(部分|若干|多个|一些|有些|个别|少数|多数|大部分|大多数|其他|其它|其余|所有|全部|各个|众多|诸多|这些|那些|相关|有关)$/u;
const LEVEL = /^(国家级|省级|市级|县级|自治区级|国家|省|市)$/u;
/** Pronouns and demonstratives of the text's own place (我县, 这项, 本市). */
const POINTER = /^(我|该|本|此|这|那|其|这项|这个|那个|这些|那些|我们)$/u;

/** Verbs of one character that take a park as their object (建园区, 抓园区, 直供园区); others end place names (新站, 某兴). */
const ONE_CHAR_CLAUSE = new Set("建 抓 供 有 像 到 进 入 设 搞 看 办".split(" "));
/** A verb of a clause, not of an industry's activity (制造, 示范) or trade (旅游). */
function clauseVerb(t: Token): boolean {
  if (t.tag !== "v") return false;
  if (t.word.length === 1) return ONE_CHAR_CLAUSE.has(t.word);
  return !ACTIVITY_VERBS.has(t.word) && !TRADE_VERBS.has(t.word) && !industryHead(t.word);
}

/** A token a proper name may open with: a place the tagger or the gazetteer knows. */
function placeToken(t: Token | undefined): boolean {
  return !!t && (t.tag === "ns" || PLACE_SET.has(t.word));
}

export function clauseBoundaries(ctx: Ctx, cands: Cand[]): number {
  const { s, text } = ctx;
  const subjects: { c: Cand; own: number; suffix: string }[] = [];
  for (const c of cands) {
    if (c.type !== "park" && c.type !== "platform") continue;
    if (c.confidence <= 0 || c.occStart !== undefined || c.fromList) continue;
    if (!c.rule.startsWith("suffix:")) continue;
    if (c.name !== text.slice(c.start, c.end)) continue;
    // A list item or a quoted name starts at its mark: its first word is its own.
    if (/[、：:“"(（《「]/u.test(s[c.start - 1] ?? "") || /\d[.．、]$/u.test(s.slice(c.start - 2, c.start))) continue;
    const ts = typedSuffix(s.slice(c.start, c.end));
    if (!ts) continue;
    const own = c.end - c.start - ts.suffix.length;
    if (own < 2) continue;
    subjects.push({ c, own, suffix: ts.suffix });
  }
  const tokens = tagWindows(
    s,
    subjects.map(({ c, own }) => [c.start, c.start + own] as [number, number]),
  );
  let dropped = 0;
  subjects.forEach(({ c, suffix }, i) => {
    const toks = tokens[i] as Token[];
    if (toks.length === 0) return;
    const bareKind = BARE_KIND.test(suffix);
    // 1. Nothing but the kind after a clause word (铝水可直供园区, 荒山上建园区, 一镇一园区, 没有国家高新区).
    if (bareKind) {
      for (let k = toks.length - 1; k >= 0; k--) {
        const t = toks[k] as Token;
        if (LEVEL.test(t.word)) continue;
        const prev = toks[k - 1];
        const numeral = t.tag === "m" && !!prev && prev.tag !== "m" && !/^\d/u.test(t.word);
        // (A verb right after a place or a proper name is the rest of a place's name: 某市新站, 某县某安.)
        const named = !!prev && (placeToken(prev) || /^(nr|nz|nrt|j)$/u.test(prev.tag));
        if (
          (clauseVerb(t) && k > 0 && !named) ||
          numeral ||
          QUANTITY.test(t.word) ||
          (k === 0 && POINTER.test(t.word) && t.tag === "r")
        ) {
          c.confidence = 0;
          dropped++;
          return;
        }
        // 我县, 该区 read as 我/县: a pointer and a level character only.
        if (k === 1 && prev && POINTER.test(prev.word) && /^[省市县区镇]$/u.test(t.word)) {
          c.confidence = 0;
          dropped++;
          return;
        }
        break;
      }
    }
    if (!bareKind && toks.length === 1 && QUANTITY.test((toks[0] as Token).word)) {
      c.confidence = 0;
      dropped++;
      return;
    }
  });
  return dropped;
}
