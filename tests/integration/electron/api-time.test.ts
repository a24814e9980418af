// The time handlers through the real handler table (zod validation, error codes) against a
// knowledge base built from the bundled seeds.
import { describe, expect, it } from "vitest";
import type { Comparison, TimeUnit } from "../../../db/time/index.ts";
import { API_NAMES } from "../../../electron/api.ts";
import { unpack } from "../../../renderer/time/state.ts";
import { useHandlerKb } from "./handler-kb.ts";

const { ok, fails } = useHandlerKb("kg-api-time-", "tester");

describe("time handlers", () => {
  it("are in the handler list", () => {
    for (const n of ["timeUnits", "timeStated", "compare", "compareCsv", "entityHistory", "setDocumentDate"]) {
      expect(API_NAMES).toContain(n);
    }
  });

  it("timeUnitsPacked gives the same units as timeUnits, as columns the renderer unpacks", async () => {
    const units = await ok<TimeUnit[]>("timeUnits");
    const packed = await ok<{ count: number; columns: Record<string, unknown[]> }>("timeUnitsPacked");
    expect(units.length).toBeGreaterThan(3);
    expect(unpack(packed as Parameters<typeof unpack>[0])).toEqual(units);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(units).length * 0.75);
  });

  it("compare takes file names, 文号, ranges and unit ids; bad selectors are invalid_input", async () => {
    const units = await ok<TimeUnit[]>("timeUnits");
    const part = units.find((u) => u.kind === "part");
    const c = await ok<Comparison>("compare", { a: { from: "2018", to: "2018" }, b: { units: [part?.id] } });
    expect(c.b.units).toEqual([part?.id]);
    expect((await fails("compare", { a: "no-such", b: "004" })).code).toBe("invalid_input");
    expect((await fails("compare", { a: { from: "20x1" }, b: "004" })).code).toBe("invalid_input");
    expect((await fails("compare", { a: { units: ["'; DROP"] }, b: "004" })).code).toBe("invalid_input");
    const csv = await ok<{ name: string; content: string }>("compareCsv", { a: "000", b: "004", locale: "en" });
    expect(csv.content.startsWith("\uFEFFchange,kind,type,name")).toBe(true);
  });

  it("setDocumentDate refuses bad dates without a change and is undone by undo", async () => {
    const undated = (await ok<TimeUnit[]>("timeUnits")).filter((u) => !u.date);
    const unit = undated[0];
    if (!unit) throw new Error("no undated unit");
    expect((await fails("setDocumentDate", { unit: unit.id, date: "2021-13-01" })).code).toBe("invalid_input");
    expect((await fails("setDocumentDate", { unit: "d999", date: "2021-01-01" })).code).toBe("not_found");
    const done = await ok<{ editId: number; canUndo: boolean }>("setDocumentDate", {
      unit: unit.id,
      date: "2021-03-01",
    });
    expect(done.canUndo).toBe(true);
    expect((await ok<TimeUnit[]>("timeUnits")).find((u) => u.id === unit.id)?.date).toBe("2021-03-01");
    await ok("undo", {});
    expect((await ok<TimeUnit[]>("timeUnits")).find((u) => u.id === unit.id)?.date).toBeNull();
  });
});
