// An entity's history at scale costs what it returns: the first points with totals, every
// year's counts, and the same steps, first and last dates as the whole list (over the real seeds).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setReview } from "../../db/curate/index.ts";
import { entityHistory } from "../../db/time/index.ts";
import { type SeedKb, seedKb } from "./views-kb.ts";

let kb: SeedKb;
beforeAll(async () => {
  kb = await seedKb("kg-time-history-");
}, 120_000);
afterAll(() => {
  kb.db.close();
  kb.cleanup();
});

/** The entity of a type named in the most documents, counted independently of db/time. */
const busiest = (types: string[]) =>
  kb.db
    .prepare<[], { id: number; docs: number; mentions: number }>(
      `SELECT m.entity_id AS id, count(DISTINCT m.document_id) AS docs, count(*) AS mentions
       FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE e.review <> 'rejected' AND e.type IN (${types.map((t) => `'${t}'`).join(",")})
       GROUP BY m.entity_id ORDER BY docs DESC, m.entity_id LIMIT 1`,
    )
    .get() as { id: number; docs: number; mentions: number };

describe("entity history of a much-named entity", () => {
  for (const types of [
    ["department", "enterprise"],
    ["park", "platform", "cluster"],
  ]) {
    it(`returns the first points with totals and per-year counts (${types.join("/")})`, () => {
      const top = busiest(types);
      expect(top.docs).toBeGreaterThan(2);
      const all = entityHistory(kb.db, top.id, { limit: 10_000 });
      const few = entityHistory(kb.db, top.id, { limit: 2 });
      if (!all || !few) throw new Error("no history");
      expect(all.pointTotal).toBe(all.points.length);
      expect(all.pointTotal).toBeGreaterThanOrEqual(top.docs);
      expect(all.mentionTotal).toBe(top.mentions);
      expect(all.points.reduce((n, p) => n + p.mentions, 0)).toBe(top.mentions);
      // The short answer is the head of the long one, with the same totals, years, steps and span.
      expect(few.points).toEqual(all.points.slice(0, 2));
      expect({ ...few, points: [] }).toEqual({ ...all, points: [] });
      const dated = all.points.filter((p) => p.date);
      expect(all.years.reduce((n, y) => n + y.units, 0)).toBe(dated.length);
      for (const y of all.years) {
        const inYear = dated.filter((p) => p.date?.startsWith(y.year));
        expect(y.units).toBe(inYear.length);
        expect(y.mentions).toBe(inYear.reduce((n, p) => n + p.mentions, 0));
      }
      expect(all.years.map((y) => y.year)).toEqual([...new Set(dated.map((p) => p.date?.slice(0, 4)))]);
      expect(all.first).toBe(dated[0]?.date);
      expect(all.last).toBe(dated[dated.length - 1]?.date);
    });
  }

  it("a rejected entity has no history points", () => {
    const top = busiest(["enterprise"]);
    setReview(kb.db, { kind: "entity", id: top.id, state: "rejected" }, "tester");
    const h = entityHistory(kb.db, top.id);
    expect(h?.points).toEqual([]);
    expect(h?.pointTotal).toBe(0);
  });
});
