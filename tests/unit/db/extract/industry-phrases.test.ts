// Industries written as plain sector phrases (session 11): a list head with a long 的-modifier,
// a counted head that names a firm list's industry by a short form, sector phrases that are never
// firms, and a firm's short form that some rule took as a name of its own. Invented names only.
import { describe, expect, it } from "vitest";
import { names, rel, run } from "./helpers.ts";

describe("industry lists and heads", () => {
  it("等具有一定基础且规模巨大的万亿级产业: a long 的-modifier before the head still names the items", () => {
    const g = run("要聚焦光学镜片、储能装备及零部件、智能乐器等具有一定产业基础且行业规模巨大的万亿级产业，延链补链。");
    expect(names(g, "cluster").sort()).toEqual(["储能装备及零部件", "光学镜片", "智能乐器"].sort());
    // …but not when the head is a firm's or a project's (等具有一定规模的企业).
    expect(names(run("要聚焦光学镜片、储能装备等具有一定规模的企业项目。"), "cluster")).toEqual([]);
  });

  it("…等一批锂电企业: a counted head names the firms' industry, by the short form of the text's cluster", () => {
    const g = run("储能新材料产业是青禾区的首位产业。该区先后培育了岚溪股份、禾丰科技、溪得等一批储能企业，补齐链条。");
    expect(rel(g, "cluster_enterprise").sort()).toEqual(
      ["储能新材料->岚溪股份", "储能新材料->禾丰科技", "储能新材料->溪得"].sort(),
    );
    // Without a count the head may name a kind of firm, not the text's industry.
    const h = run("储能新材料产业是青禾区的首位产业。该区扶持岚溪股份、禾丰科技等储能企业。");
    expect(rel(h, "cluster_enterprise")).toEqual([]);
  });
});

describe("sector phrases are not firms", () => {
  it("主要有生物医药、电子信息、装备制造等企业: each item is a sector of firms, not a firm", () => {
    const g = run("园区主要有生物医药、电子信息、装备制造等企业80余家。");
    expect(names(g, "enterprise")).toEqual([]);
    // A brand that ends in a sector word is still a firm (岚溪电子 is no sector phrase).
    expect(names(run("园区主要有岚溪电子、禾丰装备等企业80余家。"), "enterprise").sort()).toEqual(
      ["岚溪电子", "禾丰装备"].sort(),
    );
  });
});

describe("a firm's short form", () => {
  it("a list's 甲乙声学 beside 湖南甲乙声学科技股份有限公司 is that firm", () => {
    const g = run("园区引进了岚溪声学、禾丰电子科技等龙头企业。湖南岚溪声学科技股份有限公司今年投产。");
    expect(names(g, "enterprise")).toContain("湖南岚溪声学科技股份有限公司");
    expect(names(g, "enterprise")).not.toContain("岚溪声学");
    const e = g.entities.find((x) => x.name === "湖南岚溪声学科技股份有限公司");
    expect(e?.mentions).toContain("岚溪声学");
  });
});

