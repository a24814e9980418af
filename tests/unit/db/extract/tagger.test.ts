// The remembered tagger: the same tags as jieba's own, and a caller that changes what it got
// (precision-filters pops the last token) cannot change what the next caller gets.
import { describe, expect, it } from "vitest";
import { newDocument } from "../../../../db/extract/doc-memo.ts";
import { charTag, jieba, tag } from "../../../../db/extract/tagger.ts";

describe("tag", () => {
  it("gives jieba's tags, with and without the HMM", () => {
    for (const hmm of [true, false]) {
      const text = "支持甲乙科技加快发展新能源汽车产业";
      expect(tag(text, hmm)).toEqual(jieba().tag(text, hmm));
    }
  });

  it("hands out copies: popping one result leaves the next intact", () => {
    const text = "推动青禾新材料扩大产能";
    const first = tag(text, true);
    const n = first.length;
    first.pop();
    expect(tag(text, true)).toHaveLength(n);
  });

  it("forgets its answers when a new document starts (memory stays bounded)", () => {
    const text = "推动青禾新材料扩大产能";
    const first = tag(text, true);
    newDocument();
    const again = tag(text, true);
    expect(again).toEqual(first);
    // A fresh array from the tagger, not a copy of a remembered one: the memory was emptied.
    first.length = 0;
    expect(tag(text, true)).toEqual(again);
  });
});

describe("charTag", () => {
  it("is the tag a one-character token gets inside any phrase", () => {
    for (const [phrase, ch] of [
      ["抓生物化工", "抓"],
      ["强龙头", "强"],
      ["新材料", "新"],
    ] as const) {
      const first = jieba().tag(phrase, false)[0];
      if (first?.word === ch) expect(charTag(ch)).toBe(first.tag);
    }
    expect(charTag("抓")).toBe("v");
  });
});
