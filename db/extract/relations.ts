// Relations the text states: list scope (专栏 boxes, 重点企业：, 以…为代表),
// sentence cues (位于/落户/引进 → park_enterprise; 主导/重点发展 → park_cluster),
// name containment (enterprise → platform), 牵头负责 (department → cluster)
// and the responsible departments of numbered measures.
// This file builds the shared RelScope and runs every pass in order; the passes live in
// relations-*.ts (containment, boxes, firm-lists, park-hosts, departments and the structural
// ones). Each pass is its own function over one shared RelScope: one 400-line function took
// the optimising compiler seconds of CPU per (re)compile, more than the extraction itself.

import type { RelationType, Section } from "../types.ts";
import type { Ctx } from "./context.ts";
import type { EnumList } from "./lists.ts";
import { NAMED_PART } from "./park-forms.ts";
import { parkParts, themeParts } from "./park-parts.ts";
import { commonNamed } from "./park-precision.ts";
import { boxesAndAdjacency, sectionClusters } from "./relations-boxes.ts";
import { clauseClusterFirms } from "./relations-clause.ts";
import { roleLeads } from "./relations-cluster.ts";
import { containmentPlatforms, fieldPlatforms } from "./relations-containment.ts";
import { leadDepartments, measureDepartments } from "./relations-departments.ts";
import { COUNTED_TRADE, enterpriseLists } from "./relations-firm-lists.ts";
import { firmBuiltParks, foundedParks } from "./relations-founded.ts";
import { itemTopicParks } from "./relations-item-topic.ts";
import { locationRelations } from "./relations-location.ts";
import {
  headingResponsibility,
  labelResponsibility,
  measureResponsibility,
  subjectResponsibility,
} from "./relations-measures.ts";
import { ordinalClusters } from "./relations-ordinal.ts";
import { sentenceHosts, subjectParkHosts } from "./relations-park-hosts.ts";
import { parkListHeads } from "./relations-park-list.ts";
import { planZoneIndustries } from "./relations-plan-zone.ts";
import { bracketHosts, builderPlatforms, builtByPlatforms, unveiledPlatforms } from "./relations-platform.ts";
import {
  labelledPlatforms,
  parkIndustryPlatforms,
  representedIndustries,
  servedIndustries,
} from "./relations-platform-serve.ts";
import { projectBoxRelations } from "./relations-project-box.ts";
import { respectivelyLed } from "./relations-respectively.ts";
import {
  bracketMask,
  dominantPark,
  HitIndex,
  isVenue,
  parkBlocks,
  type RelationAdd,
  responsibilityBrackets,
  setScopeDoc,
  titlePark,
} from "./relations-scope.ts";
import { zoneWordIndustries } from "./relations-subject.ts";
import { tableRows } from "./relations-table.ts";
import { topicZoneFirms } from "./relations-topic-zone.ts";
import { headerlessRows } from "./relations-unit-rows.ts";
import { unitTailResponsibility } from "./relations-unit-tail.ts";
import { byUnitResponsibility, taskTables } from "./relations-units.ts";
import { leadZone } from "./relations-zone.ts";
import { zoneIndustryLists } from "./relations-zone-list.ts";
import type { Ent, MentionSpan } from "./resolve.ts";
import { sentenceIndexAt } from "./text.ts";
import { CITIES } from "./vocab.ts";

export interface Rel {
  type: RelationType;
  source: Ent;
  target: Ent;
  evStart: number;
  evEnd: number;
  rule: string;
  confidence: number;
}

export interface Hit {
  ent: Ent;
  m: MentionSpan;
}

