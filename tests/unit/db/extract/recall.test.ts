// Recall and boundaries on prose nobody tuned the rules for (issue 11): every
// example is invented; each case is one general mechanism.
import { describe, expect, it } from "vitest";
import { extract } from "../../../../db/extract/index.ts";
import { names, run } from "./helpers.ts";

describe("left boundaries: officials' actions and places of action are never part of a name", () => {
  it.each([
    ["市领导赴青松县经济开发区调研。", "park", "青松县经济开发区"],
    ["张书记深入明远科技股份有限公司，实地察看生产线。", "enterprise", "明远科技股份有限公司"],
    ["会议要求白鹭经济开发区加快项目建设。", "park", "白鹭经济开发区"],
    ["副市长一行来到蓝湾高新技术产业开发区考察。", "park", "蓝湾高新技术产业开发区"],
    ["督导组到青山工业园区检查安全生产。", "park", "青山工业园区"],
    ["这也是继青禾经济技术开发区之后的第二家。", "park", "青禾经济技术开发区"],
    ["区内汇聚青岚电子、白桦新材等龙头企业。", "enterprise", "青岚电子|白桦新材"],
    ["园区云集明川精工、远帆纸业等一批企业。", "enterprise", "明川精工|远帆纸业"],
    // A name may start with 上 (上汽, 上银); 上述/上级… point back and name nothing.
    ["深化与上岚通用集团合作，上述产业园加快建设。", "enterprise", "上岚通用集团"],
  ])("%s", (text, type, name) => {
    expect(names(run(text), type)).toEqual(name.split("|"));
  });

  it("takes no park from 上述/上级 before a kind (上述产业园, 上级开发区)", () => {
    expect(names(run("上述产业园加快建设，上级开发区给予支持。"), "park")).toEqual([]);
  });

  it("takes no park from a verb before 园区 (擦亮园区服务, 凝聚园区合力)", () => {
    expect(names(run("擦亮园区服务品牌，凝聚园区发展合力。"), "park")).toEqual([]);
  });

  it("reads ASCII commas and semicolons as the full-width marks they stand for", () => {
    const g = run("主导产业为光学仪器、海洋装备,现有企业94家;责任单位:市发改委、青禾区");
    expect(names(g, "cluster").sort()).toEqual(["光学仪器", "海洋装备"].sort());
    expect(names(g, "department")).toContain("青禾区");
  });
});

describe("industry enumerations without 产业 after cue words", () => {
  it("主导产业为甲、乙和丙 gives three clusters", () => {
    expect(names(run("西区主导产业为光学仪器、海洋装备和绿色建材。"), "cluster").sort()).toEqual(
      ["光学仪器", "海洋装备", "绿色建材"].sort(),
    );
  });

  it("a counted list with a scale word (4个世界级产业) names its items", () => {
    expect(names(run("提出构建能源、海洋装备、新材料、羊毛纺织4个世界级产业。"), "cluster").sort()).toEqual(
      ["能源", "海洋装备", "新材料", "羊毛纺织"].sort(),
    );
  });

  it("a counted head before the list spells out its items when the count fits (形成三大产业集群，包括…)", () => {
    const three = ["光学仪表", "精密刃具", "羊毛纺织"].sort();
    expect(names(run("形成三大特色产业集群，包括光学仪表、精密刃具、羊毛纺织。"), "cluster").sort()).toEqual(three);
    expect(names(run("全区构建两大产业集群：光学仪表、精密刃具。"), "cluster").sort()).toEqual(three.slice(0, 2));
    // A count that does not fit, or a clause that says something else of the items, names none.
    expect(names(run("形成四大产业集群，包括光学仪表、精密刃具、羊毛纺织。"), "cluster")).toEqual([]);
    expect(names(run("聚焦三大产业，涵盖总部基地、研发办公、智造生产等功能。"), "cluster")).toEqual([]);
  });

  it("a role word before 产业 is not part of the name (电子信息首位产业)", () => {
    expect(names(run("在这里，光电信息首位产业聚势而强。"), "cluster")).toEqual(["光电信息"]);
  });

  it("a park in brackets after an industry is the park, not part of the industry", () => {
    const g = run("发挥电子信息、跨境贸易(青禾综保区)等产业优势。");
    expect(names(g, "cluster")).toContain("跨境贸易");
    expect(names(g, "park")).toEqual(["青禾综保区"]);
  });

  it("an item's bracketed sub-list stays inside it; two counted lists joined by 和 both count", () => {
    const g = run(
      "聚力打造集成电路、智能终端、生物医药(含化学药、中药)3条核心产业链和软件和信息服务(含工业设计)、科技服务(含科技创新、检验检测)、金融服务3条现代服务业核心产业链。",
    );
    expect(names(g, "cluster").sort()).toEqual(
      ["集成电路", "智能终端", "生物医药", "软件和信息服务", "科技服务", "金融服务"].sort(),
    );
  });

  it("activities are not industries (度假, 外包, 科普)", () => {
    expect(names(run("重点发展度假、外包、科普等产业。"), "cluster")).toEqual([]);
  });
});

