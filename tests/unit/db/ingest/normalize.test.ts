import { describe, expect, it } from "vitest";
import { displayWidth, estimateWrapWidth, normalizeText } from "../../../../db/ingest/normalize.ts";
import { seedText } from "./helpers.ts";

describe("normalizeText: spaces", () => {
  it("drops spaces and U+3000 between CJK, keeps them between Latin words", () => {
    expect(normalizeText("关于 强化\u3000科技创新 支撑")).toBe("关于强化科技创新支撑");
    expect(normalizeText("2026 年 5 月 16 日")).toBe("2026年5月16日");
    expect(normalizeText("攻关 LNG、甲醇等 new energy ships")).toBe("攻关LNG、甲醇等new energy ships");
    expect(normalizeText("a\u00a0b\u3000c")).toBe("a b c");
    expect(normalizeText("末尾有空格   \n  开头有空格")).toBe("末尾有空格\n开头有空格");
  });

  it("reads a wide gap between two words (a table that lost its cell marks) as a column break", () => {
    expect(normalizeText("1 青禾机电产业集聚区     机电设备")).toBe("1青禾机电产业集聚区\t机电设备");
    expect(normalizeText("关于  强化科技创新")).toBe("关于强化科技创新");
  });

  it("keeps the space after a heading label and before a field label", () => {
    expect(normalizeText("第一章 总 则")).toBe("第一章 总则");
    expect(normalizeText("专栏 2：新医药与医疗器械 创新平台：医用植入器械国家工程实验室")).toBe(
      "专栏 2：新医药与医疗器械\n创新平台：医用植入器械国家工程实验室",
    );
    expect(normalizeText("苗强 山东港口威海港有限公司站长")).toBe("苗强 山东港口威海港有限公司站长");
  });

  it("joins text spaced out character by character", () => {
    const spaced = [..."威海市人民政府办公室关于印发测试工作方案的通知"].join(" ");
    expect(normalizeText(spaced.repeat(3))).toBe("威海市人民政府办公室关于印发测试工作方案的通知".repeat(3));
  });

  it("keeps full-width brackets and commas (no NFKC), but makes full-width digits and letters ASCII", () => {
    expect(normalizeText("哈尔滨工业大学（威海），山东大学（威海）")).toBe("哈尔滨工业大学（威海），山东大学（威海）");
    expect(normalizeText("威政发〔２０２３〕５号，ＩＣＵ产品")).toBe("威政发〔2023〕5号，ICU产品");
  });

  it("collapses blank lines, strips markdown/HTML remnants and page numbers", () => {
    expect(normalizeText("## 第一章 发展基础\n\n\n\n**创新能力。**打造<b>创新园</b>。\n- 19 -\n---\n")).toBe(
      "第一章 发展基础\n创新能力。打造创新园。",
    );
  });

  it("is idempotent, so stored text re-normalises to itself", () => {
    for (const seed of ["000", "001", "002", "003", "004"]) {
      const once = normalizeText(seedText(seed));
      expect(normalizeText(once)).toBe(once);
    }
  });
});

describe("normalizeText: reflow of wrapped text (seed 000)", () => {
  const text = normalizeText(seedText("000"));
  const lines = text.split("\n");

  it("finds the wrap width of the document", () => {
    const raw = seedText("000")
      .split("\n")
      .map((l) => l.trim());
    expect(estimateWrapWidth(raw)).toBe(28);
    expect(displayWidth("ab中")).toBe(2);
  });

  it("joins words broken across lines", () => {
    expect(text).toContain("新北洋国家地方联合工程实验室");
    expect(text).toContain("南海新区管委");
    expect(text).toContain("加快构建上中下游密切衔接、配套完善的产业集群");
    expect(text).not.toMatch(/\n\n/);
    expect(text).not.toMatch(/[ \t]$/m);
  });

  it("keeps headings and paragraphs on their own lines", () => {
    expect(lines).toContain("一、总体要求");
    expect(lines).toContain("（一）指导思想");
    expect(lines).toContain("二、重点领域");
    expect(lines).toContain("威海市人民政府");
    expect(lines).toContain("2018年2月7日");
    const goal = lines.find((l) => l.startsWith("（二）发展目标。"));
    expect(goal).toMatch(/。$/);
    expect(lines.filter((l) => l.startsWith("——"))).toHaveLength(4);
  });

  it("separates each 专栏 box title from its fields", () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      const at = lines.findIndex((l) => l.startsWith(`专栏 ${n}：`));
      expect(at).toBeGreaterThan(0);
      expect(lines[at + 1]).toMatch(/^创新平台：/);
    }
    expect(lines).toContain("专栏 1：新一代信息技术");
    expect(lines).toContain("专栏 2：新医药与医疗器械");
    expect(text).toContain("\n重点企业：威高集团、迪沙集团");
    expect(text).toContain("奥萨制药等。\n招商方向：高性能医疗器械");
  });
});

