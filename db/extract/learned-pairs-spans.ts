// Span helpers of the pair proposer (mention order, sentences, innermost section): plain position lookups, apart from its features and loop.
import type { ExtractedEntity, Section } from "../types.ts";

export interface M {
  e: ExtractedEntity;
  start: number;
  end: number;
}

/** First index of `ms` (ordered by start) starting at or after `at`. */
export function firstFrom(ms: M[], at: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ms[mid] as M).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentence spans: split at 。！？ and line ends. */
export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let st = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "。" || ch === "！" || ch === "？" || ch === "!" || ch === "?" || ch === "\n") {
      if (i + 1 > st) out.push({ start: st, end: i + 1 });
      st = i + 1;
    }
  }
  if (st < text.length) out.push({ start: st, end: text.length });
  return out;
}

/** The sentence holding a position (binary search over ordered spans). */
export function sentenceAt(
  sents: { start: number; end: number }[],
  at: number,
): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sents[mid] as { start: number; end: number };
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function innermost(sections: Section[], at: number): Section | null {
  let best: Section | null = null;
  for (const s of sections) if (at >= s.start && at < s.end && (!best || s.depth >= best.depth)) best = s;
  return best;
}