/** What every pass reads: the document, its mentions in order, the zones in scope, and `add`. */
export interface RelScope {
  ctx: Ctx;
  s: string;
  sents: Ctx["sents"];
  ents: Ent[];
  lists: EnumList[];
  sections: Section[];
  rels: Rel[];
  leadPairs: Set<string>;
  add: RelationAdd;
  hits: Hit[];
  lowerBound: (x: number) => number;
  inSpan: (a: number, b: number, type?: string) => Hit[];
  anyHit: (a: number, b: number) => boolean;
  sentOf: (pos: number) => { start: number; end: number; para: number };
  paraSpan: (pos: number) => { start: number; end: number };
  distinct: (hs: Hit[]) => Ent[];
  headCluster: (head: string) => Ent | null;
  /** Whether a park is a theme park (named by common words only) of the document's zone. */
  isThemePark: (e: Ent) => boolean;
  /** The zone firm lists fall back to: the dominant park, or the lead zone of theme parks. */
  docZone: Ent | null;
  /** The cluster written first in a text by any of its forms (the longer form at one place). */
  firstClusterIn: (text: string) => Ent | null;
  parkEnts: Ent[];
  idx: HitIndex;
  blocks: ReturnType<typeof parkBlocks>;
  clusterBlocks: ReturnType<typeof parkBlocks>;
  brackets: ReturnType<typeof responsibilityBrackets>;
  dominant: Ent | null;
  inBracket: (pos: number) => boolean;
  leadPark: Ent | null;
  platforms: Ent[];
  enterprises: Ent[];
}

