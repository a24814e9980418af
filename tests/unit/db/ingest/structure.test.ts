import { describe, expect, it } from "vitest";
import { parseSections, sectionAt } from "../../../../db/ingest/structure.ts";

const TEXT = [
  "某市关于某事的通知",
  "一、总体要求",
  "（一）指导思想",
  "坚持新发展理念。",
  "二、重点任务",
  "1. 推动重点行业稳增长。做大增量。（市工业和信息化局负责）",
  "2、着力扩大有效投资。",
  "3．加强运行监测协调。",
  "专栏 1：光学仪器创新平台：某某研究院。",
  "（二）组织保障",
  "第三章 保障措施",
  "第一节 组织领导",
  "第十条 本办法自印发之日起施行。",
].join("\n");

describe("parseSections", () => {
  const secs = parseSections(TEXT);
  const byPath = new Map(secs.map((s) => [s.path, s]));

  it("finds every heading kind with its official citation path", () => {
    expect(secs.map((s) => s.path)).toEqual([
      "一",
      "一、（一）",
      "二",
      "二、1",
      "二、2",
      "二、3",
      "专栏 1",
      "二、（二）",
      "第三章",
      "第三章第一节",
      "第三章第一节第十条",
    ]);
    expect(byPath.get("二、1")?.kind).toBe("item");
    expect(byPath.get("专栏 1")?.kind).toBe("column");
    expect(byPath.get("第三章")?.kind).toBe("chapter");
    expect(byPath.get("第三章第一节第十条")?.kind).toBe("article");
  });

  it("keeps the heading text and label apart", () => {
    const s = byPath.get("二") as (typeof secs)[number];
    expect(s.label).toBe("二");
    expect(s.heading).toBe("重点任务");
    expect(byPath.get("一、（一）")?.label).toBe("（一）");
    expect(byPath.get("专栏 1")?.heading).toBe("光学仪器创新平台");
  });

  it("spans a numbered measure up to the next heading, so its closing bracket is inside", () => {
    const m = byPath.get("二、1") as (typeof secs)[number];
    expect(TEXT.slice(m.start, m.end)).toContain("（市工业和信息化局负责）");
    expect(TEXT.slice(m.start, m.end)).not.toContain("着力扩大");
  });

  it("sectionAt returns the innermost section, or null before the first heading", () => {
    const at = TEXT.indexOf("做大增量");
    expect(sectionAt(secs, at)?.path).toBe("二、1");
    expect(sectionAt(secs, TEXT.indexOf("坚持新发展"))?.path).toBe("一、（一）");
    expect(sectionAt(secs, 0)).toBeNull();
  });

  it("does not read a year or a figure at a line start as a numbered item", () => {
    expect(parseSections("2020 年完成目标。\n100 家企业入驻。")).toEqual([]);
  });
});

describe("parseSections edge cases", () => {
  it("does not take a count followed by a space as a measure number", () => {
    expect(parseSections("20 家企业入驻园区。")).toEqual([]);
  });
});
