// The web host's sign-in in real Chromium: the printed URL's token becomes an HttpOnly,
// SameSite=Strict cookie and leaves the address bar; without it, no page carries the token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRenderer, openSession, SEEDS, type Session } from "./harness.ts";

let s: Session;

beforeAll(async () => {
  buildRenderer();
  s = await openSession([SEEDS]);
}, 180_000);

afterAll(async () => {
  await s?.close();
});

describe("signing in to the web host", () => {
  it("a fresh browser without the printed URL gets a page that says where to find it, never the token", async () => {
    const other = await s.browser.newContext();
    const page = await other.newPage();
    const res = await page.goto(s.host.url);
    expect(res?.status()).toBe(401);
    const html = await page.content();
    expect(html).not.toContain(s.host.token);
    expect(html).toContain("npm run web");
    const call = await page.evaluate(async () => (await fetch("/api/stats", { method: "POST", body: "{}" })).status);
    expect(call).toBe(403);
    await other.close();
  });

  it("opening the printed URL signs in, strips the token from the address bar, and the app works", async () => {
    const other = await s.browser.newContext();
    const page = await other.newPage();
    await page.goto(s.host.openUrl);
    expect(page.url()).toBe(s.host.url);
    const cookies = await other.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    expect(cookies[0]?.value).not.toBe(s.host.token);
    expect(await page.content()).not.toContain(s.host.token);
    expect(await page.evaluate(() => document.cookie)).toBe("");
    const stats = await page.evaluate(async () => {
      const r = await fetch("/api/stats", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      return (await r.json()) as { ok: boolean; data: { documents: number } };
    });
    expect(stats).toMatchObject({ ok: true, data: { documents: 5 } });
    await page.reload();
    expect(page.url()).toBe(s.host.url);
    await other.close();
  });
});
