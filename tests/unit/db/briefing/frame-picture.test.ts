// The presenter's frame: every name placed without overlap where there is room, title,
// legend and source around the graph; as SVG text and as a vector PDF on A4/Letter landscape
// whose text pdfjs can read back.
import { describe, expect, it } from "vitest";
import { findCjkFont } from "../../../../db/briefing/fonts.ts";
import { type FrameNode, layoutFrame } from "../../../../db/briefing/frame.ts";
import { frameToPdf } from "../../../../db/briefing/frame-pdf.ts";
import { frameToSvg } from "../../../../db/briefing/svg.ts";

const TYPES = ["cluster", "park", "platform", "enterprise", "department"] as const;

/** 30 nodes on a tight grid (as a view saved at a low zoom would hold them). */
function thirty(): { nodes: FrameNode[]; edges: { source: string; target: string; type: "park_enterprise" }[] } {
  const nodes: FrameNode[] = [];
  for (let i = 0; i < 30; i++) {
    nodes.push({
      id: `k${i}`,
      label: `测试实体名称${i}号`,
      type: TYPES[i % 5] as FrameNode["type"],
      x: (i % 6) * 60,
      y: Math.floor(i / 6) * 45,
      degree: i % 7,
    });
  }
  const edges = nodes
    .slice(1)
    .map((n, i) => ({ source: "k0", target: String(n.id), type: "park_enterprise" as const }));
  return { nodes, edges: edges.filter((_, i) => i % 3 === 0) };
}

async function pdfText(pdf: Uint8Array): Promise<{ view: number[]; text: string }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((i) => ("str" in i ? i.str : "")).join("");
  return { view: page.view, text };
}

describe("framed picture", () => {
  const g = thirty();
  const frame = layoutFrame(g, { framed: true, title: "标题：三十个实体", source: "来源：《测试文件》 · 2026-12-03" });

  it("labels every one of 30 nodes, mostly without overlap, at a legible size", () => {
    expect(frame.labels.map((l) => l.text).sort()).toEqual(g.nodes.map((n) => n.label).sort());
    expect(frame.labelSize).toBeGreaterThanOrEqual(18);
    // positions were spread over the slide: few labels had to sit on something
    expect(frame.labels.filter((l) => l.crowded).length).toBeLessThan(5);
    expect(frame.width).toBeGreaterThanOrEqual(1280);
  });

  it("as SVG: title, legend entries and source as text, one <text> per label", () => {
    const svg = frameToSvg(frame);
    for (const n of g.nodes) expect(svg).toContain(`>${n.label}</text>`);
    expect(svg).toContain(">标题：三十个实体</text>");
    expect(svg).toContain("来源：《测试文件》");
    expect(svg).toContain('class="legend"');
    expect(svg).toContain(">园区—企业</text>");
  });

  it("culls overlapping labels when not every name is wanted", () => {
    const crowded = layoutFrame(g, { labelAll: false });
    expect(crowded.labels.length).toBeLessThan(30);
    expect(crowded.labels.every((l) => !l.crowded)).toBe(true);
  });

  it.skipIf(!findCjkFont())("as PDF: A4 landscape is 842×595 pt, Letter 792×612, and the names are text", async () => {
    const a4 = await frameToPdf(frame, { paper: "a4", title: "三十个实体" });
    expect(a4.text).toBe(true);
    const read = await pdfText(a4.pdf);
    expect(read.view).toEqual([0, 0, 842, 595]);
    expect(read.text).toContain("标题：三十个实体");
    for (const n of g.nodes) expect(read.text).toContain(n.label);
    expect(read.text).toContain("来源：《测试文件》");
    // the font is a subset, not the whole 19 MB collection
    expect(a4.pdf.length).toBeLessThan(400_000);
    const letter = await frameToPdf(frame, { paper: "letter" });
    expect((await pdfText(letter.pdf)).view).toEqual([0, 0, 792, 612]);
  });
});