describe("counted and parallel lists", () => {
  it("5个百亿级甲、乙、丙、丁和戊产业集群: the count before the list splits the last item's 和", () => {
    const g = run(
      "打造2个500亿级循环材料、综合储能产业集群，5个百亿级光学镜片、智能乐器、冷链食品、海洋装备和陶瓷建材产业集群。",
    );
    expect(names(g, "cluster").sort()).toEqual(
      ["光学镜片", "冷链食品", "智能乐器", "海洋装备", "综合储能", "循环材料", "陶瓷建材"].sort(),
    );
    // Without a count the 和 stays inside the name (甲和乙产业集群 may be one industry).
    expect(names(run("打造光学镜片、海洋装备和陶瓷建材产业集群。"), "cluster")).toContain("海洋装备和陶瓷建材");
  });

  it("甲业、乙业与丙业: every item ends in 业, so 与 joins two items; the zone's own sentence states them", () => {
    const g = run(
      "青禾科学园区是第一座科学园区，园区内厂商以储能电池产业为主。青禾科学园区主要产业包括有光学业、乐器业、精密仪器业与生物科技业，另有岚溪园区。",
    );
    expect(names(g, "cluster")).toEqual(
      expect.arrayContaining(["储能电池", "光学业", "乐器业", "精密仪器业", "生物科技业"]),
    );
    expect(rel(g, "park_cluster").sort()).toEqual(
      ["储能电池", "光学业", "乐器业", "生物科技业", "精密仪器业"].map((c) => `青禾科学园区->${c}`).sort(),
    );
  });

  it("重点发展‘光储’甲、乙…和丙业: a quoted qualifier after the cue, and a sector written with 业", () => {
    const g = run("南园重点发展‘光储’海洋装备、农机装备制造、冷链食品加工、新材料和现代物流业。");
    expect(names(g, "cluster")).toEqual(expect.arrayContaining(["农机装备制造", "新材料", "现代物流业"]));
  });

  it("壮大, 发展, 即, 完整, 上连/下连 and 当前 before an industry are not its name", () => {
    const g = run(
      "园区以云母为主导、壮大云母材料产业规模。青禾产业园是唯一一家以发展储能装备为主的产业园。重点打造现代化产业体系，即光学材料、海洋化工、精密铸造3个主导产业。初步形成完整海洋光电产业链。上连传统盐化工产业，下连新兴陶瓷产业。立足当前产业发展基础。抓住海洋信息产业机遇。",
    );
    const got = names(g, "cluster");
    expect(got).toEqual(
      expect.arrayContaining([
        "云母材料",
        "储能装备",
        "光学材料",
        "海洋化工",
        "精密铸造",
        "海洋光电",
        "盐化工",
        "海洋信息",
      ]),
    );
    for (const bad of [
      "壮大云母材料",
      "发展储能装备",
      "即光学材料",
      "完整海洋光电",
      "下连新兴陶瓷",
      "当前",
      "住海洋信息",
    ])
      expect(got).not.toContain(bad);
  });

  it("强龙头、补链条、聚集群 are ways of building a cluster, not industries", () => {
    const g = run("近年来，青禾经开区持续强龙头、补链条、聚集群，储能装备产业加速发展。");
    expect(names(g, "cluster")).toEqual(["储能装备"]);
  });
});

describe("name boundaries", () => {
  it("约632公顷与某园区: 与 after a measure joins two parks; 旧称 introduces another name", () => {
    const g = run("目前已开发青禾园区约632公顷与岚溪园区约141公顷。青禾科学园区，简称禾科，旧称青禾科学工业园区。");
    expect(names(g, "park").sort()).toEqual(["岚溪园区", "青禾园区", "青禾科学园区", "青禾科学工业园区"].sort());
  });

  it("并称, 辟建, 入住 and a bearing before 与 end a zone's name on its left", () => {
    const g = run(
      "青禾工业园区位于国道两侧，西与经济合作区相连。岚溪工业区与原禾丰工业区并称云岫工业区。辟建工业园区是在合作区基础上的延伸。转移贫困人口入住园区从事养殖。",
    );
    expect(names(g, "park").sort()).toEqual(["云岫工业区", "岚溪工业区", "禾丰工业区", "青禾工业园区"].sort());
  });
});

