// Department forms met in task tables and chain-lead texts from other cities: district-level
// lists, bare unit lists, task forces, bodies glued to a province's, a ministry's own centre,
// Party departments and people's congresses, quoted words inside a name. Invented texts.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("department forms", () => {
  it("keeps a district list's own level (区甲局), never carrying the city's 市 onto it", () => {
    const g = run(
      "市委、市政府高度重视。\n12.推进道路建设。(责任领导:张三;牵头单位:区交通运输局;责任单位:区发改局、区自然资源和规划局、区林业局)",
    );
    const d = names(g, "department");
    expect(d).toEqual(expect.arrayContaining(["区交通运输局", "区发改局", "区自然资源和规划局", "区林业局"]));
    expect(d.filter((x) => x.startsWith("市区"))).toEqual([]);
  });

  it("reads a unit list printed without levels, its trailing note dropped, and not a generic zone body", () => {
    const g = run(
      "1.落实减负政策。\n责任单位:财政局、人才办、金融发展服务中心、服务业局、工商联(列第一位者为牵头单位)\n2.推进招商。（责任单位：市发展改革委，各区市政府、开发区管委）",
    );
    const d = names(g, "department");
    expect(d).toEqual(expect.arrayContaining(["财政局", "人才办", "金融发展服务中心", "服务业局", "工商联"]));
    expect(d).not.toContain("开发区管委");
  });

  it("names task forces, a ministry's centre, Party departments, congresses and quoted offices", () => {
    const g = run(
      "建立链长制工作专班。统战部部长凭借低空经济专班经验签约项目。各专班要加强协作。科技部火炬中心公布名单。市人大常委会、市政协领导出席。市“链长制”办公室负责统筹。",
    );
    expect(names(g, "department").sort()).toEqual(
      [
        "链长制工作专班",
        "统战部",
        "低空经济专班",
        "科技部火炬中心",
        "市人大常委会",
        "市政协",
        "市“链长制”办公室",
      ].sort(),
    );
  });

  it("splits a Party office glued to a province's government office, and drops a session number", () => {
    const g = run("根据中共河南省委办公厅河南省人民政府办公厅印发的方案。已经市十六届政府第48次常务会议讨论通过。");
    const d = names(g, "department");
    expect(d).toEqual(expect.arrayContaining(["省委办公厅", "省人民政府办公厅"]));
    expect(d.some((x) => x.includes("届"))).toBe(false);
  });

  it("starts a long task force's name at its level, not inside the verb before it (充分发挥市…专班)", () => {
    const d = names(run("充分发挥市电商产业发展工作专班、市物流发展工作专班作用。"), "department");
    expect(d).toContain("市电商产业发展工作专班");
    expect(d.some((x) => x.startsWith("挥"))).toBe(false);
  });

  it("keeps a campaign word at the head of a working group's name (数字某市建设领导小组)", () => {
    expect(names(run("在数字威海建设领导小组领导下，进一步完善工作机制。"), "department")).toEqual([
      "数字威海建设领导小组",
    ]);
  });

  it("keeps a designated programme's name, 中国(某市) included, at the head of its working group", () => {
    const d = names(
      run(
        "充分发挥中国(青禾)跨境电子商务综合试验区建设工作领导小组作用。〔中国(青禾)跨境电子商务综合试验区建设工作领导小组办公室牵头〕成立国家（青禾）区域创新中心建设领导小组。",
      ),
      "department",
    );
    expect(d.sort()).toEqual([
      "中国(青禾)跨境电子商务综合试验区建设工作领导小组",
      "中国(青禾)跨境电子商务综合试验区建设工作领导小组办公室",
      "国家（青禾）区域创新中心建设领导小组",
    ]);
  });

  it("reads a member list printed without spaces: the member's name is no part of the body", () => {
    const d = names(
      run("组长:王某 市委常委、副市长\n成员:张峰市政府办公室副主任\n镇海区委书记李某讲话。"),
      "department",
    );
    expect(d).toContain("市政府办公室");
    expect(d).toContain("镇海区委");
    expect(d.some((x) => x.startsWith("张峰"))).toBe(false);
  });
});

describe("an autonomous prefecture's own bodies (session 13)", () => {
  it("reads 州 as a level prefix like 市 (州委, 州人民政府, 州政协, 州发展改革委)", () => {
    const g = run(
      "我代表州人民政府向大会报告工作，并请州政协委员提出意见。一年来，按照州委部署，州发展改革委牵头推进。",
    );
    expect(names(g, "department").sort()).toEqual(["州人民政府", "州发展改革委", "州委", "州政协"].sort());
  });
});