export function findRelations(ctx: Ctx, ents: Ent[], lists: EnumList[], sections: Section[]): Rel[] {
  const { s, sents } = ctx;
  setScopeDoc(s);
  const rels: Rel[] = [];
  // Pairs already added, by type and both keys (nested sets of the keys the entities hold: no key
  // string built and hashed per call, as the pair's key string was).
  const seen = new Map<string, Map<string, Set<string>>>();
  // Department→cluster pairs that a lead layout gave (relations-chain-lead.ts): no department_responsible too.
  const leadPairs = new Set<string>();
  const add: RelationAdd = (type, a, b, evStart, evEnd, rule, confidence) => {
    if (a === b) return;
    // (No key built while no lead layout gave a pair: most documents have none.)
    if (type === "department_responsible" && leadPairs.size > 0 && leadPairs.has(`${a.rkey}|${b.rkey}`)) return;
    // A firm named after the park (某软件园集团有限公司, 某高新区孵化器运营管理有限公司) runs or builds it: not one located there.
    if (type === "park_enterprise" && parkNamedFirm(s, a, b)) return;
    let byType = seen.get(type);
    if (!byType) seen.set(type, (byType = new Map()));
    let targets = byType.get(a.rkey);
    if (!targets) byType.set(a.rkey, (targets = new Set()));
    if (targets.has(b.rkey)) return;
    targets.add(b.rkey);
    rels.push({ type, source: a, target: b, evStart, evEnd, rule, confidence });
  };
  // Mentions sorted by start (HitIndex: the same stable sort the passes always used).
  const idx = new HitIndex(ents);
  const hits = idx.hits;
  const lowerBound = (x: number) => idx.lowerBound(x);
  const inSpan = (a: number, b: number, type?: string) => idx.inSpan(a, b, type);
  // Most sentences name nothing: the per-sentence rules below need a mention, so skip
  // those sentences before building any span lists.
  const anyHit = (a: number, b: number) => idx.any(a, b);
  const sentOf = (pos: number) => sents[sentenceIndexAt(sents, pos)] ?? { start: 0, end: s.length, para: 0 };
  const paraSpan = (pos: number) => {
    const a = s.lastIndexOf("\n", pos - 1) + 1;
    let b = s.indexOf("\n", pos);
    if (b < 0) b = s.length;
    return { start: a, end: b };
  };
  const distinct = (hs: Hit[]) => [...new Set(hs.map((h) => h.ent))];
  // Cluster names by their written forms, for list heads that name the industry.
  const clusterForms: [string, Ent][] = [];
  for (const e of ents)
    if (e.type === "cluster")
      for (const f of new Set([e.name, ...e.mentions.map((m) => s.slice(m.start, m.end))])) {
        const bare = f.replace(/(产业集群|产业链|集群|产业)$/u, "");
        if (bare.length >= 2) clusterForms.push([bare, e]);
      }
  clusterForms.sort((a, b) => b[0].length - a[0].length);
  const headCluster = (head: string): Ent | null => {
    const h = head.split(/[，,。；;]/u)[0] ?? "";
    for (const [f, e] of clusterForms) {
      const at = h.indexOf(f);
      if (at >= 0 && /^(产业)?(的)?(上下游|龙头|骨干|重点|领军|头部)?企业/u.test(h.slice(at + f.length))) return e;
    }
    // 以甲、乙为代表的某行业: the industry the role phrase names, written with any head word.
    const role = /^\s*等?\s*为(?:代表|龙头|首|核心|骨干)的/u.exec(h);
    if (role) {
      const rest = h.slice(role[0].length);
      const named = clusterForms.find(([f]) => rest.startsWith(f));
      if (named) return named[1];
    }
    // A short form of one cluster (…等一批储能企业 where the text's cluster is 储能新材料产业).
    const short = COUNTED_TRADE.exec(h)?.[1];
    if (short) {
      const owners = new Set(clusterForms.filter(([f]) => f.startsWith(short)).map(([, e]) => e));
      if (owners.size === 1) return [...owners][0] as Ent;
    }
    return null;
  };

  const firstClusterIn = (text: string): Ent | null => {
    let best: [number, number, Ent] | null = null;
    for (const [f, e] of clusterForms) {
      const at = text.indexOf(f);
      if (at >= 0 && (!best || at < best[0] || (at === best[0] && f.length > best[1]))) best = [at, f.length, e];
    }
    return best?.[2] ?? null;
  };

  // Dominant park: the document is about one zone.
  // A named base (park-forms.ts) lies inside a zone: it hosts its own sentence's firms, never the document's.
  const hosts = ents.filter((e) => !NAMED_PART.has(e.rule));
  const parkEnts = hosts.filter((e) => e.type === "park");
  // Passage scope: parks' own sections, industry boxes, responsibility brackets (their units are not locations).
  const blocks = parkBlocks(s, hosts.length === ents.length ? idx : new HitIndex(hosts), sections);
  const clusterBlocks = parkBlocks(s, idx, sections, "cluster");
  const brackets = responsibilityBrackets(s);
  // Theme parks named by common words only, inside the document's one named zone (park-parts.ts).
  const theme = themeParts(parkEnts, (e) => commonNamed(e.name));
  // …else the zone the title names (a report on one zone that also names its sub-parks).
  // A document whose title names a city and no park is about the city: a park it mentions is not its subject.
  const dominant = cityTitle(s, hosts)
    ? null
    : (dominantPark(hosts, brackets, (m) => isVenue(s, m), parkParts(s, idx, parkEnts), s) ??
      titlePark(s, hosts, brackets));
  const mask = bracketMask(s.length, brackets);
  const inBracket = (pos: number) => mask[pos] === 1;
  // …else the zone the document opens with and names most (only where a sentence points at a zone).
  const leadPark = dominant ? null : leadZone(s, ents, inBracket);
  // The zone firm lists are placed in: the dominant park, else the lead zone whose theme parks are all
  // the other parks named (a zone profile listing its 特色园区).
  const docZone = dominant ?? (theme && theme.zone === leadPark ? theme.zone : null);
  // A theme park of the document's zone (never counted against a one-zone document).
  const isThemePark = (e: Ent) => !!docZone && theme?.zone === docZone && theme.parts.has(e);
  const platforms = ents.filter((e) => e.type === "platform");
  const enterprises = ents.filter((e) => e.type === "enterprise");
  const sc: RelScope = {
    ctx,
    s,
    sents,
    ents,
    lists,
    sections,
    rels,
    leadPairs,
    add,
    hits,
    lowerBound,
    inSpan,
    anyHit,
    sentOf,
    paraSpan,
    distinct,
    headCluster,
    firstClusterIn,
    isThemePark,
    docZone,
    parkEnts,
    idx,
    blocks,
    clusterBlocks,
    brackets,
    dominant,
    inBracket,
    leadPark,
    platforms,
    enterprises,
  };

  // 1. enterprise → platform by name containment.
  containmentPlatforms(sc);
  // 1b. 甲牵头建设的乙中心 / 甲组建了乙研究院 (relations-platform.ts).
  builderPlatforms(s, idx, add);
  bracketHosts(s, idx, add);
  unveiledPlatforms(s, idx, add);
  builtByPlatforms(s, idx, add);
  // 2. 专栏 boxes and cluster-headed sections: platforms / firms / parks listed under a cluster.
  sectionClusters(sc);
  // 2b. 重点项目 lines: the label's industry ← firms and parks in its project names (relations-project-box.ts).
  projectBoxRelations(s, idx, add);
  // 3. Enterprise lists: cluster and park scope (and the items that open with an industry, for 4'').
  const topicItems = enterpriseLists(sc);

  // 3b'. 作为某产业的链主企业，甲… / 某产业龙头企业甲 (relations-cluster.ts).
  roleLeads(s, idx, add);
  // 3b''. 引进甲、乙等一批企业 in a sentence about one industry (relations-clause.ts).
  clauseClusterFirms(s, sents, idx, add);
  // 3c. 一是…二是… items aligned with the clusters a list just named (relations-ordinal.ts).
  ordinalClusters(s, idx, lists, add);
  // 3d. 甲、乙…分别由A局、B局牵头: departments paired with industries in order (relations-respectively.ts).
  respectivelyLed(s, idx, lists, add);

  // 4-. Parks under a head naming their industry (relations-park-list.ts).
  parkListHeads(s, idx, add);
  // 4-'. 组建甲园区，规划面积…，已形成A、B…: the clauses after a founded park are its (relations-founded.ts).
  foundedParks(s, sents, idx, add);
  firmBuiltParks(s, sents, idx, add);
  // 4-''. "园区绿色食品产业": a zone word before an industry (relations-subject.ts).
  zoneWordIndustries(s, sents, idx, dominant ?? leadPark, (pos) => sentenceIndexAt(sents, pos), add);
  // 4. park → cluster in one sentence with a hosting cue; Park(industry) handled by the bracket rule.
  sentenceHosts(sc);

  // 4'. A zone profile's own enumeration of its industries (relations-zone-list.ts).
  zoneIndustryLists(s, sents, idx, dominant ?? leadPark, inBracket, add);
  // 4'a. A zone's own plan: the industries it develops are the zone's (relations-plan-zone.ts).
  planZoneIndustries(s, sents, idx, dominant ?? leadPark, inBracket, add);

  // 4''. Parks an item about one industry builds or hosts (relations-item-topic.ts).
  itemTopicParks(s, idx, topicItems, sentOf, add);
  // 4a–4c. Industry boxes, park-adjacent clusters, one-cluster sentences with a platform.
  boxesAndAdjacency(sc);
  // 4c'. A cue-less sentence's subject park hosts the industries it names (relations-park-hosts.ts).
  subjectParkHosts(sc);
  // 5–5c. Departments that lead clusters.
  leadDepartments(sc);
  // 6. Numbered measures and task tables: the departments responsible.
  measureDepartments(sc);
  // 6b. Responsibility brackets anywhere in a line close the measure before them.
  measureResponsibility(s, idx, brackets, add);
  headingResponsibility(s, idx, brackets, add);
  subjectResponsibility(s, idx, brackets, add);
  taskTables(s, idx, add);
  // 6a'. Task-table rows without their header (relations-unit-rows.ts).
  headerlessRows(s, idx, add);
  // 6b''. "由甲局、乙局负责" closing a measure (relations-units.ts).
  byUnitResponsibility(s, idx, brackets, add);
  // 6b'''. Units closing a task's line with no label (…扩产。市发改委、市工信局).
  unitTailResponsibility(s, idx, brackets, add);
  // 6b'. Unbracketed labels closing a task or under it (责任单位：甲局、乙局).
  labelResponsibility(s, idx, brackets, add);
  // 6c. Name lists as tables (序号 | 企业 | 平台 | 所在园区): a row ties its name cells (relations-table.ts).
  tableRows(s, idx, add);
  // 3b. Firms placed by section, sentence or zone anaphor (relations-location.ts).
  locationRelations({ ctx, idx, blocks, dominant, brackets }, add);
  // 3b*. A report that opens with its zone: the firms no rule placed stand there (relations-topic-zone.ts).
  const placed = new Set(rels.filter((r) => r.type === "park_enterprise").map((r) => r.target));
  topicZoneFirms(s, sents, ents, idx, placed, inBracket, add);
  // 6d'. A sentence about one platform names the industry it serves (relations-platform-serve.ts).
  servedIndustries(s, idx, sents, add);
  labelledPlatforms(s, idx, add);
  representedIndustries(s, idx, add);
  parkIndustryPlatforms(s, idx, add);
  // 6d. A platform named by the document's main field serves it (after every stated tie).
  fieldPlatforms(sc);
  // 7. co_mention: entities named together in one sentence with no stated relation (weak, never scored).
  coMentions(sc);
  return rels;
}

