// The learned span tagger (db/extract/learned-spans.ts) with the committed weights: it finds a
// name inside a list item, adds nothing outside list items or in long documents, decodes the
// same twice, and its loader refuses a corrupt model with the reason.
import { describe, expect, it } from "vitest";
import { makeContext } from "../../../../db/extract/context.ts";
import { extract } from "../../../../db/extract/index.ts";
import {
  learnedSpans,
  loadSpanModel,
  SPAN_MAX_CHARS,
  type SpanModelFile,
} from "../../../../db/extract/learned-spans.ts";
import FILE from "../../../../db/extract/learned-spans-model.json" with { type: "json" };
import { findLists } from "../../../../db/extract/lists.ts";

const TEXT = "青禾县主要有海洋装备、纺织鞋服、储能电池加工等。";
const model = loadSpanModel(FILE as SpanModelFile);
const spans = (text: string, opts = {}) =>
  extract({ text }, opts)
    .entities.filter((e) => e.mentions.some((m) => m.rule === "learned:span"))
    .map((e) => `${e.type}:${e.name}`);

describe("learned span tagger", () => {
  it("is enabled in the committed model and finds an industry inside a list item", () => {
    expect(model.enabled).toBe(true);
    expect(spans(TEXT)).toEqual(["cluster:纺织鞋服"]);
    expect(spans(TEXT, { spans: false })).toEqual([]);
    expect(spans(TEXT, { learned: false })).toEqual([]);
  });

  it("adds nothing outside list items: the same words outside an enumeration, and no lists at all", () => {
    const ctx = makeContext(TEXT, []);
    expect(learnedSpans(ctx, [], [], model)).toEqual([]);
    expect(spans("青禾县主要有纺织鞋服。")).toEqual([]);
    const lists = findLists(ctx);
    for (const c of learnedSpans(ctx, lists, [], model))
      expect(lists.some((l) => l.items.some((it) => c.start >= it.start && c.end <= it.end))).toBe(true);
  });

  it("adds nothing in a long document", () => {
    const filler = "全县持续优化营商环境，推进基础设施建设。".repeat(Math.ceil(SPAN_MAX_CHARS / 20));
    expect(spans(`${TEXT}\n${filler}`)).toEqual([]);
  });

  it("decodes deterministically", () => {
    const ctx = makeContext(TEXT, []);
    const lists = findLists(ctx);
    const a = learnedSpans(ctx, lists, [], model);
    expect(a.length).toBeGreaterThan(0);
    expect(learnedSpans(ctx, lists, [], loadSpanModel(FILE as SpanModelFile))).toEqual(a);
    expect(spans(TEXT)).toEqual(spans(TEXT));
  });

  it("refuses a corrupt model with the reason", () => {
    const f = FILE as SpanModelFile;
    expect(() => loadSpanModel({ ...f, bits: 18 })).toThrow(/hash bits/);
    expect(() => loadSpanModel({ ...f, val: f.val.slice(0, 8) })).toThrow(/differ in length/);
    expect(() => loadSpanModel({ ...f, scale: 0 })).toThrow(/scale/);
    expect(() => loadSpanModel({ ...f, idx: "%%%%" })).toThrow(/not base64/);
    expect(() =>
      loadSpanModel({
        ...f,
        idx: Buffer.from(new Uint32Array([5, 3]).buffer).toString("base64"),
        val: Buffer.from(new Int16Array([1, 1]).buffer).toString("base64"),
      }),
    ).toThrow(/out of order/);
    expect(() => loadSpanModel(null as unknown as SpanModelFile)).toThrow(/learned-spans-model.json/);
  });
});

describe("learned span tagger and a zone's bare kind", () => {
  it("does not make a zone's kind written alone (经开区) a park of its own when the text names that zone", () => {
    const text =
      "青禾经开区位于青禾市东部，是国家级开发区。聚力实施四大关键工程，提升经开区汽车制造、研发、展销和文化四大核心功能。";
    const parks = extract({ text })
      .entities.filter((e) => e.type === "park")
      .map((e) => e.name);
    expect(parks).toEqual(["青禾经开区"]);
  });
});
