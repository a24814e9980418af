// Platform names that carry their own proper-name evidence (invented names only): an own place or owner
// before a kind word, a builder named right before a lab, and quotation marks around the name.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("a named item in a list of kinds is kept", () => {
  it("keeps the one item with a place and an owner among bare categories", () => {
    const g = run("支持企业建设国家工程研究中心、博士后科研工作站、宁夏青禾控制阀工程研究中心等创新平台。");
    expect(names(g, "platform")).toEqual(["宁夏青禾控制阀工程研究中心"]);
  });
  it("still takes no bare kind from such a list", () => {
    const g = run("建有国家工程研究中心、省级企业技术中心、博士后科研工作站等创新平台。");
    expect(names(g, "platform")).toEqual([]);
  });
});

describe("研发平台, 孵化平台, 中试平台 name a platform after an own name only", () => {
  it.each([
    ["建成青禾畜禽种业研发平台和澄宇前沿孵化平台。", "青禾畜禽种业研发平台|澄宇前沿孵化平台"],
    ["星澜药业中试平台投入使用。", "星澜药业中试平台"],
    ["积极搭建中小企业科技孵化平台。", ""],
    ["合作共建国家级富硒产品研发平台。", ""],
  ])("%s", (text, want) => {
    expect(names(run(text), "platform")).toEqual(want ? want.split("|") : []);
  });
});

describe("a lab named by its field is a platform when its builder is named right before it", () => {
  it("keeps 某研究院牵头建设的 + a field-only lab", () => {
    const g = run("由星澜研究院牵头建设的新能源船舶综合安全实验室已投入运行。");
    expect(names(g, "platform")).toContain("新能源船舶综合安全实验室");
  });
  it("still drops a facility's room named by its field", () => {
    expect(names(run("中心建有动物实验室和理化分析实验室。"), "platform")).toEqual([]);
  });
});
