import { describe, expect, it } from "vitest";
import { firmShape } from "../../../../db/extract/firm-lists.ts";
import { names, rel, run } from "./helpers.ts";

// Recall on unseen genres (issue 11): lists typed by their shape, joined names,
// zone bureaus. Invented names only.
describe("firms typed by list shape and siblings", () => {
  it("reads a registered firm whose name ends in a kind word (某某服装研发有限公司), which a park's or platform's may not", () => {
    const text = "王某 青禾服装技术研发有限公司制版师\n李某 澄宇汽车配套有限公司技师\n建设星澜研发产业园。";
    expect(names(run(text), "enterprise").sort()).toEqual(["澄宇汽车配套有限公司", "青禾服装技术研发有限公司"]);
    expect(names(run(text), "park")).toEqual([]);
  });

  it("starts a registered name at its own place after a parent group, a zone's area or a former site, and reads past its bracketed place", () => {
    const firms = (t: string) => names(run(t), "enterprise");
    expect(firms("项目来自青禾集团旗下新疆澄宇化工新材料有限公司。")).toContain("新疆澄宇化工新材料有限公司");
    expect(firms("这里是星澜经开区雾松片区云南禾丰新能源材料有限公司的厂区。")).toEqual(["云南禾丰新能源材料有限公司"]);
    expect(firms("在星澜航空产业园原江苏澄宇新材料有限公司厂区内施工。")).toEqual(["江苏澄宇新材料有限公司"]);
    expect(firms("与青禾新能源科技发展(山西)有限公司签约。")).toEqual(["青禾新能源科技发展(山西)有限公司"]);
  });

  it("reads a 工业园区 before a registered name that opens with its province as the park, not as 工业园 and a stray 区", () => {
    const g = run("车间里，设备高速运转。青禾自治县星澜工业园区贵州澄宇食品有限公司，机器飞转，机声轰隆。");
    expect(rel(g, "park_enterprise")).toEqual(["青禾自治县星澜工业园区->贵州澄宇食品有限公司"]);
  });

  it("starts a registered name after the 与 that joins it to a body or a representative signing with it", () => {
    expect(names(run("理事单位代表与澄宇科技股份有限公司签订共建协议。"), "enterprise")).toEqual([
      "澄宇科技股份有限公司",
    ]);
  });

  it("reads a firm named after its category behind a superlative (最大的某某生产企业甲集团), and a park's firms labelled 园区企业", () => {
    expect(names(run("引进河南最大的阳极碳素生产企业青禾集团入驻园区。"), "enterprise")).toEqual(["青禾集团"]);
    expect(names(run("园区企业澄宇威特、星澜医药的疫苗占国内60%的市场。"), "enterprise")).toContain("澄宇威特");
  });

  it("reads the items of 以甲、乙等为骨干的某产业 as that industry's firms, as 为龙头 does", () => {
    const g = run("以青禾制罐、澄宇食品、星澜食品等为骨干的食品产业，发展迅速。");
    expect(names(g, "enterprise").sort()).toEqual(["星澜食品", "澄宇食品", "青禾制罐"]);
    expect(names(g, "cluster")).toEqual(["食品"]);
  });

  it("reads a clause's subject named by its seat, a coined brand and a firm word (某市甲乙钢铁投资…), not a zone's short form", () => {
    expect(names(run("春节期间，赤峰青禾钢铁投资12亿元建设年产百万吨项目。"), "enterprise")).toEqual(["赤峰青禾钢铁"]);
    expect(names(run("目前，大连经开区装备制造业发展迅速。"), "enterprise")).toEqual([]);
  });

  it("types firm-shaped items after a verb that brings firms in, and before 相继落户", () => {
    const g = run("今年新区成功引进了云杉科技、蓝泓数据、赤岭重工，总投资80亿元。星渚电子、朗峰光电相继落户新区。");
    expect(names(g, "enterprise").sort()).toEqual(["云杉科技", "蓝泓数据", "赤岭重工", "星渚电子", "朗峰光电"].sort());
  });

  it("keeps a brand ending in 和 before a company suffix (青禾众和股份有限公司), not an ownership pair (全资和控股)", () => {
    expect(names(run("青禾众和股份有限公司成立于1958年。"), "enterprise")).toEqual(["青禾众和股份有限公司"]);
    expect(names(run("长春汽车公司全资和控股子公司共12家。"), "enterprise")).not.toContain("全资和控股");
  });

  it("starts the first firm after 如 that opens the examples of a firm word (一些龙头企业，如甲、乙)", () => {
    const g = run("园区内有一些航母级企业，如金穗奥特集团、鹭洲药业、岚山实业等。");
    expect(names(g, "enterprise")).toContain("金穗奥特集团");
    expect(names(g, "enterprise")).not.toContain("如金穗奥特集团");
  });

  it("does not type industries as firms, whatever their last word", () => {
    const g = run("重点发展新能源汽车、智能装备、生物医药等产业。推进新材料、电子信息发展。");
    expect(names(g, "enterprise")).toEqual([]);
  });

  it("types an item beside a suffixed firm, but not a zone or an item that runs into its clause", () => {
    const g = run("金穗集团、岚山实业、鹭洲制药入驻园区。华峦集团、天屿股份营收突破百亿元。");
    expect(names(g, "enterprise")).toContain("鹭洲制药");
    expect(names(g, "enterprise")).not.toContain("天屿股份营收");
  });

  it("treats an item the document names elsewhere with a company suffix as a sibling firm", () => {
    const g = run("江苏远汀科技有限公司投资30亿元。远汀科技、华峦精工、明川参加了本次展会。");
    expect(names(g, "enterprise")).toContain("华峦精工");
    expect(names(g, "enterprise")).not.toContain("明川");
  });

  it("types a brand before a kind word (某某新材料) where another item of the firm list is a firm by itself", () => {
    const g = run("目前已签约云杉锂安、蓝泓安德福、赤岭新材料等企业落户园区。");
    expect(names(g, "enterprise")).toContain("赤岭新材料");
    // (alone, or among kinds, the same item is a kind of firm)
    expect(names(run("目前已签约赤岭新材料等企业落户园区。"), "enterprise")).toEqual([]);
    expect(names(run("园区聚集了电子信息、新材料等企业。"), "enterprise")).toEqual([]);
  });

  it("types the items of a list closed by a firm role alone (等骨干, 等头部) as firms, not of a role of an industry", () => {
    const g = run("全力培育云杉食品、蓝泓电子、赤岭化工等骨干做大做强。");
    expect(names(g, "enterprise").sort()).toEqual(["云杉食品", "蓝泓电子", "赤岭化工"].sort());
    expect(names(run("培育食品、电子、化工等骨干产业。"), "enterprise")).toEqual([]);
  });

  it("types the items of a list closed by a supplier or maker head (等一批零部件供应商) as firms", () => {
    const g = run("青岚汽车作为链长企业，带动了云杉万都、蓝泓博雅等一批零部件供应商协同发展。");
    expect(names(g, "enterprise")).toEqual(expect.arrayContaining(["云杉万都", "蓝泓博雅"]));
  });

  it("keeps insurance products and securitisation out (保险, 资产证券化)", () => {
    const g = run("推广新型农村社会养老保险、新材料首批次保险等产品。推进国有企业资产证券化。");
    expect(names(g, "enterprise")).toEqual([]);
  });
});

