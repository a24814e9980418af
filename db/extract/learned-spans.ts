// The learned span tagger: a character-level averaged perceptron (O, B/I x five types,
// greedy left to right with the previous tag; features in learned-spans-features.ts),
// trained by `npm run train` (scripts/train-spans.ts) on the development gold. It runs
// only inside the items of enumerations (findLists) that hold two or more characters no
// accepted name covers, and adds a span (rule "learned:span") when it lies inside one
// item, overlaps no accepted name, is two characters or more and every character's
// margin (best label's score minus the next) reaches the model's threshold.
// Deterministic: integer features, int16 weights summed in integers.

import { domainList } from "./clusters-list-cues.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import {
  BITS,
  biasFeature,
  charFeatures,
  classAt,
  classFeature,
  listFeature,
  listPositions,
  listPrevFeature,
  MASK,
  NL,
  prevCharFeature,
  prevFeature,
  SPAN_TYPES,
  validAfter,
} from "./learned-spans-features.ts";
import type { EnumList } from "./lists.ts";

/**
 * Documents longer than this get no spans: in the two-fold CV over development its additions in
 * the two documents of 5,000-10,000 characters were 0 right of 4, in the long seeds (scored on
 * their excerpt gold) 1 of 22, in documents of at most 5,000 characters 15 of 35.
 */
export const SPAN_MAX_CHARS = 5000;

/** The committed file: sparse weights (feature * NL + label), int16 with one scale, base64. */
export interface SpanModelFile {
  enabled: boolean;
  /** Least per-character margin of an added span, in weight units. */
  threshold: number;
  bits: number;
  scale: number;
  idx: string;
  val: string;
  note?: string;
}

export interface SpanModel {
  enabled: boolean;
  /** The threshold in int16 units. */
  minMargin: number;
  /** Longer documents get nothing (SPAN_MAX_CHARS; measurements may change it). */
  maxChars: number;
  /**
   * Which features have weights, a bit each, 32 to a word, each word followed by where its first
   * feature's row starts in `packed` (the next rows follow: no row table to read).
   */
  rank: Uint32Array;
  /** Rows: the count of nonzero weights, then each as value * 16 + label. */
  packed: Int32Array;
  /** Summed weights of the features that take few values: bias with list place (5 x 4), class triples (6^3), previous tag. */
  listVec: Int32Array;
  classVec: Int32Array;
  prevVec: Int32Array;
}

/** Base64 to bytes (atob: no Node globals, the extractor also runs in the app's pages). */
const bytes = (b64: string) => {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
};

const popcount = (x: number) => {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
};

/** Adds feature f's weights to sc (nothing when it has none). */
function addRow(m: Pick<SpanModel, "rank" | "packed">, f: number, sc: Int32Array, at = 0): void {
  const w = 2 * (f >>> 5);
  let word = m.rank[w] as number;
  const bit = 1 << (f & 31);
  if (!(word & bit)) return;
  const { packed } = m;
  let p = m.rank[w + 1] as number;
  // Skip the rows of the word's lower features (one or two on average).
  for (word &= bit - 1; word; word &= word - 1) p += 1 + (packed[p] as number);
  const end = p + 1 + (packed[p] as number);
  for (p++; p < end; p++) {
    const v = packed[p] as number;
    sc[at + (v & 15)] = (sc[at + (v & 15)] as number) + (v >> 4);
  }
}

