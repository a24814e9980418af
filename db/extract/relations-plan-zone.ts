// park_cluster in a zone's own plan: a long document that names one zone far more than any
// other park and speaks as that zone (全区/我区/本区 throughout) plans the zone's industries, so
// every industry it develops is the zone's (the devset's "passage about one zone" reading, for a
// whole plan). An industry in a sentence about another park, another place, a wider scope
// (全市, 全国, 世界) or inside a responsibility bracket is not taken from that sentence.
import type { HitIndex, RelationAdd } from "./relations-scope.ts";
import { blankNames, namesPlace } from "./relations-scope.ts";
import { WIDER } from "./relations-zone-list.ts";
import type { Ent } from "./resolve.ts";
import type { Sentence } from "./text.ts";

/** A plan, not a profile or a news item. */
const MIN_LENGTH = 20000;
/** How often the plan speaks as the zone, and names it. */
const MIN_SELF = 8;
const MIN_NAMED = 10;
const SELF = /全区|我区|本区/gu;
/** Beyond the wider scopes of a zone profile (relations-zone-list.ts): the world's trends. */
const GLOBAL = /(国内外|世界|全球|国际|各国)/u;
/** Verbs of developing an industry (trends and comparisons name industries too). */
const DEVELOP =
  /(发展|培育|壮大|打造|做强|做大|做优|聚焦|引进|招引|集聚|聚集|布局|建设|提升|推动|推进|加快|支持|形成|围绕|瞄准|重点|主导|优势|特色|利用外资)/u;

export function planZoneIndustries(
  s: string,
  sents: Sentence[],
  idx: HitIndex,
  zone: Ent | null,
  inBracket: (pos: number) => boolean,
  add: RelationAdd,
): void {
  if (!zone || s.length < MIN_LENGTH || zone.mentions.length < MIN_NAMED) return;
  if ((s.match(SELF)?.length ?? 0) < MIN_SELF) return;
  const parks = idx.hits.filter((h) => h.ent.type === "park" && h.ent !== zone);
  const top = Math.max(0, ...[...new Set(parks.map((h) => h.ent))].map((e) => e.mentions.length));
  if (zone.mentions.length < 3 * top) return;
  for (const sent of sents) {
    const cs = idx.inSpan(sent.start, sent.end, "cluster").filter((h) => !inBracket(h.m.start));
    if (cs.length === 0) continue;
    const txt = s.slice(sent.start, sent.end);
    if (txt.includes("\t") || WIDER.test(txt) || GLOBAL.test(txt) || !DEVELOP.test(txt)) continue;
    if (idx.inSpan(sent.start, sent.end, "park").some((h) => h.ent !== zone)) continue;
    if (namesPlace(blankNames(s, idx, sent.start, sent.end))) continue;
    for (const h of cs) add("park_cluster", zone, h.ent, sent.start, sent.end, "plan:zone-industries", 0.45);
  }
}
