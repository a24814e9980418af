// Forms of news and zone reports that the earlier rules misread (set Q, session 10), as general
// mechanisms: slogans of verb + object, 双 as a count, firms named by their executives or
// subsidiaries, names that cross a department or follow a place, judgements before 园区, and a park
// written in full and by its tail. Invented names only.
import { describe, expect, it } from "vitest";
import { extract } from "../../../../db/extract/index.ts";
import { names, rel, run } from "./helpers.ts";

describe("industries", () => {
  it("甲和乙双首位产业 names two industries; 育龙头、补链条… are ways of building, not industries", () => {
    const g = run(
      "十年来，青禾经开区围绕储能装备和光学镜片双首位产业，育龙头、补链条、建平台、保要素、强集群，培育龙头企业。",
    );
    expect(names(g, "cluster").sort()).toEqual(["储能装备", "光学镜片"]);
    expect(rel(g, "park_cluster").sort()).toEqual(["青禾经开区->储能装备", "青禾经开区->光学镜片"]);
  });

  it("one material's industry is named by its one character (铝产业集群), but not as a part in a bracket", () => {
    const g = run(
      "青禾经开区通过建设铝产业集群，实现全产业链消纳。岚溪铝业等龙头企业带动配套企业发展，使铝产业成为重要支柱。",
    );
    expect(names(g, "cluster")).toEqual(["铝"]);
    expect(names(run("重点发展食品和农产品加工(含竹产业及造纸)、电子信息。"), "cluster")).not.toContain("竹");
  });

  it("形成了以甲、乙、丙为支柱，丁、戊多点支撑的产业体系: both role lists name industries (现代服务业 whole)", () => {
    const g = run("形成了以光学镜片、储能装备、智能乐器为支柱，现代服务业、冷链物流、文化旅游多点支撑的现代产业体系。");
    expect(names(g, "cluster").sort()).toEqual(
      ["储能装备", "光学镜片", "冷链物流", "文化旅游", "智能乐器", "现代服务业"].sort(),
    );
  });

  it("围绕甲、乙等开展延链补链: the items are industries; the slogan itself (延链补链, 链式集群) is none", () => {
    const g = run(
      "青禾经开区以岚溪股份为龙头，围绕农牧装备、生物科技等开展延链补链，链式集群发展态势良好。主攻“延链补链、壮大集群”项目。",
    );
    expect(names(g, "cluster").sort()).toEqual(["农牧装备", "生物科技"].sort());
    // The zone the sentence is about hosts what it centres on (围绕).
    expect(rel(g, "park_cluster").sort()).toEqual(["青禾经开区->农牧装备", "青禾经开区->生物科技"].sort());
  });

  it("以甲产业为标杆 names 甲 (the frame's 以 is not part of it)", () => {
    expect(names(run("以新型显示产业为标杆，青禾发展迅速。"), "cluster")).toEqual(["新型显示"]);
  });

  it("以甲为主的先进制造业 names 甲 as an industry", () => {
    expect(names(run("青禾经开区发展以光学镜片为主的先进制造业。"), "cluster")).toEqual(["光学镜片"]);
  });
});

describe("relations", () => {
  it("a department that opens its sentence and acts on industries at once leads them; one that issues a paper does not", () => {
    const g = run(
      "为将资源优势转化为产业优势，青禾区科工局加速培育重点产业，全年围绕钛基新材料、镁基新材料、储能装备三条产业链开展招商。青禾区商务局印发《关于加快发展冷链物流产业的意见》。",
    );
    expect(rel(g, "department_cluster").sort()).toEqual(
      ["青禾区科工局->钛基新材料", "青禾区科工局->镁基新材料", "青禾区科工局->储能装备"].sort(),
    );
  });

  it("在某地的甲产业领域，乙、丙两大链主企业: the firms are the industry's", () => {
    const g = run("在青禾的新型显示产业领域，岚溪光电、东禾科技两大“链主”企业犹如强劲的双引擎。");
    expect(rel(g, "cluster_enterprise").sort()).toEqual(["新型显示->东禾科技", "新型显示->岚溪光电"]);
  });

  it("分别由 pairs departments with the industries listed before, in order, when the counts match", () => {
    const g = run(
      "光学镜片、储能电池2个产业是重点产业；冷链物流、滨海康养2个产业具有比较优势。这四个产业分别由市工信局、市科技局、市商务局和市文旅局牵头。各板块园区获取项目信息。",
    );
    expect(rel(g, "department_cluster").sort()).toEqual(
      ["市商务局->冷链物流", "市工信局->光学镜片", "市文旅局->滨海康养", "市科技局->储能电池"].sort(),
    );
    expect(names(g, "park")).toEqual([]);
    // One department fewer than the industries: no pairing is safe.
    const h = run("光学镜片、储能电池、冷链物流3个产业分别由市工信局、市科技局牵头。");
    expect(rel(h, "department_cluster")).toEqual([]);
  });

  it("a sentence whose subject is the city (，全市…培育壮大甲、乙) does not give the paragraph's zone its industries", () => {
    const g = run(
      "青禾经开区通过建设光学镜片产业集群，形成完整产业链。2023年，全市工业投资达400亿元，培育壮大储能装备、电子信息等新兴产业。",
    );
    expect(rel(g, "park_cluster")).toEqual(["青禾经开区->光学镜片"]);
  });
});

