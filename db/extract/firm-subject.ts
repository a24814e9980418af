// A firm as the subject of its clause, named by brand + firm word with no
// company suffix: 。甲乙生物产销两旺 / ，甲乙纺机发力碳纤维装备. Reports of a
// zone's industries name their firms this way, one per clause. The brand must
// be a token the tagger does not know (x, nz, nr, j: a coined name, not an
// industry word like 海洋 or 信息) and the firm word one firms end in (…生物,
// …股份, …纺机); what follows must not continue the name into a park, a
// project or an industry (甲乙生物产业园, 甲乙生物医药). A place may come first as
// the firm's seat (某市甲乙钢铁投资…): it stays in the name, as the firm writes it.
import { charTable, SPACE_TABLE } from "./anchored.ts";
import { BigramIndex } from "./bigram.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { itemOk } from "./enterprises-items.ts";
import { typedSuffix } from "./names.ts";
import { LEAD_VERB } from "./project-tail.ts";
import { ruleConfidence } from "./registry.ts";
import { tag } from "./tagger.ts";
import { isPlaceName } from "./vocab-counties.ts";

const RULE = "enterprise:subject-shape";

/** Words a firm's name ends in (after its brand). */
export const FIRM_WORD =
  /^(?:集团|控股|股份|实业|药业|制药|重工|乳业|铝业|铜业|矿业|酒业|科技|电子|光电|电气|机械|纺机|汽车电子|汽车|新材料|新材|生物|生化|医药|医疗|食品|能源|化工|精密|精工|智能|装备|环保|纺织|半导体|微电子|仪器|电器|电机|机电|动力|特钢|钢构|建材|制造|服饰|家居|光伏|锂电|储能|电力|化学|存储|通信|钢铁|化纤|锂业|钴业|钛业|传媒|影业|激光|航材|光能|牧业|高科|物流|纸业|电池)$/u;
/** The firm words as an alternation (FIRM_WORD without its anchors). */
const FIRM_WORDS = FIRM_WORD.source.slice(4, -2);
const FIRM_WORD_SET = new Set(FIRM_WORDS.split("|"));
/** FIRM_WORD.test(t) by one set lookup (the anchored alternation was tried word by word, ~0.3 µs a call). */
export const isFirmWord = (t: string): boolean => FIRM_WORD_SET.has(t);
/** First characters of the firm words (NEAR_FIRM_WORD needs one 1-4 characters into the clause). */
const FIRM_WORD_FIRST = charTable(
  FIRM_WORDS.split("|")
    .map((w) => w[0])
    .join(""),
);
/** The firm words by their first two characters: a whole word, not only its first character, must stand there. */
const FIRM_WORD_INDEX = new BigramIndex<string>();
for (const w of FIRM_WORDS.split("|")) FIRM_WORD_INDEX.add(w, w);
/** The same words, 2-4 characters into a clause (a cheap test before tagging). */
const NEAR_FIRM_WORD = new RegExp(`^[\\p{Script=Han}]{1,6}(?:${FIRM_WORDS})`, "u");

