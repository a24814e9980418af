// The drawing setting in real Chromium: headless Chromium has no GPU, so the automatic choice is
// canvas; forcing WebGL (where a WebGL context exists at all) reloads into Cytoscape's WebGL
// renderer with the graph drawn and tappable, and "automatic" takes it back. The choice persists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRenderer, openSession, SEEDS, type Session } from "./harness.ts";

let s: Session;
const laidOut = () => s.page.locator('[data-laid-out="yes"]').waitFor({ timeout: 60_000 });
// renderer() is missing from cytoscape's types; its `webgl` flag says which renderer draws.
type WithRenderer = { renderer(): { webgl?: boolean } };
const inUse = () =>
  s.page.evaluate(() => Boolean((window.__cy as unknown as WithRenderer | undefined)?.renderer().webgl));
const hasWebgl = () => s.page.evaluate(() => document.createElement("canvas").getContext("webgl") !== null);

describe("drawing setting", () => {
  beforeAll(async () => {
    buildRenderer();
    s = await openSession([SEEDS]);
    await s.page.goto(s.host.url);
    await laidOut();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it("is automatic and draws with canvas where no hardware GPU is", async () => {
    const menu = s.page.getByTestId("renderer");
    expect(await menu.inputValue()).toBe("auto");
    expect(await menu.getAttribute("data-active")).toBe("canvas");
    expect(await inUse()).toBe(false);
  });

  it("forced to WebGL, reloads into the WebGL renderer with the graph drawn and tappable; automatic takes it back", async () => {
    const context = await hasWebgl();
    await Promise.all([s.page.waitForEvent("load"), s.page.getByTestId("renderer").selectOption("webgl")]);
    await laidOut();
    const menu = s.page.getByTestId("renderer");
    expect(await menu.inputValue()).toBe("webgl");
    // Without any WebGL context the forced choice falls back to canvas rather than a blank graph.
    expect(await menu.getAttribute("data-active")).toBe(context ? "webgl" : "canvas");
    expect(await inUse()).toBe(context);
    const eid = await s.page.evaluate(() => {
      const n = window.__cy?.nodes("[eid]").not(".hidden").first();
      n?.emit("tap");
      return n?.data("eid") as number;
    });
    await s.page.locator(`[data-testid="details"][data-entity="${eid}"]`).waitFor();
    await Promise.all([s.page.waitForEvent("load"), s.page.getByTestId("renderer").selectOption("auto")]);
    await laidOut();
    expect(await s.page.getByTestId("renderer").getAttribute("data-active")).toBe("canvas");
    expect(await inUse()).toBe(false);
    expect(await s.page.evaluate(() => localStorage.getItem("kg.webgl"))).toBeNull();
  });

  it("logged no console errors", () => {
    expect(s.errors).toEqual([]);
  });
});
