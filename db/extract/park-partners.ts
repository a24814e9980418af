// Park names that run over a mark the left scan stops at: two partners joined by a
// dash (中国—东盟某某产业园, 甲市―乙县贸易加工园区), and an official type in brackets
// right after the name (某地保税物流中心（B型）).
import { tag } from "./tagger.ts";
import { CITIES, PROVINCES } from "./vocab.ts";

const PLACE = [...PROVINCES, ...CITIES, "中国"].sort((a, b) => b.length - a.length).join("|");
/** A partner place right before a single dash: a province, a city or 中国, a province before it allowed. */
const PARTNER = new RegExp(`(?:(?:${PROVINCES.join("|")})(?:省|自治区)?)?(?:${PLACE})[市县]?$`, "u");
const DASH = /[―—－]/u;

/** Where a park's name starts when a place and a single dash stand right before its scanned start. */
export function partnerStart(s: string, a: number): number {
  if (!DASH.test(s[a - 1] ?? "") || DASH.test(s[a - 2] ?? "")) return a;
  const m = PARTNER.exec(s.slice(Math.max(0, a - 13), a - 1));
  if (m) return a - 1 - m[0].length;
  // (…or a place the tagger knows, a county-level city: 甲乙―丙丁)
  const last = tag(s.slice(Math.max(0, a - 9), a - 1), false).pop();
  return last && last.tag === "ns" && last.word.length >= 2 ? a - 1 - last.word.length : a;
}

/** The length of an official type in brackets right after a park's name ((B型), （A型）), or 0. */
export function typeTagAfter(s: string, end: number): number {
  return /^[（(][A-Z]型[)）]/u.exec(s.slice(end, end + 4))?.[0].length ?? 0;
}
