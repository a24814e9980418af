// Zone profiles give each sub-park its one industry: "甲工业园重点发展乙，丙科技园重点发展丁".
// A single industry (no enumeration for developListClusters) is taken when a park's name is the
// subject right before the cue and the industry runs to the clause end.

import { matchesAt } from "./anchored.ts";
import { sectorHead } from "./cluster-heads.ts";
import { validIndustry } from "./clusters-names.ts";
import { type Cand, type Ctx, spanCand } from "./context.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

/** A park word, a development cue, then one phrase up to the clause end. */
const PARK_DEVELOPS =
  /(?:园|园区|开发区|高新区|经开区|新区|片区|基地)(?:重点|主要|着力|优先|大力)发展([\p{Script=Han}]{2,10})(?=[，,。；;\n])/uy;
const PARK_DEVELOPS_AT = triggerFamily(["园", "开发", "高新", "经开", "新区", "片区", "基地"]);

export function developOneCluster(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  for (const m of matchesAt(ctx.s, PARK_DEVELOPS, triggerStarts(ctx.s, PARK_DEVELOPS_AT))) {
    const name = m[1] as string;
    if (/[、和及与]/u.test(name) || !sectorHead(name) || !validIndustry(name, false)) continue;
    const a = (m.index as number) + m[0].length - name.length;
    out.push(spanCand(ctx, "cluster", a, a + name.length, "cluster:develop-one", 0.7));
  }
  return out;
}
