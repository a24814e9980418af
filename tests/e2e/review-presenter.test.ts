// Issue 12's researcher and presenter journeys in real Chromium on the seeds, at 1280×720 and
// 1440×900 in Chinese and English (one host and one browser; a fresh page per combination):
// the review table worked by keyboard, one rule's relations rejected in one batch and undone;
// a path view that keeps only the path, presented with every name and exported as a PNG that
// names every node of the view; a merge that keeps the best-connected entity by default.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRenderer, openSession, SEEDS, type Session } from "./harness.ts";

let s: Session;
const COMBOS = [
  { width: 1280, height: 720, lang: "zh-CN" },
  { width: 1440, height: 900, lang: "zh-CN" },
  { width: 1280, height: 720, lang: "en" },
  { width: 1440, height: 900, lang: "en" },
] as const;
type Combo = (typeof COMBOS)[number];
const STORAGE = { "kg.mode": "review", "kg.startDismissed": "yes", "kg.reviewMode": "table" };
const POLL = { timeout: 20_000 };

interface Row {
  kind: "entity" | "relation";
  id: number;
  label: string;
  state: string;
  rule: string | null;
}
// The whole table (the renderer asks for pages of 200).
const table = async () => (await s.api<{ rows: Row[] }>("reviewTable", { limit: 100_000 })).rows;
const key = (r: { kind: string; id: number }) => `${r.kind}:${r.id}`;

beforeAll(async () => {
  buildRenderer();
  s = await openSession([SEEDS], { viewport: { width: 1440, height: 900 }, storage: STORAGE });
}, 180_000);
afterAll(async () => {
  await s?.close();
});

async function openPage(combo: { width: number; height: number; lang: string }): Promise<Page> {
  const page = await s.newPage({
    viewport: { width: combo.width, height: combo.height },
    storage: { ...STORAGE, "kg.lang": combo.lang },
  });
  await page.goto(s.host.url);
  await page.locator('[data-laid-out="yes"]').waitFor({ timeout: 90_000 });
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(combo.lang);
  return page;
}

for (const combo of COMBOS) journeys(combo);

