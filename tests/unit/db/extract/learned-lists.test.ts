// The learned list layer (db/extract/learned-lists.ts) over the real extractor and the
// committed weights, on invented text: it types the items of an industry list that no rule
// took, adds nothing to long plans, nothing when disabled, and nothing over a firm list.
import { describe, expect, it } from "vitest";
import { makeContext } from "../../../../db/extract/context.ts";
import { extract } from "../../../../db/extract/index.ts";
import { type ListModel, LONG_DOCUMENT, learnedListClusters, listRows } from "../../../../db/extract/learned-lists.ts";
import MODEL from "../../../../db/extract/learned-model.json" with { type: "json" };
import { findLists } from "../../../../db/extract/lists.ts";

const TEXT = "青禾市将以打造千亿级湾区产业园为目标，重点培育壮大云母新材料、海工装备制造、以潮汐能为主等三大产业集群。";
const learned = (text: string, opts = {}) =>
  extract({ text }, opts)
    .entities.filter((e) => e.mentions.some((m) => m.rule === "learned:cluster-list"))
    .map((e) => e.name)
    .sort();

describe("learned list layer", () => {
  it("is trained and enabled in the committed model", () => {
    expect((MODEL as { lists?: ListModel }).lists?.enabled).toBe(true);
  });

  it("types the items of an industry list that no rule took", () => {
    expect(learned(TEXT)).toEqual(expect.arrayContaining(["云母新材料", "海工装备制造"]));
    // Rules only (training reads the rules' candidates): nothing of the layer's.
    expect(learned(TEXT, { learned: false })).toEqual([]);
  });

  it("adds nothing in a long document (a plan's lists name sub-fields)", () => {
    const filler = "全县持续优化营商环境，推进基础设施建设。".repeat(Math.ceil(LONG_DOCUMENT / 20));
    expect(learned(`${TEXT}\n${filler}`)).toEqual([]);
  });

  it("adds nothing with a disabled model, and reads a firm list as covered", () => {
    const ctx = makeContext(TEXT, []);
    const lists = findLists(ctx);
    const m = { ...(MODEL as { lists: ListModel }).lists, enabled: false };
    expect(learnedListClusters(ctx, lists, [], m)).toEqual([]);
    const firms = "园区引进了青禾电气有限公司、云岫能源有限公司、星澜食品有限公司等企业。";
    const x = makeContext(firms, []);
    const cands = extract({ text: firms }, { learned: false }).entities.flatMap((e) =>
      e.mentions.map((mm) => ({
        type: e.type,
        start: mm.start,
        end: mm.end,
        name: e.name,
        rule: e.rule,
        confidence: 1,
      })),
    );
    const rows = listRows(x, findLists(x), cands);
    expect(rows.length).toBe(1);
    expect(rows[0]?.free).toEqual([]);
    expect(rows[0]?.features).toContain("other=3");
  });
});
