// Inner boundaries (db/extract/boundary-inner.ts, rule boundary:inner): a
// suffix name starts after the last word inside it that a name cannot run
// across; names holding an activity verb or a coordination keep their start.
// Invented names throughout.
import { describe, expect, it } from "vitest";
import { innerBoundaries } from "../../../../db/extract/boundary-inner.ts";
import { makeContext } from "../../../../db/extract/context.ts";
import { extract } from "../../../../db/extract/index.ts";
import { names, run } from "./helpers.ts";

describe("boundary:inner cuts what the left scan ran through", () => {
  it.each([
    ["报道称，青岚控股旗下澄宇光电有限公司已投产。", "enterprise", "澄宇光电有限公司"],
    ["规划期间，建成2000平方米禾澜检测实验室。", "platform", "禾澜检测实验室"],
    ["十四五期间市高新区新增企业120家。", "park", "市高新区"],
    // A verb before a place the tagger reads as a common noun (毕节/n), a causative after a conjunction,
    // a two-character demonstrative, a verb before a place, a clause verb before a park's noun.
    ["本周争取毕节澄宇卷烟厂扩能。", "enterprise", "毕节澄宇卷烟厂"],
    ["它的投产不仅使青岚重工集团的产业链更加完善。", "enterprise", "青岚重工集团"],
    ["这次禾澜织造有限公司来投资。", "enterprise", "禾澜织造有限公司"],
    ["将进一步展示汉中澄宇经济开发区的形象。", "park", "汉中澄宇经济开发区"],
    ["在战略过程中交给青瓷工业园区新使命。", "park", "青瓷工业园区"],
    // A break word the scan split (原|名), a clause adverb (就), a county the scan cut from its level word (无为|市).
    ["青岚经济开发区(原名澄宇经济开发区)是省级开发区。", "park", "澄宇经济开发区"],
    ["园区第一纳税大户青岚星禾制药有限公司产值增长。", "enterprise", "青岚星禾制药有限公司"],
    ["区委书记张明就青岚高新区发展提出要求。", "park", "青岚高新区"],
    // A firm's kind by trade before its name (大型药企某某集团).
    ["澄宇制药是大型药企青岚医药控股集团的子公司。", "enterprise", "青岚医药控股集团"],
    ["产业集群。”无为市经信局负责人介绍。", "department", "无为市经信局"],
  ])("%s → %s %s", (text, type, name) => {
    const found = names(run(text), type);
    expect(found).toContain(name);
    // Nothing of the clause stays in a name of that type.
    expect(found.filter((n) => n !== name && n.endsWith(name))).toEqual([]);
    const e = extract({ text }).entities.find((x) => x.name === name);
    expect(e?.mentions.some((m) => m.rule === "boundary:inner")).toBe(true);
  });

  it("drops clusters that are the rest of a count or a place's economy, and cuts a firm category before a brand", () => {
    const r = run(
      "全市打造3个超百亿级产业集群，培育一批优质产业链。长三角制造业加快转型。重点培育强企业岚溪(青岛)实业有限公司。",
    );
    expect(names(r, "cluster")).toEqual([]);
    expect(names(r, "enterprise")).toEqual(["岚溪(青岛)实业有限公司"]);
  });

  it("drops a park that is a pronoun and a bare kind (我们产业园区)", () => {
    expect(names(run("我们产业园区服务很好。"), "park")).toEqual([]);
  });

  it("keeps a county named by a stop word with its level (新建区), where the verb 新建 still stops a scan", () => {
    expect(names(run("南昌市新建区经济开发区引进项目。"), "park")).toContain("南昌市新建区经济开发区");
    expect(names(run("今年新建青岚工业园区。"), "park")).toContain("青岚工业园区");
  });

  it("drops a bare zone kind that is a clause verb's object (理念贯穿园区), keeping one whose verb is an activity", () => {
    expect(names(run("让绿色理念贯穿园区发展始终。"), "park")).toEqual([]);
    expect(names(run("新建青岚智能制造园区已投用。"), "park")).toContain("青岚智能制造园区");
  });

  it("drops a cluster named by clause words only, and a zone's bare form glued to a preposition", () => {
    const r = run("全县狠抓产业，凭借高新区的政策优势招商。");
    expect(names(r, "cluster")).not.toContain("狠抓");
    expect(names(r, "park")).not.toContain("凭借高新区");
  });
});

