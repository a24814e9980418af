// The big first view is fitted once, before its batches and its groups arrive: the box it fits
// must hold every group node syncGroups will stand around the entities (or the groups would
// appear off screen, or a second fit would move the camera and redraw everything). Group labels
// count with thousands grouped.
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { syncGroups, withGroupRing } from "../../../renderer/graph/group-nodes.ts";
import { box } from "../../../renderer/graph/node-box.ts";
import { formatCount } from "../../../renderer/i18n/format.ts";

function entities(w: number, h: number): cytoscape.Core {
  const cy = cytoscape({ headless: true });
  for (let i = 0; i < 40; i++)
    cy.add({
      data: { id: `n${i}`, eid: i, size: 20 + (i % 5) * 8 },
      position: { x: (i * 97) % w, y: (i * 61) % h },
    });
  return cy;
}

describe("the first view's box", () => {
  for (const [w, h] of [
    [3000, 800],
    [600, 2500],
    [1200, 1200],
  ] as const) {
    it(`holds every group node around a ${w}×${h} picture`, () => {
      const cy = entities(w, h);
      const b = withGroupRing(box(cy.$("node[eid]")));
      syncGroups(
        cy,
        { cluster: 120, park: 6_800, platform: 12_000, enterprise: 99_000, department: 9 },
        (t, n) => `${t} ${n}`,
      );
      const groups = cy.nodes(".group");
      expect(groups.length).toBe(5);
      groups.forEach((g) => {
        const p = g.position();
        const r = (g.data("size") as number) / 2;
        expect(p.x - r).toBeGreaterThanOrEqual(b.x1);
        expect(p.y - r).toBeGreaterThanOrEqual(b.y1);
        expect(p.x + r).toBeLessThanOrEqual(b.x1 + b.w);
        expect(p.y + r).toBeLessThanOrEqual(b.y1 + b.h);
      });
    });
  }
});

describe("formatCount", () => {
  it("groups thousands as both languages write them", () => {
    expect(formatCount(9)).toBe("9");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(24_995)).toBe("24,995");
    expect(formatCount(1_000_000)).toBe("1,000,000");
  });
});