describe("zone plans and profiles (set Z forms)", () => {
  it("以甲园区、乙-丙园区、丁园区等为主体…，重点发展A、B、C: each park of the run hosts each industry", () => {
    const g = run(
      "推动建立以青禾产业集聚区、岚溪-禾丰金属加工园区、云岫工业园区等为主体的自治区级新兴产业园，重点发展储能装备、光学材料、海洋化工等产业。",
    );
    expect(names(g, "park").sort()).toEqual(["云岫工业园区", "岚溪-禾丰金属加工园区", "青禾产业集聚区"].sort());
    expect(rel(g, "park_cluster")).toHaveLength(9);
  });

  it("围绕某州区甲、乙…五条产业链: a district the text names as a place of its own opens no industry", () => {
    const g = run("青禾区锚定定位目标。全年围绕青禾区钛材、镁材、硅材、装备制造、氢能五条产业链，做好文章。");
    expect(names(g, "cluster")).toEqual(expect.arrayContaining(["钛材", "镁材", "硅材"]));
    expect(names(g, "cluster")).not.toContain("青禾区钛材");
  });

  it("这里汇聚了甲、乙、丙等一批知名乳企: a trade's 企 heads a firm list; 某某乳业 is written 某某", () => {
    const g = run(
      "青禾工业园区是自治区级园区。这里汇聚了岚溪、云岫、禾丰牧源等一批知名乳企。宁夏云岫乳业有限公司日加工生鲜乳6400吨。",
    );
    expect(names(g, "enterprise").sort()).toEqual(["宁夏云岫乳业有限公司", "岚溪", "禾丰牧源"].sort());
    expect(rel(g, "park_enterprise")).toContain("青禾工业园区->宁夏云岫乳业有限公司");
  });

  it("产业布局为“4+3+X”，即甲、乙+丙、丁+其他…: the formula's items are the zone's industries", () => {
    const g = run(
      "青禾经济开发区位于青禾市。园区产业布局为“3+2+X”，即高原物流业、有机种养业、民族手工业+金融服务、商贸会展+其他重要推动行业。",
    );
    expect(names(g, "cluster").sort()).toEqual(
      ["商贸会展", "有机种养业", "民族手工业", "金融服务", "高原物流业"].sort(),
    );
    expect(rel(g, "park_cluster")).toHaveLength(5);
  });
});

describe("news of zones (set Y forms)", () => {
  it("推进某产业园建设，成功引进甲、乙…: the park the clause before builds receives the firms", () => {
    const g = run(
      "5年来，青禾经开区紧紧围绕功能定位，高标准推进青禾航空配套制造产业园建设，成功引进岚溪速威、云岫先越、禾丰兰德等11家优质企业。",
    );
    expect(rel(g, "park_enterprise")).toEqual(
      expect.arrayContaining(["岚溪速威", "云岫先越", "禾丰兰德"].map((f) => `青禾航空配套制造产业园->${f}`)),
    );
  });

  it("项目涉及甲、乙、丙等行业: sectors a zone's projects touch are industries", () => {
    const g = run("项目涉及电子信息、生物制药、食品加工、机械制造等行业。");
    expect(names(g, "cluster").sort()).toEqual(["生物制药", "电子信息", "机械制造", "食品加工"].sort());
  });

  it("甲经开区乙综保区（以下简称“两区”）: two parks, and the pair's short form names neither", () => {
    const g = run("在青禾经开区岚溪综保区（以下简称“两区”）建设中，两区引进云岫科技有限公司。");
    expect(names(g, "park").sort()).toEqual(["岚溪综保区", "青禾经开区"]);
  });
});

describe("places and categories before names", () => {
  it("原某园区 and 航空主机企业某公司: the former-name marker and a firm category open no name", () => {
    expect(names(run("开发区由原南部青禾工业集中区更名而来。"), "park")).toEqual(["南部青禾工业集中区"]);
    expect(names(run("极大提升了航空主机企业岚飞公司核心能力。"), "enterprise")).toEqual(["岚飞公司"]);
    // 企业管理 is a registered trade: it stays inside the firm's name.
    expect(names(run("上海岚溪企业管理有限公司成立。"), "enterprise")).toEqual(["上海岚溪企业管理有限公司"]);
  });

  it("Tibet's cities and the autonomous prefectures are places (西藏日喀则市人民政府, 海西州盐湖产业)", () => {
    const g = run("经西藏日喀则市人民政府批准。推动海西州盐湖产业转型升级。");
    expect(names(g, "department")).toEqual(["市人民政府"]);
    expect(names(g, "cluster")).toEqual(["盐湖"]);
  });
});

