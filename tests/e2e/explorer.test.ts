// The explorer in real Chromium against the real loopback host and a knowledge base built from the seeds.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentSummary, GraphFilter, PathResult, Subgraph } from "../../db/graph/types.ts";
import { RELATION_TYPES } from "../../db/types.ts";
import { buildRenderer, openSession, SEEDS, type Session } from "./harness.ts";

const SEED_000 = "000_5eb087360ca96ad5.txt";
const FIXTURES = join(SEEDS, "..", "tests/fixtures/ingest");
/**
 * What the explorer shows on start: every type, the typed relations but department_responsible
 * (co_mention and department_responsible off), entities without such a relation left out.
 */
const DEFAULT_FILTER: GraphFilter = {
  types: ["cluster", "park", "platform", "enterprise", "department"],
  relationTypes: RELATION_TYPES.filter((r) => r !== "co_mention" && r !== "department_responsible"),
  levels: ["national", "provincial", "city", "none"],
  status: ["existing", "planned"],
  minDegree: 0,
  hideIsolated: true,
};

let s: Session;

async function shown(page: Session["page"]) {
  const status = page.getByTestId("status");
  return {
    nodes: Number(await status.getAttribute("data-nodes")),
    edges: Number(await status.getAttribute("data-edges")),
    totalNodes: Number(await status.getAttribute("data-total-nodes")),
    totalEdges: Number(await status.getAttribute("data-total-edges")),
    text: (await status.textContent()) ?? "",
    cyNodes: await page.evaluate(() => window.__cy?.nodes().not(".hidden").length ?? -1),
    cyEdges: await page.evaluate(() => window.__cy?.edges().not(".hidden").length ?? -1),
  };
}