describe("enterprises", () => {
  it("a company named only by what it does (售电公司, 平台公司) is a kind; a place or a brand before it names one", () => {
    const g = run("园区售电公司和政府产业平台公司共同出资，青禾电力公司负责供电。");
    expect(names(g, "enterprise")).toEqual(["青禾电力公司"]);
  });

  it.each([
    // After a preposition, a brand and a firm word are the firm when a firm's act follows.
    ["记者在澄宇电子的生产车间看到，工人们正在忙碌。", "澄宇电子"],
    // A subject and a preposition before a firm the cue rule reads (项目由…投资建设) stay out of its name.
    ["项目由岚溪股份投资建设，总投资5亿元。", "岚溪股份"],
    // Power companies are firms by the same shape.
    ["青岚电力在当地建设了风电项目。", "青岚电力"],
  ])("%s → %s", (text, name) => {
    expect(names(run(text), "enterprise")).toEqual([name]);
  });

  it("qualities before firms or industries (规模小、产能低下的…; 科技含量高、经济效益好…的体系) are neither", () => {
    const g = run(
      "对建设标准低、规模小、产能低下的澄宇玻璃、岚汐玻璃等10余家企业实施搬迁。构建科技含量高、经济效益好、资源消耗低、环境污染少的新型产业发展体系。扶持青禾电子有限公司搬迁，使该公司新建项目一期年产值达2亿元。",
    );
    expect(names(g, "enterprise").sort()).toEqual(["澄宇玻璃", "岚汐玻璃", "青禾电子有限公司"].sort());
    expect(names(g, "cluster")).toEqual([]);
  });

  it("a dateline or a heading run into the first name is not part of it; a firm word before 电池 stays in the firm", () => {
    const g = run(
      "本网讯 澄宇经济开发区重点发展电子信息产业。\n园区概况青禾市岚溪工业集中区位于青禾县。随着青岚公司耐高温纤维制品项目、禾澜科技电池箔项目全面开工建设，产业加速升级。",
    );
    expect(names(g, "park").sort()).toEqual(["澄宇经济开发区", "青禾市岚溪工业集中区"].sort());
    expect(names(g, "enterprise")).toContain("禾澜科技");
  });

  it("a word the scan stops at inside a registered name, before its business words (甲乙合作产业投资开发有限公司)", () => {
    expect(names(run("6月17日，青禾岚汐合作产业投资开发有限公司对外发布公告。"), "enterprise")).toEqual([
      "青禾岚汐合作产业投资开发有限公司",
    ]);
  });

  it("one firm standing for a counted group (对甲乙等14家专利企业、丙丁等5家…企业进行表彰)", () => {
    const g = run("年初，该区对青禾大红米糯等14家实用型专利企业、岚溪龙王恨渔具等5家发明专利企业进行了表彰。");
    expect(names(g, "enterprise").sort()).toEqual(["青禾大红米糯", "岚溪龙王恨渔具"].sort());
  });

  it("汇聚了 brings a list of firms like 集聚了; …激光 is a firm's ending like …光电", () => {
    expect(
      names(run("经过多年发展，园区汇聚了岚盼、禾亲、澄泰、汐冠养元等著名休闲食品企业。"), "enterprise").sort(),
    ).toEqual(["岚盼", "禾亲", "澄泰", "汐冠养元"].sort());
    expect(names(run("如今，澄宇激光、岚汐激光等光谷企业都改用它生产的减速器。"), "enterprise").sort()).toEqual(
      ["澄宇激光", "岚汐激光"].sort(),
    );
  });

  it("a firm-shaped name before 董事长 or 旗下 is a firm; a generic word is not", () => {
    const g = run(
      "仪式上，岚汐锂业董事长王某表示，将加快建设。岚溪生物旗下某某制药有限公司启动研发。会上，公司董事长王某介绍情况。",
    );
    expect(names(g, "enterprise").sort()).toEqual(["岚汐锂业", "岚溪生物", "某某制药有限公司"].sort());
  });

  it("items after a label written into prose must read as names (瞄准龙头企业挂图作战、精准招商); a news outlet is no firm", () => {
    const g = run(
      "青禾市瞄准龙头企业挂图作战、精准招商。岚溪日报报业集团采访团走进青禾市。引进龙头企业岚溪锂业、东禾科技。",
    );
    expect(names(g, "enterprise").sort()).toEqual(["东禾科技", "岚溪锂业"]);
  });

  it("a firm's category in two characters (民企) is not its name; a factory kind names a firm (某县锂盐厂)", () => {
    const g = run("作为民企岚溪集团的前身，青禾县锂盐厂成立于1995年。");
    expect(names(g, "enterprise").sort()).toEqual(["岚溪集团", "青禾县锂盐厂"].sort());
  });

  it("a firm, a verb and a factory (某某集团入主锂盐厂) are two names joined, not one; 国营 is a category", () => {
    const g = run("源于1992年建设的国营青禾县锂盐厂。2004年，民企岚溪集团入主锂盐厂，随着市场兴起。");
    expect(names(g, "enterprise").sort()).toEqual(["岚溪集团", "青禾县锂盐厂"].sort());
  });

  it("industries as kinds of firms (引导锂电、高端装备等企业集聚) are no firms", () => {
    expect(names(run("青禾区加快建设，引导锂电、高端装备等企业集聚发展。"), "enterprise")).toEqual([]);
  });

  it("a label written 链主型企业 vouches for the firm after it, up to the tagger's first verb", () => {
    expect(names(run("电子元器件链主型企业岚溪高科成功导入行业标杆客户全系列车规产品。"), "enterprise")).toEqual([
      "岚溪高科",
    ]);
  });

  it("迎来甲、乙等超20个…项目 names the projects' firms; parts before 等企业 are kinds of suppliers", () => {
    const g = run(
      "近年，青禾先后迎来常州岚石新能源、东禾新能源等超20个强链补链项目。拟引进配套企业，包括车载控制器、电驱、汽车座椅、底盘等企业。",
    );
    expect(names(g, "enterprise").sort()).toEqual(["东禾新能源", "常州岚石新能源"].sort());
  });

  it("a project named by what it makes (显示器生产项目) names no firm", () => {
    const g = run("220千伏变电站项目、LED显示器生产项目、岚溪电缆项目等4个项目落户青禾产业集聚区。");
    expect(names(g, "enterprise")).not.toContain("LED显示器生产");
  });

  it("what an investment achieved (总投资380亿元的招商成绩) is no firm that came in", () => {
    expect(names(run("全年引进产业项目102个，总投资380亿元的招商成绩，集群发展态势持续巩固。"), "enterprise")).toEqual(
      [],
    );
  });

  it("a place before 同 opens the registered name; 同 after a whole other party joins two parties", () => {
    expect(names(run("走进青禾市同岚达电子科技有限公司的生产车间。"), "enterprise")).toEqual([
      "青禾市同岚达电子科技有限公司",
    ]);
    expect(names(run("青禾经开区管委会同岚达电子科技有限公司签订协议。"), "enterprise")).toEqual([
      "岚达电子科技有限公司",
    ]);
  });

  it("以上汽… in the frame 以…为龙头 is 以 + a firm starting with 上", () => {
    const g = run("青禾高新区以上岚汽车、东溪重工为龙头，带动汽车零部件产业集聚。");
    expect(names(g, "enterprise").sort()).toEqual(["上岚汽车", "东溪重工"].sort());
  });
});

