// Features of the learned span tagger (learned-spans.ts), shared with its training
// (scripts/train-spans.ts): hashed from character codes with integer arithmetic, no
// string per feature. Per position: the characters at -3..+3, bigrams at -2..+1,
// trigrams at -2..0, the character classes of -1/0/+1, and the position inside a list
// item (start, inside, end) alone, after the previous position's, and with the
// character; per decoding step: the previous tag, alone and with the character.

export const BITS = 20;
export const MASK = (1 << BITS) - 1;
/** Labels: O, then B-t and I-t for each type. */
export const SPAN_TYPES = ["cluster", "park", "platform", "enterprise", "department"] as const;
export const NL = 1 + 2 * SPAN_TYPES.length;
/** Static features per position (the two tag features are added while decoding). */
export const NF = 19;
/** Outside the text. */
const EDGE = 0x110000;

const mix = (h: number, x: number) => {
  const k = Math.imul(h ^ x, 0x9e3779b1);
  return k ^ (k >>> 15);
};
const fin = (h: number) => {
  let k = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  k = Math.imul(k ^ (k >>> 13), 0xc2b2ae35);
  return (k ^ (k >>> 16)) & MASK;
};
const h1 = (kind: number, a: number) => fin(mix(kind * 0x01000193, a));
const h2 = (kind: number, a: number, b: number) => fin(mix(mix(kind * 0x01000193, a), b));
const h3 = (kind: number, a: number, b: number, c: number) => fin(mix(mix(mix(kind * 0x01000193, a), b), c));

const code = (s: string, i: number) => (i < 0 || i >= s.length ? EDGE : s.charCodeAt(i));

/** 0 outside the text, 1 Han, 2 digit, 3 Latin letter, 4 space, 5 anything else. */
function cls(k: number): number {
  if (k === EDGE) return 0;
  if (k >= 0x4e00 && k <= 0x9fff) return 1;
  if ((k >= 48 && k <= 57) || (k >= 0xff10 && k <= 0xff19)) return 2;
  if ((k >= 65 && k <= 90) || (k >= 97 && k <= 122) || (k >= 0xff21 && k <= 0xff5a)) return 3;
  if (k === 32 || k === 10 || k === 13 || k === 9 || k === 0x3000) return 4;
  return 5;
}

/** Class of the character at i (0 outside the text). */
export const classAt = (s: string, i: number) => cls(code(s, i));
/** The features that take few values (precomputed at run time): bias, class triple, list place. */
export const biasFeature = () => h1(1, 0);
export const classFeature = (a: number, b: number, c: number) => h3(16, a, b, c);
export const listFeature = (l: number) => h1(17, l);
export const listPrevFeature = (prevL: number, l: number) => h2(18, prevL, l);

/**
 * Writes the 15 character features of position i (characters, bigrams, trigrams, list place with
 * the character) into out at off, in staticFeatures' order.
 */
export function charFeatures(s: string, l: number, i: number, out: Int32Array, off: number): void {
  const m3 = code(s, i - 3);
  const m2 = code(s, i - 2);
  const m1 = code(s, i - 1);
  const c0 = code(s, i);
  const p1 = code(s, i + 1);
  const p2 = code(s, i + 2);
  const p3 = code(s, i + 3);
  out[off] = h1(2, m3);
  out[off + 1] = h1(3, m2);
  out[off + 2] = h1(4, m1);
  out[off + 3] = h1(5, c0);
  out[off + 4] = h1(6, p1);
  out[off + 5] = h1(7, p2);
  out[off + 6] = h1(8, p3);
  out[off + 7] = h2(9, m2, m1);
  out[off + 8] = h2(10, m1, c0);
  out[off + 9] = h2(11, c0, p1);
  out[off + 10] = h2(12, p1, p2);
  out[off + 11] = h3(13, m2, m1, c0);
  out[off + 12] = h3(14, m1, c0, p1);
  out[off + 13] = h3(15, c0, p1, p2);
  out[off + 14] = h2(19, l, c0);
}

/**
 * Writes the NF static feature hashes of position i of s into out at off.
 * `list` holds each position's place in a list item: 0 none, 1 start, 2 inside, 3 end.
 */
export function staticFeatures(s: string, list: Uint8Array, i: number, out: Int32Array, off: number): void {
  const l = list[i] as number;
  out[off] = biasFeature();
  charFeatures(s, l, i, out, off + 1);
  out[off + 16] = classFeature(classAt(s, i - 1), classAt(s, i), classAt(s, i + 1));
  out[off + 17] = listFeature(l);
  out[off + 18] = listPrevFeature(i > 0 ? (list[i - 1] as number) : 9, l);
}

/** The previous tag's feature. */
export const prevFeature = (prev: number) => h1(20, prev);
/** The previous tag with the current character. */
export const prevCharFeature = (prev: number, s: string, i: number) => h2(21, prev, code(s, i));

/** I-t only after B-t or I-t. */
export const validAfter = (prev: number, y: number) => y === 0 || (y - 1) % 2 === 0 || prev === y || prev === y - 1;

/** Each position's place in a list item (0 none, 1 start, 2 inside, 3 end), later lists over earlier. */
export function listPositions(n: number, lists: { items: { start: number; end: number }[] }[]): Uint8Array {
  const out = new Uint8Array(n);
  for (const l of lists)
    for (const it of l.items) {
      const e = Math.min(it.end, n);
      for (let k = it.start; k < e; k++) out[k] = k === it.start ? 1 : k === e - 1 ? 3 : 2;
    }
  return out;
}
