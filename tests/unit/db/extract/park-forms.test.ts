// Park and platform forms on invented prose (park-forms.ts): named bases and
// areas, zones named only by their short form, platform qualifiers and
// descriptor words. Each case is a general mechanism, not a document.
import { describe, expect, it } from "vitest";
import { names, rel, run } from "./helpers.ts";

describe("bases and functional areas are parks only when a proper name heads them", () => {
  it.each([
    ["湖北云岫米业基地年加工稻谷十万吨。", "湖北云岫米业基地"],
    ["国家火炬湖州光电特色产业基地通过复核。", "国家火炬湖州光电特色产业基地"],
    ["统筹推进好荆州漆艺产业区建设。", "荆州漆艺产业区"],
  ])("%s", (text, name) => {
    expect(names(run(text), "park")).toEqual([name]);
  });

  it.each([
    "加快建设机床加工基地。",
    "打造长三角精密仪表产业基地。",
    "发挥国家“双创”示范基地带动作用。",
    "打造商贸服务业核心区。",
    // A goal or a title the clause aims at or awards, though a place heads it.
    "该县努力打造岳溪市生物医药产业基地。",
    "积极申报青禾电商直播基地。",
    "按照打造辽川装备制造业配套产业基地的战略定位推进。",
  ])("no park in %s", (text) => {
    expect(names(run(text), "park")).toEqual([]);
  });

  it("a base never hosts the firms of the zone's document", () => {
    // The title names the base; the firms' sentence names no park ("园区引进了…").
    const g = run(
      "青禾高新区光电特色产业基地入选国家名单\n\n青禾高新区光电特色产业基地被列入其中。近年来，青禾高新区成功引育一批企业。\n\n光电产业是重点。园区引进了云岫光电有限公司、禾澜电子有限公司等企业。",
    );
    expect(names(g, "park").sort()).toEqual(["青禾高新区", "青禾高新区光电特色产业基地"].sort());
    expect(rel(g, "park_enterprise").sort()).toEqual(
      ["青禾高新区->云岫光电有限公司", "青禾高新区->禾澜电子有限公司"].sort(),
    );
  });
});

describe("a zone named only by its short form", () => {
  it("is a park when it stands as a word twice and no zone of its kind is named in full", () => {
    const g = run("一年来，高区紧紧围绕发展主线。以高区为核心，推进一区多园建设。");
    expect(names(g, "park")).toEqual(["高区"]);
  });

  it("is not read inside other words (提高区域)", () => {
    expect(names(run("提高区域协调水平，提高区域竞争力。"), "park")).toEqual([]);
  });
});

describe("platform names and descriptor words", () => {
  it("keeps a bracketed place and a place's branch in the platform's name", () => {
    const g = run("推进国家云岫仪器质量监督检验中心（湖北）建设，设立禾澜工业互联网创新服务平台湖北分平台。");
    expect(names(g, "platform").sort()).toEqual(
      ["国家云岫仪器质量监督检验中心（湖北）", "禾澜工业互联网创新服务平台湖北分平台"].sort(),
    );
  });

  it("names a place's university platform and a city's own industrial technology institute", () => {
    const g = run("引进湖北大学技术转移中心。成立荆州市产业技术研究院。");
    expect(names(g, "platform").sort()).toEqual(["湖北大学技术转移中心", "荆州市产业技术研究院"].sort());
  });

  it("takes no park from a slogan, a verb or an economy before a zone word", () => {
    const g = run("打造五有园区，成为领跑园区，编制园区发展规划，建设蓝色经济新区。");
    expect(names(g, "park")).toEqual([]);
  });
});

describe("a head after a list that counts parks", () => {
  it("names each item a park whatever its ending (甲食尚汇, 乙传输谷), and an incubator's brands", () => {
    const g = run(
      "青禾区发布澄宇新型显示产业园、岚汐食尚汇、禾澜传输谷、云岫中央厨房四大特色产业园。岚舟、汐巢等5家孵化器获认定。",
    );
    expect(names(g, "park").sort()).toEqual(
      ["澄宇新型显示产业园", "岚汐食尚汇", "禾澜传输谷", "云岫中央厨房", "岚舟", "汐巢"].sort(),
    );
  });

  it("leaves short places or industries before 两个工业园区 to the shared head", () => {
    expect(names(run("上半年岚溪、禾屿两个工业园区共开工项目182项。"), "park").sort()).toEqual(
      ["岚溪工业园区", "禾屿工业园区"].sort(),
    );
  });
});