describe("explorer on the seeds", () => {
  beforeAll(async () => {
    buildRenderer();
    s = await openSession([SEEDS]);
    await s.page.goto(s.host.url);
    await s.page.locator('[data-laid-out="yes"]').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await s?.close();
  });

  it("shows exactly the entities and relations the current filters select", async () => {
    const sub = await s.api<Subgraph>("subgraph", DEFAULT_FILTER);
    expect(sub.nodes.length).toBeGreaterThan(50);
    const v = await shown(s.page);
    expect(v.nodes).toBe(sub.nodes.length);
    expect(v.cyNodes).toBe(sub.nodes.length);
    expect(v.edges).toBe(sub.edges.length);
    expect(v.cyEdges).toBe(sub.edges.length);
    expect(v.totalNodes).toBe(sub.totalNodes);
    expect(v.text).toContain(`显示 ${sub.nodes.length} / ${sub.totalNodes} 个实体`);
    expect(v.text).toContain(`${sub.edges.length} / ${sub.totalEdges} 条关系`);
    // co_mention is hidden by default: no such edge is drawn.
    const coMentions = await s.page.evaluate(() => window.__cy?.edges('[type = "co_mention"]').not(".hidden").length);
    expect(coMentions).toBe(0);
  });

  it("switching off a type removes its nodes and updates the counts", async () => {
    // Nodes linked only to enterprises stay: they are linked, their partners merely hidden.
    const all = await s.api<Subgraph>("subgraph", DEFAULT_FILTER);
    const kept = new Set(all.nodes.filter((n) => n.type !== "enterprise").map((n) => n.id));
    const without = {
      nodes: [...kept],
      edges: all.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
    };
    const before = await shown(s.page);
    await s.page.getByTestId("type-enterprise").uncheck();
    await s.page.locator(`[data-testid="status"][data-nodes="${without.nodes.length}"]`).waitFor();
    const after = await shown(s.page);
    expect(after.nodes).toBeLessThan(before.nodes);
    expect(after.cyNodes).toBe(without.nodes.length);
    expect(after.edges).toBe(without.edges.length);
    expect(after.cyEdges).toBe(without.edges.length);
    const enterprises = await s.page.evaluate(() => window.__cy?.nodes('[type = "enterprise"]').not(".hidden").length);
    expect(enterprises).toBe(0);
    expect(await s.page.getByTestId("legend-enterprise").getAttribute("data-count")).toBe("0");

    // Back on: the same nodes return at the positions they had (no re-layout).
    const positions = await s.page.evaluate(() =>
      window.__cy
        ?.nodes()
        .not(".hidden")
        .map(
          (n: import("cytoscape").NodeSingular) =>
            [n.id(), n.position("x"), n.position("y")] as [string, number, number],
        ),
    );
    await s.page.getByTestId("type-enterprise").check();
    await s.page.locator(`[data-testid="status"][data-nodes="${before.nodes}"]`).waitFor();
    const moved = await s.page.evaluate(
      (list) =>
        list.filter(([id, x, y]) => {
          const p = window.__cy?.getElementById(id).position();
          return !p || Math.abs(p.x - x) > 0.5 || Math.abs(p.y - y) > 0.5;
        }).length,
      positions ?? [],
    );
    expect(moved).toBe(0);
  });

  it("search 威高 selects an enterprise whose details cite seed 000 with the mention marked; the mention opens the document there", async () => {
    const docs = await s.api<DocumentSummary[]>("documents");
    const doc000 = docs.find((d) => d.fileName === SEED_000);
    expect(doc000).toBeDefined();

    await s.page.locator("body").click({ position: { x: 800, y: 10 } });
    await s.page.keyboard.press("Control+f");
    await s.page.keyboard.type("威高");
    const hit = s.page.locator('[data-testid="search-hit"][data-kind="entity"][data-type="enterprise"]').first();
    await hit.waitFor();
    await hit.click();

    const details = s.page.getByTestId("details");
    await expect.poll(async () => (await s.page.getByTestId("details-name").textContent()) ?? "").toContain("威高");
    const mention = details.locator(`[data-testid="mention"][data-document="${doc000?.id}"]`).first();
    await mention.waitFor();
    expect(await mention.locator("mark").textContent()).toContain("威高");
    const selectedId = Number(await details.getAttribute("data-entity"));
    const selected = await s.page.evaluate(() => window.__cy?.nodes(":selected").map((n) => n.data("eid") as number));
    expect(selected).toEqual([selectedId]);

    await mention.click();
    const viewer = s.page.getByTestId("document-viewer");
    await viewer.waitFor();
    expect(await viewer.getAttribute("data-document")).toBe(String(doc000?.id));
    const target = viewer.locator(".in-target").first();
    await target.waitFor();
    expect(
      await viewer
        .locator(".in-target")
        .allTextContents()
        .then((t) => t.join("")),
    ).toContain("威高");
    const [box, pane] = await Promise.all([target.boundingBox(), viewer.locator(".viewer-body").boundingBox()]);
    expect(box && pane && box.y >= pane.y && box.y + box.height <= pane.y + pane.height).toBe(true);

    // Clicking a mention in the viewer selects its entity in the graph.
    const other = viewer.locator("mark.m").first();
    const entity = Number(await other.getAttribute("data-entity"));
    await other.click();
    await s.page.locator(`[data-testid="details"][data-entity="${entity}"]`).waitFor();
    await s.page.getByTestId("close-viewer").click();
  });

  it("shows a shortest path between two chosen entities, highlighted and listed with evidence", async () => {
    const sub = await s.api<Subgraph>("subgraph", DEFAULT_FILTER);
    // Two entities two hops apart, found from the API's own edges.
    const adj = new Map<number, number[]>();
    for (const e of sub.edges) {
      adj.set(e.source, [...(adj.get(e.source) ?? []), e.target]);
      adj.set(e.target, [...(adj.get(e.target) ?? []), e.source]);
    }
    let pair: [number, number] | null = null;
    for (const [a, ns] of adj) {
      for (const b of ns) {
        const c = (adj.get(b) ?? []).find((x) => x !== a && !ns.includes(x));
        if (c !== undefined) {
          pair = [a, c];
          break;
        }
      }
      if (pair) break;
    }
    expect(pair).not.toBeNull();
    const [from, to] = pair as [number, number];
    const expected = await s.api<PathResult | null>("path", { from, to });
    expect(expected?.steps.length).toBe(2);

    const tapNode = (id: number) =>
      s.page.evaluate((n) => {
        window.__cy?.getElementById(`n${n}`).emit("tap");
      }, id);
    await tapNode(from);
    await s.page.locator(`[data-testid="details"][data-entity="${from}"]`).waitFor();
    await s.page.getByTestId("path-from").click();
    await tapNode(to);
    await s.page.locator(`[data-testid="details"][data-entity="${to}"]`).waitFor();
    // Both ends set: the path is found without another click.
    await s.page.getByTestId("path-to").click();
    const steps = s.page.getByTestId("path-steps");
    await steps.waitFor();
    expect(await steps.getAttribute("data-steps")).toBe("2");
    expect(await s.page.getByTestId("path-step").count()).toBe(2);
    const highlighted = await s.page.evaluate(() => ({
      nodes: window.__cy
        ?.nodes(".path")
        .map((n) => n.data("eid") as number)
        .sort(),
      edges: window.__cy?.edges(".path").length,
    }));
    expect(highlighted.nodes).toEqual(expected?.nodes.map((n) => n.id).sort());
    expect(highlighted.edges).toBe(2);
    const evidence = await s.page.locator(".path-evidence").allTextContents();
    expect(evidence.length).toBeGreaterThan(0);
  });

  it("focus mode shows only the neighbourhood of the selection; Esc clears it", async () => {
    const sub = await s.api<Subgraph>("subgraph", DEFAULT_FILTER);
    const hub = [...sub.nodes].sort((a, b) => b.degree - a.degree)[0];
    expect(hub).toBeDefined();
    const id = hub?.id as number;
    const nb = await s.api<Subgraph>("neighbourhood", { id, depth: 1, filter: DEFAULT_FILTER });
    expect(nb.nodes.length).toBeLessThan(sub.nodes.length);
    await s.page.evaluate((n) => {
      window.__cy?.getElementById(`n${n}`).emit("tap");
    }, id);
    await s.page.locator(`[data-testid="details"][data-entity="${id}"]`).waitFor();
    await s.page.getByTestId("focus").click();
    await s.page.locator(`[data-testid="status"][data-nodes="${nb.nodes.length}"]`).waitFor();
    expect(await s.page.evaluate(() => window.__cy?.nodes().not(".hidden").length)).toBe(nb.nodes.length);
    await s.page.getByTestId("focus").click();
    await s.page.locator(`[data-testid="status"][data-nodes="${sub.nodes.length}"]`).waitFor();
    await s.page.keyboard.press("Escape");
    expect(await s.page.evaluate(() => window.__cy?.nodes(":selected").length)).toBe(0);
    await s.page.getByTestId("details").getByText("在图中点击一个实体查看详情").waitFor();
  });

  it("switches the interface language", async () => {
    await s.page.keyboard.press("Escape");
    if (await s.page.getByTestId("filters-open").count()) await s.page.getByTestId("filters-open").click();
    expect(await s.page.getByTestId("fit").textContent()).toContain("适应窗口");
    await s.page.getByTestId("lang").click();
    await expect.poll(async () => (await s.page.getByTestId("fit").textContent()) ?? "").toContain("Fit");
    expect(await s.page.getByTestId("status").textContent()).toMatch(/^Showing \d+ of \d+ entities/);
    expect(await s.page.getByTestId("type-enterprise").locator("..").textContent()).toContain("Enterprise");
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe("en");
    await s.page.getByTestId("lang").click();
    await expect.poll(async () => (await s.page.getByTestId("fit").textContent()) ?? "").toContain("适应窗口");
  });

  it("logged no console errors and requested nothing outside 127.0.0.1", () => {
    expect(s.errors).toEqual([]);
    expect(s.requests.length).toBeGreaterThan(3);
    const outside = s.requests.filter((u) => !u.startsWith(`http://127.0.0.1:${s.host.port}/`));
    expect(outside).toEqual([]);
  });
});

