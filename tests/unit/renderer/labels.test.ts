// Label sizing and zoom bands as the graph uses them: a long Chinese name wraps where cytoscape
// wraps it (the box labels.ts keeps free must match what is drawn), and the zoom band's font class
// reaches every node while nodes already in the band are left alone (each class change restyles a
// node and its relations: the long tasks of a big first view).
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { setZoomBand, wrapped } from "../../../renderer/graph/labels.ts";

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