describe("a zone written with and without its province or city, as 经开区 or 经济开发区", () => {
  it("is one zone", () => {
    const g = run("记者在辽宁朝阳澄源经济开发区了解到情况。澄源经开区引进项目20个。澄源经济开发区成立于2006年。");
    expect(names(g, "park")).toHaveLength(1);
  });
});

describe("a park written with and without its province or city", () => {
  it("is named by the form without the administrative prefix (浙江…, 某某市…)", () => {
    const g = run(
      "记者在浙江澄宇经济技术开发区了解到，澄宇经济技术开发区今年引进项目20个。株洲市禾屿工业集中区建成。禾屿工业集中区投产。",
    );
    expect(names(g, "park").sort()).toEqual(["澄宇经济技术开发区", "禾屿工业集中区"].sort());
  });
});

describe("more park kinds, and kinds that name no park", () => {
  it("产业转移园 and 产业园中园 are park words; 县域工业集中区 and 新老园区 are kinds", () => {
    const g = run(
      "统筹新老园区建设，全力推进澄宇产业园中园建设。核心区域——岚汐(青禾)产业转移园位于该镇。14个省级重点县域工业集中区为支撑点。",
    );
    expect(names(g, "park").sort()).toEqual(["澄宇产业园中园", "岚汐(青禾)产业转移园"].sort());
  });
});

describe("科创园 is a park word (session 13)", () => {
  it("reads 某地离岸科创园 and 某小镇科创园 as parks", () => {
    expect(names(run("建好用好青禾(云岫)离岸科创园，力争全年实现成果转化。"), "park")).toEqual([
      "青禾(云岫)离岸科创园",
    ]);
    expect(names(run("星澜童年小镇科创园已入驻企业12家。"), "park")).toEqual(["星澜童年小镇科创园"]);
  });
});

describe("named areas and parks of a zone (商贸园, 科学园, 化工区, 加工区)", () => {
  it("reads them when a proper name heads them, and leaves a 科学园区 to its own suffix", () => {
    const g = run(
      "开发区下辖四个园区：石油高新技术园、兴隆工业园、岚溪商贸园和文化产业园。香港科学园与新竹科学园区合作。",
    );
    expect(names(g, "park")).toEqual(expect.arrayContaining(["岚溪商贸园", "香港科学园", "新竹科学园区"]));
    expect(names(g, "park")).not.toContain("新竹科学园");
  });

  it("reads no area a common word heads (建设农产品加工区)", () => {
    expect(names(run("建设农产品加工区和物流区。"), "park")).toEqual([]);
  });
});

describe("a district whose name ends in 湾 is no bay zone; a merging verb is no part of a name", () => {
  it("reads no park from 龙湾区 or 某市海勃湾区, but keeps a bay zone with a name of its own", () => {
    const g = run("推动星澜眼谷与龙湾区协同发展。乌海市海勃湾区经济稳步增长。建设远遥浅海科技湾区。");
    expect(names(g, "park")).toEqual(["远遥浅海科技湾区"]);
  });

  it("starts the name after 并入/纳入", () => {
    expect(names(run("青禾工业园被省政府批准并入岚溪经济开发区。"), "park")).toEqual(
      expect.arrayContaining(["岚溪经济开发区"]),
    );
    expect(names(run("青禾工业园被省政府批准并入岚溪经济开发区。"), "park")).not.toContain("入岚溪经济开发区");
  });
});

