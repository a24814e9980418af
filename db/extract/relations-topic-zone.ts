// The zone a report opens with: a news item or profile whose first words name one zone
// (某经开区：…, 记者从某高新区了解到…) and that names it in at least half of its park mentions,
// more than any other, is about that zone, and the firms it names stand there even where no sentence says so
// (甲公司二期项目投产; 乙、丙等企业产销两旺; devset convention: implicit location in a passage
// about one zone). Only firms no other rule placed, and weak. Left: a firm in a bracket, a
// partner or a customer (与甲签约, 向乙供货), one in a sentence that names another park, and one
// whose sentence, or the one before it, speaks of another place or of the county as a whole (全县引进…).

import { NAMED_PART } from "./park-forms.ts";
import { placeableFirms } from "./relations-location.ts";
import {
  blankNames,
  type HitIndex,
  inEnumeration,
  namesPlace,
  type RelationAdd,
  widerSubject,
} from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";
import { sentenceIndexAt } from "./text.ts";

/** How far after the document's opening whitespace the zone's first mention may start. */
const OPENING = 12;

type Sent = { start: number; end: number; para?: number };

/**
 * The zone the document opens with (no firm before it: 甲集团投资建设某产业园 is about the firm; not one
 * item of an enumeration) and names in at least half of its park mentions, more often than any other.
 */
export function openingZone(s: string, ents: readonly Ent[], idx: HitIndex): Ent | null {
  const lead = /^\s*/u.exec(s)?.[0].length ?? 0;
  const parks = ents.filter((e) => e.type === "park");
  const total = parks.reduce((n, e) => n + e.mentions.length, 0);
  const opens = (e: Ent) =>
    e.mentions.some(
      (m) =>
        m.start - lead <= OPENING &&
        !inEnumeration(s, m.start, m.end) &&
        !idx.inSpan(lead, m.start, "enterprise").length,
    );
  const opener = parks.find(opens);
  if (!opener || NAMED_PART.has(opener.rule)) return null;
  // (strictly ahead of every other park: two zones named equally often leave the document's zone open)
  const n = opener.mentions.length;
  return n * 2 >= total && parks.every((e) => e === opener || e.mentions.length < n) ? opener : null;
}

export function topicZoneFirms(
  s: string,
  sents: readonly Sent[],
  ents: readonly Ent[],
  idx: HitIndex,
  placed: ReadonlySet<Ent>,
  inBracket: (pos: number) => boolean,
  add: RelationAdd,
): void {
  const zone = openingZone(s, ents, idx);
  if (!zone) return;
  // The firms each sentence may place in the zone (none where it names another park or another scope), by
  // sentence index: a long plan names its firms many times.
  const placeable = new Map<number, Set<Ent> | null>();
  const firmsOf = (k: number): Set<Ent> | null => {
    let firms = placeable.get(k);
    if (firms === undefined) {
      const sent = sents[k] as Sent;
      const para = s.lastIndexOf("\n", sent.start - 1) + 1;
      const open =
        !idx.inSpan(sent.start, sent.end, "park").some((h) => h.ent !== zone) && !otherScope(s, sents, idx, para, k);
      firms = open
        ? new Set(placeableFirms(s, sent.start, idx.inSpan(sent.start, sent.end, "enterprise")).map((h) => h.ent))
        : null;
      placeable.set(k, firms);
    }
    return firms;
  };
  for (const firm of ents) {
    if (firm.type !== "enterprise" || placed.has(firm)) continue;
    for (const m of firm.mentions) {
      if (inBracket(m.start)) continue;
      const k = sentenceIndexAt(sents as never, m.start);
      const sent = sents[k];
      if (!sent || !firmsOf(k)?.has(firm)) continue;
      add("park_enterprise", zone, firm, sent.start, sent.end, "topic:zone", 0.4);
      break;
    }
  }
}

/**
 * The firm's sentence, or the one before it in its paragraph (whose subject a sentence without its own
 * carries on: 全市加大招商力度。成功引进甲…), speaks of another place or of the county as a whole.
 */
function otherScope(s: string, sents: readonly Sent[], idx: HitIndex, para: number, k: number): boolean {
  for (let j = Math.max(0, k - 1); j <= k; j++) {
    const one = sents[j] as Sent;
    if (one.end <= para) continue;
    const blank = blankNames(s, idx, Math.max(one.start, para), one.end);
    if (namesPlace(blank) || widerSubject(blank)) return true;
  }
  return false;
}
