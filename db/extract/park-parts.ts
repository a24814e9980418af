// Parks a text states to be parts of another: "某经济开发区包括甲新区和乙工业区", "某高新区下辖
// 甲园、乙园、丙园", "开发区由甲片区、乙片区组成" (the bare zone word pointing back at the zone
// named before it). A zone profile that then describes its parts one by one is still about
// the zone: its parts' mentions count as the zone's when the document's own zone is weighed.

import { matchesAt } from "./anchored.ts";
import type { HitIndex } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

/** What makes the parks after it parts of the zone before it. */
const PARTS_CUE = /^(?:[^，。；;\n]{0,6}?)(?:包括|包含|下辖|辖有|辖|涵盖|由)/u;
/** A bare zone word (the zone named before it): 开发区, 园区, 高新区… */
const BARE_ZONE = /(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区|新区|园区|工业园区|产业园)/uy;
const BARE_ZONE_AT = triggerFamily(["经济", "高新", "开发", "经开", "新区", "园区", "工业", "产业"]);

/** child → parent for every part the text names (a part of two zones is left out). */
export function parkParts(s: string, idx: HitIndex, parks: Ent[]): Map<Ent, Ent> {
  const out = new Map<Ent, Ent>();
  if (parks.length < 2 || !/包括|包含|下辖|辖|涵盖|由/u.test(s)) return out;
  const hits = idx.hits.filter((h) => h.ent.type === "park");
  // Zone words standing for a zone: named mentions, and bare zone words after a park they end like.
  const heads: { ent: Ent; end: number }[] = hits.map((h) => ({ ent: h.ent, end: h.m.end }));
  for (const m of matchesAt(s, BARE_ZONE, triggerStarts(s, BARE_ZONE_AT))) {
    const at = m.index as number;
    // Only a zone word a parts cue follows is worth resolving (the text is full of 由 and 园区).
    if (!PARTS_CUE.test(s.slice(at + m[0].length, at + m[0].length + 12))) continue;
    if (hits.some((h) => h.m.start <= at && at < h.m.end)) continue;
    const before = hits.filter((h) => h.m.end <= at && at - h.m.end < 200);
    const ref = before[before.length - 1];
    if (ref?.ent.name.endsWith(m[0])) heads.push({ ent: ref.ent, end: at + m[0].length });
  }
  const twice = new Set<Ent>();
  for (const { ent: parent, end } of heads) {
    const cue = PARTS_CUE.exec(s.slice(end, end + 12));
    if (!cue) continue;
    let k = end + cue[0].length;
    const byParts = cue[0].endsWith("由");
    const parts: Ent[] = [];
    // The parks right after the cue, one enumeration (、和及与，), up to the clause end.
    for (const h of hits) {
      if (h.m.start < k) continue;
      const gap = s.slice(k, h.m.start);
      if (parts.length ? !/^\s*(?:[、，,和及与]|以及)\s*$/u.test(gap) : gap.trim() !== "") break;
      if (h.ent !== parent) parts.push(h.ent);
      k = h.m.end;
    }
    // 由甲、乙组成: the list is the zone's make-up only with its verb.
    if (!parts.length || (byParts && !/^[^，。；;\n]{0,8}?(?:组成|构成)/u.test(s.slice(k, k + 12)))) continue;
    for (const p of parts) {
      const had = out.get(p);
      if (had && had !== parent) twice.add(p);
      else out.set(p, parent);
    }
  }
  for (const p of twice) out.delete(p);
  // A zone is no part of its own part (甲包括乙 … 乙包括甲 names no make-up).
  for (const [c, p] of out) if (out.get(p) === c) out.delete(c);
  return out;
}

/** A development zone's own kind word (the zone a document about one place is about). */
const ZONE_KIND = /(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区|新区|工业园区|产业集聚区)$/u;

/**
 * Theme parks named only by common words (海洋仪器产业园, 精密仪器产业园: no place and no proper word) in a
 * document that names one development zone by its place (or one twice as often as any other): parts of that
 * zone, so a zone profile that lists its theme parks is still about the zone. `generic` says a park has no name
 * of its own. No zone, or no theme park: null.
 */
export function themeParts(parks: Ent[], generic: (e: Ent) => boolean): { zone: Ent; parts: Set<Ent> } | null {
  if (parks.length < 2) return null;
  // (One zone, or one named at least twice as often as any other: a former name, a neighbour in passing.)
  const zones = parks
    .filter((e) => ZONE_KIND.test(e.name) && !generic(e))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const zone = zones[0];
  if (!zone || (zones.length > 1 && zone.mentions.length < 2 * (zones[1] as Ent).mentions.length)) return null;
  const parts = new Set(parks.filter((e) => e !== zone && !ZONE_KIND.test(e.name) && generic(e)));
  return parts.size ? { zone, parts } : null;
}