describe("boundary:inner on a department's span", () => {
  it("starts a department at its level word after a verb", () => {
    const text = "园区生产性服务业集聚发展受到省政府充分肯定。";
    const end = text.indexOf("政府") + 2;
    const c = {
      type: "department" as const,
      start: 0,
      end,
      name: text.slice(0, end),
      rule: "dept:suffix:政府",
      confidence: 0.85,
    };
    expect(innerBoundaries(makeContext(text, []), [c])).toBe(1);
    expect(c.name).toBe("省政府");
    expect(c.start).toBe(text.indexOf("省政府"));
  });
});

describe("boundary:inner keeps names that hold a verb or a coordination", () => {
  it.each([
    ["建设青岚高端装备制造产业园。", "park", "青岚高端装备制造产业园"],
    ["组建禾澜皮革绿色设计与制造重点实验室。", "platform", "禾澜皮革绿色设计与制造重点实验室"],
    ["依托澄宇安全与控制技术实验室开展攻关。", "platform", "澄宇安全与控制技术实验室"],
    ["大力发展二次电池产业。", "cluster", "二次电池"],
    // Two activities joined inside a lab's name, the first a word the scan stops at (研究, 适应).
    ["认定禾澜草食动物新药研究与创制重点实验室。", "platform", "禾澜草食动物新药研究与创制重点实验室"],
    ["认定青岚极端环境生物适应与进化重点实验室。", "platform", "青岚极端环境生物适应与进化重点实验室"],
    // A modifier binds the verb into the industry the park is named after.
    ["建设澄宇新型显示价值创新园。", "park", "澄宇新型显示价值创新园"],
  ])("%s keeps %s %s", (text, type, name) => {
    expect(names(run(text), type)).toContain(name);
  });
});

describe("boundary:inner at conjunctions that join two names (session 13)", () => {
  it("starts a park after 暨 and 即, and after another park and 之", () => {
    expect(names(run("全市首批产业项目集中开工暨青禾低碳产业园奠基仪式举行。"), "park")).toEqual(["青禾低碳产业园"]);
    expect(
      names(run("园区布局为一园三区，即云岫高新技术园区、星澜新医药园区、鹭汀装备制造园区。"), "park").sort(),
    ).toEqual(["云岫高新技术园区", "星澜新医药园区", "鹭汀装备制造园区"].sort());
    expect(names(run("记者走进青禾产业园之云岫高新技术产业园看到。"), "park").sort()).toEqual(
      ["云岫高新技术产业园", "青禾产业园"].sort(),
    );
  });

  it("keeps a body named for two tasks (甲暨乙领导小组) and a place opening with 即", () => {
    expect(names(run("在市科技暨创新型城市建设领导小组统一组织下推进。"), "department")).toEqual([
      "市科技暨创新型城市建设领导小组",
    ]);
    expect(names(run("即墨经济开发区位于城区北部。"), "park")).toEqual(["即墨经济开发区"]);
  });
});

describe("boundary:inner after a firm's role or a picture credit (session 13)", () => {
  it("starts a firm after 巨头, 供应商, 出品方 and after 图/", () => {
    expect(names(run("当天，国际重卡巨头星澜重工公司二期项目破土动工。"), "enterprise")).toEqual(["星澜重工公司"]);
    expect(names(run("陶瓷文创产品出品方青禾中怀陶瓷有限公司负责人表示。"), "enterprise")).toEqual([
      "青禾中怀陶瓷有限公司",
    ]);
    expect(names(run("推动经济愿景。图/云岫测量公司提供"), "enterprise")).toEqual(["云岫测量公司"]);
  });
});

describe("a byline or a photo credit before a name", () => {
  it.each([
    ["青禾网4月8日电(记者白石)禾丰集团云岫产业园等10个项目签约。", "禾丰集团云岫产业园"],
    ["青川摄云岫新能源小镇加快建设。", "云岫新能源小镇"],
  ])("the name starts after it: %s", (text, park) => {
    expect(names(run(text), "park")).toEqual([park]);
  });
});

describe("a person acting for a firm", () => {
  it("某某代表甲乙集团签约: the firm's name starts after 代表", () => {
    expect(names(run("签约仪式上，白石代表禾丰集团与云岫县县长握手。"), "enterprise")).toEqual(["禾丰集团"]);
  });
});

describe("a measure word that opens a name's own word is the name's", () => {
  it("keeps 千里 in 千里山工业园区 (tagged as a measure), but still cuts a count's measure", () => {
    expect(names(run("相繼落戶千里山工業園區的重點項目。"), "park")).toEqual(["千里山工業園區"]);
    expect(names(run("規劃面積3平方公里岚溪工業園區。"), "park")).not.toContain("平方公里岚溪工業園區");
  });
});