describe("departments", () => {
  it("who staffs a group is no group's name (落实专人专班, “链主企业+政府专班”); a named one stays", () => {
    const g = run("构建“链主企业+政府专班”的协同机制，并落实专人专班盯办。成立青禾储能产业链工作专班。");
    expect(names(g, "department")).toEqual(["青禾储能产业链工作专班"]);
  });
});

describe("platforms", () => {
  it("an industry's service complex (某某产业创新服务综合体) is a platform, and its industry is inside its name", () => {
    const g = run("青禾木门产业创新服务综合体入选省级创建名单。");
    expect(names(g, "platform")).toEqual(["青禾木门产业创新服务综合体"]);
    expect(names(g, "cluster")).toEqual([]);
  });

  it("a shared or public platform is a platform; a unit inside a lab is no department", () => {
    const g = run("岚溪深海科技创新公共平台交付后，项目准备上马。青禾种子实验室合作交流部负责人王某告诉记者。");
    expect(names(g, "platform").sort()).toEqual(["岚溪深海科技创新公共平台", "青禾种子实验室"].sort());
    expect(names(g, "department")).toEqual([]);
  });

  it("a platform joined to a person or a unit before it by 及/和 starts at the place after the conjunction", () => {
    const g = run("市领导及青禾市星澜智能制造创新中心负责人出席。专家和湖北省云岫材料重点实验室团队参与攻关。");
    expect(names(g, "platform").sort()).toEqual(["青禾市星澜智能制造创新中心", "湖北省云岫材料重点实验室"].sort());
  });

  it("a national key lab by its current designation (某某全国重点实验室) is a platform; the bare designation is not", () => {
    const g = run("星澜材料全国重点实验室、青禾电网全国重点实验室等平台落户。新增全国重点实验室3家。");
    expect(names(g, "platform").sort()).toEqual(["星澜材料全国重点实验室", "青禾电网全国重点实验室"].sort());
  });
});

