// A park a clause founds is the topic of the clauses after it: "…，于2010年组建甲工业园区，
// 规划面积50平方公里，已形成A、B等主导产业" / "高标准规划建设乙工业园，通过精准招商引进了
// 丙、丁等龙头企业". The sentence's subject (a county, a larger zone) founded it; what the
// next clauses develop or bring in is the new park's (the subject keeps its own links).

import { NAMED_PART } from "./park-forms.ts";
import { anchorPark, blankNames, type Hit, type HitIndex, namesPlace, type RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";

interface Sent {
  start: number;
  end: number;
}

/** Verbs that found or build a park (not 加快建设 of a plan's task list: 建设 alone is not enough). */
const FOUNDS = /(?:新组建|组建|新建|设立|成立|建成|规划建设|开发建设|兴建|筹建|建设|打造)了?$/u;
/** A clause that develops industries in the park. */
const HOSTS = /(重点发展|主导产业|已形成|形成了|形成|集聚|聚集|培育|主攻|聚焦|大力发展|发展)/u;
/** A clause that brings firms into the park. */
const BRINGS = /(引进|引入|招引|吸引|入驻|落户|进驻|集聚|聚集|汇聚|签约)/u;
/** How many clauses after the park's own one its topic reaches. */
const REACH = 3;

export function foundedParks(s: string, sents: readonly Sent[], idx: HitIndex, add: RelationAdd): void {
  for (const sent of sents) {
    if (!idx.startsIn("park", sent.start, sent.end)) continue;
    const parks = idx.inSpan(sent.start, sent.end, "park");
    // 以某新区为中心，…打造甲园，大力发展A、B: the anchor hosts the sentence's industries (relations-park-hosts.ts).
    const anchor = anchorPark(s, parks, sent.start);
    for (const h of parks) {
      if (anchor && anchor.ent !== h.ent) continue;
      if (NAMED_PART.has(h.ent.rule) || !FOUNDS.test(s.slice(Math.max(sent.start, h.m.start - 6), h.m.start))) continue;
      if (/^[、和与及]/u.test(s.slice(h.m.end, h.m.end + 1))) continue;
      // The park's clause ends at the next comma; the clauses after it are its topic.
      const clauses = clausesAfter(s, h.m.end, sent.end);
      for (const c of clauses) {
        const inner = idx.inSpan(c.start, c.end);
        // Another park or a place named in the clause is that clause's own topic.
        if (inner.some((x: Hit) => x.ent.type === "park" && x.ent !== h.ent)) break;
        const blank = blankNames(s, idx, c.start, c.end);
        if (namesPlace(blank) || inner.some((x: Hit) => x.ent.type === "department")) break;
        const txt = s.slice(c.start, c.end);
        const clusters = distinct(inner.filter((x: Hit) => x.ent.type === "cluster"));
        const firms = distinct(inner.filter((x: Hit) => x.ent.type === "enterprise"));
        if (HOSTS.test(blank))
          for (const e of clusters) add("park_cluster", h.ent, e, h.m.start, c.end, "clause:founded-park", 0.55);
        if (BRINGS.test(txt))
          for (const e of firms) add("park_enterprise", h.ent, e, h.m.start, c.end, "clause:founded-park", 0.55);
      }
    }
  }
}

/** Up to REACH clauses (split at ，；) from the end of the park's clause to the sentence's end. */
function clausesAfter(s: string, from: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let a = -1;
  for (let k = from; k < end; k++) {
    if (!/[，,；;]/u.test(s[k] as string)) continue;
    if (a >= 0) out.push({ start: a, end: k });
    if (out.length >= REACH) return out;
    a = k + 1;
  }
  if (a >= 0 && a < end) out.push({ start: a, end });
  return out;
}

function distinct(hs: Hit[]): Ent[] {
  return [...new Set(hs.map((h) => h.ent))];
}

/** A firm investing to build a park (引进甲集团投资20亿元建设乙产业园): the firm is that park's. */
const INVESTS = /^(?:拟|计划|将|已)?(?:总)?投资[^，。；,;、]{0,14}?(?:建设|打造|兴建|新建|建成|开发)了?$/u;

export function firmBuiltParks(s: string, sents: readonly Sent[], idx: HitIndex, add: RelationAdd): void {
  for (const sent of sents) {
    for (const h of idx.inSpan(sent.start, sent.end, "park")) {
      const e = idx
        .inSpan(Math.max(sent.start, h.m.start - 30), h.m.start, "enterprise")
        .filter((x: Hit) => INVESTS.test(s.slice(x.m.end, h.m.start)))
        .pop();
      // A phase of the park (投资建设乙产业园一期) is a construction job, not the firm's site.
      if (e && !/^[一二三四五六]期/u.test(s.slice(h.m.end, h.m.end + 2)))
        add("park_enterprise", h.ent, e.ent, e.m.start, h.m.end, "clause:firm-builds-park", 0.55);
    }
  }
}
