// Low-level text helpers on the simplified view: sentences, left-boundary scans.
import { PAIRS, pairSlot } from "./alternation.ts";
import { charTable, matchesAt, SPACE_CHARS } from "./anchored.ts";
import { tag } from "./tagger.ts";
import { triggerStarts } from "./trigger-index.ts";
import { STOP_WORDS } from "./vocab.ts";
import { COUNTY_NAMES } from "./vocab-counties.ts";

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (line) holding the sentence. */
  para: number;
}

/** Sentences (split at 。！？； and line breaks), with the paragraph index. */
const SENT_ENDS = charTable("。！？；!?;\n");
/** What String.prototype.trim removes (the same set as \s). */
const TRIMMED = charTable(SPACE_CHARS);

/** True when s[a, b) holds a character trim() would keep (no substring built). */
function hasContent(s: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (TRIMMED[s.charCodeAt(k)] !== 1) return true;
  return false;
}

export function splitSentences(s: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let para = 0;
  const NL = 10;
  const endAt = (i: number) => {
    const nl = i < s.length && s.charCodeAt(i) === NL;
    const end = i === s.length ? i : nl ? i : i + 1;
    if (end > start && hasContent(s, start, end)) out.push({ start, end, para });
    if (nl) para++;
    start = i + 1;
  };
  // The ends found by a loop over the codes and a table: with an end every dozen characters, a regex
  // stopping at each cost about twice as much.
  for (let i = 0; i < s.length; i++) if (SENT_ENDS[s.charCodeAt(i)] === 1) endAt(i);
  endAt(s.length);
  return out;
}

/**
 * s.lastIndexOf(ch, from) for one character when the answer matters only if
 * it is at or after `floor`: -1 otherwise. lastIndexOf alone walks back to
 * the document start when the character is absent, once per candidate.
 */
export function lastIndexWithin(s: string, ch: string, from: number, floor: number): number {
  const c = ch.charCodeAt(0);
  for (let k = Math.min(Math.max(from, 0), s.length - 1); k >= Math.max(floor, 0); k--)
    if (s.charCodeAt(k) === c) return k;
  return -1;
}

/**
 * Math.max of s.lastIndexOf(c, from) over the characters c of `table` (from clamped as lastIndexOf
 * does), -1 if none is at or after `floor`: scans back only to the nearest one.
 */
export function lastIndexOfAny(s: string, table: Uint8Array, from: number, floor = 0): number {
  for (let k = Math.min(Math.max(from, 0), s.length - 1); k >= Math.max(floor, 0); k--)
    if (table[s.charCodeAt(k)] === 1) return k;
  return -1;
}

/** Where the stretch ending at `pos` with none of `table`'s characters starts (0 at the text's start). */
export function startAfterAny(s: string, table: Uint8Array, pos: number): number {
  return pos > 0 ? lastIndexOfAny(s, table, pos - 1) + 1 : 0;
}

/** Where the stretch starting at `pos` with none of `table`'s characters ends (the text's length at its end). */
export function endBeforeAny(s: string, table: Uint8Array, pos: number): number {
  let k = pos;
  while (k < s.length && table[s.charCodeAt(k)] !== 1) k++;
  return k;
}

/** s.indexOf(ch, from) for one character when only hits up to `ceil` (inclusive) matter: -1 otherwise. */
export function indexWithin(s: string, ch: string, from: number, ceil: number): number {
  const c = ch.charCodeAt(0);
  for (let k = Math.max(from, 0); k <= Math.min(ceil, s.length - 1); k++) if (s.charCodeAt(k) === c) return k;
  return -1;
}

/** Index of the sentence holding offset `pos` (binary search). */
export function sentenceIndexAt(sents: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sents[mid] as Sentence;
    if (pos < x.start) hi = mid - 1;
    else if (pos >= x.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sents.length - 1, lo - 1));
}

/** The text of the sentence holding offset `pos`. */
export function sentenceTextAt(s: string, sents: Sentence[], pos: number): string {
  const x = sents[sentenceIndexAt(sents, pos)];
  return x ? s.slice(x.start, x.end) : "";
}

/** Whether `word` occurs at least twice in s, not overlapping (s.split(word).length > 2 without the arrays). */
export function occursTwice(s: string, word: string): boolean {
  const i = s.indexOf(word);
  return i >= 0 && s.indexOf(word, i + word.length) >= 0;
}