describe("an investment before a park sizes a project on a named site", () => {
  it("投资12亿元的甲乙产业园 is a park; a described aim with a figure (规模近百万辆的汽车工业园) and a firm's own site are not", () => {
    expect(names(run("投资12亿元的岚汐智慧产业园开工建设。"), "park")).toEqual(["岚汐智慧产业园"]);
    expect(names(run("建设规模近百万辆的自主创新型汽车工业园。"), "park")).toEqual([]);
    expect(names(run("投资2亿元的青屿建材有限公司农产品孵化园投用。"), "park")).toEqual([]);
  });
});

describe("a designation or a kind of platform is no named platform", () => {
  it("某市工程技术研究中心, 科研实验室, 中心实验室, 综合性服务平台 name kinds; a place with its own words names one", () => {
    expect(
      names(run("获批丽水市工程技术研究中心。建设科研实验室和中心实验室，打造综合性服务平台。"), "platform"),
    ).toEqual([]);
    expect(names(run("获批丽水市海藻加工工程技术研究中心。"), "platform")).toEqual(["丽水市海藻加工工程技术研究中心"]);
  });
});

describe("a zone's named area", () => {
  it("某省自贸区某地片区 and 某经开区某地片区 are one park each; 中韩自贸区 is a trade agreement", () => {
    expect(names(run("接受湖南自贸区岚溪片区的辐射。青禾经开区龙潭片区建设加快。"), "park").sort()).toEqual(
      ["湖南自贸区岚溪片区", "青禾经开区龙潭片区"].sort(),
    );
    expect(names(run("推动中韩自贸区建设。"), "park")).toEqual([]);
  });
});

describe("a scale before a park's own name", () => {
  it("百亿级某某产业园 is 某某产业园; 百亿级产业园 alone names none", () => {
    expect(names(run("加快打造百亿级岚汐产业园。"), "park")).toEqual(["岚汐产业园"]);
    expect(names(run("打造百亿级产业园。"), "park")).toEqual([]);
  });
});

describe("a registered firm's platform", () => {
  it("某某服务有限公司技术中心 is one platform named with the whole firm", () => {
    expect(names(run("认定岚汐能源服务有限公司技术中心为省级企业技术中心。"), "platform")).toEqual([
      "岚汐能源服务有限公司技术中心",
    ]);
  });
});

describe("a lab's own activity words", () => {
  it("资源利用 and 成分研究 stay in a lab's name; a clause verb before 研究 does not", () => {
    expect(names(run("建设岚溪草果生物学与资源利用重点实验室。"), "platform")).toEqual([
      "岚溪草果生物学与资源利用重点实验室",
    ]);
    expect(names(run("认定青禾市保健食品功效成分研究重点实验室。"), "platform")).toEqual([
      "青禾市保健食品功效成分研究重点实验室",
    ]);
    expect(names(run("开展研究重点实验室建设。"), "platform")).toEqual([]);
  });
});

describe("an academician's studio", () => {
  it("某某院士工作室 is a platform like 某某院士工作站", () => {
    expect(names(run("新增岚汐院士工作室等2家。"), "platform")).toEqual(["岚汐院士工作室"]);
  });
});

describe("a city before a park named by another place", () => {
  it("位于和田市北京某某工业园区: 和 of 和田 is no conjunction, and the city is the park's address", () => {
    expect(names(run("2月6日，位于和田市北京岚汐工业园区的星澜服饰有限公司投产。"), "park")).toEqual([
      "北京岚汐工业园区",
    ]);
  });
});

describe("至 ends a park's name on the left unless it closes a place", () => {
  it("a county whose name ends in 至 keeps it (东至/ns)", () => {
    expect(names(run("传统产业焕新。东至青禾产业园内，企业通过改造提升效率。"), "park")).toEqual(["东至青禾产业园"]);
  });
  it.each([
    ["产业链延伸至青禾产业园。", ["青禾产业园"]],
    ["引导制造业向专业产业园区集聚。", []],
  ])("%s", (text, want) => {
    expect(names(run(text), "park")).toEqual(want);
  });
});

