import { describe, expect, it } from "vitest";
import { readDocument } from "../../../../db/ingest/index.ts";
import { parseDate, parseDocNumber } from "../../../../db/ingest/metadata.ts";
import { seedPath } from "./helpers.ts";

describe("parseDocNumber", () => {
  it.each([
    ["威政办字〔2026〕10 号", "威政办字〔2026〕10号"],
    ["威政办字〔 2026 〕 10号", "威政办字〔2026〕10号"],
    ["威政发[2023]5号", "威政发〔2023〕5号"],
    ["威政发［2023］5号", "威政发〔2023〕5号"],
    ["鲁政发(2017)38号", "鲁政发〔2017〕38号"],
    ["鲁政发（2017）38号", "鲁政发〔2017〕38号"],
    ["（威政办发〔2023〕5号） （3）", "威政办发〔2023〕5号"],
    ["国科发创〔2016〕370号", "国科发创〔2016〕370号"],
  ])("%s → %s", (input, expected) => {
    expect(parseDocNumber(input)).toBe(expected);
  });

  it("finds nothing in ordinary text", () => {
    expect(parseDocNumber("到2020年，培育一批千亿级产业集群")).toBeNull();
  });
});

describe("parseDate", () => {
  it.each([
    ["2026 年 5 月 16 日", "2026-05-16"],
    ["2023年7月13日", "2023-07-13"],
    ["二〇二三年五月十六日", "2023-05-16"],
    ["二〇二一年十二月三十一日", "2021-12-31"],
    ["二〇二〇年十月一日", "2020-10-01"],
    ["2021年7月8日印发", "2021-07-08"],
  ])("%s → %s", (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it("rejects impossible dates", () => {
    expect(parseDate("2023年2月30日")).toBeNull();
    expect(parseDate("2023年13月1日")).toBeNull();
  });
});

describe("seed metadata", () => {
  it("004: notice title spanning two lines, 文号, date, issuer", async () => {
    const doc = await readDocument(seedPath("004"));
    expect(doc.title).toBe("关于印发威海市大力实施工业经济“头号工程”2026年行动方案的通知");
    expect(doc.docNumber).toBe("威政办字〔2026〕10号");
    expect(doc.issueDate).toBe("2026-05-16");
    expect(doc.issuer).toBe("威海市人民政府办公室");
    expect(doc.parts).toHaveLength(1);
    expect(doc.parts[0]).toMatchObject({ start: 0, end: doc.text.length, title: doc.title, docNumber: doc.docNumber });
  });

  it("000: no title line; the title comes from 现就…提出如下实施意见, issuer and date from the signature", async () => {
    const doc = await readDocument(seedPath("000"));
    expect(doc.title).toBe("关于培育壮大千亿级产业集群的实施意见");
    expect(doc.docNumber).toBeNull();
    expect(doc.issueDate).toBe("2018-02-07");
    expect(doc.issuer).toBe("威海市人民政府");
  });

  it("001 and 003: plans are titled by their 纲要", async () => {
    const d1 = await readDocument(seedPath("001"));
    expect(d1.title).toBe("威海火炬高技术产业开发区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要");
    const d3 = await readDocument(seedPath("003"));
    expect(d3.title).toBe("威海市环翠区国民经济和社会发展第十四个五年规划和2035年远景目标纲要");
    expect(d3.issueDate).toBe("2021-07-08");
    expect(d3.issuer).toBe("威海市环翠区人民政府办公室");
  });
});

describe("gazette (seed 002) is split into its documents", async () => {
  const doc = await readDocument(seedPath("002"));

  it("has the gazette's masthead as its own metadata", () => {
    expect(doc.title).toBe("威海市人民政府公报 2023年第4期（总第174期）");
    expect(doc.issuer).toBe("威海市人民政府");
    expect(doc.docNumber).toBeNull();
  });

  it("finds every document of the table of contents", () => {
    expect(doc.parts).toHaveLength(15);
    expect(doc.parts.map((p) => p.docNumber)).toEqual([
      "威政发〔2023〕5号", // the TOC misprints it as 威政办发; the body wins
      "威政字〔2023〕40号",
      "威政办发〔2023〕12号",
      "威政办发〔2023〕15号",
      "威政办字〔2023〕27号",
      "威政办字〔2023〕25号",
      "威民发〔2023〕17号",
      "威医保发〔2023〕33号",
      "威教发〔2023〕5号",
      "威公通〔2023〕35号",
      "威政发〔2023〕6号",
      "威政发〔2023〕7号",
      "威政字〔2023〕41号",
      "威政字〔2023〕46号",
      "威金监发〔2023〕25号",
    ]);
  });

  it("gives each part its title, date and issuer", () => {
    const [first, second] = doc.parts;
    expect(first).toMatchObject({
      title: "威海市人民政府关于强化科技创新支撑国家创新型城市建设的实施意见",
      issueDate: "2023-07-13",
      issuer: "威海市人民政府",
    });
    expect(second).toMatchObject({
      title: "威海市人民政府关于印发威海市建设国家创新型城市实施方案的通知",
      issueDate: "2023-07-16",
    });
    const medical = doc.parts[7];
    expect(medical?.title).toBe("威海市医保局等3部门关于印发《威海市公立医疗机构医疗服务项目价格（2023年版）》的通知");
    expect(medical?.issuer).toBe("威海市医疗保障局、威海市卫生健康委员会、威海市市场监督管理局");
    expect(medical?.issueDate).toBe("2023-07-28");
    const last = doc.parts[14];
    expect(last?.issuer).toBe("中共威海市委组织部、威海市地方金融监督管理局");
    expect(last?.issueDate).toBe("2023-08-09");
  });

  it("parts are ordered, disjoint ranges that start at each document's heading", () => {
    let previousEnd = 0;
    for (const part of doc.parts) {
      expect(part.start).toBeGreaterThanOrEqual(previousEnd);
      expect(part.end).toBeGreaterThan(part.start);
      const body = doc.text.slice(part.start, part.end);
      expect(body).toContain(part.docNumber as string);
      expect(body.split("\n").slice(0, 8).join("")).toContain("关于");
      previousEnd = part.end;
    }
    expect(doc.parts[0]?.start).toBe(doc.text.indexOf("威海市人民政府\n关于强化科技创新"));
    expect(doc.parts[14]?.end).toBe(doc.text.length);
  });
});