let memoDoc = "";
const memo = new Map<string, boolean>();
/** Per character: its offsets in the document (after the first), by the code of the character before. */
const afterIndex = new Map<string, Map<number, number[]>>();
function afterOffsets(doc: string, ch: string): Map<number, number[]> {
  let byPrev = afterIndex.get(ch);
  if (!byPrev) {
    byPrev = new Map();
    for (let p = doc.indexOf(ch, 1); p >= 0; p = doc.indexOf(ch, p + 1)) {
      const c = doc.charCodeAt(p - 1);
      const l = byPrev.get(c);
      if (l) l.push(p);
      else byPrev.set(c, [p]);
    }
    afterIndex.set(ch, byPrev);
  }
  return byPrev;
}
/**
 * Whether the document writes `word` followed by one of the characters of `after` (某某县, 某某区):
 * memoised per document. The word is looked for only before the `after` characters that follow
 * its last character (one scan of the text per character, shared by every `after` set holding it).
 */
export function writtenWith(doc: string, word: string, after: string): boolean {
  if (doc !== memoDoc) {
    memoDoc = doc;
    memo.clear();
    afterIndex.clear();
  }
  const key = `${after}|${word}`;
  let found = memo.get(key);
  if (found === undefined) {
    found = false;
    if (word !== "") {
      const last = word.charCodeAt(word.length - 1);
      for (const ch of after) {
        const at = afterOffsets(doc, ch).get(last) ?? [];
        for (let k = 0; k < at.length && !found; k++) {
          const i = (at[k] as number) - word.length;
          found = i >= 0 && doc.startsWith(word, i);
        }
        if (found) break;
      }
    }
    memo.set(key, found);
  }
  return found;
}