describe("verbs before a cluster's suffix", () => {
  it("获评国家产业…, 补全汽车产业链: a verb opens the clause, not the industry; trades read as verbs stay", () => {
    expect(names(run("获评国家产业转型升级示范区建设优秀城市。"), "cluster")).toEqual([]);
    expect(names(run("为青禾市补齐补全储能产业链。"), "cluster")).toEqual(["储能"]);
    expect(names(run("发展批发零售产业。"), "cluster")).toEqual(["批发零售"]);
    // A verb joined to the next industry by 和 is an industry of its own (焊接和汽车零部件).
    expect(names(run("形成焊接和储能装备产业等6大特色产业。"), "cluster")[0]).toMatch(/^焊接/u);
  });
});

describe("firm lists and park names in zone news", () => {
  it("还汇聚有甲、乙…等众多知名…企业: the verb opens the list; 众多 counts firms; 乙 is 乙科技 written short", () => {
    const g = run(
      "园区主要有岚溪科技、云岫电子。在以储能产业为主导的青禾工业园区，除禾丰外，还汇聚有澜科、岚溪、云岫等众多知名储能制造企业。",
    );
    expect(names(g, "enterprise").sort()).toEqual(["云岫电子", "岚溪科技", "澜科"].sort());
  });

  it("广西某某工业园区 and 某某工业园 are one park", () => {
    const g = run("广西青禾工业园区位于青禾市。记者走进青禾工业园，园区引进岚溪科技有限公司。");
    expect(names(g, "park")).toHaveLength(1);
  });
});

describe("firms named in report prose", () => {
  it("实施重点项目N个，甲、乙、丙等建成投产: the brands whose projects start production are firms", () => {
    const g = run("实施重点产业项目1269个，岚溪科技、云岫电子、禾丰智能等建成投产。");
    expect(names(g, "enterprise").sort()).toEqual(["云岫电子", "岚溪科技", "禾丰智能"].sort());
    // Without a project in view the run is no list of firms (甲、乙等建成投产 may be lines or plants).
    expect(names(run("光学镜片、储能装备等建成投产。"), "enterprise")).toEqual([]);
  });

  it("…企业——某某: a double dash sets off the firm's name; a single dash joins an office to its firm", () => {
    expect(names(run("引进了全球首家飞行器企业——岚溪智能，这将推动低空产业发展。"), "enterprise")).toEqual([
      "岚溪智能",
    ]);
    expect(names(run("本次活动由岚溪高科·上海公司—青禾项目主办。"), "enterprise")).not.toContain("青禾项目主办");
  });
});

describe("set G forms", () => {
  it("某某集团产业链 is the firm's chain; 该县某经济区 is that zone; 休闲食品 is a product, not leisure", () => {
    expect(names(run("项目聚集岚溪集团产业链上下游资源。"), "enterprise")).toEqual(["岚溪集团"]);
    const g = run("该县青禾经济区大力发展休闲食品、现代物流、电子科技等产业。休闲食品产业方面，项目相继投产。");
    expect(names(g, "park")).toEqual(["青禾经济区"]);
    expect(names(g, "cluster")).toEqual(expect.arrayContaining(["休闲食品", "现代物流"]));
    expect(names(g, "cluster")).not.toContain("食品");
  });
});

describe("a zone profile's paragraph", () => {
  it("园区…形成了甲、乙、丙等主导产业，拥有某某孵化基地: the named base is the zone's part, not another zone", () => {
    const g = run(
      "青禾高新区位于青禾市。\n青禾高新区历时三年推进了园区快速发展。目前，园区集聚企业有470多家，形成了光学材料、储能装备、现代服务业等主导产业，拥有青禾战略性新兴产业孵化基地等平台。",
    );
    expect(rel(g, "park_cluster").sort()).toEqual(
      ["光学材料", "储能装备", "现代服务业"].map((c) => `青禾高新区->${c}`).sort(),
    );
    // A generic kind is no park (高新技术产业园区 without a place).
    expect(names(run("打造高新技术产业园区。"), "park")).toEqual([]);
  });
});

