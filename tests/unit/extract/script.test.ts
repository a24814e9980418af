import { describe, expect, it } from "vitest";
import { simplifiedView } from "../../../db/extract/script.ts";
import { names, run } from "./helpers.ts";

describe("traditional script", () => {
  it("keeps offsets: the simplified view has the same length", () => {
    const t = "興業皮革科技股份有限公司的福建省皮革綠色設計與製造重點實驗室";
    const v = simplifiedView(t);
    expect(v.length).toBe(t.length);
    expect(v).toContain("实验室");
  });

  it("matches rules on the simplified view but keeps the document's characters", () => {
    const text = "泉州上榜的單位是華光鞋業股份有限公司的福建省橡塑新材料重點實驗室。";
    const g = run(text);
    expect(names(g, "enterprise")).toEqual(["華光鞋業股份有限公司"]);
    expect(names(g, "platform")).toEqual(["福建省橡塑新材料重點實驗室"]);
    expect(g.relations.find((r) => r.type === "enterprise_platform")?.evidence).toContain("華光鞋業");
    for (const e of g.entities) for (const m of e.mentions) expect(text).toContain(m);
  });

  it("reads a zone's short and bare forms back to it as in simplified script (甲市乙丙高新區 … 乙丙高新區 … 高新區)", () => {
    const trad = "2024年，青州嵐山高新區主要經濟指標穩步增長。嵐山高新區圍繞主導產業招商，高新區入駐企業達到86家。";
    const simp = simplifiedView(trad);
    const parks = (t: string) =>
      run(t)
        .entities.filter((e) => e.type === "park")
        .map((e) => `${simplifiedView(e.name)}:${e.mentions.length}`);
    expect(parks(trad)).toEqual(parks(simp));
    expect(parks(trad)).toHaveLength(1);
  });

  it("a whole simplified document converted to traditional script gives the same entities", () => {
    const simp =
      "推动青禾经济开发区与星澜光电股份有限公司共建云岫新材料重点实验室。开发区重点发展海洋装备、储能电池等产业。";
    const trad =
      "推動青禾經濟開發區與星瀾光電股份有限公司共建雲岫新材料重點實驗室。開發區重點發展海洋裝備、儲能電池等產業。";
    const key = (t: string) =>
      run(t)
        .entities.map((e) => `${e.type}:${simplifiedView(e.name)}:${e.mentions.length}`)
        .sort();
    expect(key(trad)).toEqual(key(simp));
  });
});