describe("verbs of winning, arriving, approving and investing end a park's name on the left (session 19)", () => {
  it.each([
    ["青禾经济开发区先后摘取国家级绿色工业园区等荣誉。", ["青禾经济开发区"]],
    ["20分钟车程即到达青禾经济开发区。", ["青禾经济开发区"]],
    ["自治区人民政府同意青禾日用陶瓷工业园区更名。", ["青禾日用陶瓷工业园区"]],
    ["24亿元重金投入园区升级。", []],
    ["规划建设交通主干道，有效串联园区各片区。", []],
    ["规模和增速排在某省县域工业园区前列。", []],
    ["作为川南惟一國家高新區，青禾高新區擁有優勢。", ["青禾高新區"]],
  ])("%s", (text, want) => {
    expect(names(run(text), "park").sort()).toEqual([...want].sort());
  });
});

describe("dates, coordinated bases and a park before its industry (session 19)", () => {
  it("a date before 的 is no size: 2003年以来规划建设的某工业园 is a park", () => {
    expect(names(run("从2003年以来规划建设的青禾陶瓷工业园发展迅速。"), "park")).toEqual(["青禾陶瓷工业园"]);
  });
  it("a base and a park joined by 及 are two parks", () => {
    expect(
      names(run("仪器仪表产业已形成以辽川(青禾)仪器仪表产业基地及澜湾工业园区等周边园区为核心区。"), "park").sort(),
    ).toEqual(["澜湾工业园区", "辽川(青禾)仪器仪表产业基地"].sort());
  });
  it("a base joined to an aimed one shares the aim (打造甲基地和乙基地): neither is a park", () => {
    expect(
      names(run("该县以青禾药业为龙头，努力打造岳川市生物医药产业基地和湖澜省医用辅料生产基地。"), "park"),
    ).toEqual([]);
  });
  it("a park right before an industry's cluster name is its own entity, not the cluster's head", () => {
    const g = run("我市的澜江青禾国际冶金工业园冶金新材料产业集群入选省级名单。");
    expect(names(g, "park")).toEqual(["澜江青禾国际冶金工业园"]);
    expect(names(g, "cluster")).toEqual(["冶金新材料"]);
  });
});

describe("a city the tagger reads as a verb, and two fields joined before a base (session 19)", () => {
  it("怀化/v before 高新区 names the zone, not a descriptor", () => {
    expect(names(run("其中，怀化高新区经济保持持续增长态势。"), "park")).toEqual(["怀化高新区"]);
  });
  it("a proper head, then two fields joined by 及/与, then 基地: one base", () => {
    expect(names(run("青禾澜江芳烃及精细化工产业化基地建设加快。"), "park")).toEqual([
      "青禾澜江芳烃及精细化工产业化基地",
    ]);
  });
  it("two places joined before one area word are not one name", () => {
    expect(names(run("全面对接宁波北仑和苏州吴江产业区，共建产业飞地。"), "park")).not.toContain(
      "宁波北仑和苏州吴江产业区",
    );
  });
});

describe("a person, a university or 透过 before 和/及 ends a platform's name (session 19)", () => {
  it.each([
    ["由王丽华和青禾科学院过程工程研究所共同研发。", "青禾科学院过程工程研究所"],
    ["依托青川大学及澜江科技研究中心开展合作。", "澜江科技研究中心"],
  ])("%s", (text, name) => {
    expect(names(run(text), "platform")).toContain(name);
  });
  it("透過研究院 is no name", () => {
    expect(names(run("透過研究院的平台，推動成果轉化。"), "platform")).toEqual([]);
  });
});

describe("time words and a bare level are no part of a park's name (session 19)", () => {
  it.each([
    ["今年柳州市园区建设采取新模式。", []],
    ["这只是青禾高新区自去年升级为国家高新区以来创新跨越的一个缩影。", ["青禾高新区"]],
  ])("%s", (text, want) => {
    expect(names(run(text), "park")).toEqual(want);
  });
});

