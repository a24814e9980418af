import { describe, expect, it } from "vitest";
import { csvField, toCsv, toGexf, toGraphml, xmlEscape } from "../../../../db/export/formats.ts";

const data = {
  nodes: [
    {
      id: 1,
      key: "enterprise:甲",
      type: "enterprise" as const,
      name: '甲,乙"丙"',
      level: null,
      status: "existing" as const,
      review: "unreviewed" as const,
      degree: 1,
      mentionCount: 2,
      confidence: 0.9,
      aliases: ["甲"],
    },
    {
      id: 2,
      key: "cluster:丁",
      type: "cluster" as const,
      name: "丁<&>",
      level: "city" as const,
      status: "planned" as const,
      review: "confirmed" as const,
      degree: 1,
      mentionCount: 1,
      confidence: null,
      aliases: [],
    },
  ],
  edges: [
    {
      id: 9,
      type: "cluster_enterprise" as const,
      source: 2,
      target: 1,
      review: "unreviewed" as const,
      weight: 3,
      confidence: 0.8,
    },
  ],
  documents: [],
};

describe("export formats", () => {
  it("csvField quotes only what RFC 4180 requires", () => {
    expect(csvField("碳纤维")).toBe("碳纤维");
    expect(csvField('甲,乙"丙"')).toBe('"甲,乙""丙"""');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField(0)).toBe("0");
  });

  it("csv rows name both ends of an edge", () => {
    const [, edges] = toCsv(data);
    expect(edges?.content.split("\r\n")[1]).toBe('9,2,1,丁<&>,"甲,乙""丙""",cluster_enterprise,3,unreviewed,0.8');
  });

  it("xmlEscape escapes markup and drops characters XML cannot carry", () => {
    expect(xmlEscape(`a<b>&"c"'d'\u0001\u000b`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
    expect(xmlEscape("第一行\n第二行")).toBe("第一行\n第二行");
  });

  it("GraphML and GEXF write null attributes as absent, not as 'null'", () => {
    const graphml = toGraphml(data).content;
    const gexf = toGexf(data, "2026-01-01").content;
    expect(graphml).not.toContain(">null<");
    expect(gexf).not.toContain('value="null"');
    expect(graphml).toContain('<data key="n_level">city</data>');
    expect(gexf).toContain('weight="3"');
  });
});
