import { describe, expect, it } from "vitest";
import { citationAt, type DocContext, sentenceAround, sentenceAroundIn } from "../../../../db/graph/citation.ts";

describe("sentenceAround", () => {
  const text = "一、总体要求\n支持威高集团发展；推动光威复材上市。争创国家级平台！";
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it("spans from the previous delimiter through the next one, punctuation kept", () => {
    const { start, end } = at("威高集团");
    expect(sentenceAround(text, start, end)).toEqual({
      sentence: "支持威高集团发展；",
      sentenceStart: text.indexOf("支持"),
    });
    const g = at("光威复材");
    expect(sentenceAround(text, g.start, g.end).sentence).toBe("推动光威复材上市。");
  });

  it("stops at a line break and at the end of the text", () => {
    const h = at("总体要求");
    expect(sentenceAround(text, h.start, h.end).sentence).toBe("一、总体要求");
    const p = at("国家级平台");
    expect(sentenceAround(text, p.start, p.end).sentence).toBe("争创国家级平台！");
  });

  it("a span that already ends with its punctuation is its own sentence", () => {
    const s = at("推动光威复材上市。");
    expect(sentenceAround(text, s.start, s.end).sentence).toBe("推动光威复材上市。");
  });
});

describe("sentenceAroundIn", () => {
  const text = "一、总体要求\n支持某甲集团发展；推动某乙材料上市。争创国家级平台！其余各项照此办理";
  it("gives what the whole text gives whenever it answers, and null when the window cannot tell", () => {
    let answered = 0;
    for (let start = 0; start < text.length - 1; start++)
      for (const len of [1, 3])
        for (let from = 0; from <= start; from++)
          for (let to = start + len; to <= text.length; to += 2) {
            const end = Math.min(start + len, text.length);
            const got = sentenceAroundIn(text.slice(from, to), from, text.length, start, end);
            if (got === null) continue;
            answered++;
            expect(got).toEqual(sentenceAround(text, start, end));
          }
    expect(answered).toBeGreaterThan(300);
    // a window without the delimiter before the span cannot tell where the sentence starts
    const s = text.indexOf("某乙");
    expect(sentenceAroundIn(text.slice(s - 2, s + 10), s - 2, text.length, s, s + 2)).toBeNull();
  });
});

describe("citationAt", () => {
  const ctx: DocContext = {
    doc: { id: 7, title: "合订本", file_name: "gazette-2026.txt", doc_number: null, text: "x".repeat(200) },
    parts: [
      {
        start: 0,
        end: 100,
        title: "威海市大力实施工业经济“头号工程”2026 年行动方案",
        doc_number: "威政办字〔2026〕10 号",
      },
      { start: 100, end: 200, title: "另一个通知", doc_number: null },
    ],
    sections: [
      { start: 10, end: 90, depth: 0, path: "二" },
      { start: 40, end: 60, depth: 1, path: "二、5" },
      { start: 120, end: 150, depth: 0, path: "第三条" },
    ],
  };

  it("uses the part holding the offset for title and 文号, and the innermost section's path", () => {
    expect(citationAt(ctx, 45).text).toBe(
      "《威海市大力实施工业经济“头号工程”2026 年行动方案》（威政办字〔2026〕10 号）二、5",
    );
    expect(citationAt(ctx, 70).section).toBe("二");
    expect(citationAt(ctx, 130)).toMatchObject({ documentId: 7, docNumber: null, text: "《另一个通知》第三条" });
  });

  it("falls back to the document title, then the file name", () => {
    expect(citationAt({ ...ctx, parts: [], sections: [] }, 5).text).toBe("《合订本》");
    expect(citationAt({ ...ctx, doc: { ...ctx.doc, title: null }, parts: [], sections: [] }, 5).text).toBe(
      "《gazette-2026》",
    );
  });
});