describe("normalizeText: other seeds", () => {
  it("seed 001: the plan's paragraphs are joined, chapter headings kept, page numbers gone", () => {
    const lines = normalizeText(seedText("001")).split("\n");
    expect(lines).toContain("第一章 发展基础和面临形势");
    expect(lines).toContain("一、发展基础");
    expect(lines.some((l) => /^- ?\d+ ?-$/.test(l))).toBe(false);
    expect(lines.join("\n")).toContain("建设成为科技业态初具规模");
    // watermark URLs stamped into paragraphs are dropped and the paragraph mended
    expect(lines.join("\n")).not.toContain("http");
    expect(lines.join("\n")).toContain("为我国“十四五”时期经济发展提供了新的机遇期");
  });

  it("seed 003: markdown remnants are gone, text and TOC kept", () => {
    const text = normalizeText(seedText("003"));
    expect(text).not.toContain("**");
    expect(text).not.toMatch(/<\/?b>/);
    expect(text).not.toMatch(/^#/m);
    expect(text).not.toContain(".....");
    expect(text.split("\n")[0]).toBe("威海市环翠区国民经济和社会发展第十四个五年规划和2035年远景目标纲要");
    expect(text).toContain("\n第五章\t提高精致城市建设水平，打造精致城市样板\t33\n");
    expect(text).toContain("\n创新能力有效提高。打造了威海创新园");
    // a paragraph split by a page break is whole again
    expect(text).toContain("全区经济社会发展稳中有进。");
    // a list of labelled items keeps one item per line
    expect(text).toContain("扩产项目\n新一代信息技术产业：新北洋自助智能零售终端设备研发与产业化项目");
    expect(text).toContain("\n文化创意：中国油画小镇、文创动漫基地\n");
  });

  it("seed 004: one-paragraph-per-line text stays as it is, page splits are mended", () => {
    const raw = seedText("004");
    const text = normalizeText(raw);
    const lines = text.split("\n");
    expect(lines.filter((l) => /^\d+\.\s?/.test(l))).toHaveLength(21);
    expect(lines).toContain("一、强化经济运行组织调控，夯实工业经济基本盘");
    expect(text).toContain("碳排放等要素保障，推动实施类项目加快建设。");
    expect(text).toContain("推动海洋食品产业提档升级。");
    // every numbered measure of the source is still one line, starting as in the source
    const measures = raw.split("\n").filter((l) => /^\d+\./.test(l));
    for (const m of measures) expect(lines.some((l) => l.startsWith(normalizeText(m).slice(0, 12)))).toBe(true);
  });
});

describe("normalizeText: blank lines in unwrapped text", () => {
  it("a blank line and then a labelled line starts a new paragraph, even after a line left open", () => {
    // A paragraph on one line (no wrap width), its last words run together as in the source.
    const para = `某市已建成工业园区3个，${"规划面积十平方公里，".repeat(10)}形成了县区均有园区的格局。其中认定的化工园区2个甲化工园乙化工园`;
    const text = normalizeText(`${para}\n\n甲经济开发区：2006年批准为省级开发区，形成以丙公司为龙头的食品产业。`);
    expect(text.split("\n")).toEqual([para, "甲经济开发区：2006年批准为省级开发区，形成以丙公司为龙头的食品产业。"]);
  });

  it("a short line or an open bracket before the blank line is still a page break inside a paragraph", () => {
    expect(normalizeText("第十条 甲通道面向以下老\n\n年人开放：")).toBe("第十条 甲通道面向以下老年人开放：");
    const measure = `1.${"使用单位应当建立健全安全管理制度，".repeat(8)}（牵`;
    expect(normalizeText(`${measure}\n\n头单位：各行业主管部门）`)).toBe(`${measure}头单位：各行业主管部门）`);
  });
});

describe("normalizeText: bullets lost to a wrong encoding", () => {
  it("a line opening with an ASCII ? before a Han character is a bullet lost to a wrong encoding", () => {
    const a = "?推进青禾智造产业园建设，支持云岫能源有限公司扩产。(市发展改革委、市商务局)";
    const b = "?培育海洋装备产业集群，建设海洋装备创新中心";
    expect(normalizeText(`${a}\n${b}`).split("\n")).toEqual([a, b]);
  });
});