/** Decodes and checks a model file; a corrupt one is refused with the reason. */
export function loadSpanModel(f: SpanModelFile): SpanModel {
  const bad = (why: string) => new Error(`learned-spans-model.json: ${why} (rerun npm run train)`);
  if (!f || typeof f !== "object") throw bad("not an object");
  if (f.bits !== BITS) throw bad(`trained with ${f.bits} hash bits, the features use ${BITS}`);
  if (!(f.scale > 0) || !Number.isFinite(f.scale)) throw bad("no positive scale");
  if (!(f.threshold >= 0)) throw bad("no threshold");
  if (typeof f.idx !== "string" || typeof f.val !== "string") throw bad("no weights");
  let ib: Uint8Array;
  let vb: Uint8Array;
  try {
    ib = bytes(f.idx);
    vb = bytes(f.val);
  } catch {
    throw bad("weights are not base64");
  }
  if (ib.length % 4 || vb.length % 2 || ib.length / 4 !== vb.length / 2)
    throw bad("weight index and values differ in length");
  const idx = new Uint32Array(ib.buffer);
  const val = new Int16Array(vb.buffer);
  const words = (MASK + 1) >>> 5;
  const rank = new Uint32Array(2 * words);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k] as number;
    if (k && i <= (idx[k - 1] as number)) throw bad("weight indices out of order");
    const feat = Math.floor(i / NL);
    if (feat > MASK) throw bad("a weight index beyond the hash space");
    rank[2 * (feat >>> 5)] = (rank[2 * (feat >>> 5)] as number) | (1 << (feat & 31));
  }
  // Indices are sorted, so rows come in feature order: each word's rows start where the last ended.
  let rows = 0;
  for (let w = 0; w < words; w++) rows += popcount(rank[2 * w] as number);
  const packed = new Int32Array(rows + idx.length);
  let p = -1;
  let last = -1;
  let count = 0;
  let lastWord = -1;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k] as number;
    const feat = Math.floor(i / NL);
    if (feat !== last) {
      if (p >= 0) packed[p] = count;
      p += count + 1;
      count = 0;
      last = feat;
      // Words without features keep 0: never read, their bits are clear.
      if (feat >>> 5 !== lastWord) {
        lastWord = feat >>> 5;
        rank[2 * lastWord + 1] = p;
      }
    }
    packed[p + 1 + count++] = (val[k] as number) * 16 + (i % NL);
  }
  if (p >= 0) packed[p] = count;
  const t = { rank, packed };
  // Bias, list place and the previous position's list place (9 outside the text: index 4).
  const listVec = new Int32Array(5 * 4 * NL);
  for (let q = 0; q < 5; q++)
    for (let l = 0; l < 4; l++) {
      const at = (q * 4 + l) * NL;
      addRow(t, biasFeature(), listVec, at);
      addRow(t, listFeature(l), listVec, at);
      addRow(t, listPrevFeature(q === 4 ? 9 : q, l), listVec, at);
    }
  const classVec = new Int32Array(216 * NL);
  for (let c = 0; c < 216; c++)
    addRow(t, classFeature(Math.floor(c / 36), Math.floor(c / 6) % 6, c % 6), classVec, c * NL);
  const prevVec = new Int32Array(NL * NL);
  for (let y = 0; y < NL; y++) addRow(t, prevFeature(y), prevVec, y * NL);
  return {
    enabled: f.enabled === true,
    minMargin: f.threshold / f.scale,
    maxChars: SPAN_MAX_CHARS,
    ...t,
    listVec,
    classVec,
    prevVec,
  };
}

/** Scratch of the decoder (grown as needed; decoding is synchronous). */
let tags = new Uint8Array(64);
let margin = new Int32Array(64);
const fs = new Int32Array(15);
const sc = new Int32Array(NL);

/**
 * Greedy decoding of s[a, b) (previous tag O at a): each position's label and margin, in the
 * returned arrays' first b - a entries (valid until the next call).
 */
export function decodeSpan(
  m: SpanModel,
  s: string,
  list: Uint8Array,
  a: number,
  b: number,
): { tags: Uint8Array; margin: Int32Array } {
  if (tags.length < b - a) {
    tags = new Uint8Array(2 * (b - a));
    margin = new Int32Array(2 * (b - a));
  }
  const { listVec, classVec, prevVec } = m;
  let prev = 0;
  let c0 = classAt(s, a - 1);
  let c1 = classAt(s, a);
  for (let i = a; i < b; i++) {
    const c2 = classAt(s, i + 1);
    const l = list[i] as number;
    const lp = i > 0 ? (list[i - 1] as number) : 4;
    const lv = ((lp > 3 ? 4 : lp) * 4 + l) * NL;
    const cv = (c0 * 36 + c1 * 6 + c2) * NL;
    const pv = prev * NL;
    for (let y = 0; y < NL; y++)
      sc[y] = (listVec[lv + y] as number) + (classVec[cv + y] as number) + (prevVec[pv + y] as number);
    charFeatures(s, l, i, fs, 0);
    for (let k = 0; k < 15; k++) addRow(m, fs[k] as number, sc);
    addRow(m, prevCharFeature(prev, s, i), sc);
    let best = 0;
    let bs = -2147483648;
    let second = -2147483648;
    for (let y = 0; y < NL; y++) {
      if (!validAfter(prev, y)) continue;
      const v = sc[y] as number;
      if (v > bs) {
        second = bs;
        bs = v;
        best = y;
      } else if (v > second) second = v;
    }
    tags[i - a] = best;
    margin[i - a] = bs - second;
    prev = best;
    c0 = c1;
    c1 = c2;
  }
  return { tags, margin };
}

