// A zone and a park inside it written as one name (某县产业集聚区某某创业园): the suffix scan of the inner park
// stops at the zone's word (集聚, 开发) and leaves a name that opens with the zone's last character (区某某创业园).
// By the guide's flat rule the whole span is one park; the inner fragment is none.
import { type Cand, type Ctx, orig } from "./context.ts";

/** Joins a park candidate that opens on the closing 区 of the zone candidate just before it; returns how many. */
export function joinSubParks(ctx: Ctx, cands: Cand[]): number {
  const { s } = ctx;
  const zoneEndingAt = new Map<number, Cand>();
  for (const c of cands)
    if (c.type === "park" && c.confidence > 0 && s[c.end - 1] === "区" && c.rule.startsWith("suffix:"))
      zoneEndingAt.set(c.end - 1, c);
  if (zoneEndingAt.size === 0) return 0;
  let n = 0;
  for (const c of cands) {
    if (c.type !== "park" || c.confidence <= 0 || !c.rule.startsWith("suffix:") || s[c.start] !== "区") continue;
    const zone = zoneEndingAt.get(c.start);
    // The inner name must be a name of its own (two characters or more before its suffix word).
    if (!zone || zone === c || c.end - c.start < 5 || !/园区?$/u.test(s.slice(c.start, c.end))) continue;
    zone.end = c.end;
    zone.name = orig(ctx, zone.start, zone.end);
    zone.rule = "park:sub-park";
    if (zone.occEnd !== undefined) zone.occEnd = c.end;
    c.confidence = 0;
    c.rule = "filter:sub-park-fragment";
    n++;
  }
  return n;
}
