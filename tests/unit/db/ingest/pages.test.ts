import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../../db/ingest/normalize.ts";

// Two news items about one city, pasted one after the other (each a page's worth).
const item = (n: string) => `${n}消息：`.padEnd(320, "近年来，青禾县持续优化营商环境，项目建设提速增效。");

describe("joined pages", () => {
  it("keeps one blank line between pages a blank line set apart", () => {
    const out = normalizeText(`${item("第一则")}\n\n${item("第二则")}\n`);
    expect(out.split("\n\n")).toHaveLength(2);
  });

  it("joins paragraphs that a blank line separates when they are short (one page's paragraphs)", () => {
    const out = normalizeText("第一段。\n\n第二段。\n\n第三段。\n");
    expect(out).toBe("第一段。\n第二段。\n第三段。");
  });

  it("reads many blank-separated blocks as one page, not as joined items", () => {
    const text = Array.from({ length: 6 }, (_, i) => item(`第${i}则`)).join("\n\n");
    expect(normalizeText(text)).not.toContain("\n\n");
  });
});
