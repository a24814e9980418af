// Curation in real Chromium against the real loopback host and its own knowledge base built from
// the seeds: edit, merge, review (with undo), create from a text selection, history.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentFull, DocumentSummary, EntityDetail, GraphNode, Subgraph } from "../../db/graph/types.ts";
import { buildRenderer, openSession, SEEDS, type Session } from "./harness.ts";

let s: Session;

/** The graph as the explorer shows it on start (its filter: co_mention off, rejected hidden). */
/** What the explorer draws at first: department_responsible and co_mention off, unlinked entities left out. */
async function shownGraph(): Promise<Subgraph> {
  return s.api<Subgraph>("subgraph", {
    relationTypes: [
      "cluster_enterprise",
      "cluster_platform",
      "enterprise_platform",
      "department_cluster",
      "park_cluster",
      "park_enterprise",
    ],
    hideIsolated: true,
  });
}

const tapNode = (id: number) =>
  s.page.evaluate((n) => {
    window.__cy?.getElementById(`n${n}`).emit("tap");
  }, id);

const nodeState = (id: number) =>
  s.page.evaluate((n) => {
    const el = window.__cy?.getElementById(`n${n}`);
    if (!el || el.empty()) return null;
    return {
      name: el.data("name") as string,
      review: el.data("review") as string,
      hidden: el.hasClass("hidden"),
      picked: el.hasClass("picked"),
      x: el.position("x"),
      y: el.position("y"),
    };
  }, id);

async function openDetails(id: number): Promise<void> {
  await tapNode(id);
  await s.page.locator(`[data-testid="details"][data-entity="${id}"]`).waitFor();
}

/** Enterprises drawn in the graph, best connected first, none of `not`. */
async function enterprises(not: number[] = []): Promise<GraphNode[]> {
  const sub = await shownGraph();
  return sub.nodes
    .filter((n) => n.type === "enterprise" && n.degree > 0 && !not.includes(n.id))
    .sort((a, b) => b.degree - a.degree || a.id - b.id);
}

/** A run of Chinese characters past `after` that no mention covers. */
function freeSpan(doc: DocumentFull, after = 200): { start: number; end: number } {
  const re = /[\u4e00-\u9fa5]{5}/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > after && doc.mentions.every((x) => x.end <= start || x.start >= end)) return { start, end };
  }
  throw new Error("no free span in the document");
}

/** Selects exactly [start, end) of the open document's text, as a mouse drag would, and releases. */
function selectText(start: number, end: number): Promise<string> {
  return s.page.evaluate(
    ({ start, end }) => {
      const body = document.querySelector(".viewer-body");
      if (!body) return "";
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent?.length ?? 0;
        if (start >= pos && start < pos + len) range.setStart(n, start - pos);
        if (end > pos && end <= pos + len) range.setEnd(n, end - pos);
        pos += len;
      }
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      body.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return range.toString();
    },
    { start, end },
  );
}

/** The filter sidebar lists the documents; it folds when the side panel needs its room. */
async function openFirstDocument(): Promise<void> {
  if (await s.page.getByTestId("filters-open").count()) await s.page.getByTestId("filters-open").click();
  await s.page.locator(`[data-testid="open-document"]`).first().click();
}

