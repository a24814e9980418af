// Re-extraction from the curation bar in real Chromium against the real host and its own knowledge
// base built from the seeds: a rename survives, the report shows, the orphaned decisions panel
// agrees with the host.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Subgraph } from "../../db/graph/types.ts";
import { buildRenderer, openSession, SEEDS, type Session } from "./harness.ts";

let s: Session;

/** Names of the nodes drawn (not hidden) in the graph. */
const shownNames = () =>
  s.page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) return [] as string[];
    return cy
      .nodes()
      .filter((n) => !n.hasClass("hidden"))
      .map((n) => n.data("name") as string);
  });

describe("re-extraction keeps curation decisions", () => {
  beforeAll(async () => {
    buildRenderer();
    // Re-extraction and the orphaned decisions are review mode's (the History tab).
    s = await openSession([SEEDS], { storage: { "kg.mode": "review" } });
    await s.page.goto(s.host.url);
    await s.page.locator('[data-laid-out="yes"]').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await s?.close();
  });

  it("a renamed entity keeps its name through re-extraction; the report and the orphans panel show", async () => {
    const sub = await s.api<Subgraph>("subgraph", {});
    const e = sub.nodes
      .filter((n) => n.type === "enterprise" && n.degree > 0)
      .sort((a, b) => b.degree - a.degree || a.id - b.id)[0];
    expect(e).toBeDefined();
    const id = e?.id as number;
    await s.page.evaluate((n) => {
      window.__cy?.getElementById(`n${n}`).emit("tap");
    }, id);
    await s.page.locator(`[data-testid="details"][data-entity="${id}"]`).waitFor();
    const renamed = `${e?.name}（重抽验证）`;
    await s.page.getByTestId("edit-entity").click();
    await s.page.getByTestId("edit-name").fill(renamed);
    await s.page.getByTestId("edit-save").click();
    await expect.poll(shownNames, { timeout: 15_000 }).toContain(renamed);

    // Asking first: cancelling changes nothing.
    await s.page.getByTestId("open-history").click();
    await s.page.getByTestId("reextract").click();
    await s.page.getByTestId("reextract-cancel").click();
    expect(await s.page.getByTestId("reextract-report").count()).toBe(0);

    await s.page.getByTestId("reextract").click();
    await s.page.getByTestId("reextract-confirm").click();
    const summary = s.page.getByTestId("reextract-summary");
    await summary.waitFor({ timeout: 60_000 });
    const docs = await s.api<unknown[]>("documents", {});
    expect(await summary.textContent()).toContain(`${docs.length} 篇文档`);

    await expect.poll(shownNames, { timeout: 15_000 }).toContain(renamed);
    const after = await s.api<Subgraph>("subgraph", {});
    expect(after.nodes.some((n) => n.name === renamed)).toBe(true);
    expect(after.nodes.some((n) => n.name === e?.name)).toBe(false);

    const orphans = await s.api<unknown[]>("orphans", {});
    expect(await summary.textContent()).toContain(`孤立决定 ${orphans.length} 条`);
    await s.page.getByTestId("reextract-report").getByRole("button", { name: "关闭" }).last().click();
    await s.page.getByTestId("reextract-report").waitFor({ state: "detached" });

    await expect
      .poll(async () => await s.page.getByTestId("orphans-count").textContent(), { timeout: 15_000 })
      .toBe(String(orphans.length));
    await s.page.getByTestId("open-orphans").click();
    const panel = s.page.getByTestId("orphans");
    await panel.waitFor();
    expect(await panel.getByTestId("orphans-total").textContent()).toBe(String(orphans.length));
    expect(await panel.getByTestId("orphan-item").count()).toBe(orphans.length);
  });

  it("a decision whose entity is not in the knowledge base is kept and listed as orphaned, with its reason", async () => {
    const before = (await s.api<unknown[]>("orphans", {})).length;
    const key = "enterprise:不存在的测试企业";
    const file = {
      format: "policy-atlas-annotations",
      version: 1,
      decisions: [{ decision: { kind: "addAlias", key, alias: "测试别名" } }],
    };
    await s.page.getByTestId("import-annotations-file").setInputFiles({
      name: "orphan.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const report = s.page.getByTestId("import-report");
    await report.waitFor();
    await report.getByRole("button", { name: "关闭", exact: true }).last().click();

    const orphans = await s.api<{ reason: string; missing: string[] }[]>("orphans", {});
    expect(orphans.length).toBe(before + 1);
    await expect
      .poll(async () => await s.page.getByTestId("orphans-count").textContent(), { timeout: 15_000 })
      .toBe(String(before + 1));
    // The panel (still open from the previous test) follows, naming the action, the key and the reason.
    const item = s.page.getByTestId("orphans").getByTestId("orphan-item").last();
    await expect.poll(async () => await item.getAttribute("data-action"), { timeout: 15_000 }).toBe("addAlias");
    const text = (await item.textContent()) ?? "";
    expect(text).toContain(key);
    expect(text).toContain(orphans[orphans.length - 1]?.reason as string);

    // Re-extraction keeps it and reports it.
    await s.page.getByTestId("reextract").click();
    await s.page.getByTestId("reextract-confirm").click();
    const summary = s.page.getByTestId("reextract-summary");
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toContain(`孤立决定 ${before + 1} 条`);
  });

  it("logged no console errors", () => {
    expect(s.errors).toEqual([]);
  });
});
