// Label sizing and zoom bands as the graph uses them: a long Chinese name wraps where cytoscape
// wraps it (the box labels.ts keeps free must match what is drawn), and the zoom band's font class
// reaches every node while nodes already in the band are left alone (each class change restyles a
// node and its relations: the long tasks of a big first view). namesLeftOut tells a small picture
// laid out too tight for its names (the explorer then lays it out again with room).
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { namesLeftOut, setZoomBand, wrapped } from "../../../renderer/graph/labels.ts";

// (no canvas here: a CJK character is measured a full em wide, as the fallback says)
const FONT = "normal 500 12px sans-serif";

describe("wrapped", () => {
  it("keeps a name within the wrap width on one line", () => {
    expect(wrapped("甲乙丙丁戊己庚辛", FONT, 98)).toEqual({ width: 96, lines: 1 });
  });
  it("breaks a longer name after the last character that fits, lines as wide as their text", () => {
    expect(wrapped("甲乙丙丁戊己庚辛壬癸子丑", FONT, 98)).toEqual({ width: 96, lines: 2 });
    expect(wrapped("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未", FONT, 98)).toEqual({ width: 96, lines: 3 });
    expect(wrapped("甲乙丙丁戊己庚辛壬", FONT, 60)).toEqual({ width: 60, lines: 2 });
  });
  it("an empty name takes no room", () => {
    expect(wrapped("", FONT, 98)).toEqual({ width: 0, lines: 0 });
  });
});

describe("setZoomBand", () => {
  const graph = () =>
    cytoscape({
      headless: true,
      elements: [
        { data: { id: "a" }, classes: "zoom-far" },
        { data: { id: "b" }, classes: "zoom-mid" },
        { data: { id: "c" } },
        { data: { id: "d" }, classes: "zoom-far" },
      ],
    });
  const classes = (cy: cytoscape.Core) =>
    cy.nodes().map((n) => `${n.id()}:${n.hasClass("zoom-far") ? "far" : n.hasClass("zoom-mid") ? "mid" : "near"}`);

  it("gives every node the band's class and touches only the nodes that had another", () => {
    const cy = graph();
    const touched = new Set<string>();
    cy.on("class", "node", (e) => touched.add(e.target.id()));
    setZoomBand(cy, cy.nodes(), "far");
    expect(classes(cy)).toEqual(["a:far", "b:far", "c:far", "d:far"]);
    expect([...touched].sort()).toEqual(["b", "c"]);
  });
  it("zoomed in (near), no band class is left", () => {
    const cy = graph();
    setZoomBand(cy, cy.nodes(), "near");
    expect(classes(cy)).toEqual(["a:near", "b:near", "c:near", "d:near"]);
  });
  it("a second call in the same band changes nothing", () => {
    const cy = graph();
    setZoomBand(cy, cy.nodes(), "mid");
    const touched: string[] = [];
    cy.on("class", "node", (e) => touched.push(e.target.id()));
    setZoomBand(cy, cy.nodes(), "mid");
    expect(touched).toEqual([]);
    expect(classes(cy)).toEqual(["a:mid", "b:mid", "c:mid", "d:mid"]);
  });
});

describe("namesLeftOut", () => {
  // Sixteen eight-character names (about 100 px wide) on a 4 × 4 grid `step` model px apart.
  const grid = (step: number) =>
    cytoscape({
      headless: true,
      layout: { name: "preset" }, // (the default null layout puts every node at 0,0)
      elements: Array.from({ length: 16 }, (_, i) => ({
        data: { id: `n${i}`, label: "甲乙丙丁戊己庚辛", degree: 1, size: 21, fontMid: 14, labelWidth: 122 },
        position: { x: (i % 4) * step, y: Math.floor(i / 4) * step },
      })),
    });
  it("names packed closer than a name's width are partly left out", () => {
    expect(namesLeftOut(grid(40), 1.2)).toBeGreaterThan(0);
  });
  it("spaced a name's width and more apart, every one is placed", () => {
    expect(namesLeftOut(grid(150), 1.2)).toBe(0);
  });
  it("the picture is left as it was (no label or band classes)", () => {
    const cy = grid(40);
    namesLeftOut(cy, 0.8);
    expect(cy.nodes(".labelled, .zoom-mid, .zoom-far").length).toBe(0);
  });
});
