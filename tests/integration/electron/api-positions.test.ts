// Stored layout positions (migration 005) through the real handler table: what the explorer
// saves comes back on the next launch; a merged-away entity's position goes with it; bad input
// is refused and changes nothing.
import { describe, expect, it } from "vitest";
import type { Subgraph } from "../../../db/graph/types.ts";
import { useHandlerKb } from "./handler-kb.ts";

const { ok, fails } = useHandlerKb("kg-api-positions-");

type Row = { id: number; x: number; y: number };

describe("positions", () => {
  it("saved positions come back; unknown ids are skipped", async () => {
    const sub = await ok<Subgraph>("subgraph", { types: ["park", "cluster"] });
    const ids = sub.nodes.slice(0, 5).map((n) => n.id);
    expect(await ok<Row[]>("positionsGet", { ids })).toEqual([]);
    const positions = ids.map((id, i) => ({ id, x: i * 100.5, y: 10 - i * 20 }));
    const res = await ok<{ saved: number }>("positionsSave", {
      positions: [...positions, { id: 9_999_999, x: 1, y: 1 }],
    });
    expect(res.saved).toBe(5);
    const back = await ok<Row[]>("positionsGet", { ids: [...ids, 9_999_999] });
    expect(back.sort((a, b) => a.id - b.id)).toEqual([...positions].sort((a, b) => a.id - b.id));
    // A second save moves, never duplicates.
    await ok("positionsSave", { positions: [{ id: ids[0], x: 7, y: 8 }] });
    expect(await ok<Row[]>("positionsGet", { ids: [ids[0]] })).toEqual([{ id: ids[0], x: 7, y: 8 }]);
  });

  it("a merge takes the merged-away entity's position with it, the survivor keeps its own", async () => {
    const sub = await ok<Subgraph>("subgraph", { types: ["enterprise"] });
    const [a, b] = sub.nodes;
    if (!a || !b) throw new Error("the seeds have enterprises");
    await ok("positionsSave", {
      positions: [
        { id: a.id, x: 1, y: 2 },
        { id: b.id, x: 3, y: 4 },
      ],
    });
    await ok("mergeEntities", { into: a.id, from: [b.id] });
    expect(await ok<Row[]>("positionsGet", { ids: [a.id, b.id] })).toEqual([{ id: a.id, x: 1, y: 2 }]);
  });

  it("refuses non-numbers and out-of-range coordinates, storing nothing", async () => {
    const sub = await ok<Subgraph>("subgraph", { types: ["platform"] });
    const id = sub.nodes[0]?.id as number;
    expect((await fails("positionsSave", { positions: [{ id, x: "1", y: 2 }] })).code).toBe("invalid_input");
    expect((await fails("positionsSave", { positions: [{ id, x: 1e12, y: 2 }] })).code).toBe("invalid_input");
    expect(
      (
        await fails("positionsSave", {
          positions: [
            { id, x: 5, y: 5 },
            { id: -1, x: 1, y: 1 },
          ],
        })
      ).code,
    ).toBe("invalid_input");
    expect(await ok<Row[]>("positionsGet", { ids: [id] })).toEqual([]);
  });
});
