// MarkedText marks every occurrence of the names in an evidence sentence, the longest name where
// two start at the same place, and leaves the rest of the text as it is.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkedText } from "../../../renderer/components/MarkedText.tsx";

const html = (text: string, terms: string[]) => renderToStaticMarkup(createElement(MarkedText, { text, terms }));

describe("MarkedText", () => {
  it("marks each occurrence, longest name first, text between kept", () => {
    expect(html("甲乙园区与甲乙合作，甲乙园区扩建", ["甲乙", "甲乙园区"])).toBe(
      "<mark>甲乙园区</mark>与<mark>甲乙</mark>合作，<mark>甲乙园区</mark>扩建",
    );
  });
  it("text without a hit, a hit at either end, and no terms", () => {
    expect(html("无关的句子", ["甲乙"])).toBe("无关的句子");
    expect(html("甲乙", ["甲乙"])).toBe("<mark>甲乙</mark>");
    expect(html("在丙丁", ["丙丁", ""])).toBe("在<mark>丙丁</mark>");
    expect(html("句子", [])).toBe("句子");
  });
});