describe("curation on the seeds", () => {
  const used: number[] = [];

  beforeAll(async () => {
    buildRenderer();
    // The editing controls are review mode's.
    s = await openSession([SEEDS], { storage: { "kg.mode": "review" } });
    await s.page.goto(s.host.url);
    await s.page.locator('[data-laid-out="yes"]').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await s?.close();
  });

  it("renames an entity in the details panel: the graph label follows, the node stays where it was", async () => {
    const [e] = await enterprises();
    expect(e).toBeDefined();
    const id = e?.id as number;
    used.push(id);
    const before = await nodeState(id);
    expect(before?.hidden).toBe(false);
    await openDetails(id);
    // The extractor's confidence and rule are shown for an extracted entity.
    const detail = await s.api<EntityDetail>("entity", { id });
    expect(detail.origin).toBe("extracted");
    expect(await s.page.getByTestId("entity-confidence").textContent()).toContain(
      detail.confidence === null ? "—" : detail.confidence.toFixed(2),
    );
    expect(await s.page.getByTestId("entity-rule").textContent()).toContain(detail.rule ?? "—");

    const renamed = `${e?.name}（更名）`;
    await s.page.getByTestId("edit-entity").click();
    await s.page.getByTestId("edit-name").fill(renamed);
    await s.page.getByTestId("edit-save").click();

    await expect.poll(async () => (await nodeState(id))?.name).toBe(renamed);
    await expect.poll(async () => await s.page.getByTestId("details-name").textContent()).toBe(renamed);
    expect((await s.api<EntityDetail>("entity", { id })).name).toBe(renamed);
    const after = await nodeState(id);
    expect(after?.x).toBe(before?.x);
    expect(after?.y).toBe(before?.y);
  });

  it("merges two entities picked with the details button and a Shift-click: one node remains, the other name is its alias", async () => {
    const candidates = await enterprises(used);
    // The Shift-click needs a node no other node covers.
    const free = await s.page.evaluate(
      (ids) => {
        const cy = window.__cy;
        if (!cy) return [];
        const shown = cy.nodes().not(".hidden");
        return ids.filter((id) => {
          const n = cy.getElementById(`n${id}`);
          const p = n.position();
          return shown.every((m) => {
            if (m.same(n)) return true;
            const bb = m.boundingBox({ includeLabels: false });
            return p.x < bb.x1 - 4 || p.x > bb.x2 + 4 || p.y < bb.y1 - 4 || p.y > bb.y2 + 4;
          });
        });
      },
      candidates.map((n) => n.id),
    );
    const gone = candidates.find((n) => n.id === free[0]) as GraphNode;
    const keep = candidates.find((n) => n.id !== gone?.id) as GraphNode;
    expect(gone && keep).toBeTruthy();
    used.push(keep.id, gone.id);

    await openDetails(keep.id);
    await s.page.getByTestId("pick-entity").click();
    await expect.poll(async () => (await nodeState(keep.id))?.picked).toBe(true);

    // A real Shift-click on the other node, brought to the middle of the view first.
    const at = await s.page.evaluate((n) => {
      const cy = window.__cy;
      const node = cy?.getElementById(`n${n}`);
      if (!cy || !node) return null;
      cy.stop();
      cy.zoom(2);
      cy.center(node);
      const box = cy.container()?.getBoundingClientRect();
      const p = node.renderedPosition();
      return box ? { x: box.left + p.x, y: box.top + p.y } : null;
    }, gone.id);
    expect(at).not.toBeNull();
    await s.page.keyboard.down("Shift");
    await s.page.mouse.click(at?.x ?? 0, at?.y ?? 0);
    await s.page.keyboard.up("Shift");
    await expect.poll(async () => (await nodeState(gone.id))?.picked).toBe(true);

    const bar = s.page.getByTestId("multi-bar");
    await bar.waitFor();
    await bar.locator(`[data-testid="merge-keep"][data-entity="${keep.id}"]`).check();
    await bar.getByTestId("merge").click();

    await expect.poll(async () => (await nodeState(gone.id))?.hidden).toBe(true);
    expect((await nodeState(keep.id))?.hidden).toBe(false);
    await s.page.locator(`[data-testid="details"][data-entity="${keep.id}"]`).waitFor();
    await expect
      .poll(async () => await s.page.getByTestId("aliases").getByTestId("alias").allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining(gone.name)]));
    expect(await s.page.getByTestId("details-name").textContent()).toBe(keep.name);
    const merged = await s.api<EntityDetail>("entity", { id: keep.id });
    expect(merged.aliases).toContain(gone.name);
    expect(await s.api<EntityDetail | null>("entity", { id: gone.id })).toBeNull();
    expect(await s.page.getByTestId("multi-bar").count()).toBe(0);
  });

  it("rejecting an entity hides it; the review filter shows it again, styled as rejected; Ctrl+Z undoes", async () => {
    const [c] = await enterprises(used);
    const id = (c as GraphNode).id;
    used.push(id);
    const before = await nodeState(id);
    const count = Number(await s.page.getByTestId("status").getAttribute("data-nodes"));

    await openDetails(id);
    await s.page.getByTestId("entity-reject").click();
    await expect.poll(async () => (await nodeState(id))?.hidden).toBe(true);
    await s.page.locator(`[data-testid="status"][data-nodes="${count - 1}"]`).waitFor();
    expect((await shownGraph()).nodes.some((n) => n.id === id)).toBe(false);
    // (The details panel re-renders after the graph hides the node: wait for it as for the graph.)
    await expect.poll(async () => s.page.getByTestId("entity-review-state").textContent()).toBe("已驳回");

    // "Rejected" switched on in the review-state filter group: back, drawn as rejected.
    if (await s.page.getByTestId("filters-open").count()) await s.page.getByTestId("filters-open").click();
    const rejectedChip = s.page.getByTestId("review-filter").getByText("已驳回");
    await rejectedChip.click();
    expect(await s.page.getByTestId("review-rejected").isChecked()).toBe(true);
    await expect.poll(async () => (await nodeState(id))?.hidden).toBe(false);
    expect((await nodeState(id))?.review).toBe("rejected");
    await rejectedChip.click();
    await expect.poll(async () => (await nodeState(id))?.hidden).toBe(true);

    // Undo from the keyboard (the focus is on the filter checkbox: not a text field).
    await s.page.keyboard.press("Control+z");
    await expect.poll(async () => (await nodeState(id))?.hidden).toBe(false);
    await s.page.locator(`[data-testid="status"][data-nodes="${count}"]`).waitFor();
    const back = await nodeState(id);
    expect(back?.review).toBe("unreviewed");
    expect(back?.x).toBe(before?.x);
    expect(back?.y).toBe(before?.y);
    expect((await s.api<EntityDetail>("entity", { id })).review).toBe("unreviewed");

    // Redo (Ctrl+Y) rejects it again, then the undo button restores it.
    await s.page.keyboard.press("Control+y");
    await expect.poll(async () => (await nodeState(id))?.hidden).toBe(true);
    await s.page.getByTestId("undo").click();
    await expect.poll(async () => (await nodeState(id))?.hidden).toBe(false);
  });

  it("creates an entity from a text selection in the document viewer", async () => {
    const docs = await s.api<DocumentSummary[]>("documents");
    const doc = await s.api<DocumentFull>("document", { id: docs[0]?.id });
    const { start, end } = freeSpan(doc);
    const text = doc.text.slice(start, end);

    await openFirstDocument();
    const viewer = s.page.locator(`[data-testid="document-viewer"][data-document="${doc.id}"]`);
    await viewer.waitFor();
    const selected = await selectText(start, end);
    expect(selected).toBe(text);

    const popup = s.page.getByTestId("selection-popup");
    await popup.waitFor();
    expect(await popup.getByTestId("create-name").inputValue()).toBe(text);
    await popup.getByTestId("create-type").selectOption("park");
    await popup.getByTestId("create-entity").click();

    await expect.poll(async () => await s.page.getByTestId("details-name").textContent()).toBe(text);
    const id = Number(await s.page.getByTestId("details").getAttribute("data-entity"));
    const created = await s.api<EntityDetail>("entity", { id });
    expect(created).toMatchObject({ name: text, type: "park", origin: "user", review: "confirmed" });
    expect(created.mentions.map((m) => [m.documentId, m.start, m.end])).toEqual([[doc.id, start, end]]);
    // The new mention is marked in the open document, and the node is in the graph.
    await viewer.locator(`mark[data-entity="${id}"][data-start="${start}"]`).waitFor();
    await expect.poll(async () => (await nodeState(id))?.hidden).toBe(false);
    expect((await nodeState(id))?.review).toBe("confirmed");

    // What a user made, a user may delete; undo brings it back with its mention.
    await s.page.getByTestId("delete-entity").click();
    await expect.poll(async () => (await nodeState(id))?.hidden).toBe(true);
    await viewer.locator(`mark[data-entity="${id}"]`).waitFor({ state: "detached" });
    expect(await s.api<EntityDetail | null>("entity", { id })).toBeNull();
    await s.page.getByTestId("undo").click();
    // Back, with its mention (drawn again once selected: it has no relation yet).
    await expect.poll(async () => (await s.api<EntityDetail | null>("entity", { id }))?.name).toBe(text);
    await viewer.locator(`mark[data-entity="${id}"][data-start="${start}"]`).waitFor();
    await viewer.locator(`mark[data-entity="${id}"]`).first().click();
    await expect.poll(async () => (await nodeState(id))?.hidden).toBe(false);
    await s.page.getByTestId("close-viewer").click();
  });

  it("the history panel lists every action, newest first, in the interface language", async () => {
    await s.page.getByTestId("open-history").click();
    const items = s.page.getByTestId("history-item");
    await expect.poll(async () => await items.count()).toBe(9);
    const actions = await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-action")));
    expect(actions).toEqual([
      "undo",
      "deleteEntity",
      "createEntity",
      "undo",
      "redo",
      "undo",
      "setReview",
      "mergeEntities",
      "editEntity",
    ]);
    // Undone edits are struck through; the others are in force.
    expect(await items.nth(1).getAttribute("class")).toContain("undone");
    expect(await items.nth(6).getAttribute("class")).toContain("undone");
    expect(await items.nth(7).getAttribute("class")).not.toContain("undone");
    expect(await items.nth(2).textContent()).toContain("新建实体");
    expect(await items.nth(7).textContent()).toContain("合并实体");
    await s.page.getByTestId("open-history").click();
  });

  it("the review queue is worked with the keyboard: Y confirms, N rejects, each step selects the next entity", async () => {
    const queue = await s.api<{ total: number; items: { id: number }[] }>("reviewQueue", { limit: 200 });
    const [first, second, third] = queue.items;
    expect(third).toBeDefined();
    await s.page.getByTestId("open-queue").click();
    const list = s.page.getByTestId("queue-list");
    await list.locator(`[data-entity="${first?.id}"]`).waitFor();
    await s.page.locator(`[data-testid="details"][data-entity="${first?.id}"]`).waitFor();
    await expect
      .poll(async () => await s.page.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("queue-list");

    await s.page.keyboard.press("y");
    await s.page.locator(`[data-testid="details"][data-entity="${second?.id}"]`).waitFor();
    expect((await s.api<EntityDetail>("entity", { id: first?.id })).review).toBe("confirmed");
    await expect.poll(async () => (await nodeState(first?.id as number))?.review).toBe("confirmed");

    await s.page.keyboard.press("n");
    await s.page.locator(`[data-testid="details"][data-entity="${third?.id}"]`).waitFor();
    expect((await s.api<EntityDetail>("entity", { id: second?.id })).review).toBe("rejected");
    await expect.poll(async () => (await nodeState(second?.id as number))?.hidden).toBe(true);

    // K goes back; O opens the source document at the entity's first mention.
    await s.page.keyboard.press("k");
    await s.page.locator(`[data-testid="details"][data-entity="${second?.id}"]`).waitFor();
    await s.page.keyboard.press("o");
    await s.page.getByTestId("document-viewer").locator(".in-target").first().waitFor();
    await s.page.getByTestId("close-viewer").click();
    await s.page.getByTestId("open-queue").click();
    expect(await s.page.getByTestId("review-queue").count()).toBe(0);
  });

  it("exports the annotations as a JSON download; importing them again changes nothing", async () => {
    // Export and import sit with the history (and the review queue).
    await s.page.getByTestId("open-history").click();
    const download = s.page.waitForEvent("download");
    await s.page.getByTestId("export-annotations").click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^annotations-.*\.json$/);
    const path = join(s.dir, file.suggestedFilename());
    await file.saveAs(path);
    const exported = JSON.parse(readFileSync(path, "utf8")) as { decisions: unknown[] };
    expect(exported.decisions.length).toBeGreaterThanOrEqual(4);

    await s.page.getByTestId("import-annotations-file").setInputFiles(path);
    const report = s.page.getByTestId("import-report");
    await report.waitFor();
    const n = exported.decisions.length;
    expect(await report.getByTestId("import-summary").textContent()).toBe(
      `共 ${n} 条：应用 0 条，已存在 ${n} 条，冲突 0 条，孤立 0 条`,
    );
    await report.getByRole("button", { name: "关闭", exact: true }).last().click();
    expect(await s.page.getByTestId("import-report").count()).toBe(0);
  });

  it("creates a relation between two picked entities with the document selection as evidence, then deletes it", async () => {
    const sub = await shownGraph();
    const linked = new Set(sub.edges.map((e) => `${e.source}-${e.target}`));
    const cluster = sub.nodes.find((n) => n.type === "cluster" && !used.includes(n.id)) as GraphNode;
    const firm = sub.nodes.find(
      (n) => n.type === "enterprise" && !used.includes(n.id) && !linked.has(`${cluster.id}-${n.id}`),
    ) as GraphNode;
    expect(cluster && firm).toBeTruthy();
    const docs = await s.api<DocumentSummary[]>("documents");
    const doc = await s.api<DocumentFull>("document", { id: docs[0]?.id });
    const { start, end } = freeSpan(doc, 1000);

    // Picked with the details panel's button: a plain click in between keeps the first pick.
    await openDetails(cluster.id);
    await s.page.getByTestId("pick-entity").click();
    await openDetails(firm.id);
    await s.page.getByTestId("pick-entity").click();
    const maker = s.page.getByTestId("relation-maker");
    await maker.waitFor();
    // The type follows from the two entity types, cluster first.
    expect(await maker.getByTestId("relation-type").inputValue()).toBe("cluster_enterprise");

    await openFirstDocument();
    await s.page.locator(`[data-testid="document-viewer"][data-document="${doc.id}"]`).waitFor();
    expect(await selectText(start, end)).toBe(doc.text.slice(start, end));
    await s.page.getByTestId("selection-popup").waitFor();
    await maker.getByText(doc.text.slice(start, end)).waitFor();
    await maker.getByTestId("create-relation").click();

    await s.page.locator(`[data-testid="details"][data-entity="${cluster.id}"]`).waitFor();
    const detail = await s.api<EntityDetail>("entity", { id: cluster.id });
    const rel = detail.relations.find((r) => r.other.id === firm.id && r.type === "cluster_enterprise");
    expect(rel).toMatchObject({ direction: "out", rule: "user", review: "confirmed" });
    expect(rel?.evidence.map((e) => [e.documentId, e.start, e.end])).toEqual([[doc.id, start, end]]);
    const edgeShown = () =>
      s.page.evaluate((id) => {
        const e = window.__cy?.getElementById(`e${id}`);
        return !!e && e.nonempty() && !e.hasClass("hidden");
      }, rel?.id as number);
    await expect.poll(edgeShown).toBe(true);

    // A user-made relation can be deleted from its row.
    const row = s.page.locator(`[data-testid="relation-curation"][data-relation="${rel?.id}"]`);
    await row.getByTestId("delete-relation").click();
    await expect.poll(edgeShown).toBe(false);
    await row.waitFor({ state: "detached" });
    await s.page.getByTestId("close-viewer").click();
  });

  it("logged no console errors", () => {
    expect(s.errors).toEqual([]);
  });
});
