// Name boundaries from segmentation (db/extract/boundary.ts, rule boundary:pos):
// the tagger decides where a name may start; list items, quoted names and names
// that hold a verb inside keep their start. Invented names throughout.
import { describe, expect, it } from "vitest";
import { tagWindows } from "../../../../db/extract/boundary.ts";
import { extract } from "../../../../db/extract/index.ts";
import { names, run } from "./helpers.ts";

describe("boundary:pos cuts what opens a clause", () => {
  it.each([
    ["督促青岚经济开发区落实整改。", "park", "青岚经济开发区"],
    ["市领导督促青岚经济开发区加快项目建设。", "park", "青岚经济开发区"],
    ["二是帮助云岫智能装备有限公司解决用地难题。", "enterprise", "云岫智能装备有限公司"],
    ["对禾澜光电科技股份有限公司给予一次性奖励。", "enterprise", "禾澜光电科技股份有限公司"],
    ["同澄宇新材料有限公司签订合作协议。", "enterprise", "澄宇新材料有限公司"],
    ["园区现状：主要企业有澄宇集团、星禾新材料有限公司等。", "enterprise", "澄宇集团"],
    ["区内龙头企业有澄宇、星禾、云岫等。", "enterprise", "澄宇"],
    ["将青岚经济开发区更名为澄宇经济开发区。", "park", "青岚经济开发区"],
    ["但澄宇特种材料股份有限公司的产品供不应求。", "enterprise", "澄宇特种材料股份有限公司"],
    ["当星禾控股集团与青岚市签署协议时，园区还是一片空白。", "enterprise", "星禾控股集团"],
  ])("%s → %s %s", (text, type, name) => {
    expect(names(run(text), type)).toContain(name);
    const e = extract({ text }).entities.find((x) => x.name === name);
    // The entity keeps its finder's rule and confidence; the moved mention names the boundary rule.
    expect(e?.mentions.some((m) => m.rule === "boundary:pos")).toBe(true);
    expect(e?.rule).not.toBe("boundary:pos");
  });
});

describe("boundary:pos keeps names that only look like clauses", () => {
  it.each([
    // A list item starts at its mark, even when its first character is a preposition.
    ["推进甲地高新区、从岚经济开发区建设。", "park", "从岚经济开发区"],
    // A brand that opens with a verb, right after a list label.
    ["重点企业：拓远纤维、澄宇集团等。", "enterprise", "拓远纤维"],
    // A verb inside a platform's type word (技术转移中心) is part of the name.
    ["建设青岚大学技术转移中心。", "platform", "青岚大学技术转移中心"],
    // A verb inside a firm's name (通达) is part of the name.
    ["区内澄宇通达建设集团。", "enterprise", "澄宇通达建设集团"],
  ])("%s → %s %s", (text, type, name) => {
    expect(names(run(text), type)).toContain(name);
  });
});

describe("tagging windows", () => {
  it("tags only the windows, with offsets into the text", () => {
    const s = "会议指出，督促青岚经济开发区落实。";
    const [w] = tagWindows(s, [[5, 14]]);
    expect(w?.map((t) => s.slice(t.start, t.end)).join("")).toBe(s.slice(5, 14));
    expect(w?.[0]).toMatchObject({ word: "督促", tag: "v", start: 5, end: 7 });
  });

  it("keeps windows apart when several are tagged in one call", () => {
    const s = "对甲。由乙局负责";
    const ws = tagWindows(s, [
      [0, 2],
      [3, 8],
    ]);
    expect(ws.map((w) => w.map((t) => t.word))).toEqual([
      ["对", "甲"],
      ["由", "乙", "局", "负责"],
    ]);
  });
});