/** The firm's name holds the park's own name or one of its written forms (three characters or more). */
function parkNamedFirm(s: string, park: Ent, firm: Ent): boolean {
  const forms = [park.name, ...park.mentions.map((m) => s.slice(m.start, m.end))];
  return forms.some((f) => f.length >= 3 && firm.name.includes(f));
}

const CITY_IN_TITLE = new RegExp(`(?:${[...CITIES].sort((a, b) => b.length - a.length).join("|")})`, "u");

/** The first line is a short title that names a city and no park (乌兰察布：昔日塞北边城 今日投资热土). */
function cityTitle(s: string, hosts: Ent[]): boolean {
  const lead = /^\s*/u.exec(s)?.[0].length ?? 0;
  let end = s.indexOf("\n", lead);
  if (end < 0) end = s.length;
  if (end - lead > 40 || /[。；;]/u.test(s.slice(lead, end))) return false;
  if (hosts.some((e) => e.type === "park" && e.mentions.some((m) => m.start < end))) return false;
  const title = s.slice(lead, end);
  const city = CITY_IN_TITLE.exec(title);
  if (!city) return false;
  // 某市某区：… names a district after the city: a park named after that district is its subject.
  const place = (/^[\p{Script=Han}]+/u.exec(title)?.[0] ?? "").replace(city[0], "").replace(/^[市州]/u, "");
  return !(place.length >= 2 && hosts.some((e) => e.type === "park" && e.name.includes(place.slice(0, 2))));
}