export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Latin letters and digits (and the middle dot) that may stand inside a name. */
const LATIN_NAME = charTable("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789·");
const LATIN = charTable("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
const DIGIT = charTable("0123456789");
// 强 after a count is a ranking (500强某集团): the name starts after it.
const MEASURE = charTable("个家批项类处座条强");
const COUNT = charTable("0123456789一二三四五六七八九十两几多");

export function isNameChar(ch: string | undefined): boolean {
  if (!ch) return false;
  return isHan(ch) || LATIN_NAME[ch.charCodeAt(0)] === 1;
}

const stopByLen: Set<string>[] = [];
for (const w of STOP_WORDS) {
  stopByLen[w.length] ??= new Set();
  (stopByLen[w.length] as Set<string>).add(w);
}
const MAX_STOP = stopByLen.length - 1;
/** Last characters of stop words: a cheap filter before any slicing. */
const STOP_LAST = charTable(STOP_WORDS.map((w) => w.charAt(w.length - 1)).join(""));
/** First characters of the stop words of each length: no slice unless one can start there. */
const STOP_FIRST: Uint8Array[] = stopByLen.map((set) => charTable([...(set ?? [])].map((w) => w.charAt(0)).join("")));

/** The two-character stop words by their character codes (first → second): no slice on the hot path. */
const STOP_PAIRS = new Map<number, Set<number>>();
/** Their hashed pairs: most pairs hold no stop word, and a table says so before any map lookup. */
const STOP_PAIR_SLOTS = new Uint8Array(PAIRS);
for (const w of stopByLen[2] ?? []) {
  const a = w.charCodeAt(0);
  (STOP_PAIRS.get(a) ?? STOP_PAIRS.set(a, new Set()).get(a))?.add(w.charCodeAt(1));
  STOP_PAIR_SLOTS[pairSlot(a, w.charCodeAt(1))] = 1;
}

/**
 * A stop word that is the start of a county's name (如东, 从化; 新建区, 会同县, 合作市): the place, not the word.
 * A one-character stop with the county's next character or two after it (not a side word: 如东部), or a
 * two-character stop that is the county's whole name with its level after it.
 */
const STOP_LED_COUNTIES = new Set(
  [...COUNTY_NAMES].filter(
    (c) =>
      (c.length >= 2 && c.length <= 3 && stopByLen[1]?.has(c.charAt(0))) || (c.length === 2 && stopByLen[2]?.has(c)),
  ),
);
/** What may follow the stop word: a county's second character, or a level (no slice unless one can). */
const STOP_LED_NEXT = charTable(`${[...STOP_LED_COUNTIES].map((c) => c.charAt(1)).join("")}区县市`);
function countyLed(s: string, pos: number, len: 1 | 2): boolean {
  if (STOP_LED_NEXT[s.charCodeAt(pos)] !== 1) return false;
  if (len === 2) return /[区县市]/u.test(s.charAt(pos)) && STOP_LED_COUNTIES.has(s.slice(pos - 2, pos));
  if (/[部面方侧边]/u.test(s.charAt(pos + 1))) return false;
  return STOP_LED_COUNTIES.has(s.slice(pos - 1, pos + 1)) || STOP_LED_COUNTIES.has(s.slice(pos - 1, pos + 2));
}

/** 做强化工 / 加强化工园区: the verb is 做强/加强/增强 and 化 starts the next word, not the stop word 强化. */
function strongVerbSplit(s: string, pos: number): boolean {
  return s.charCodeAt(pos - 1) === 0x5316 && s.charCodeAt(pos - 2) === 0x5f3a && /[做加增]/u.test(s[pos - 3] ?? "");
}

/** Length of a stop word ending exactly at `pos` (exclusive), or 0. Longest wins. */
export function stopEndingAt(s: string, pos: number, extra?: Set<string>): number {
  if (!extra) {
    // The hot path (every character of every left scan): table lookups before any slice.
    if (STOP_LAST[s.charCodeAt(pos - 1)] !== 1) return 0;
    for (let len = Math.min(MAX_STOP, 4); len >= 1; len--) {
      if (pos - len < 0 || STOP_FIRST[len]?.[s.charCodeAt(pos - len)] !== 1) continue;
      // A one-character stop word is its first character; a pair is looked up by its codes.
      if (len === 1) return countyLed(s, pos, 1) ? 0 : 1;
      if (len === 2) {
        const a = s.charCodeAt(pos - 2);
        const b = s.charCodeAt(pos - 1);
        if (STOP_PAIR_SLOTS[pairSlot(a, b)] === 1 && STOP_PAIRS.get(a)?.has(b))
          return strongVerbSplit(s, pos) || countyLed(s, pos, 2) ? 0 : 2;
        continue;
      }
      if (stopByLen[len]?.has(s.slice(pos - len, pos))) return len;
    }
    return 0;
  }
  if (pos < 1 || pos > s.length) {
    for (let len = Math.min(MAX_STOP, 4); len >= 1; len--) {
      if (pos - len < 0) continue;
      const w = s.slice(pos - len, pos);
      if (stopByLen[len]?.has(w) || extra.has(w)) return len;
    }
    return 0;
  }
  // The longest stop word wins, from either list: the plain one's, then extra's (sliced only when a
  // word of extra ends in the last character).
  const own = stopEndingAt(s, pos);
  const ends = extraEnds(extra);
  if (ends.has(s.charCodeAt(pos - 1)))
    for (let len = Math.min(MAX_STOP, 4); len > own; len--)
      if (pos - len >= 0 && extra.has(s.slice(pos - len, pos))) return len;
  return own;
}

/** The last characters of each extra stop list's words. */
const EXTRA_ENDS = new WeakMap<Set<string>, Set<number>>();
function extraEnds(extra: Set<string>): Set<number> {
  let ends = EXTRA_ENDS.get(extra);
  if (!ends) {
    ends = new Set();
    for (const w of extra) if (w) ends.add(w.charCodeAt(w.length - 1));
    EXTRA_ENDS.set(extra, ends);
  }
  return ends;
}

/** One-character function words that may begin a name (从化, 以晴) when nothing else precedes them. */
const WEAK_STOPS = new Set("以为从将由对向把被于与及其各个如含".split(""));

/** A weak stop at i-1 starts a name when a list separator or a strong boundary precedes it. */
/** Generic things a measure moves into a zone (企业, 项目, 产业, 要素, 人才, 资金). */
const GENERIC_MOVER = /(?:企业|项目|产业|要素|人才|资金|资源)$/u;

export function weakStopInsideName(s: string, i: number): boolean {
  const ch = s[i - 1] as string;
  if (!WEAK_STOPS.has(ch)) return false;
  const before = s[i - 2];
  if (before === "、") return true;
  if (before === undefined || before === "\n") return true;
  if (/[\d][.．、]$/u.test(s.slice(Math.max(0, i - 3), i - 1))) return true;
  // 引导企业向某园区集中, 推动项目向某开发区集聚: a generic mover before it is no name, the stop ends the name.
  // (向 only: 某某产业与技术研究院 keeps its 与.)
  if (ch === "向" && GENERIC_MOVER.test(s.slice(Math.max(0, i - 3), i - 1))) return false;
  // 某地以某集团: a place or name character before it, itself preceded by a multi-character cue.
  if (isHan(before) && stopEndingAt(s, i - 1) === 0) {
    let k = i - 2;
    while (k > 0 && isHan(s[k - 1]) && stopEndingAt(s, k) === 0 && i - k < 6) k--;
    return stopEndingAt(s, k) >= 2 || s[k - 1] === "了";
  }
  return false;
}

/** Characters after which 和/与/及/、 separate two names (they end a typed name). */
// 链 and 群 end industries (某某产业链和乙…, 某某集群与乙…).
// 府 and 市 end a government or a city (省政府和某公司, 某市和某集团).
const NAME_END_CHARS = new Set("所院区园心室司团局委厅城镇馆站台场基厂链群府市".split(""));

export interface ScanOptions {
  maxLen?: number;
  /** Extra stop words for this scan. */
  stops?: Set<string>;
  /** Allow 和/与/及 inside the name (default true). */
  conj?: boolean;
  /** Stop words that do not end this scan (a platform's own activity words: 资源利用, 成分研究). */
  keep?: ReadonlySet<string>;
  /** A stop word that the name's next character makes a noun (服务器, 生产线) does not end this scan. */
  nounCompounds?: boolean;
}

/**
 * Start of the name that ends where `end` points, scanning leftwards from `end`
 * over name characters. Stops at punctuation, at a stop word, at a conjunction
 * that follows a finished name, and at maxLen.
 */
export function scanLeft(s: string, end: number, opts: ScanOptions = {}): number {
  const maxLen = opts.maxLen ?? 24;
  let i = end;
  while (i > 0 && end - i < maxLen) {
    const ch = s[i - 1] as string;
    if (ch === ")" || ch === "）") {
      // Only a bracket at most 10 characters back counts: lastIndexOf walked back to the document's start.
      const open = Math.max(lastIndexWithin(s, "(", i - 1, i - 11), lastIndexWithin(s, "（", i - 1, i - 11));
      if (
        open >= 0 &&
        i - 1 - open <= 10 &&
        !/[，。；、,;]/.test(s.slice(open, i)) &&
        // (以下简称某某): an abbreviation given for the name before, which ends there.
        !/^[(（](?:以下|下文)?(?:简称|称)/u.test(s.slice(open, i)) &&
        open > 0 &&
        isNameChar(s[open - 1])
      ) {
        i = open;
        continue;
      }
      break;
    }
    if (ch === "”" || ch === '"' || ch === "’") {
      // A quoted part directly inside the name (“某某山东”服务平台).
      const open = Math.max(lastIndexWithin(s, "“", i - 1, i - 13), lastIndexWithin(s, '"', i - 2, i - 13));
      if (open >= 0 && i - 1 - open <= 12 && i === end) {
        i = open;
        break;
      }
      break;
    }
    if (ch === "/" && isHan(s[i - 2]) && isHan(s[i])) {
      i--;
      continue;
    }
    // 甲乙-丙丁…园区: a hyphen after a short place (two or three characters) joins two places in one
    // name; after a longer run it is a dash (某研发平台-某中心, 百度百科-某开发区).
    if ((ch === "-" || ch === "－") && isHan(s[i]) && shortRunBefore(s, i - 1)) {
      i--;
      continue;
    }
    if (!isNameChar(ch)) break;
    // Character tables, not regexes: this runs for every character of every left scan.
    // A measure word after a number ends the name (21家省级…, 6个…).
    if (MEASURE[ch.charCodeAt(0)] === 1 && COUNT[s.charCodeAt(i - 2)] === 1) break;
    // Digits belong to a name only beside Latin letters (5G, T1000); a count ends it.
    if (DIGIT[ch.charCodeAt(0)] === 1 && LATIN[s.charCodeAt(i)] !== 1 && LATIN[s.charCodeAt(i - 2)] !== 1) break;
    if (
      (ch === "和" || ch === "与" || ch === "及") &&
      (opts.conj === false ||
        NAME_END_CHARS.has(s[i - 2] ?? "") ||
        /^(?:基地|大学)$/u.test(s.slice(i - 3, i - 1)) ||
        personBefore(s, i - 1))
    )
      break;
    // "、和某公司": a conjunction right after a list mark joins, it does not open a name.
    if ((ch === "和" || ch === "与" || ch === "及") && /[、，,]/u.test(s[i - 2] ?? "")) break;
    // "，西与某合作区相连": a bearing opening the clause, then 与, says what a place borders on.
    if (ch === "与" && /[东西南北]/u.test(s[i - 2] ?? "") && !isNameChar(s[i - 3])) break;
    const st = stopEndingAt(s, i, opts.stops);
    if (
      st > 1 &&
      opts.keep?.has(s.slice(i - st, i)) &&
      i - st > 0 &&
      isNameChar(s[i - st - 1]) &&
      stopEndingAt(s, i - st) === 0
    ) {
      i -= st;
      continue;
    }
    if (st > 1 && opts.nounCompounds && i < end && nounCompound(s.slice(i - st, i + 1))) {
      i -= st;
      continue;
    }
    if (st > 1 || (st === 1 && !weakStopInsideName(s, i) && !placeEndsIn(s, i))) break;
    i--;
  }
  return i;
}

/** One noun for the tagger (服务器, 生产线): a verb with the character after it — not a sector (服务业). */
function nounCompound(w: string): boolean {
  if (w.endsWith("业")) return false;
  const toks = tag(w, false);
  return toks.length === 1 && /^n/u.test(toks[0]?.tag ?? "");
}

/** Common surnames: a person's name starts with one (a cheap test before tagging). */
const SURNAME = charTable(
  "王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝",
);

/** A person's name (two or three characters the tagger reads as one nr token) right before 和/与/及 at `at`. */
function personBefore(s: string, at: number): boolean {
  for (const n of [3, 2]) {
    const w = s.slice(at - n, at);
    if (w.length !== n || SURNAME[w.charCodeAt(0)] !== 1) continue;
    const t = tag(w, true);
    if (t.length === 1 && t[0]?.tag === "nr") return true;
  }
  return false;
}

/** 至 closing a two-character place the tagger knows (东至/ns 经济开发区): the place's own character, no stop. */
function placeEndsIn(s: string, i: number): boolean {
  if (s[i - 1] !== "至" || !isHan(s[i - 2])) return false;
  const t = tag(s.slice(i - 2, i), true);
  return t.length === 1 && t[0]?.tag === "ns";
}

/** Two or three Han characters end at `at`, with no Han character before them. */
function shortRunBefore(s: string, at: number): boolean {
  let k = at;
  while (k > 0 && isHan(s[k - 1])) k--;
  return at - k >= 2 && at - k <= 3;
}

/** Skip a run of whitespace leftwards. */
export function trimSpan(s: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && /[\s\u3000“”"'‘’《》「」『』【】·•\-—:：,，、。]/u.test(s[a] as string)) a++;
  while (b > a && /[\s\u3000“”"'‘’《》「」『』【】·•\-—:：,，、。]/u.test(s[b - 1] as string)) b--;
  return [a, b];
}

/**
 * The matches of the global pattern `re` in `s`, as `s.matchAll(re)` gives them, for a pattern
 * whose every match holds a match of `cue` starting at most `span` characters after its own
 * start. A pattern that opens on a look-behind and a lazy run is tried at every character of a
 * long text; this tries it (anchored) only at the `span` + 1 positions up to each cue, and with
 * `after` (the look-behind's characters) only where the text starts or one of them precedes.
 * The cue is tried only at the starts of `cueAt` (trigger-index.ts), a family holding the first
 * two characters of every word a match of `cue` opens with.
 */
export function* matchNearCue(
  s: string,
  re: RegExp,
  cue: RegExp,
  cueAt: number,
  span: number,
  after?: Uint8Array,
): Generator<RegExpExecArray> {
  const pat = new RegExp(re.source, `${re.flags.replace(/[gy]/gu, "")}y`);
  const cues = new RegExp(cue.source, `${cue.flags.replace(/[gy]/gu, "")}y`);
  // Positions before `next` are tried or inside a match already.
  let next = 0;
  for (const c of matchesAt(s, cues, triggerStarts(s, cueAt))) {
    for (let p = Math.max(next, c.index - span); p <= c.index; p++) {
      if (after && p > 0 && after[s.charCodeAt(p - 1)] !== 1) continue;
      pat.lastIndex = p;
      const m = pat.exec(s);
      if (!m) continue;
      yield m;
      // The next match starts where this one ends (as matchAll goes on).
      next = m.index + Math.max(1, m[0].length);
      p = next - 1;
    }
    next = Math.max(next, c.index + 1);
  }
}