describe("categories are no names", () => {
  it("a designation and its batch (国字号企业技术中心), a bare kind (科学园区), projects joined to a park kind", () => {
    const g = run(
      "全省新增国字号企业技术中心3家，入选(第25批)国家企业技术中心。科学园区同业公会出席。集中配套项目及智慧园区将投入运营。",
    );
    expect(names(g, "platform")).toEqual([]);
    expect(names(g, "park")).toEqual([]);
  });
});

describe("parks", () => {
  it("a copula or a share is no part of a name (某开发区是市委…, 收入占某园区…, 党工委作为政府…)", () => {
    const g = run(
      "青禾高新技术产业开发区是市委、市政府确定的重点区域。主营业务收入占岚溪园区的比重达60%。东禾经济开发区党工委作为政府派出机构。",
    );
    expect(names(g, "park").sort()).toEqual(["岚溪园区", "青禾高新技术产业开发区"].sort());
    expect(names(g, "department").sort()).toEqual(["东禾经济开发区党工委", "市委", "市政府"].sort());
  });

  it("a park written after its zone (甲高新区乙工业园区) and later alone (乙工业园区) is one park by its own name, its firms included", () => {
    // (boundary:zone-prefix, session 39: the zone says where the park is; before, the full form was the name.)
    const g = run(
      "青禾高新区岚港工业园区规划面积12平方公里。目前，岚港工业园区内，东禾电气、星澜重工等6家企业已全部复工。",
    );
    expect(names(g, "park")).toContain("岚港工业园区");
    expect(names(g, "park")).not.toContain("青禾高新区岚港工业园区");
    expect(rel(g, "park_enterprise")).toContain("岚港工业园区->东禾电气");
  });

  it("a generic kind after an industry's words is no park; a county's name makes it one, though the tagger misreads it", () => {
    const g = run("建设食品医药产业园区和机械加工工业区，支持会理有色园区、萝北石墨产业园区、青松科技园区发展。");
    expect(names(g, "park").sort()).toEqual(["会理有色园区", "萝北石墨产业园区", "青松科技园区"].sort());
  });

  it("a brand joined to a park (某某品牌和某小镇) is not part of the park's name", () => {
    expect(names(run("助力岚溪高科品牌和青禾小镇建设。"), "park")).toEqual(["青禾小镇"]);
  });

  it("a kind of zone is no zone (主题产业园, 传统开发区, 大专业园区, 省际产业合作区, 唯一省级开发区)", () => {
    const g = run(
      "主题产业园模式突破传统开发区边界，岚溪人工智能产业园等7大专业园区吸引项目入驻。共建省际产业合作区。被列为全省综合改革试点唯一省级开发区。",
    );
    expect(names(g, "park")).toEqual(["岚溪人工智能产业园"]);
  });

  it("a judgement before 园区 or 科技城 is no name", () => {
    const g = run("起步区作为成熟园区运作管理。青禾经开区入选高质量发展典范园区。作为中国唯一科技城，青禾发展迅速。");
    expect(names(g, "park")).toEqual(["青禾经开区"]);
  });

  it("a department before a park's name is not part of it, and the park's tail is the same park", () => {
    const text = "青科管理局岚溪园区服务大楼落成。见证青科岚溪园区迈入新阶段。青科岚溪园区总面积达600公顷。";
    const park = extract({ text }).entities.filter((e) => e.type === "park");
    expect(park.map((e) => e.name)).toEqual(["青科岚溪园区"]);
    expect(park[0]?.mentions.map((m) => m.surface)).toEqual(["岚溪园区", "青科岚溪园区", "青科岚溪园区"]);
  });
});