describe("park and platform suffix families", () => {
  it("a city's or zone's incubator by its official name (某市科技创业服务中心, 某高新区创新创业中心) is a platform", () => {
    const g = run("全市已建成青禾市科技创业服务中心、澄宇高新区创新创业中心等四家孵化器。");
    expect(names(g, "platform").sort()).toEqual(["青禾市科技创业服务中心", "澄宇高新区创新创业中心"].sort());
  });

  it("a named 生物谷, 智慧谷, 健康谷 or 美谷 is a park", () => {
    const g = run("以青禾国际生物谷为平台，建设双鹭湾智慧谷和澄宇东方美谷。");
    expect(names(g, "park").sort()).toEqual(["青禾国际生物谷", "双鹭湾智慧谷", "澄宇东方美谷"].sort());
  });

  it("科技城, 创新港 and an exactly quoted 药谷 are parks", () => {
    const g = run("建设双鹭湾科技城和青禾海洋创新港，打造“白鹭药谷”。");
    expect(names(g, "park").sort()).toEqual(["双鹭湾科技城", "青禾海洋创新港", "白鹭药谷"].sort());
  });

  it("产业集中区, 新片区 and 工业区 (工業區) are zone kinds", () => {
    expect(names(run("在青禾新兴产业集中区的明远科技有限公司车间内。"), "park")).toEqual(["青禾新兴产业集中区"]);
    expect(names(run("白鹭新片区聚焦集成电路产业。"), "park")).toEqual(["白鹭新片区"]);
    expect(names(run("局处长亲临青松工業區，与厂商座谈。"), "park")).toEqual(["青松工業區"]);
  });

  it("a direction names a sub-park when a level says so (自治区级北工业园)", () => {
    expect(names(run("形成国家级经济技术开发区、自治区级北工业园的格局。"), "park")).toContain("北工业园");
  });

  it("高区 refers back to the named high-tech zone", () => {
    const g = run("青禾高新技术产业开发区成立于1991年。园区西部，高区企业达到300家。");
    const zone = g.entities.find((e) => e.type === "park");
    expect(zone?.mentions).toContain("高区");
  });

  it("platforms named after a university or a person", () => {
    const g = run("引进北海理工大学技术转移中心，建成王海川院士工作站。");
    expect(names(g, "platform").sort()).toEqual(["北海理工大学技术转移中心", "王海川院士工作站"].sort());
  });

  it("a date before a level word is not part of a platform name", () => {
    const x = extract({ text: "白鹭电子股份有限公司的2023年度省级白鹭企业研发中心通过验收。" });
    const p = x.entities.find((e) => e.type === "platform");
    expect(p?.name).toBe("白鹭企业研发中心");
    expect(p?.level).toBe("provincial");
  });
});

describe("enterprises without a company suffix", () => {
  it("a firm label written straight before the names (链主企业甲、乙加快布局)", () => {
    expect(names(run("链主企业青松电子、白鹭半导体加快布局。"), "enterprise").sort()).toEqual(
      ["青松电子", "白鹭半导体"].sort(),
    );
  });

  it("a firm label before one name that is the subject of a verb (龙头企业甲带动…)", () => {
    expect(names(run("龙头企业青松装备带动全产业链发展。"), "enterprise")).toEqual(["青松装备"]);
    expect(names(run("龙头企业数量达到50家。"), "enterprise")).toEqual([]);
  });

  it("包括甲、乙等行业龙头企业 and 培育了甲、乙等专精特新企业", () => {
    expect(names(run("累计落地企业20家，包括青禾、白鹭等行业龙头企业。"), "enterprise").sort()).toEqual(
      ["青禾", "白鹭"].sort(),
    );
    expect(names(run("园区培育了青禾之宝、白鹭科技等专精特新企业。"), "enterprise").sort()).toEqual(
      ["青禾之宝", "白鹭科技"].sort(),
    );
  });

  it("investment companies keep their business word; a zone's category word is not part of the firm", () => {
    expect(names(run("重点培育浙江省文旅投资公司等龙头企业。"), "enterprise")).toEqual(["浙江省文旅投资公司"]);
    expect(names(run("宁波高新区企业宁波白鹭电气股份有限公司获批。"), "enterprise")).toEqual([
      "宁波白鹭电气股份有限公司",
    ]);
  });

  it("a list's object starts after the clause verb (在甲园、乙区形成了丙、丁等为代表的…)", () => {
    const g = run("在青禾化工园、白鹭经开区形成了乌青化、星河化工、蓝湾矿业等为代表的能源化工产业链。");
    expect(names(g, "enterprise").sort()).toEqual(["乌青化", "星河化工", "蓝湾矿业"].sort());
  });
});