describe("explorer on an empty knowledge base", () => {
  let e: Session;
  let samples: string;
  beforeAll(async () => {
    buildRenderer();
    samples = mkdtempSync(join(tmpdir(), "kg-samples-"));
    copyFileSync(join(SEEDS, "004_35b3b19d69df2577.txt"), join(samples, "004_35b3b19d69df2577.txt"));
    e = await openSession([], { samplesDir: samples });
    await e.page.goto(e.host.url);
  });
  afterAll(async () => {
    await e?.close();
    rmSync(samples, { recursive: true, force: true });
  });

  it("a failed import is red with the reason in Chinese and a hint; nothing is imported", async () => {
    await e.page.getByTestId("empty-state").waitFor();
    await e.page.getByTestId("import-input").setInputFiles(join(FIXTURES, "not-a-pdf.pdf"));
    const notice = e.page.getByTestId("notice");
    await notice.waitFor();
    expect(await notice.getAttribute("data-level")).toBe("error");
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("没有导入任何文件");
    expect(text).toContain("not-a-pdf.pdf");
    expect(text).toContain("不支持的文件格式");
    expect(text).not.toMatch(/not a PDF|supported:/);
    await e.page.getByTestId("notice-dismiss").click();
    await e.page.getByTestId("empty-state").waitFor();
  });

  it("offers the sample documents, and they fill the graph", async () => {
    await e.page.getByTestId("load-samples").click();
    await e.page.locator('[data-laid-out="yes"]').waitFor({ timeout: 60_000 });
    // This document links its entities only by department duties: the default set takes them in.
    const sub = await e.api<Subgraph>("subgraph", {
      ...DEFAULT_FILTER,
      relationTypes: RELATION_TYPES.filter((r) => r !== "co_mention"),
    });
    expect(sub.nodes.length).toBeGreaterThan(0);
    await e.page.locator(`[data-testid="status"][data-nodes="${sub.nodes.length}"]`).waitFor();
    await e.page.getByTestId("notice-dismiss").click();
  });

  it("a partial import is amber and lists each file", async () => {
    await e.page
      .getByTestId("import-input")
      .setInputFiles([join(SEEDS, "000_5eb087360ca96ad5.txt"), join(FIXTURES, "empty.txt")]);
    const notice = e.page.getByTestId("notice");
    await notice.waitFor();
    expect(await notice.getAttribute("data-level")).toBe("partial");
    expect(await notice.getByTestId("import-file").count()).toBe(2);
    expect(await notice.locator('[data-status="rejected"]').textContent()).toContain("文件中没有文字");
    expect(await notice.locator('[data-status="ok"]').textContent()).toContain("000_5eb087360ca96ad5.txt");
    expect(e.errors).toEqual([]);
  });
});
