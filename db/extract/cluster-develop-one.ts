// Zone profiles give each sub-park its one industry: "甲工业园重点发展乙，丙科技园重点发展丁".
// A single industry (no enumeration for developListClusters) is taken when a park's name is the
// subject right before the cue and the industry runs to the clause end. And one industry that 等
// closes with an industry head (围绕海洋装备等五大优势产业): a one-item list.

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

/** Development or focus verbs before one industry that 等 closes. */
const ETC_VERBS = ["围绕", "聚焦", "发展", "打造", "培育", "壮大", "做强", "做大", "推动", "推进", "提升", "以"];
/** A development or focus verb, one phrase, then 等 and a (counted) industry head. */
const ONE_ETC = new RegExp(
  `(?:${ETC_VERBS.join("|")})([\\p{Script=Han}]{2,10}?)等(?:\\d+|[一二两三四五六七八九十]+)?[个大条项]?[\\p{Script=Han}]{0,6}?(?:产业集群|产业链|产业|集群)(?![园区])`,
  "uy",
);
const ONE_ETC_AT = triggerFamily(ETC_VERBS);
/** (做大做强光电等产业: a second verb is no part of the industry.) */
const LEADING_ETC_VERBS = new RegExp(`^(?:${ETC_VERBS.filter((v) => v.length === 2).join("|")}|做优)+`, "u");

export function oneEtcCluster(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  for (const m of matchesAt(ctx.s, ONE_ETC, triggerStarts(ctx.s, ONE_ETC_AT))) {
    const name = (m[1] as string).replace(LEADING_ETC_VERBS, "");
    if (name.length < 2 || /[、和及与]/u.test(name)) continue;
    if (!sectorHead(name) || !validIndustry(name, false)) continue;
    const a = (m.index as number) + m[0].indexOf(`${name}等`, 1);
    out.push(spanCand(ctx, "cluster", a, a + name.length, "cluster:one-etc", 0.7));
  }
  return out;
}