/** What may not follow: the name continues (…生物医药, …科技园) or it is a project, a park or an industry. */
const CONTINUES =
  /^(?:产业|行业|领域|园|基地|项目|中心|研究|实验|工程|技术|集团|股份|有限|公司|科技|医药|制药|器械|材料|板块|集群|企业|等|、|和|与|及|（|\()/u;
/** Tags of a coined brand. */
const BRAND_TAG = /^(x|nz|nr|nrt|nrfg|j)$/u;

/** One-character prepositions, verbs and adverbs a clause may open with. */
export const LEAD_CHAR =
  /^[以在对由与和同向把被将为从据按使让给跟及或即是有但而且并也都又再还已要应可能会经把至到赴促推抓就等像]/u;

/** A province's, city's or county's name, as the tagger reads it (ns) or the place and county lists hold it. */
const isPlace = (t: { word: string; tag: string }) =>
  t.word.length >= 2 && t.word.length <= 3 && t.word !== "中国" && (t.tag === "ns" || isPlaceName(t.word));

/** A brand after a place: two characters or more, no zone's short form (某市经开区), no clause's opener. */
const coinedAfterSeat = (w: string) =>
  w.length >= 2 && !/(区|园|城|县|市|镇)$/u.test(w) && !LEAD_CHAR.test(w) && !LEAD_VERB.test(w);

/** A brand the tagger does not know: one coined token, or single characters (an unknown word split up). */
export function coinedBrand(brand: string): boolean {
  if (LEAD_CHAR.test(brand) || LEAD_VERB.test(brand)) return false;
  const toks = tag(brand, true);
  if (toks.length === 1) return BRAND_TAG.test((toks[0] as { tag: string }).tag);
  return toks.every((t) => t.word.length === 1 || BRAND_TAG.test(t.tag));
}

/**
 * The document names the firm in full elsewhere (甲乙新材料科技有限公司): the short form is a mention of
 * that firm, which resolution (alias:short-form) adds; a candidate of its own would split it in two.
 */
export function hasFullName(s: string, name: string): boolean {
  return new RegExp(`${name}[^，。；、\\s]{0,8}?(?:有限公司|有限责任公司|集团|股份)`, "u").test(s);
}

/** Marks that end a clause (the next one starts after them and their white space). */
const CLAUSE_MARK = charTable("，,。；;！？!?\n：:");
/**
 * Inside a clause, after a preposition or an example marker (项目由甲乙科技投资建设, 记者在甲乙电子的车间,
 * 其中甲乙纺织产值…): the firm is the object there, so the next word must be one a firm does.
 */
const OPENER_ONE = charTable("由在与被向对把让使");
const OPENER_WORDS = ["其中", "例如", "比如", "包括", "龙头企业"];
const OPENER_FIRST = charTable(OPENER_WORDS.map((w) => w[0]).join(""));
/** Characters the clause loop stops at: the marks and the openers' first characters. */
const SCAN = charTable(`，,。；;！？!?\n：:由在与被向对把让使${OPENER_WORDS.map((w) => w[0]).join("")}`);

/** The end of an opener starting at i (c its first character), or -1. */
function openerEnd(s: string, i: number, c: number): number {
  if (OPENER_ONE[c] === 1) return i + 1;
  if (OPENER_FIRST[c] === 1) for (const w of OPENER_WORDS) if (s.startsWith(w, i)) return i + w.length;
  return -1;
}
const FIRM_ACTS =
  /^(?:投资|投建|建设|新建|扩建|落户|入驻|签约|生产|年产|研发|投产|开工|扩产|产值|营收|的|是|为|作为|已|正|将|在|成功|成为|公司|集团|调研|考察|走访|参观)/u;

export function firmSubjectCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const conf = ruleConfidence(RULE);
  // The clause starts, then the openers. The text's start (with its white space) is a clause start; after
  // it, each mark and its white space (a loop over a table: the ^ in a regex of them cost the most).
  const n = s.length;
  let p0 = 0;
  while (p0 < n && SPACE_TABLE[s.charCodeAt(p0)] === 1) p0++;
  firmAt(ctx, out, conf, p0, false);
  // The openers' ends are found in the same loop (no opener holds a mark or a space), read after the clauses.
  const from = p0 === 0 ? 1 : p0;
  const openers: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (SCAN[c] !== 1) continue;
    if (CLAUSE_MARK[c] === 1) {
      if (i < from) continue;
      let p = i + 1;
      while (p < n && SPACE_TABLE[s.charCodeAt(p)] === 1) p++;
      firmAt(ctx, out, conf, p, false);
      i = p - 1;
      continue;
    }
    const e = openerEnd(s, i, c);
    if (e > 0) {
      openers.push(e);
      i = e - 1;
    }
  }
  for (const e of openers) firmAt(ctx, out, conf, e, true);
  return out;
}

// (firmAt and endsFirm are module functions, not closures of the scan: inlined into the scan loop compiled on
// the stack, the rarely taken seat branch deoptimised it at every call.)

