import { describe, expect, it } from "vitest";
import { extract } from "../../../../db/extract/index.ts";

const names = (text: string, type: string) =>
  extract({ text })
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe("a firm's name with words swallowed before it (mergeWrittenTails)", () => {
  it("is the firm the text writes apart", () => {
    const text = "据悉，科研新引擎澄宇科技有限公司已投产。澄宇科技有限公司是园区龙头企业，产品远销海外。";
    expect(names(text, "enterprise")).toEqual(["澄宇科技有限公司"]);
  });
  it("keeps the longer name when the tail only stands inside it", () => {
    const text = "据悉，湖北青禾雾松科技有限公司已投产，产品远销海外。";
    expect(names(text, "enterprise")).toContain("湖北青禾雾松科技有限公司");
  });
});
