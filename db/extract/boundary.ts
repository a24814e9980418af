// Name boundaries from segmentation (rule "boundary:pos"): a name starts at a
// token boundary of a part-of-speech tagger (@node-rs/jieba `tag`), never with
// a verb, a preposition or an official's action (赴/深入/要求/支持/在/由/对…),
// and the first token left in the name is a noun-like one. Only the left
// context of each candidate is tagged (one tagger call per document over the
// joined windows), so the cost grows with the number of candidates, not the text.

import { charTable } from "./anchored.ts";
import { BigramIndex } from "./bigram.ts";
import {
  ACTOR_IN,
  ACTORS,
  CLAUSE_ADVERBS,
  FIRM_CATEGORY,
  LABEL_HEADS,
  ONE_CHAR_VERBS,
  PREPOSITIONS,
} from "./boundary-vocab.ts";
import CLAUSE_VERBS from "./clause-verbs.json" with { type: "json" };
import type { Cand, Ctx } from "./context.ts";
import { firmShape } from "./firm-lists.ts";
import { typedSuffix } from "./names.ts";
import { tag } from "./tagger.ts";

/** A firm word with no brand before it (what is left when a brand that reads as a verb is cut). */
const FIRM_WORD_ONLY =
  /^(?:科技|智能|电子|电气|光电|能源|新材|生物|医药|药业|食品|机械|汽车|化工|股份|集团|控股|实业|重工|网络|通信|精密|装备|物流|环保)$/u;

export interface Token {
  start: number;
  end: number;
  word: string;
  tag: string;
}

/** Characters of left context tagged with each name, and of the name's head. */
const LEFT = 6;
const HEAD = 10;
/** A firm's category may follow an industry (某某产业链龙头企业甲): a longer head to find it in. */
const FIRM_HEAD = 16;

/**
 * Tags the windows [a, b) of s in one call (joined by line breaks, which the
 * tagger keeps as tokens of their own); tokens carry offsets into s. Without
 * the HMM, so unknown names fall apart into single characters instead of
 * swallowing the verb before them (赴某某 as one unknown word).
 */
export function tagWindows(s: string, windows: readonly [number, number][]): Token[][] {
  if (windows.length === 0) return [];
  const joined = windows.map(([a, b]) => s.slice(a, b)).join("\n");
  const tags = tag(joined, false);
  const out = emptyWindows(windows.length);
  let w = 0;
  let pos = 0;
  let local = 0;
  for (const t of tags) {
    if (t.word === "\n" && local === (windows[w] as [number, number])[1] - (windows[w] as [number, number])[0]) {
      w++;
      local = 0;
      pos += 1;
      continue;
    }
    const [a] = windows[w] as [number, number];
    (out[w] as Token[]).push({ start: a + local, end: a + local + t.word.length, word: t.word, tag: t.tag });
    local += t.word.length;
    pos += t.word.length;
  }
  // The tagger keeps every character; if it ever did not, no window is trusted.
  if (pos !== joined.length) return emptyWindows(windows.length);
  return out;
}

/** n empty token lists, pushed (mapped arrays took another shape once a caller was optimised: deopts). */
function emptyWindows(n: number): Token[][] {
  const out: Token[][] = [];
  for (let k = 0; k < n; k++) out.push([]);
  return out;
}

const VERBS = new Set(CLAUSE_VERBS as string[]);
/** Verbs that open a platform's field rather than a clause (创新药物, 制造工艺). */
const PLATFORM_FIELD_VERBS = new Set(["创新", "制造"]);

/** Conjunctions of one character that open a clause, never a name (和/与/及 may: 和记, 与德). */
const CLAUSE_CONJ1 = new Set("但 而 并 且 则 若 虽 故".split(" "));

/** True when a token may not open a name: a preposition, a going verb, a common verb of two or more characters. */
export function opensClause(t: Token): boolean {
  if (t.tag === "p") return PREPOSITIONS.has(t.word);
  // A one-character conjunction (但某某股份有限公司…) or 当 as "when" (当某某集团与…时).
  if (t.tag === "c") return CLAUSE_CONJ1.has(t.word);
  if (t.word === "当") return t.tag === "t" || t.tag === "p";
  if (t.tag === "d") return CLAUSE_ADVERBS.has(t.word);
  if (t.word.length === 1) return t.tag === "v" && ONE_CHAR_VERBS.has(t.word);
  return (t.tag === "v" || t.tag === "vd") && VERBS.has(t.word);
}

/** True when a token may open a name: not a function word, punctuation or another verb of two or more characters. */
export function opensName(t: Token): boolean {
  return !/^(p|c|u|uj|ul|uz|ug|ud|uv|y|e|o|x|w|d|r)$/u.test(t.tag) && !(t.word.length > 1 && /^v/u.test(t.tag));
}

/** A preposition, a going verb or an adverb of one character (one table look-up for the three sets). */
const CLAUSE_FIRST = charTable(
  [...PREPOSITIONS, ...ONE_CHAR_VERBS, ...CLAUSE_ADVERBS, ...CLAUSE_CONJ1, "当"].filter((w) => w.length === 1).join(""),
);
/** The going verbs as a table (tested before the label head's slice). */
const GOING = charTable([...ONE_CHAR_VERBS].join(""));
/** Clause adverbs of two characters and clause verbs of two to four, by their first two characters. */
const OPENERS = new BigramIndex<string>();
const ADVERBS2 = [...CLAUSE_ADVERBS].filter((x) => x.length === 2);
for (const w of [...ADVERBS2, ...[...VERBS].filter((x) => x.length >= 2 && x.length <= 4)]) OPENERS.add(w, w);