/** 7. co_mention: entities named together in one sentence with no stated relation (weak, never scored). */
function coMentions(sc: RelScope): void {
  const { sents, rels, add, inSpan, distinct, idx, hits } = sc;
  // Pairs already related, built at the first pair to check (many documents have none).
  let relatedSet: Set<string> | null = null;
  const related = () => (relatedSet ??= new Set(rels.map((r) => `${r.source.rkey}|${r.target.rkey}`)));
  for (const sent of sents) {
    // Two entities need two mentions starting in the sentence: most sentences have fewer.
    const k = idx.lowerBound(sent.start) + 1;
    if (k >= hits.length || (hits[k] as Hit).m.start >= sent.end) continue;
    const es = distinct(inSpan(sent.start, sent.end)).filter((e) => e.type !== "department");
    if (es.length < 2 || es.length > 6) continue;
    for (let i = 0; i < es.length; i++)
      for (let j = i + 1; j < es.length; j++) {
        const a = es[i] as Ent;
        const b = es[j] as Ent;
        if (a.type === b.type || related().has(`${a.rkey}|${b.rkey}`) || related().has(`${b.rkey}|${a.rkey}`)) continue;
        add("co_mention", a, b, sent.start, sent.end, "sentence:co-occurrence", 0.3);
      }
  }
}
