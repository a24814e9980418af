// A fit that lands just short of the zoom where the smallest names are drawn (7 px) takes that
// zoom when the picture still fits the canvas: names over padding. A much wider picture is fitted
// as it is (its names are hidden until the user zooms in, as cytoscape hides any under 7 px).
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { fitZoom } from "../../../renderer/graph/camera.ts";
import { LABEL_FONT_SIZE } from "../../../renderer/graph/cy-style.ts";
import { box } from "../../../renderer/graph/node-box.ts";

function row(width: number): cytoscape.Core {
  const cy = cytoscape({ headless: true });
  for (let i = 0; i <= 10; i++)
    cy.add({ data: { id: `n${i}`, eid: i, size: 20 }, position: { x: (i * width) / 10, y: 0 } });
  return cy;
}

/** A canvas of 1280 × 720 around the headless graph. */
function canvas(): cytoscape.Core {
  return { width: () => 1280, height: () => 720, minZoom: () => 0.05 } as unknown as cytoscape.Core;
}

describe("fitting keeps the smallest names drawn when it can", () => {
  const legible = 7 / LABEL_FONT_SIZE;

  it("takes the legible zoom when a fit falls just short of it and the picture still fits", () => {
    const cy = row(1160 / 0.57);
    const plain = (1280 - 96) / box(cy.$("node[eid]")).w;
    expect(plain).toBeLessThan(legible);
    expect(fitZoom(canvas(), cy.$("node[eid]"))).toBeGreaterThanOrEqual(legible);
  });

  it("fits a much wider picture as it is", () => {
    const cy = row(4000);
    expect(fitZoom(canvas(), cy.$("node[eid]"))).toBeLessThan(0.9 * legible);
  });
});