describe("parks built around a firm", () => {
  it("打造了以甲乙农庄为核心的某某产业园: the firm and the park are both named; 重点培育甲乙汽车等一批…龙头企业 names the firm", () => {
    const g = run(
      "绿色食品产业打造了以岚溪农庄为核心的植物蛋白产业园。开发区重点培育云岫汽车等一批有领航作用的龙头企业。",
    );
    expect(names(g, "enterprise").sort()).toEqual(["云岫汽车", "岚溪农庄"]);
    expect(names(g, "park")).toEqual(["植物蛋白产业园"]);
    expect(rel(g, "park_enterprise")).toContain("植物蛋白产业园->岚溪农庄");
    // An aim after 打造…的 is still no place, and an abstraction at the core is no firm.
    expect(names(run("打造世界级的储能装备产业园。以创新为核心的产业体系。"), "park")).toEqual([]);
  });
});

describe("chains and their leaders", () => {
  it("由甲、乙、丙等组成的11条重点产业链是…: a counted head behind 的 names the items", () => {
    const g = run("其中由储能装备、光学材料、冷链食品等组成的11条重点产业链是工业经济发展的重要支撑。");
    expect(names(g, "cluster").sort()).toEqual(["储能装备", "光学材料", "冷链食品"].sort());
    // Segments or themes of one chain are not its industries (等关键环节的锂电产业链).
    expect(names(run("建立了覆盖基础锂盐、正负极材料、电解液等关键环节的锂电产业链。"), "cluster")).toEqual(["锂电"]);
  });

  it("储能装备链主型企业某某高科成功导入…: the label names the industry the firm leads", () => {
    const g = run("很多企业新增产能向新能源汽车产业靠拢。储能装备链主型企业岚溪高科成功导入行业标杆客户。");
    expect(names(g, "cluster").sort()).toEqual(["储能装备", "新能源汽车"]);
    expect(rel(g, "cluster_enterprise")).toEqual(["储能装备->岚溪高科"]);
  });
});

describe("industries that drive a zone together", () => {
  it("甲与乙双轮驱动的产业集群体系: both are industries", () => {
    const g = run("其核心竞争力在于储能新材料与生物医药双轮驱动的产业集群体系。");
    expect(names(g, "cluster").sort()).toEqual(["储能新材料", "生物医药"].sort());
  });
});

describe("set D forms", () => {
  it("主要服务的企业有甲、乙、丙等: firms are the copula's subject", () => {
    const g = run("为光谷的储能产业配套服务，主要服务的企业有岚溪光电、云岫、禾丰微电子、澜沧存储等。");
    expect(names(g, "enterprise")).toEqual(expect.arrayContaining(["岚溪光电", "禾丰微电子", "澜沧存储"]));
  });

  it("上半年甲、乙两个工业园区; 某市某地汽车配套产业园; 某某工业园区 named by its city", () => {
    const g = run("上半年岚溪、青禾两个工业园区开工建设项目182项。全力打造云岫市禾宁汽车配套产业园。");
    expect(names(g, "park").sort()).toEqual(["云岫市禾宁汽车配套产业园", "岚溪工业园区", "青禾工业园区"].sort());
    // A kind is still no park (汽车配套产业园 without a place), nor a city's parks in general (某市工业园区).
    expect(names(run("建设汽车配套产业园。完善威海市工业园区配套。"), "park")).toEqual([]);
    expect(names(run("武威工业园区开工建设项目117项。"), "park")).toEqual(["武威工业园区"]);
  });
});

