// A zone's functional parts (typing stage): "一区多园" and "由…三部分组成" frames list
// the parks a zone is made of, and items there named only by an industry (电子工业园、
// 医药工业园) are the plan's sub-areas, not parks of their own (the devset notes read them
// so); an item with a place or a proper name (某地工业园) stays.
import type { Cand, Ctx } from "./context.ts";
import { PLACE_PREFIX_RE } from "./context.ts";
import { tag } from "./tagger.ts";

/** A sentence that states a zone's make-up: 一区多园, 五大产业聚集区, 由…三部分组成, 分为/下辖/包括…. */
const MAKE_UP =
  /一区[多两二三四五六七八九十\d]+园|[两二三四五六七八九十]大(?:产业)?(?:聚集区|集聚区|功能区|板块|组团)|(?:部分|板块|园区)组成|分为|下辖|包括/u;
/** The generic park words an industry-only part ends in. */
const PART_END = /(产业园|工业园)$/u;
/** Tags of a proper name: place, person, brand or abbreviation, an unknown word. */
const PROPER = /^(ns|nr|nrt|nrfg|nz|nt|j|x)$/u;

/** Drops industry-only parks listed (two or more) in a sentence that states a zone's make-up; returns how many. */
export function zoneParts(ctx: Ctx, cands: Cand[]): number {
  const { s } = ctx;
  const bySentence = new Map<number, Cand[]>();
  for (const c of cands) {
    if (c.type !== "park" || c.confidence <= 0 || !/^(suffix:|park:list-item)/u.test(c.rule)) continue;
    const simp = s.slice(c.start, c.end);
    const end = PART_END.exec(simp);
    if (!end) continue;
    const spec = simp.slice(0, end.index);
    if (s[c.end] === "区" || spec.length < 2 || PLACE_PREFIX_RE.test(spec)) continue;
    // A proper name, or a word the dictionary does not know (split into single characters), heads a park.
    if (tag(spec, false).some((t) => PROPER.test(t.tag) || t.word.length === 1)) continue;
    // An item of an enumeration: a list mark or conjunction next to it (a quoted name is a name the text gives).
    if (/[“"]/u.test(s[c.start - 1] ?? "")) continue;
    const listed = /[、和及与]/u.test(s[c.start - 1] ?? "") || /[、和及与]/u.test(s[c.end] ?? "");
    if (!listed) continue;
    const a = Math.max(s.lastIndexOf("。", c.start), s.lastIndexOf("\n", c.start), s.lastIndexOf("；", c.start));
    const stops = [s.indexOf("。", c.end), s.indexOf("\n", c.end), s.indexOf("；", c.end)].filter((k) => k >= 0);
    const b = stops.length ? Math.min(...stops) : s.length;
    if (!MAKE_UP.test(s.slice(a + 1, b))) continue;
    bySentence.set(a, [...(bySentence.get(a) ?? []), c]);
  }
  let n = 0;
  for (const parts of bySentence.values()) {
    if (new Set(parts.map((c) => c.start)).size < 2) continue;
    // …and any shorter reading inside a dropped item (化工产业园 inside 煤化工产业园).
    const inner = cands.filter(
      (d) => d.type === "park" && d.confidence > 0 && parts.some((c) => c.start <= d.start && d.end <= c.end),
    );
    for (const c of [...parts, ...inner]) {
      c.confidence = 0;
      c.rule = "filter:zone-part";
      n++;
    }
  }
  return n;
}
