import { describe, expect, it } from "vitest";
import { withoutGlosses } from "../../../../db/extract/web-noise.ts";
import { names, run } from "./helpers.ts";

// Invented text in the shape of a web copy with a reading plug-in's pinyin glosses.
const glossed =
  "甲乙經(jīng)濟(jì)開(kāi)發(fā)區(qū)重點(diǎn)發(fā)展生物醫(yī)藥產(chǎn)業(yè)，丙丁科技股份有限公司落戶甲乙經(jīng)濟(jì)開(kāi)發(fā)區(qū)。";
const plain = glossed.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/gu, "");

describe("pinyin glosses of web copies", () => {
  it("finds the same entities as in the text without glosses", () => {
    const g = run(glossed);
    const p = run(plain);
    for (const type of ["park", "cluster", "enterprise"] as const) expect(names(g, type)).toEqual(names(p, type));
    expect(names(g, "park")).toHaveLength(1);
    expect(g.relations.map((r) => r.type).sort()).toEqual(p.relations.map((r) => r.type).sort());
  });

  it("keeps the document's own characters, glosses included, in mentions and evidence", () => {
    const g = run(glossed);
    const park = g.entities.find((e) => e.type === "park");
    expect(park?.mentions[0]).toBe("甲乙經(jīng)濟(jì)開(kāi)發(fā)區(qū)");
    for (const e of g.entities) for (const m of e.mentions) expect(glossed).toContain(m);
    for (const r of g.relations) expect(glossed).toContain(r.evidence);
  });

  it("leaves real brackets alone when a document has only one or two", () => {
    expect(withoutGlosses("甲公司(yi)与乙公司签约。")).toBeNull();
    expect(withoutGlosses(glossed)?.text).toBe(plain);
  });
});
