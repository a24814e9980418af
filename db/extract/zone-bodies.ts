// A zone's own document calls its administrative committee just 管委会 / 党工委
// (or 新区管委会 with the bare kind word). When the document names exactly one
// zone (of that kind), that body is the zone's: 某某新区 + 管委会.
import type { Cand, Ctx } from "./context.ts";
import { orig } from "./context.ts";
import { ruleConfidence } from "./registry.ts";

const ZONE_NAME = /(高新技术产业开发区|经济技术开发区|经济开发区|开发区|高新区|经开区|新区|综合保税区|综保区)$/u;
/** The body words and the kind words that may stand before them (新区管委会), in the order a regex tries them. */
const BODY_WORDS = ["管委会", "管理委员会", "党工委"];
const KIND_WORDS = ["新区", "开发区", "高新区", "经开区", "园区"];

/**
 * What s.matchAll(/(?:新区|开发区|…)?(?:管委会|管理委员会|党工委)/gu) gives: each body word
 * (found by indexOf, native) with the kind word right before it, if any. As a regex that opens
 * with an optional group, the engine tried the pattern at every character of the document. Body
 * words never overlap one another or a kind word, so each match is one body word's.
 */
function bodyMatches(s: string): { index: number; text: string }[] {
  const at: { q: number; word: string }[] = [];
  for (const word of BODY_WORDS) for (let q = s.indexOf(word); q >= 0; q = s.indexOf(word, q + 1)) at.push({ q, word });
  at.sort((a, b) => a.q - b.q);
  const out: { index: number; text: string }[] = [];
  let next = 0;
  for (const { q, word } of at) {
    if (q < next) continue;
    // The leftmost start not before the last match's end whose kind word ends right at the body.
    let p = q;
    for (let k = Math.max(next, q - 3); k < q; k++)
      if (KIND_WORDS.some((w) => k + w.length === q && s.startsWith(w, k))) {
        p = k;
        break;
      }
    out.push({ index: p, text: s.slice(p, q + word.length) });
    next = q + word.length;
  }
  return out;
}

export function zoneOwnBodies(ctx: Ctx, named: Cand[]): Cand[] {
  const { s } = ctx;
  // Tested on the simplified view (s), named in the document's own script.
  const simp = (c: Cand) => s.slice(c.start, c.end);
  const zones = new Set(named.filter((c) => c.type === "park" && ZONE_NAME.test(simp(c))).map(simp));
  if (zones.size === 0) return [];
  const out: Cand[] = [];
  // Each zone's own mentions, found once: scanning every name for every 管委会 was slow on long plans.
  const ownOf = new Map<string, { own: Cand[]; first: number }>();
  for (const m of bodyMatches(s)) {
    const a = m.index;
    const b = a + m.text.length;
    // Only after the zone is named, and only where nothing else names the body (某某区管委会 is its own).
    const kind = /^(新区|开发区|高新区|经开区|园区)/u.exec(m.text)?.[0];
    // A kind word (新区管委会) picks the one zone of that kind; a bare 管委会 needs a single zone.
    const fits = [...zones].filter(
      (z) =>
        !kind ||
        (z.endsWith(kind) && !(kind === "新区" && z.endsWith("高新区"))) ||
        (kind === "园区" && zones.size === 1),
    );
    if (fits.length !== 1) continue;
    const zone = fits[0] as string;
    let z = ownOf.get(zone);
    if (!z) {
      const own = named.filter((c) => simp(c) === zone);
      z = { own, first: Math.min(...own.map((c) => c.start)) };
      ownOf.set(zone, z);
    }
    const { own, first } = z;
    if (
      a < first ||
      (/[\p{Script=Han}]/u.test(s[a - 1] ?? "") && !/[，。、；的和与及由在向对是]/u.test(s[a - 1] as string))
    )
      continue;
    const body = kind ? m.text.slice(kind.length) : m.text;
    out.push({
      type: "department",
      start: a,
      end: b,
      name: (own[0]?.name ?? zone) + orig(ctx, b - body.length, b),
      rule: "dept:zone-own-body",
      confidence: ruleConfidence("dept:zone-own-body"),
    });
  }
  return out;
}

/**
 * 开发区管委会 is also read as a body with the place prefix 开发区 (the suffix
 * rule); where a zone's own body covers the same span, the zone's name wins.
 */
export function preferZoneBodies(cands: Cand[]): Cand[] {
  const own = new Set(cands.filter((c) => c.rule === "dept:zone-own-body").map((c) => `${c.start}:${c.end}`));
  if (own.size === 0) return cands;
  return cands.filter(
    (c) => c.type !== "department" || c.rule === "dept:zone-own-body" || !own.has(`${c.start}:${c.end}`),
  );
}
