// Resolution of place-prefixed clusters: 甲县乙产业 names the document's cluster 乙 in a place,
// so it becomes a further mention of 乙 (devset convention: the place is not part of the name).
import type { Ent } from "./resolve.ts";
import { CITIES, PROVINCES } from "./vocab.ts";

const PLACES = new Set([...CITIES, ...PROVINCES]);
/** Endings of a place or a part of one (甲县, 乙镇, 城西部, 丙家店, 丁新城). */
const PLACE_END = /(省|市|区|县|镇|乡|村|庄|店|街道|东部|西部|南部|北部|中部|城|州|旗|盟)$/u;

/** Merges every cluster named "place + another cluster of the document" into that cluster. */
export function mergePlacePrefixed(ents: Ent[]): void {
  const byName = new Map<string, Ent>();
  for (const e of ents) if (e.type === "cluster") byName.set(e.name, e);
  for (let i = ents.length - 1; i >= 0; i--) {
    const e = ents[i] as Ent;
    if (e.type !== "cluster") continue;
    for (let k = 2; k <= Math.min(6, e.name.length - 2); k++) {
      const place = e.name.slice(0, k);
      const core = byName.get(e.name.slice(k));
      if (!core || core === e || !(PLACE_END.test(place) || PLACES.has(place))) continue;
      core.mentions.push(...e.mentions.map((m) => ({ ...m, rule: "cluster:place-prefix" })));
      core.confidence = Math.max(core.confidence, e.confidence);
      ents.splice(i, 1);
      break;
    }
  }
}
