// A document that joins a few pages (news items, profiles), each set off by a
// blank line (db/ingest/pages.ts), may turn to another zone on a later page: the
// rules that ask "which zone is this text about" (its title, the zone it names
// most, the one it opens with) then give the first page's zone the later page's
// firms. A page about a zone of its own has its relations found on that page
// alone; every other page continues the document (a second item on the same zone).

import { pageSpans } from "../ingest/pages.ts";
import type { Section, Span } from "../types.ts";
import { type Ctx, makeContext } from "./context.ts";
import type { EnumList } from "./lists.ts";
import { findRelations, type Rel } from "./relations.ts";
import type { Ent } from "./resolve.ts";

/**
 * A page about a zone of its own: it names one park at least twice, more than any
 * other, and no other page names that park. Pages that name no zone, or the
 * document's zone again, continue it (a second item on the same zone).
 */
function ownZone(ents: Ent[], page: Span, pages: Span[]): boolean {
  const inPage = (m: Span) => m.start >= page.start && m.end <= page.end;
  const counts = ents
    .filter((e) => e.type === "park")
    .map((e) => ({ e, n: e.mentions.filter(inPage).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const top = counts[0];
  if (!top || top.n < 2 || (counts[1] && counts[1].n === top.n)) return false;
  const elsewhere = pages.some((p) => p !== page && top.e.mentions.some((m) => m.start >= p.start && m.end <= p.end));
  return !elsewhere;
}

/** Relations over the whole text, except on pages about a zone of their own, found on those pages alone. */
export function relationsByPage(ctx: Ctx, ents: Ent[], lists: EnumList[], sections: Section[]): Rel[] {
  const pages = pageSpans(ctx.s);
  const own = pages.filter((p) => ownZone(ents, p, pages));
  const rels = findRelations(ctx, ents, lists, sections);
  if (!own.length) return rels;
  const onOwn = (pos: number) => own.some((p) => pos >= p.start && pos < p.end);
  const out = rels.filter((r) => !onOwn(r.evStart));
  for (const { start: a, end: b } of own) {
    const inPage = (x: Span) => x.start >= a && x.end <= b;
    const shift = <T extends Span>(x: T): T => ({ ...x, start: x.start - a, end: x.end - a });
    const back = new Map<Ent, Ent>();
    for (const e of ents) {
      const mentions = e.mentions.filter(inPage).map(shift);
      // (Fields in groupEntities' order: one object shape for the relation passes.)
      if (mentions.length)
        back.set(
          {
            type: e.type,
            name: e.name,
            rkey: e.rkey,
            mentions,
            level: e.level,
            status: e.status,
            rule: e.rule,
            confidence: e.confidence,
            fromList: e.fromList,
          },
          e,
        );
    }
    const pageLists = lists.filter(inPage).map((l) => ({ ...shift(l), items: l.items.map(shift) }));
    const pageSections = sections.filter(inPage).map(shift);
    // The pages are about one city: the document's city and province prefix names on every page.
    const view = makeContext(ctx.text.slice(a, b), pageSections, { city: ctx.city, province: ctx.province });
    for (const r of findRelations(view, [...back.keys()], pageLists, pageSections))
      out.push({
        ...r,
        source: back.get(r.source) ?? r.source,
        target: back.get(r.target) ?? r.target,
        evStart: r.evStart + a,
        evEnd: r.evEnd + a,
      });
  }
  return out;
}