const SPACE = /\s/u;
/** The label that opens a cluster span. */
const B_CLUSTER = 1 + 2 * SPAN_TYPES.indexOf("cluster");
const B_PARK = 1 + 2 * SPAN_TYPES.indexOf("park");
/** A zone's kind written alone, with no place before it (高新区, 经开区, 开发区, 綜保区). */
const BARE_ZONE_WORD =
  /^(?:高新区|高新技术产业开发区|经开区|经济技术开发区|经济开发区|开发区|综保区|综合保税区|经济区|新区|园区|工业园区|产业园区)$/u;

/** The spans the tagger adds inside list items no accepted name fully covers. */
export function learnedSpans(ctx: Ctx, lists: EnumList[], accepted: Cand[], m: SpanModel | undefined): Cand[] {
  // Long plans and gazettes: on the seeds' excerpt gold its additions there were nearly all wrong.
  if (!m?.enabled || !lists.length || ctx.s.length > m.maxChars) return [];
  const { s } = ctx;
  const n = s.length;
  const cover = new Uint8Array(n);
  for (const c of accepted) for (let k = c.start; k < c.end && k < n; k++) cover[k] = 1;
  // Items holding a run of two uncovered characters (a span must fit in one); each item once.
  const work: { start: number; end: number }[] = [];
  const seen = new Set<number>();
  // Items of lists the rules read as domains, not industries (集甲、乙为一体; 经贸、文化等领域): no cluster there.
  const domain = new Set<number>();
  for (const l of lists) if (domainList(s, l)) for (const it of l.items) domain.add(it.start * (n + 1) + it.end);
  for (const l of lists)
    for (const it of l.items) {
      let run = 0;
      for (let k = it.start; k < it.end && run < 2; k++) run = cover[k] ? 0 : run + 1;
      const key = it.start * (n + 1) + it.end;
      if (run >= 2 && !seen.has(key)) {
        seen.add(key);
        work.push(it);
      }
    }
  if (!work.length) return [];
  const list = listPositions(n, lists);
  // (…when the text names a zone of that kind: with none, the bare kind is the city's own zone, a park.)
  const namesZoneOfKind = (word: string) =>
    accepted.some(
      (c) =>
        c.type === "park" &&
        c.confidence > 0 &&
        c.end - c.start > word.length &&
        s.slice(c.start, c.end).endsWith(word),
    );
  const out: Cand[] = [];
  for (const it of work) {
    const inDomain = domain.has(it.start * (n + 1) + it.end);
    const len = Math.min(it.end, n) - it.start;
    const d = decodeSpan(m, s, list, it.start, it.start + len);
    let i = 0;
    while (i < len) {
      const y = d.tags[i] as number;
      if (y === 0 || (y - 1) % 2 !== 0) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && d.tags[j] === y + 1) j++;
      let a = it.start + i;
      let b = it.start + j;
      let ok = true;
      for (let k = i; k < j && ok; k++) ok = !cover[it.start + k] && (d.margin[k] as number) >= m.minMargin;
      while (a < b && SPACE.test(s[a] as string)) a++;
      while (b > a && SPACE.test(s[b - 1] as string)) b--;
      // A zone's bare kind (高新区, 经开区) is a back-reference the gazetteer ties to the zone named
      // before it, not a park of its own.
      const bareZone = y === B_PARK && BARE_ZONE_WORD.test(s.slice(a, b)) && namesZoneOfKind(s.slice(a, b));
      if (ok && b - a >= 2 && !(inDomain && y === B_CLUSTER) && !bareZone)
        out.push({
          type: SPAN_TYPES[(y - 1) >> 1] as Cand["type"],
          start: a,
          end: b,
          name: orig(ctx, a, b),
          rule: "learned:span",
          confidence: 0.55,
          fromList: true,
        });
      i = j;
    }
  }
  return out;
}