describe("invested parks with 多, international-cooperation parks, parks as project items (session 19)", () => {
  it("总投资300多亿元的某产业园项目 is a named site", () => {
    expect(names(run("青川市先后引进开工总投资300多亿元的澜煤锦江新材料产业园项目。"), "park")).toEqual([
      "澜煤锦江新材料产业园",
    ]);
  });
  it("中德(某地)国际合作某产业园 keeps 合作", () => {
    expect(names(run("顶格调度推进中德(青川)国际合作智能制造产业园建设。"), "park")).toEqual([
      "中德(青川)国际合作智能制造产业园",
    ]);
  });
  it("a park that is one item of a run of projects hosts none of the others", () => {
    const g = run(
      "青川市引进总投资300亿元的澜煤锦江新材料产业园项目、总投资40亿元的禾丰铝业有限公司冷轧项目，拉动了铝产业发展。",
    );
    expect(rel(g, "park_enterprise")).toEqual([]);
  });
});

describe("planning, promotion, pressing on and a firm's trade end a name on the left; 该市/各县 name no park (session 20)", () => {
  it.each([
    ["积极筹划青禾经济技术开发区申报省级经济技术开发区。", "park", ["青禾经济技术开发区"]],
    ["作为申报园区之一，成功晋升国家农业科技园区。", "park", []],
    ["积极探索新模式，强抓园区基础设施配套。", "park", []],
    ["较早的锂离子电池研发生产厂商美国青禾电池公司投资建设的项目投产。", "enterprise", ["美国青禾电池公司"]],
    ["与通信运营商铁塔公司合作。", "enterprise", ["铁塔公司"]],
    // A determiner before a level names the place the text is about, not a park.
    ["目前已经在该市产业园区建立生产基地。", "park", []],
    ["各县工业园区同样多点开花。", "park", []],
  ])("%s", (text, type, want) => {
    expect(names(run(text), type as "park" | "enterprise").sort()).toEqual([...want].sort());
  });
});

describe("a government body's suffix is never a firm's in a firm list (session 20)", () => {
  it("keeps 农业部 out of the firms beside a bank", () => {
    const g = run("科技部会同农业部、水利部、国家林业局、中国青禾银行公布了名单。");
    expect(names(g, "enterprise")).not.toContain("农业部");
  });
});

describe("one character of a trade and 业 is a firm's word in a firm list (session 20)", () => {
  it("reads 某某木业, 某某门业 as firms before 等相关企业, not 农业 or 制造业", () => {
    const g = run("考察组深入青禾片区初加工车间、安澜门业、天岫木业、千禾林木业等相关企业了解生产情况。");
    expect(names(g, "enterprise").sort()).toEqual(["千禾林木业", "天岫木业", "安澜门业"].sort());
    expect(names(run("重点扶持现代农业、先进制造业等相关企业发展。"), "enterprise")).toEqual([]);
  });
});

describe("a city's name alone before 产业园 or 工业园 names one park; the city's parks in general do not", () => {
  it.each([
    ["12月1日，在岳阳产业园，随着生产线开动，投产仪式举行。", "岳阳产业园"],
    ["推动青禾科技合作建设5G通讯产业园。", "5G通讯产业园"],
    // A quoted name that an opening follows is the park being opened, not a slogan.
    ["“青禾集成电路设计产业园”郑重揭牌开园。", "青禾集成电路设计产业园"],
  ])("%s", (text, name) => {
    expect(names(run(text), "park")).toEqual([name]);
  });

  it.each([
    "推动岳阳市产业园提质增效。",
    "全市产业园实现营收增长。",
    "新建3个产业园。",
    "打造“世界一流智造产业园”的目标。",
  ])("no park in %s", (text) => {
    expect(names(run(text), "park")).toEqual([]);
  });
});

describe("a county named with a stop word's character (如东, 如皋, 从化) opens a zone's name", () => {
  it("keeps the county in the zone's name after a verb, a mark or a conjunction", () => {
    const text =
      "2014年初，青禾风电设备有限公司进驻如东经济开发区。企业集聚在洋口镇和如皋经济技术开发区，如东洋口港经济开发区重点发展石化产业。";
    expect(names(run(text), "park").sort()).toEqual(["如东洋口港经济开发区", "如东经济开发区", "如皋经济技术开发区"]);
  });
});