describe("joined names, roles and zone bodies", () => {
  it("splits two typed names joined by 和", () => {
    const g = run("园区建有青杉创新孵化器和青杉众创空间。");
    expect(names(g, "park").sort()).toEqual(["青杉众创空间", "青杉创新孵化器"].sort());
  });

  it("gives two industries when 乙和丙 share a role, and none from activities", () => {
    const g = run(
      "形成以装备制造为主导、电子信息和生物医药为支撑的产业体系。大力发展旅游度假、服务外包、科普教育等产业。",
    );
    expect(names(g, "cluster").sort()).toEqual(["装备制造", "电子信息", "生物医药"].sort());
  });

  it("names a zone's bureaus bare and its 管委会 after the zone", () => {
    const g = run("青杉经济开发区位于城东。开发区管委会内设党政办公室、经济发展局、招商局等部门。");
    expect(names(g, "department").sort()).toEqual(
      ["青杉经济开发区管委会", "党政办公室", "经济发展局", "招商局"].sort(),
    );
  });

  it("keeps a firm whose name starts with 上海", () => {
    const g = run("此次签约中，上海明溪生物医药股份有限公司投资12亿元。");
    expect(names(g, "enterprise")).toEqual(["上海明溪生物医药股份有限公司"]);
  });
});

describe("a counted head of firms with 行业 before the rank (session 13)", () => {
  it("reads 等8家行业领军企业 as firms, and 等行业龙头企业 after industries as none", () => {
    expect(names(run("星澜电子、云岫科技、鹭汀光学等8家行业领军企业共同出资建设。"), "enterprise").sort()).toEqual(
      ["云岫科技", "星澜电子", "鹭汀光学"].sort(),
    );
    expect(names(run("落地一批铝精深加工、绿色家具、精细化工等行业龙头企业。"), "enterprise")).toEqual([]);
  });
});