describe("a place makes an industry its role industry", () => {
  it("把甲作为首位产业 / 将甲确立为…的主导产业: the industry is named; the role word alone is none", () => {
    const g = run("青禾市坚持把储能装备制造作为首位产业。岚溪县将光学材料确立为产业集聚区的主导产业。");
    expect(names(g, "cluster").sort()).toEqual(["储能装备制造", "光学材料"].sort());
  });

  it("把甲、乙、丙作为三大主导产业: a list whose role the verb after it names", () => {
    const g = run("青禾区坚持工业强区战略，把智能家纺、功能陶瓷、绿色包装作为三大主导产业。");
    expect(names(g, "cluster").sort()).toEqual(["智能家纺", "功能陶瓷", "绿色包装"].sort());
  });
});

describe("a document about a city", () => {
  it("a title naming a city and no park: the one park the text mentions is not where every firm goes", () => {
    const text =
      "安康：昔日边城 今日投资热土\n在安康中关村科技园内，岚溪集团建设的云数据基地正在开工建设。\n大数据产业正在异军突起，吸引了云岫、禾丰、澜沧等一大批优秀企业入驻。";
    // The firm the park's own sentence names is in it; the firms the city attracted are not placed.
    expect(rel(run(text), "park_enterprise")).toEqual(["安康中关村科技园->岚溪集团"]);
    // A title naming the city's district whose zone the text names is about that zone.
    const zone =
      "安康禾山：向新而行\n禾山经开区位于安康市。\n禾山经开区锂电产业加快发展，吸引了云岫、禾丰、澜沧等一大批优秀企业入驻。";
    expect(rel(run(zone), "park_enterprise").length).toBeGreaterThan(0);
  });
});

describe("roles of a zone's industries", () => {
  it("以甲为特色，乙、丙为辅助的产业集群: both role lists name industries", () => {
    const g = run("已初步形成了以液压装备制造为特色，光学材料、医药化工为辅助的产业集群。");
    expect(names(g, "cluster").sort()).toEqual(["光学材料", "医药化工", "液压装备制造"].sort());
  });
});

describe("a sentence opening on its industry", () => {
  it("某产业方面，甲、乙、丙等项目相继竣工投产: the projects' firms are that industry's", () => {
    const g = run(
      "空港经济区大力发展休闲食品、现代物流等产业。休闲食品产业方面，岚溪食品、云岫堂、禾丰食品等项目相继竣工投产。",
    );
    expect(rel(g, "cluster_enterprise").sort()).toEqual(
      ["云岫堂", "岚溪食品", "禾丰食品"].map((f) => `休闲食品->${f}`).sort(),
    );
  });
});

describe("counted heads that end their clause otherwise", () => {
  it("a predicate after the counted head (三大百亿产业集群初具规模) and a quoted count head (“四大主导产业”)", () => {
    const g = run(
      "园区入驻企业410余家，纸制品、森工家具、汽配机电三大百亿产业集群初具规模。全力打造生态铝材、现代林业、储能装备“三大主导产业”，加快发展。",
    );
    expect(names(g, "cluster").sort()).toEqual(
      ["纸制品", "森工家具", "汽配机电", "生态铝材", "现代林业", "储能装备"].sort(),
    );
  });

  it("no industry in a belt's or a county's name (某某产业集聚带, 某某产业强县) nor after a count (掀起一场工业产业)", () => {
    const g = run(
      "快速对接好“澄宇兴梅产业集聚带”的规划建设。围绕建设岚汐产业强县目标推进。青禾正掀起一场工业产业发展的波澜。",
    );
    expect(names(g, "cluster")).toEqual([]);
  });

  it("two whole trades joined by 和 are two industries; a short or qualified half keeps one", () => {
    const g = run(
      "重点培育机电装备制造和冷链仓储物流主导产业。发展新能源和节能环保产业。发展新能源和智能网联汽车产业。",
    );
    expect(names(g, "cluster").sort()).toEqual(
      ["机电装备制造", "冷链仓储物流", "新能源和节能环保", "新能源和智能网联汽车"].sort(),
    );
  });

  it("a product's whole chain is no industry, a sector's is (甲乙胶带全产业链 / 光伏全产业链); nor one clause word (撬动产业)", () => {
    const g = run(
      "支持岚汐科技建成可降解胶带全产业链。打造光伏全产业链。以科技“关键变量”撬动产业“最大增量”。一座崭新产业苗圃即将定植。",
    );
    expect(names(g, "cluster")).toEqual(["光伏"]);
  });

  it("an industry of one character left after an opening verb (开辟铝产业)", () => {
    expect(names(run("开辟钛产业发展新赛道。"), "cluster")).toEqual(["钛"]);
  });
});