describe("a Party committee and a government written together (session 13)", () => {
  it("reads 某市委市政府 and 县委县政府 as two bodies", () => {
    expect(names(run("2017年，鹤岗市委市政府确立了产业格局。"), "department").sort()).toEqual(
      ["市委", "市政府"].sort(),
    );
    expect(names(run("县委县政府联合发文。"), "department").sort()).toEqual(["县委", "县政府"].sort());
  });
});

describe("a government in general", () => {
  it.each([
    "认真贯彻落实省两会精神及政府工作报告部署。",
    "县长白石作政府工作报告。",
    "青禾高新区采取政府引导、市场运作的方式。",
  ])("names no body: %s", (text) => {
    expect(names(run(text), "department")).toEqual([]);
  });
});

describe("Party committees and bodies of other levels", () => {
  it("reads 省委 after a verb, 中共某县委 without 中共, 旗委, 镇党委, 中央…部 and 特区政府", () => {
    const g = run(
      "坚决扛牢省委赋予的使命。中共岚溪县委高度重视。2018年以来，旗委政府认真落实中央宣传部部署。禾丰镇党委书记介绍。特区政府部署。",
    );
    expect(names(g, "department").sort()).toEqual(
      ["省委", "岚溪县委", "旗委", "中央宣传部", "禾丰镇党委", "特区政府"].sort(),
    );
  });

  it("reads no bare 镇政府 and splits 中央办公厅国务院办公厅", () => {
    expect(names(run("所在镇政府高度重视。"), "department")).toEqual([]);
    expect(names(run("中共中央办公厅国务院办公厅印发了意见。"), "department").sort()).toEqual(
      ["中央办公厅", "国务院办公厅"].sort(),
    );
  });
});

describe("Taiwan's central bodies", () => {
  it("reads 行政院, 經濟部 and its 工業局, but not 行政院長 (a title)", () => {
    expect(names(run("行政院核定計畫，經濟部工業局表示將協助廠商。"), "department").sort()).toEqual(
      ["行政院", "經濟部工業局"].sort(),
    );
    expect(names(run("行政院長表示將持續推動。"), "department")).toEqual([]);
  });
});

describe("a county's committee and government (session 20)", () => {
  it("gives 县政府 after 某县委 (glued or listed) the county's name, and keeps a prefecture city's bare", () => {
    expect(names(run("该园区是岚溪县委县政府按照规划建设的。"), "department").sort()).toEqual(
      ["岚溪县委", "岚溪县政府"].sort(),
    );
    expect(names(run("这是禾丰县委、县政府对项目建设速度的新定义。"), "department").sort()).toEqual(
      ["禾丰县委", "禾丰县政府"].sort(),
    );
    expect(names(run("威海市委、市政府高度重视。"), "department").sort()).toEqual(["市委", "市政府"].sort());
  });

  it("starts no body at a time or position word (发布会上市工信局)", () => {
    expect(names(run("在新闻发布会上市工信局、市科技局负责人介绍了情况。"), "department").sort()).toEqual(
      ["市工信局", "市科技局"].sort(),
    );
  });
});

describe("a district's body below its city or municipality, and a clause between two bodies (session 20)", () => {
  it("names 某市某区委 and 重庆市某区委 by the district (guide: a district keeps its name)", () => {
    expect(names(run("榆林市岚溪区委召开会议。"), "department")).toEqual(["岚溪区委"]);
    expect(names(run("重庆市禾丰区委高度重视。"), "department")).toEqual(["禾丰区委"]);
    expect(names(run("北京市青岚区投促中心牵头。"), "department")).toEqual(["青岚区投促中心"]);
    expect(names(run("上海市经信委发布通知。"), "department")).toEqual(["上海市经信委"]);
  });
  it("ends a body at 至/公示/推荐 (省科技厅公示并推荐至国家科技部)", () => {
    expect(names(run("经省科技厅公示并推荐至国家科技部，成功升级。"), "department").sort()).toEqual(
      ["省科技厅", "科技部"].sort(),
    );
  });
});

describe("a park's own committee, a source's 来自, and village committees (session 20)", () => {
  it("reads 某工业园党工委 and 某产业园管委会 as bodies, after 来自 too, but no 村委会", () => {
    expect(names(run("青禾冶金工业园党工委书记出席。"), "department")).toEqual(["青禾冶金工业园党工委"]);
    expect(names(run("青禾产业园管委会负责。"), "department")).toEqual(["青禾产业园管委会"]);
    expect(names(run("据来自市工信委的消息，园区产值增长。"), "department")).toEqual(["市工信委"]);
    expect(names(run("来自玉龙县九河乡青禾村委会的村民介绍。"), "department")).toEqual([]);
  });
});
