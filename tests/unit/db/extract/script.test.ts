import { describe, expect, it } from "vitest";
import { simplifiedView } from "../../../../db/extract/script.ts";
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
});
