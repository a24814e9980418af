// cluster_enterprise stated inside one sentence about one industry, the way
// zone profiles and news write it: "抢抓某产业机遇，引进甲、乙、丙等一批企业",
// "推动甲、乙等企业组链成群，某产业初具规模", "以甲为代表的某产业". The sentence
// names exactly one industry and a run of firms closed by 等…企业 (or opened by a
// bringing-in verb); firms named singly, or beside a second industry, are not its.

import { coordination, PROJECT_RUN, unmarkedNearer } from "./relations-cluster.ts";
import type { Hit, HitIndex, RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";
import type { Sentence } from "./text.ts";

/** What closes a run of firms as examples: 等(一批|多家)(龙头|骨干…)?企业/项目, 为代表, 为龙头. */
const CLOSE =
  /^\s*(?:等\s*(?:一批|一大批|多家|\d+家|[一二三四五六七八九十百]+家)?\s*[^\s，。；,;、]{0,8}?(?:企业|龙头|链主|项目)|为(?:代表|龙头|骨干|核心))/u;
/** A role that makes the run the industry's key firms, not any firms in it (guide: key / leading enterprises). */
const KEY_ROLE =
  /(龙头|龍頭|骨干|骨幹|重点|重點|链主|鏈主|领军|領軍|头部|頭部|代表|核心|标杆|標杆|领航|領航|明星|知名|领先|領先)/u;
/** A verb that brings firms into an industry or zone right before the run. */
const BRING = /(引进|引入|招引|集聚|聚集|汇聚|培育|推动|支持|围绕|涌现|落户|拥有|有)(?:了|出)?\s*$/u;

/** A preposition or verb that makes the firms after it a subject's partners or hosts of a visit (与甲、乙…合作; 考察甲、乙). */
export const PARTNER_LEAD = /(?:与|同|跟|考察|走访|拜访|对接)(?:区内|园内|县内|市内|省内|国内)?\s*$/u;

/** Firm hits in runs the subject partners or visits (与甲、乙签署…): not placed or grouped by the sentence. */
export function partnerFirms(s: string, sentStart: number, firms: Hit[]): Set<Hit> {
  const out = new Set<Hit>();
  for (const run of firmRuns(s, firms)) {
    const at = (run[0] as Hit).m.start;
    if (PARTNER_LEAD.test(s.slice(Math.max(sentStart, at - 4), at))) for (const h of run) out.add(h);
  }
  return out;
}

function firmRuns(s: string, firms: Hit[]): Hit[][] {
  const runs: Hit[][] = [];
  for (const h of firms) {
    const cur = runs[runs.length - 1];
    const prev = cur?.[cur.length - 1];
    if (cur && prev && h.m.start >= prev.m.end && /^\s*[、和及与]\s*$/u.test(s.slice(prev.m.end, h.m.start)))
      cur.push(h);
    else runs.push([h]);
  }
  return runs;
}

/** Written forms of a cluster (name and mentions, without 产业/集群), two characters or more. */
function formsOf(s: string, e: Ent): string[] {
  return [...new Set([e.name, ...e.mentions.map((m) => s.slice(m.start, m.end))])]
    .map((f) => f.replace(/(产业集群|产业链|集群|产业)$/u, ""))
    .filter((f) => f.length >= 2);
}

/** The longest of the forms that occurs in text, with its cluster. */
function longestIn(text: string, forms: [string, Ent][]): [string, Ent] | undefined {
  return forms.find(([f]) => text.includes(f));
}

export function clauseClusterFirms(s: string, sents: Sentence[], idx: HitIndex, add: RelationAdd): void {
  const allForms: [string, Ent][] = [];
  for (const e of new Set(idx.hits.filter((h) => h.ent.type === "cluster").map((h) => h.ent)))
    for (const f of formsOf(s, e)) allForms.push([f, e]);
  allForms.sort((a, b) => b[0].length - a[0].length);
  const formsCache = new Map<Ent, string[]>();
  for (const sent of sents) {
    // Both rules need a firm and an industry named in the sentence: most sentences lack one.
    if (!idx.startsIn("enterprise", sent.start, sent.end) || !idx.startsIn("cluster", sent.start, sent.end)) continue;
    const cs = idx.inSpan(sent.start, sent.end, "cluster");
    const clusters = [...new Set(cs.map((h) => h.ent))];
    const txt = s.slice(sent.start, sent.end);
    if (clusters.length >= 1 && !txt.includes("\t")) formedAfterFirms(s, sent, idx, cs, add);
    if (clusters.length !== 1) continue;
    const cluster = clusters[0] as Ent;
    let forms = formsCache.get(cluster);
    if (!forms) formsCache.set(cluster, (forms = formsOf(s, cluster)));
    // A table row, or a sentence about a cluster named earlier (集群内聚集了…): not this rule's.
    if (txt.includes("\t") || txt.length > 200 || /^\s*(?:该|产业)?集群(?:内|共)/u.test(txt)) continue;
    for (const run of firmRuns(s, idx.inSpan(sent.start, sent.end, "enterprise"))) {
      const first = run[0] as Hit;
      const last = run[run.length - 1] as Hit;
      const closed = CLOSE.test(s.slice(last.m.end, last.m.end + 16));
      if (PARTNER_LEAD.test(s.slice(Math.max(sent.start, first.m.start - 6), first.m.start))) continue;
      const brought = BRING.test(s.slice(Math.max(sent.start, first.m.start - 6), first.m.start));
      // The industry is named in the firms' closing phrase, which runs to the clause's end
      // (甲、乙等一大批技术领先的重点某产业企业; 以甲为代表的某产业) — its mentions are not always
      // marked, so its written forms are looked for…
      const closing = /^\s*(?:等|为代表)[^，。；,;]{0,40}/u.exec(s.slice(last.m.end, sent.end))?.[0] ?? "";
      // (the longest industry written there must be this one: 某汽车 inside 新能源汽车配套企业 is not)
      const namedAfter = longestIn(closing, allForms)?.[1] === cluster;
      // …or before them, where a bringing verb makes the firms its object (抢抓某产业机遇，引进甲、乙等企业)…
      const before = s.slice(sent.start, first.m.start);
      const namedBefore = brought && (closed || run.length >= 2) && forms.some((f) => before.includes(f));
      // …or anywhere, when the run is closed as firms (重点培育甲等一批龙头企业，…，初步形成某产业集群): the one
      // industry of the sentence is theirs once the role test below holds (not two joined: 在甲和乙产业方面).
      if (!namedAfter && !namedBefore && !(closed && !/[和与及]/u.test(cluster.name))) continue;
      // Firms only said to be in the industry (引入甲、乙等一批某领域企业) are not its key firms: the run's
      // closing phrase must give them a role (等一批龙头企业, 等重点某企业, 为代表) — unless the industry
      // opened the clause and a bringing verb made them its object (推进某产业发展，先后引进甲、乙等企业):
      // the devset's convention (NOTES, dev01: 聚集X、Y等…企业 names the cluster's examples). Firms said to
      // be of the field (等一批某领域企业) stay apart, as the devset keeps them (dev03).
      // …and a run closed as projects (等一批重点配套项目) names projects, not firms.
      if (PROJECT_RUN.test(s.slice(last.m.end, last.m.end + 16))) continue;
      // …nor a run nearer an industry the extractor did not mark (在甲产业方面，乙产业建设初见成效，包括丙、丁…).
      const at = cs.find((h) => h.ent === cluster) as Hit;
      if (at.m.end <= first.m.start && unmarkedNearer(s, idx, { start: first.m.start, end: last.m.end }, at, sent))
        continue;
      if (
        !(namedBefore && !/(领域|行业|領域)/u.test(closing)) &&
        !KEY_ROLE.test(s.slice(last.m.end, Math.min(sent.end, last.m.end + 40)).split(/[，。；,;]/u)[0] ?? "")
      )
        continue;
      for (const f of run)
        add("cluster_enterprise", cluster, f.ent, sent.start, sent.end, "clause:cluster-firms", 0.55);
    }
  }
}

/** A verb that says the firms before it formed or drive the industries after it. */
/** (初步/逐步/培育 before the verb, 了/起/出 after it, are in the clause's runs on either side.) */
const FORMS = /[，,][^，。；,;]{0,12}?(?:形成|带动|构建|打造)[^，。；,;]{0,20}?$/u;

/**
 * "引进甲、乙、丙等一批企业入驻园区，初步形成某产业集群" / "…等知名企业林立其间，带动了某产业":
 * a run of firms closed as firms, then a clause whose verb says they formed or drive the one industry
 * named in it: each firm is that industry's ("formed:cluster-firms"; a table row is not prose).
 */
function formedAfterFirms(s: string, sent: Sentence, idx: HitIndex, cs: Hit[], add: RelationAdd): void {
  for (const run of firmRuns(s, idx.inSpan(sent.start, sent.end, "enterprise"))) {
    if (run.length < 2) continue;
    const last = run[run.length - 1] as Hit;
    // (The list's last item may be one the extractor did not take for a firm: 甲、乙、361度等知名企业.)
    const tail = s.slice(last.m.end, last.m.end + 24).replace(/^、[^、，。；,;等]{1,8}(?=等)/u, "");
    if (!(CLOSE.test(tail) || NICKNAME.test(tail)) || PROJECT_RUN.test(tail)) continue;
    const comma = s.slice(last.m.end, sent.end).search(/[，,]/u);
    if (comma < 0) continue;
    // A closing phrase that names the firms' own industry (等钛产业企业) gives them to that one.
    if (/产业|行业|领域/u.test(s.slice(last.m.end, last.m.end + comma))) continue;
    // The next clause, or the one after it when that names no industry (…林立其间，带动了上下游企业集聚，也带动了某产业).
    let from = last.m.end + comma;
    for (let k = 0; k < 2; k++) {
      const end = s.slice(from + 1, sent.end).search(/[，,；;。]/u);
      const to = end < 0 ? sent.end : from + 1 + end;
      const after = cs.filter((h) => h.m.start > from && h.m.end <= to);
      const first = after[0];
      if (!first) {
        if (!/[，,]/u.test(s[to] ?? "")) break;
        from = to;
        continue;
      }
      if (!FORMS.test(s.slice(from, first.m.start))) break;
      // One industry, or one enumeration of them (培育形成甲、乙、丙等主导产业): the firms, not assigned, are each
      // one's — but not the pillars of a system (形成了甲、乙等为主导的产业体系; 以甲、乙为支柱): a zone's trades.
      const { others, structure } = coordination(s, cs, first);
      const ents = new Set(after.map((h) => h.ent));
      if (structure || [...ents].some((e) => e !== first.ent && !others.includes(e))) break;
      for (const c of ents)
        for (const f of run) add("cluster_enterprise", c, f.ent, sent.start, sent.end, "formed:cluster-firms", 0.5);
      break;
    }
  }
}

/** A run closed by a quoted nickname (等“金娃娃”): firms, named as a kind. */
const NICKNAME = /^\s*等\s*[“"‘][^”"’，。]{1,6}[”"’]/u;