/** Cheap test before tagging: could the name open with a clause word, or hold a firm category? */
function suspect(s: string, c: Cand): boolean {
  if (CLAUSE_FIRST[s.charCodeAt(c.start)] === 1) return true;
  const openers = OPENERS.at(s, c.start);
  if (openers) for (const w of openers) if (s.startsWith(w, c.start)) return true;
  const headText = s.slice(c.start, c.start + HEAD);
  if (ACTOR_IN.test(headText)) return true;
  if (GOING[s.charCodeAt(c.start + 2)] === 1 && LABEL_HEADS.has(s.slice(c.start, c.start + 2))) return true;
  return (
    c.type === "enterprise" && (s.slice(c.start, c.end).includes("企业") || FIRM_SHORT_CATEGORY.test(s.slice(c.start)))
  );
}

/** A firm's category in two characters (民企某某集团, 央企某某): not part of the name. */
const FIRM_SHORT_CATEGORY = /^(民企|国企|央企|外企|港企|台企|侨企|私企|国营|民营|私营)/u;

const NAMED = new Set(["park", "platform", "enterprise", "department"]);

export interface BoundaryChange {
  cand: Cand;
  from: number;
  to: number;
}

/** Length of a name's own part before its type suffix (the whole name when it has none). */
function specificLength(name: string): number {
  const ts = typedSuffix(name);
  return ts ? name.length - ts.suffix.length : name.length;
}

/**
 * The boundaries stage: moves the start of named candidates past leading
 * clause openers the tagger reads (a verb, a preposition, 赴/到…), and past a
 * firm category (龙头企业某某集团), when a noun-like token follows and a name
 * with its own part of two or more characters remains. Candidates are
 * updated in place (start, name, boundary); the changes are returned.
 */
export function posBoundaries(ctx: Ctx, cands: Cand[]): BoundaryChange[] {
  const { s } = ctx;
  const subjects = cands.filter(
    (c) =>
      NAMED.has(c.type) &&
      c.confidence > 0 &&
      c.occStart === undefined &&
      c.end - c.start >= 3 &&
      c.name === ctx.text.slice(c.start, c.end) &&
      suspect(s, c),
  );
  const windows: [number, number][] = [];
  const index = new Map<number, number>();
  for (const c of subjects) {
    if (index.has(c.start)) continue;
    let a = Math.max(0, c.start - LEFT);
    const nl = s.lastIndexOf("\n", c.start - 1);
    if (nl >= a) a = nl + 1;
    index.set(c.start, windows.length);
    windows.push([a, Math.min(c.end, c.start + (c.type === "enterprise" ? FIRM_HEAD : HEAD))]);
  }
  const tokens = tagWindows(s, windows);
  const changes: BoundaryChange[] = [];
  for (const c of subjects) {
    const toks = tokens[index.get(c.start) as number] as Token[];
    let k = toks.findIndex((t) => t.start === c.start);
    if (k < 0) continue;
    // A list item or a quoted name starts at its mark (、从化…, 重点企业：拓展…, “某某…”): nothing is cut there.
    if (/[、：:“"(（]/u.test(s[c.start - 1] ?? "") || /\d[.．、]$/u.test(s.slice(c.start - 2, c.start))) continue;
    let start = c.start;
    // An official or delegation acting on the name (市领导督促某园区): the name starts after them.
    for (let j = k; j < toks.length - 1 && (toks[j] as Token).end - c.start <= HEAD - 2; j++)
      if (ACTORS.has((toks[j] as Token).word)) k = j + 1;
    if (k < toks.length && (toks[k] as Token).start > c.start && !opensClause(toks[k] as Token)) {
      if (!opensName(toks[k] as Token)) continue;
      start = (toks[k] as Token).start;
    }
    // A list label's head noun before its verb (企业有某某集团): the label, not the name.
    const label = toks[k];
    if (label && LABEL_HEADS.has(label.word) && toks[k + 1] && opensClause(toks[k + 1] as Token)) k++;
    for (let guard = 0; guard < 2; guard++) {
      const t = toks[k];
      const next = toks[k + 1];
      if (!t || !next || !opensClause(t) || !opensName(next)) break;
      // A lab's own field may open with a work verb (创新药物重点实验室, 制造工艺研究中心): the name's.
      if (c.type === "platform" && PLATFORM_FIELD_VERBS.has(t.word)) break;
      start = next.start;
      k++;
    }
    if (c.type === "enterprise") {
      if (FIRM_SHORT_CATEGORY.test(s.slice(start, c.end)) && c.end - start >= 5) start += 2;
      const head = s.slice(start, Math.min(c.end, c.start + FIRM_HEAD));
      const cat = FIRM_CATEGORY.exec(head.slice(0, head.lastIndexOf("企业") + 2));
      if (cat && toks.some((t) => t.end === start + cat.index + cat[0].length)) start += cat.index + cat[0].length;
    }
    if (start === c.start) continue;
    const rest = ctx.text.slice(start, c.end);
    // What remains keeps the name's own type suffix and a part of its own (not 技术转移中心 → 中心).
    if (typedSuffix(rest)?.suffix !== typedSuffix(c.name)?.suffix || specificLength(rest) < 2) continue;
    // …nor a firm word alone (加快奔腾智能 → 智能): the verb-like token was the brand.
    if (c.type === "enterprise" && firmShape(c.name) && FIRM_WORD_ONLY.test(rest)) continue;
    changes.push({ cand: c, from: c.start, to: start });
    c.start = start;
    c.name = rest;
    c.boundary = "boundary:pos";
  }
  return changes;
}
