// The real handler table over a knowledge base built from the bundled seeds, opened before a
// test file's tests and closed after them; `ok` and `fails` dispatch one call.
import { afterAll, beforeAll } from "vitest";
import { createHandlers, dispatch, type HandlerTable } from "../../../electron/api.ts";
import { KnowledgeBase } from "../../../electron/knowledge-base.ts";
import { type SeedKb, seedKb } from "../views-kb.ts";

export function useHandlerKb(prefix: string, actor?: string) {
  let seeded: SeedKb | undefined;
  let kb: KnowledgeBase | undefined;
  let table: HandlerTable | undefined;
  beforeAll(async () => {
    seeded = await seedKb(prefix);
    seeded.db.close();
    kb = new KnowledgeBase(seeded.file);
    table = createHandlers({
      kb,
      host: "web",
      version: "0.0.0",
      getLocale: () => "zh-CN",
      setLocale: () => {},
      ...(actor ? { actor } : {}),
    });
  }, 120_000);
  afterAll(async () => {
    await kb?.close();
    seeded?.cleanup();
  });
  const call = (name: string, input?: unknown) => dispatch(table as HandlerTable, name, input);
  return {
    table: () => table as HandlerTable,
    async ok<T = unknown>(name: string, input?: unknown): Promise<T> {
      const r = await call(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
      return r.data as T;
    },
    async fails(name: string, input: unknown): Promise<{ code: string; message: string }> {
      const r = await call(name, input);
      if (r.ok) throw new Error(`${name} unexpectedly succeeded`);
      return r.error;
    },
  };
}
