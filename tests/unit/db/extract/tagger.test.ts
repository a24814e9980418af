// The remembered tagger: the same tags as jieba's own, and a caller that changes what it got
// (precision-filters pops the last token) cannot change what the next caller gets.
import { describe, expect, it } from "vitest";
import { jieba, tag } from "../../../../db/extract/tagger.ts";

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
});
