// Clause fragments ending in a park's or platform's kind (rule "boundary:clause"). The left scan of a
// suffix name stops at punctuation and listed stop words, so on prose it takes in the clause before the
// kind: 铝水可直供园区, 荒山上建园区, 一镇一园区, 唯一没有国家高新区, 山顶俯瞰某某产业园区,
// 产业转型升级和东部新城. The tagger reads the name's own part; the name starts after the LAST clause
// word that a proper name follows (a verb, a preposition or a pronoun before a place or a level word,
// a conjunction after a verb or an idiom), and a name left with nothing but its kind (a verb, a
// numeral or a pronoun right before 园区/开发区/高新区…, or a quantity word like 部分/若干 before it)
// is no name at all. Verbs that name an industry's activity (制造, 示范, 创新…) never cut.
import { type Token, tagWindows } from "./boundary.ts";
import { ACTIVITY_VERBS, TRADE_VERBS } from "./boundary-inner-words.ts";
import type { Cand, Ctx } from "./context.ts";
import { industryHead } from "./industry-heads.ts";
import { bareCategory, typedSuffix } from "./names.ts";
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
  let moved = 0;
  subjects.forEach(({ c, own, suffix }, i) => {
    const toks = tokens[i] as Token[];
    if (toks.length === 0) return;
    const ownEnd = c.start + own;
    const bareKind = BARE_KIND.test(suffix);
    // What is left of the own part after token k, without level words.
    const restOwn = (k: number) =>
      toks
        .slice(k + 1)
        .filter((t) => !LEVEL.test(t.word))
        .map((t) => t.word)
        .join("");
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
          return;
        }
        // 我县, 该区 read as 我/县: a pointer and a level character only.
        if (k === 1 && prev && POINTER.test(prev.word) && /^[省市县区镇]$/u.test(t.word)) {
          c.confidence = 0;
          return;
        }
        break;
      }
    }
    if (!bareKind && toks.length === 1 && QUANTITY.test((toks[0] as Token).word)) {
      c.confidence = 0;
      return;
    }
    // 2. The last clause word a place follows (山顶俯瞰某某产业园区, 力度按照某某新城, 升级和东部新城).
    let cut = -1;
    for (let k = 0; k < toks.length - 1; k++) {
      const t = toks[k] as Token;
      const next = toks[k + 1] as Token;
      const after = LEVEL.test(next.word) ? toks[k + 2] : next;
      const opener =
        (clauseVerb(t) && t.word.length >= 2) ||
        t.tag === "p" ||
        (t.tag === "r" && POINTER.test(t.word)) ||
        (/^[和与及]$/u.test(t.word) && k > 0 && /^(v|vn|l|d)$/u.test((toks[k - 1] as Token).tag));
      if (opener && (placeToken(after) || (/^[和与及]$/u.test(t.word) && /^[东西南北]部$/u.test(next.word)))) cut = k;
    }
    if (cut < 0) return;
    const start = (toks[cut] as Token).end;
    if (ownEnd - start < 2) return;
    const rest = text.slice(start, c.end);
    if (typedSuffix(s.slice(start, c.end))?.suffix !== suffix) return;
    if (bareCategory(s.slice(start, c.end)) || restOwn(cut) === "") {
      c.confidence = 0;
      return;
    }
    c.start = start;
    c.name = rest;
    c.boundary = "boundary:clause";
    moved++;
  });
  return moved;
}
