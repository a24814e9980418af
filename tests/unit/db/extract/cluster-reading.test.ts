// The tagger's reading of a cluster name (db/extract/cluster-reading.ts, filter:name-reading): the suffix rule
// proposes what a clause says before 产业/产业集群; a name with no word that names a sector is dropped, a real
// industry beside it stays. Invented names only.
import { describe, expect, it } from "vitest";
import { namesNoSector } from "../../../../db/extract/cluster-reading.ts";
import { clusterSuffixCandidates } from "../../../../db/extract/clusters.ts";
import { makeContext } from "../../../../db/extract/context.ts";
import { names, run } from "./helpers.ts";

const TEXT =
  "青禾县坚持管行业必须管产业，构建多层级产业集群，推进一镇一产业，打造三个支柱性产业集群，积极孵化高端产业。澄宇镇重点发展海藻加工产业和竹木家具制造产业。";
const FALSE = ["管行业必须管", "多层级", "一镇一", "支柱性", "孵化高端"];

describe("a cluster name the tagger reads with no sector word", () => {
  it("is proposed by the suffix rule, then dropped; the industries beside it stay", () => {
    const proposed = clusterSuffixCandidates(makeContext(TEXT, [])).map((c) => c.name);
    for (const n of FALSE) expect(proposed).toContain(n);
    const clusters = names(run(TEXT), "cluster");
    for (const n of FALSE) expect(clusters).not.toContain(n);
    expect(clusters).toEqual(expect.arrayContaining(["海藻加工", "竹木家具制造"]));
  });

  it("reads adjectives, adverbs, counts, 性 and a verb's generic object as no sector; heads and nouns as one", () => {
    for (const n of ["丰富", "不同", "必须管", "一镇一", "多层级", "支柱性", "孵化高端"])
      expect(namesNoSector(n)).toBe(true);
    for (const n of ["海藻加工", "竹木家具制造", "菌菇深加工", "竹编工艺品", "海藻生物制品"])
      expect(namesNoSector(n)).toBe(false);
  });
});