describe("enterprises: what a label or a cue must not turn into a firm", () => {
  it.each([
    "聚焦龙头企业进行补链、强链、延链。",
    "加快重点企业安全监管服务平台建设。",
    "依托人物故居、遗迹遗址等打造红色旅游项目。",
    "成立全资子公司。",
  ])("%s", (text) => {
    expect(names(run(text), "enterprise")).toEqual([]);
  });

  it("a foreign firm with and without its country is one enterprise", () => {
    expect(names(run("德国蓝鲸公司在此设立研发中心，蓝鲸公司总部位于柏林。"), "enterprise")).toHaveLength(1);
  });

  it("factories and firms ending in 电子 are named firms", () => {
    expect(names(run("白鹭烟厂、青禾制药厂稳步发展，星河电子股份有限公司上市。"), "enterprise").sort()).toEqual(
      ["白鹭烟厂", "青禾制药厂", "星河电子股份有限公司"].sort(),
    );
  });
});

describe("more name families", () => {
  it("光伏全产业链 names the industry 光伏", () => {
    expect(names(run("园区形成光伏全产业链。"), "cluster")).toEqual(["光伏"]);
  });

  it("启动区 and 交易城 are parks; 研究开发中心 is a platform", () => {
    const g = run("加快大青启动区建设，建成国际药材交易城，组建星河新材料研究开发中心。");
    expect(names(g, "park").sort()).toEqual(["大青启动区", "国际药材交易城"].sort());
    expect(names(g, "platform")).toEqual(["星河新材料研究开发中心"]);
  });
});

describe("departments", () => {
  it("中共某市委员会 某市人民政府 are two bodies, the first one 市委", () => {
    const g = run("中共包头市委员会 包头市人民政府\n关于加快发展的意见");
    expect(names(g, "department").sort()).toEqual(["市委", "市人民政府"].sort());
  });

  it("a zone's own bodies and a bare 管委会 that refers back to them", () => {
    const g = run("青禾开发区党工委、管委会千方百计帮助企业。一年里，管委会向企业推荐用工1万人。");
    expect(names(g, "department").sort()).toEqual(["青禾开发区党工委", "青禾开发区管委会"].sort());
  });

  it("a province's commission written in full (省发展和改革委员会)", () => {
    expect(names(run("记者近日从云南省发展和改革委员会获悉。"), "department")).toEqual(["省发展和改革委员会"]);
  });

  it("districts listed as responsible units of a task", () => {
    const g = run("（牵头单位：市工信局；责任单位：市发改委、青禾区、白鹭县、蓝湾旗、青松高新区）");
    expect(names(g, "department")).toEqual(expect.arrayContaining(["青禾区", "白鹭县", "蓝湾旗"]));
    expect(names(g, "department")).not.toContain("青松高新区");
  });
});

describe("ranked firms (入选/入围…企业)", () => {
  it("a second verb before the ranking verb is no firm (分别揭榜入选)", () => {
    const g = run("禾丰厨卫、云岫空调2家企业分别揭榜入选国家智能制造示范工厂。");
    expect(names(g, "enterprise").sort()).toEqual(["云岫空调", "禾丰厨卫"].sort());
  });

  it("入围 ranks a firm like 入选", () => {
    expect(names(run("云岫铜业股份公司今年入围全省制造业单项冠军企业。"), "enterprise")).toContain("云岫铜业股份公司");
    expect(names(run("今年，云岫铜业入围全省制造业单项冠军企业。"), "enterprise")).toEqual(["云岫铜业"]);
  });
});
