// A saved view keeps its time range and comparison, and the briefing pack carries the comparison.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefingHtml } from "../../db/briefing/index.ts";
import { compare } from "../../db/time/index.ts";
import { getView, saveView } from "../../db/views/index.ts";
import { type SeedKb, seedKb } from "./views-kb.ts";

let kb: SeedKb;
beforeAll(async () => {
  kb = await seedKb("kg-time-views-");
}, 120_000);
afterAll(() => {
  kb.db.close();
  kb.cleanup();
});

describe("views and the briefing pack over time", () => {
  it("a saved view keeps its time range and comparison, also when other fields are updated", () => {
    const time = { range: { from: "2021", to: "2023" }, compare: { a: "000", b: "004" } };
    const v = saveView(kb.db, { name: "2018 对 2026", filter: { types: ["cluster"] }, time });
    expect(getView(kb.db, v.id)?.state.time).toEqual(time);
    saveView(kb.db, { id: v.id, caption: { title: "集群变化" } });
    expect(getView(kb.db, v.id)?.state.time).toEqual(time);
    saveView(kb.db, { id: v.id, time: null });
    expect(getView(kb.db, v.id)?.state.time).toBeNull();
    saveView(kb.db, { id: v.id, time });
  });

  it("the briefing pack carries the view's comparison, clusters by side", () => {
    const html = briefingHtml(kb.db, { now: new Date("2026-06-01T00:00:00Z") });
    const c = compare(kb.db, "000", "004");
    expect(html).toContain('<section class="comparison">');
    expect(html).toContain("对比：A 关于培育壮大千亿级产业集群的实施意见");
    const both = c.both.entities.cluster.map((e) => e.name).join("、");
    expect(both.length).toBeGreaterThan(0);
    expect(html).toContain(`<td>${both}</td></tr>`);
  });
});