function journeys(combo: Combo): void {
  const at = `${combo.width}×${combo.height} ${combo.lang}`;
  const viewName = `只含路径 ${at}`;
  let page: Page;
  // A loaded machine: the 20 keyboard decisions alone can take most of a minute.
  describe(`researcher and presenter at ${at}`, { timeout: 150_000 }, () => {
    beforeAll(async () => {
      page = await openPage(combo);
    }, 180_000);
    afterAll(async () => {
      await page?.context().close();
    });

    it("reviews 20 items from the table by keyboard; the screen changes before the store answers", async () => {
      await page.getByTestId("open-queue").click();
      await page.getByTestId("review-table").waitFor();
      const first = page.getByTestId("rv-row").first();
      await first.waitFor();
      // Virtualised: far fewer rows in the DOM than in the table.
      const total = Number(await page.getByTestId("rv-count").getAttribute("data-n"));
      expect(total).toBeGreaterThan(1000);
      expect(await page.getByTestId("rv-row").count()).toBeLessThan(60);

      await page.getByTestId("rv-list").focus();
      const decided: { key: string; state: string }[] = [];
      for (let i = 0; i < 20; i++) {
        const current = page.locator('[data-testid="rv-row"][aria-selected="true"]');
        const k = (await current.getAttribute("data-key")) ?? "";
        const state = i % 4 === 3 ? "rejected" : "confirmed";
        await page.keyboard.press(state === "rejected" ? "n" : "y");
        // optimistic: the row says so at once (the cursor has moved on to the next)
        expect(await page.locator(`[data-testid="rv-row"][data-key="${k}"]`).getAttribute("data-state")).toBe(state);
        decided.push({ key: k, state });
      }
      expect(new Set(decided.map((d) => d.key)).size).toBe(20);
      await expect
        .poll(async () => {
          const rows = new Map((await table()).map((r) => [key(r), r.state]));
          return decided.filter((d) => rows.get(d.key) === d.state).length;
        }, POLL)
        .toBe(20);
      // K goes back, U resets
      await page.keyboard.press("k");
      const back = await page.locator('[data-testid="rv-row"][aria-selected="true"]').getAttribute("data-key");
      expect(back).toBe(decided[19]?.key);
      await page.keyboard.press("u");
      await expect.poll(async () => (await table()).find((r) => key(r) === back)?.state, POLL).toBe("unreviewed");
    });

    it("bulk-rejects one rule's relations as one action; Ctrl+Z restores every one", async () => {
      const rows = await table();
      const byRule = new Map<string, number>();
      for (const r of rows)
        if (r.kind === "relation" && r.state === "unreviewed" && r.rule)
          byRule.set(r.rule, (byRule.get(r.rule) ?? 0) + 1);
      // a rule with a sizeable but not overwhelming share
      const [rule, n] = [...byRule.entries()].filter(([, c]) => c >= 5).sort((a, b) => a[1] - b[1])[0] ?? ["", 0];
      expect(n).toBeGreaterThanOrEqual(5);
      await page.getByTestId("rv-filter-kind").selectOption("relation");
      await page.getByTestId("rv-filter-state").selectOption("unreviewed");
      await page.getByTestId("rv-filter-rule").selectOption(rule);
      await expect.poll(async () => Number(await page.getByTestId("rv-count").getAttribute("data-n")), POLL).toBe(n);
      const edits = (await s.api<{ total: number }>("history", { limit: 1 })).total;
      // the keyboard walk above may already have rejected some of this rule's relations
      const rejectedBefore = (await table()).filter(
        (r) => r.rule === rule && r.kind === "relation" && r.state === "rejected",
      ).length;

      await page.getByTestId("rv-reject-all").click();
      const states = page.getByTestId("rv-states");
      expect(Number(await states.getAttribute("data-rejected"))).toBe(n);
      await expect
        .poll(
          async () =>
            (await table()).filter((r) => r.rule === rule && r.kind === "relation" && r.state === "rejected").length,
          POLL,
        )
        .toBe(rejectedBefore + n);
      expect((await s.api<{ total: number }>("history", { limit: 1 })).total).toBe(edits + 1);

      await page.getByTestId("rv-list").focus();
      await page.keyboard.press("Control+z");
      await expect
        .poll(
          async () =>
            (await table()).filter((r) => r.rule === rule && r.kind === "relation" && r.state === "unreviewed").length,
          POLL,
        )
        .toBe(n);
      await expect.poll(async () => Number(await states.getAttribute("data-unreviewed")), POLL).toBe(n);
      expect(Number(await states.getAttribute("data-rejected"))).toBe(0);
      await page.getByTestId("rv-filter-kind").selectOption("all");
      await page.getByTestId("rv-filter-rule").selectOption("");
    });

    it("saves a path view keeping only the path, presents it with every name, exports a PNG naming every node", async () => {
      await page.keyboard.press("Escape");
      await page.getByTestId("tab-details").click();
      const ends = await page.evaluate(() => {
        const cy = window.__cy;
        if (!cy) throw new Error("no cytoscape");
        const shown = cy.nodes().not(".hidden");
        const count = new Map<string, number>();
        shown.forEach((n) => {
          count.set(n.data("name"), (count.get(n.data("name")) ?? 0) + 1);
        });
        const unique = (n: import("cytoscape").NodeSingular) => count.get(n.data("name")) === 1;
        for (const a of shown.sort((x, y) => (y.data("degree") as number) - (x.data("degree") as number))) {
          if (!unique(a as import("cytoscape").NodeSingular)) continue;
          const near = a.closedNeighborhood("node").not(".hidden");
          const far = near
            .neighborhood("node")
            .not(".hidden")
            .not(near)
            .filter((n) => unique(n as import("cytoscape").NodeSingular));
          if (far.nonempty()) return { from: a.data("name") as string, to: far[0]?.data("name") as string };
        }
        throw new Error("no two entities two steps apart");
      });
      const pick = async (name: string, end: "path-from" | "path-to") => {
        await page.getByTestId("search-input").fill(name);
        await page
          .locator('[data-testid="search-hit"][data-kind="entity"]')
          .filter({
            has: page.locator(".hit-label", {
              hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
            }),
          })
          .first()
          .click();
        await expect.poll(() => page.getByTestId("details-name").textContent(), POLL).toBe(name);
        await page.getByTestId(end).click();
      };
      await pick(ends.from, "path-from");
      await pick(ends.to, "path-to");
      const find = page.getByTestId("find-path");
      if ((await find.count()) > 0 && (await find.isVisible())) await find.click();
      await page.getByTestId("path-steps").waitFor();
      const pathKeys = await page.evaluate(() =>
        (window.__cy?.nodes(".path").map((n) => n.data("key") as string) ?? []).sort(),
      );
      expect(pathKeys.length).toBeGreaterThanOrEqual(3);

      await page.getByTestId("tab-views").click();
      await page.getByTestId("views-panel").waitFor();
      await page.getByTestId("view-keep-only").check();
      await page.getByTestId("view-name").fill(viewName);
      await page.getByTestId("view-save").click();
      await page.getByTestId("view-row").filter({ hasText: viewName }).waitFor();
      const views = await s.api<{ id: number; name: string; entityCount: number }[]>("viewsList");
      const view = views.find((v) => v.name === viewName);
      expect(view?.entityCount).toBe(pathKeys.length);
      const graph = await s.api<{ nodes: { key: string; name: string }[] }>("viewGraph", { id: view?.id });
      expect(graph.nodes.map((n) => n.key).sort()).toEqual(pathKeys);
      const names = graph.nodes.map((n) => n.name).sort();

      // Present it: only the path, every node labelled, nothing faded to ghosts.
      await page.getByTestId("view-row").filter({ hasText: viewName }).getByTestId("view-open").click();
      await expect
        .poll(() => page.evaluate(() => window.__cy?.nodes().not(".hidden").length), POLL)
        .toBe(pathKeys.length);
      await page.getByTestId("present-start").or(page.getByTestId("present")).first().click();
      await page.getByTestId("stage-controls").waitFor();
      const onStage = () =>
        page.evaluate(() =>
          (window.__cy?.nodes().not(".hidden") ?? []).map((n: import("cytoscape").NodeSingular) => ({
            label: String(n.style("label")),
            opacity: Number(n.style("opacity")),
          })),
        );
      await expect.poll(async () => (await onStage()).map((n) => n.label).sort(), POLL).toEqual(names);
      expect((await onStage()).every((n) => n.opacity === 1)).toBe(true);
      // the controls are plainly visible
      expect(await page.getByTestId("stage-controls").evaluate((el) => getComputedStyle(el).opacity)).toBe("1");

      // Leaving puts the view's camera back: every node inside the canvas.
      await page.getByTestId("present-exit").click();
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const cy = window.__cy;
              if (!cy) return false;
              return cy
                .nodes()
                .not(".hidden")
                .every((n) => {
                  const p = (n as import("cytoscape").NodeSingular).renderedPosition();
                  return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
                });
            }),
          POLL,
        )
        .toBe(true);

      await page.getByTestId("export-toggle").click();
      await page.getByTestId("export-format-png").check();
      await page.getByTestId("export-scale").selectOption("2");
      const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-run").click()]);
      const bytes = Buffer.from(await (await png.createReadStream()).toArray().then((c) => Buffer.concat(c)));
      expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      const width = bytes.readUInt32BE(16);
      expect(width).toBeGreaterThanOrEqual(2560); // a 1280-unit frame at 2×: names ~36 px high
      const record = await page.evaluate(() => window.__kgLastExport);
      expect(record?.labels.slice().sort()).toEqual(names);
      expect(record?.nodes.slice().sort()).toEqual(names);
    });
  });
}

