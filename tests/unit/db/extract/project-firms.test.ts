import { describe, expect, it } from "vitest";
import { projectFirm } from "../../../../db/extract/project-firms-brand.ts";
import { tailFirm } from "../../../../db/extract/project-tail.ts";
import { names, run } from "./helpers.ts";

// Firms inside key-project names (issue 11): 重点项目 boxes and lists headed by
// projects. Invented names only.
describe("the firm inside a project name", () => {
  it("cuts the brand before the product words and keeps one firm word", () => {
    expect(projectFirm("岚汐深海钻探装备研发生产")?.firm).toBe("岚汐");
    expect(projectFirm("朗澈科技海工配件扩产")?.firm).toBe("朗澈科技");
  });

  it("finds no firm in a project that is a place or has no brand", () => {
    expect(projectFirm("云栖海工装备产业园")).toBeNull();
    expect(projectFirm("高端装备智能制造")).toBeNull();
  });

  it("reads no firm off a project whose first word is a quality, a kind or the bare sector (工业装备轴承, 重型卡车…)", () => {
    const text =
      "青禾集团精密技术与制造工业园主要以高新技术产业和高端产品为发展方向，产品涵盖了工业装备轴承、精密磨床、精密功能组件、重型卡车功能部件等12个项目。";
    const firms = names(run(text), "enterprise");
    expect(firms).not.toContain("工业");
    expect(firms).not.toContain("重型");
  });

  const BOX =
    "## 专栏 1：重点项目\n\n**海洋装备产业：**岚汐深海钻探装备研发生产项目、朗澈科技海工配件扩产项目、云栖海工装备产业园项目、滨湖商务楼宇项目\n";

  it("types the firms of a 重点项目 line and ties them and its park to the label's industry", () => {
    const g = run(BOX);
    expect(names(g, "enterprise").sort()).toEqual(["岚汐", "朗澈科技"].sort());
    const rel = (t: string) => g.relations.filter((r) => r.type === t).map((r) => `${r.source}>${r.target}`);
    expect(rel("cluster_enterprise")).toEqual(expect.arrayContaining(["海洋装备>岚汐", "海洋装备>朗澈科技"]));
    expect(rel("park_cluster")).toContain("云栖海工装备产业园>海洋装备");
  });

  it("cuts a coined brand before a product word the tagger knows (涂料, 双氧水, 太阳能), not before an abstract one", () => {
    const g = run("目前，已引进裕澜涂料、凯岚双氧水、纳禾腈纶等12个产业链项目。加快推进黔澜太阳能光伏玻璃生产线项目。");
    expect(names(g, "enterprise").sort()).toEqual(["裕澜", "凯岚", "纳禾", "黔澜"].sort());
    expect(tailFirm("渔澜文化", "")).toBeNull();
  });

  it("types the brands of a list headed by projects, but not the items of a slogan", () => {
    const g = run("确保岚汐热电联产二期、朗澈光伏组件生产线等15个项目建成投产。坚持大抓项目、抓大项目、抓好项目。");
    expect(names(g, "enterprise").sort()).toEqual(["岚汐", "朗澈光伏"].sort());
  });
});

describe("one project in prose, framed by what is done to it", () => {
  it.each([
    // 落地了, a verb + 的, a scale before it; 项目建设 after it.
    ["开发区还推动落地了澜屿新能源汽车配件生产制造项目。", "澜屿"],
    ["今年7月试生产的禾汐食品项目,该项目总投资达5亿元。", "禾汐食品"],
    ["百亿级岚迪动力电池项目一期投产。", "岚迪"],
    // A works keeps its 厂 (not 厂房).
    ["加快推动青禾复烤厂就地技术改造项目建设。", "青禾复烤厂"],
  ])("%s → %s", (text, name) => {
    expect(names(run(text), "enterprise")).toEqual([name]);
  });
});

describe("a brand two projects of a box line share", () => {
  it("ends the longer firm where the brand another project carries alone ends", () => {
    const g = run(
      "## 专栏 2：重点项目\n\n**现代商贸：**岚汐商业综合体项目、岚汐凯澜酒店项目、朗澈商业综合体项目\n\n岚汐还将建设总部。",
    );
    expect(names(g, "enterprise")).toContain("岚汐");
    expect(names(g, "enterprise")).not.toContain("岚汐凯澜");
  });
});

describe("a project's subject that is a place's clause, a pronoun or a level names no firm (session 19)", () => {
  it.each([
    "近年来，青川区树牢项目为王理念，推进产业发展。",
    "本次签约的最大单笔项目来自青禾集团。其二期项目投资额高达86亿元。",
    "除禾丰项目外，其他签约项目同样彰显产业升级导向。",
    "盟级重点项目完成投资10亿元。",
  ])("%s", (text) => {
    expect(names(run(text), "enterprise").filter((n) => /^(青川区|其|除|盟级)/u.test(n))).toEqual([]);
  });
});

describe("a grade word opens no project's brand (session 20)", () => {
  it("reads no firm 先进 in 先进制造区某某年产…项目投产", () => {
    expect(names(run("先进制造区岚汽东方年产5万台重卡项目投产。"), "enterprise")).not.toContain("先进");
  });
});