describe("qualifiers and roles before an industry word", () => {
  it.each([
    ["依托本土云母新材料产业发展壮大。", ["云母新材料"]],
    ["巩固提升传统海洋传感产业。", ["海洋传感"]],
    ["促进我州藏药产业发展。", ["藏药"]],
  ])("a qualifier (本土, 传统, 我州) is no part of the name: %s", (text, want) => {
    expect(names(run(text), "cluster")).toEqual(want);
  });

  it.each(["大力推进“海洋装备+储能电池”双首位产业。", "构建一体化产业链。"])(
    "a role or a way of developing names no industry: %s",
    (text) => {
      expect(names(run(text), "cluster")).not.toContain("双首位");
      expect(names(run(text), "cluster")).not.toContain("一体化");
    },
  );
});

describe("lists and phrases that name no industry", () => {
  it.each([
    "青禾县已初步形成集茶叶种植、竹木加工、休闲旅游为一体的产业集群。",
    "青禾石化成为全市基础厚实、规模最大、实力最强的支柱产业。",
    "打通它整条产业链。",
  ])("%s", (text) => {
    expect(names(run(text), "cluster")).toEqual([]);
  });

  it("a slogan verb pair (做大做强) opens no name", () => {
    expect(names(run("着力做大做强海洋传感、滑雪器材等产业。"), "cluster").sort()).toEqual(
      ["海洋传感", "滑雪器材"].sort(),
    );
  });

  it("规上 (above the scale) is no part of a sector's name", () => {
    expect(names(run("规上海洋传感产业营业收入增长12%。"), "cluster")).toEqual(["海洋传感"]);
  });
});

describe("a firm's name after a government, a city or a list mark", () => {
  it("starts after 省政府和, 某市和, 、和, 委托 and 不得不提", () => {
    const g = run(
      "岚溪省政府和星澜投资公司签署框架协议。支持丽水市和云岫集团转型升级。建成禾丰中心、和青屿化工有限公司的中心。工业局委托星澜开发公司开发。也不得不提安徽汀雀机电股份有限公司。",
    );
    expect(names(g, "enterprise").sort()).toEqual(
      ["星澜投资公司", "云岫集团", "青屿化工有限公司", "星澜开发公司", "安徽汀雀机电股份有限公司"].sort(),
    );
  });
});

describe("fields where something is achieved", () => {
  it("在甲、乙、丙等领域实现突破 names industries when the items read as industries", () => {
    const g = run("聚焦产业结构优化升级，在海藻加工、储能装备、数字经济等领域实现突破。");
    expect(names(g, "cluster")).toEqual(expect.arrayContaining(["海藻加工", "储能装备", "数字经济"]));
  });
});

describe("kinds of tourism", () => {
  it("大力发展甲旅游、乙旅游、丙旅游 names each as an industry (one shared head usually means products)", () => {
    const g = run("大力发展民俗旅游、红色旅游、乡村旅游，花木科技园被评为示范点。");
    expect(names(g, "cluster").sort()).toEqual(["乡村旅游", "民俗旅游", "红色旅游"].sort());
  });
});