/** The firm a clause starting at p opens with (a coined brand and a firm word), added to out. */
function firmAt(ctx: Ctx, out: Cand[], conf: number, p: number, inner: boolean): void {
  const { s } = ctx;
  // Most clauses hold no firm word 2-5 characters in: a table lookup spares them the slice and the regexes.
  // The firm word starts 2-4 characters in (after a brand of 2-4, or of 3-4 ending in its first character),
  // and what follows it must pass the tests below: a condition of the tagged path, checked before tagging.
  let firmWordNear = false;
  for (let k = p + 2; k <= p + 6 && !firmWordNear; k++) {
    if (FIRM_WORD_FIRST[s.charCodeAt(k)] !== 1) continue;
    const words = FIRM_WORD_INDEX.at(s, k);
    if (words) for (const w of words) if (s.startsWith(w, k) && endsFirm(s, k + w.length, inner)) firmWordNear = true;
  }
  if (!firmWordNear) return;
  const head = /^[\p{Script=Han}]{3,16}/u.exec(s.slice(p, p + 16))?.[0];
  // Tagging every clause is slow: only a clause with a firm word 2-4 characters in is worth it,
  // and only its first few characters (brand, firm word and the next token's start).
  if (!head || LEAD_CHAR.test(head) || LEAD_VERB.test(head)) return;
  const near = NEAR_FIRM_WORD.exec(head);
  if (!near) return;
  const clause = head.slice(0, near[0].length + 2);
  const toks = seatJoined(tag(clause, true));
  const brand = toks[0];
  const seated = brand?.seated === true;
  // One coined token of 2-4 characters, or 3 when the tagger glued the firm word's first character to it (…新/x 材料).
  if (!brand || !BRAND_TAG.test(brand.tag) || brand.word.length < 2 || brand.word.length > (seated ? 7 : 4)) return;
  // An unknown token may carry the clause's preposition or verb (以甲乙/x 为龙头): not a subject then.
  if (LEAD_CHAR.test(brand.word) || LEAD_VERB.test(brand.word)) return;
  let len = brand.word.length;
  let found = 0;
  for (let k = 1; k < Math.min(toks.length, 4); k++) {
    len += (toks[k] as { word: string }).word.length;
    const word = clause.slice(brand.word.length, len);
    const bare = clause.slice(brand.word.length - 1, len);
    if (isFirmWord(word) || (brand.word.length >= 3 && isFirmWord(bare))) {
      found = len;
      break;
    }
  }
  if (!found || found >= head.length) return;
  if (!endsFirm(s, p + found, inner)) return;
  const name = clause.slice(0, found);
  if (!itemOk(name) || typedSuffix(name) || hasFullName(s, name)) return;
  out.push({
    type: "enterprise",
    start: p,
    end: p + found,
    name: orig(ctx, p, p + found),
    rule: RULE,
    confidence: conf,
    fromList: true,
  });
}

type Tok = { word: string; tag: string; seated?: boolean };

/** A place before the brand (某市甲乙钢铁, 某省甲乙食品): the firm's seat, read with the brand as one token. */
function seatJoined(toks0: Tok[]): Tok[] {
  const first = toks0[0];
  const next = toks0[1];
  if (!first || !next || !isPlace(first) || !BRAND_TAG.test(next.tag) || !coinedAfterSeat(next.word)) return toks0;
  const joined: Tok = { word: first.word + next.word, tag: next.tag, seated: true };
  return [joined, ...toks0.slice(2)];
}

/** What follows a firm word ending at e lets the name end there (not …产业园, not a project's name). */
function endsFirm(s: string, e: number, inner: boolean): boolean {
  if (CONTINUES.test(s.slice(e, e + 4))) return false;
  if (inner && !FIRM_ACTS.test(s.slice(e, e + 4))) return false;
  // A project's name (甲乙医疗健康城项目) holds its firm; the project rules read it.
  // Not when a clause runs between (甲乙电力在当地建设了风电项目: the firm builds a project).
  return !/^[^，。；、\n在了将已正把对向与和的投建签]{0,8}项目/u.test(s.slice(e, e + 12));
}