describe("a second enumeration joined on after the first's head", () => {
  it("reads both runs of firms (甲、乙等龙头企业和丙、丁等配套企业)", () => {
    const g = run("青禾经开区已引入禾丰股份、云岫科技等龙头企业和白石坩埚、青川包材等配套企业，初步形成全产业链。");
    expect(names(g, "enterprise").sort()).toEqual(["云岫科技", "白石坩埚", "禾丰股份", "青川包材"].sort());
  });
});

describe("an adverb after a list's last item", () => {
  it("甲、乙同时落户: the last firm ends before 同时", () => {
    expect(names(run("当天，禾丰重工、云岫智能同时落户青禾。"), "enterprise").sort()).toEqual(
      ["云岫智能", "禾丰重工"].sort(),
    );
  });
});

describe("a head naming firms with no cue: brands are firms, kinds and places are not", () => {
  it("reads items that all read as brands before 等某某公司 as firms", () => {
    expect(names(run("该公司分别向星澜、岚汐等通信公司供货。"), "enterprise").sort()).toEqual(["岚汐", "星澜"].sort());
  });

  it("reads no firm from kinds of firms or from the places firms come from", () => {
    expect(names(run("吸引了汽车、电子等行业公司。"), "enterprise")).toEqual([]);
    expect(names(run("园区包括北京、上海等地企业。"), "enterprise")).toEqual([]);
  });
});

describe("partners of the sentence's subject (甲与乙、丙等达成合作)", () => {
  it("reads the partners after 与 as firms, without the subject, with or without a head noun", () => {
    expect(names(run("目前，青禾汽车已陆续与星澜、岚汐、禾丰等达成合作。"), "enterprise").sort()).toEqual(
      ["青禾汽车", "星澜", "岚汐", "禾丰"].sort(),
    );
    expect(names(run("云谷科创园与星澜、岚汐等56家头部企业建立合作。"), "enterprise").sort()).toEqual(
      ["星澜", "岚汐"].sort(),
    );
  });

  it("reads no partner that is a place", () => {
    expect(names(run("我市与北京、上海等达成合作。"), "enterprise")).toEqual([]);
  });
});

describe("a quoted label in a list's head", () => {
  it("等“链主”企业 names firms as 等链主企业 does", () => {
    const g = run("青禾经开区加快培育星澜锂电、甘肃禾丰佰利、云岫数字等“链主”企业，预计全年产值增长。");
    expect(names(g, "enterprise").sort()).toEqual(["云岫数字", "星澜锂电", "甘肃禾丰佰利"].sort());
  });
});

describe("registered names with a bracket, a 均 or a branch", () => {
  it("上海岚汐(集团)有限公司 and 某某股份有限公司某省销售分公司 are one firm each", () => {
    const g = run("市政府联合上海均汐(集团)有限公司设立研究院。青禾能源股份有限公司黑龙江销售分公司积极参与。");
    expect(names(g, "enterprise").sort()).toEqual(
      ["上海均汐(集团)有限公司", "青禾能源股份有限公司黑龙江销售分公司"].sort(),
    );
  });
});

describe("a demonstrative is no firm (session 19)", () => {
  it("此次入选…企业: no firm named 此次", () => {
    expect(names(run("此次入选国家级中小企业特色产业集群名单的有3个。"), "enterprise")).toEqual([]);
  });
});

describe("firmShape reads endings as the regexes did (session 20: set lookups)", () => {
  it.each([
    ["甲乙微电子", "weak"],
    ["甲乙电子", "weak"],
    ["甲乙集团", "strong"],
    ["甲乙铝业", "strong"],
    ["甲乙木业", "weak"],
    ["现代农业", null],
    ["新能源汽车", null],
    ["甲", null],
  ])("%s → %s", (name, want) => {
    expect(firmShape(name)).toBe(want);
  });
});