describe("merge at 1440×900 zh-CN", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(COMBOS[1]);
  }, 180_000);
  afterAll(async () => {
    await page?.context().close();
  });

  it("merging defaults to the best-connected entity, whatever the picking order; departments get no cluster–enterprise", async () => {
    // Back to the live graph if a view is shown.
    const chip = page.getByTestId("view-chip");
    if ((await chip.count()) > 0) await chip.locator("button").first().click();
    // Two departments drawn now, the least and the best connected.
    const drawn = await page.evaluate(() =>
      (window.__cy?.nodes('[type = "department"]').not(".hidden") ?? []).map((n: import("cytoscape").NodeSingular) => ({
        id: n.data("eid") as number,
        name: n.data("name") as string,
        degree: n.data("degree") as number,
      })),
    );
    const depts = drawn.sort((a, b) => a.degree - b.degree || a.id - b.id);
    const low = depts[0] as { id: number; name: string; degree: number };
    const high = depts[depts.length - 1] as { id: number; name: string; degree: number };
    expect(high.degree).toBeGreaterThan(low.degree);
    await page.getByTestId("tab-details").click();
    const open = async (id: number) => {
      await page.evaluate((n) => {
        window.__cy?.getElementById(`n${n}`).emit("tap");
      }, id);
      await page.locator(`[data-testid="details"][data-entity="${id}"]`).waitFor();
      await page.getByTestId("pick-entity").click();
    };
    await open(low.id);
    await open(high.id);
    const bar = page.getByTestId("multi-bar");
    await bar.waitFor();
    expect(await bar.locator(`[data-testid="merge-keep"][data-entity="${high.id}"]`).isChecked()).toBe(true);
    expect(await bar.getByTestId("merge-counts").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(String(high.degree))]),
    );
    await bar.getByTestId("relation-none").waitFor();
    expect(await bar.getByTestId("relation-type").count()).toBe(0);
    await bar.getByTestId("merge").click();
    await expect.poll(async () => s.api("entity", { id: low.id }), POLL).toBeNull();
    const kept = await s.api<{ name: string; aliases: string[] }>("entity", { id: high.id });
    expect(kept.name).toBe(high.name);
    expect(kept.aliases).toContain(low.name);
  }, 120_000);

  it("logged no console errors", () => {
    expect(s.errors).toEqual([]);
  });
});
