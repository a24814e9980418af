// Relations the text states: list scope (专栏 boxes, 重点企业：, 以…为代表),
// sentence cues (位于/落户/引进 → park_enterprise; 主导/重点发展 → park_cluster),
// name containment (enterprise → platform), 牵头负责 (department → cluster)
// and the responsible departments of numbered measures.
// The sentence-level relation passes and their cue tables; the structural passes
// already live in relations-*.ts. Each pass is its own function over one shared
// RelScope: one 400-line function took the optimising compiler seconds of CPU per
// (re)compile, more than the extraction itself.

import type { RelationType, Section } from "../types.ts";
import { placeWithLevel } from "./clusters-places.ts";
import type { Ctx } from "./context.ts";
import { sharedBrand } from "./enterprise-aliases.ts";
import type { EnumList } from "./lists.ts";
import { NAMED_PART } from "./park-forms.ts";
import { parkParts } from "./park-parts.ts";
import { chainLeads } from "./relations-chain-lead.ts";
import { clauseClusterFirms, PARTNER_LEAD } from "./relations-clause.ts";
import {
  coordination,
  gatheringCluster,
  joinedTopic,
  lineHeadCluster,
  PROJECT_RUN,
  ROLE_LABEL,
  roleLeads,
  topicCluster,
  unmarkedNearer,
} from "./relations-cluster.ts";
import { firmBuiltParks, foundedParks } from "./relations-founded.ts";
import { itemFirmList, itemTopicParks, itemTopics, type TopicItem, topicAt } from "./relations-item-topic.ts";
import { locationRelations } from "./relations-location.ts";
import {
  headingResponsibility,
  labelResponsibility,
  measureResponsibility,
  subjectResponsibility,
} from "./relations-measures.ts";
import { ordinalClusters } from "./relations-ordinal.ts";
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
  anchorPark,
  blankNames,
  blockAt,
  bracketMask,
  customerRun,
  dominantPark,
  HitIndex,
  isVenue,
  namesPlace,
  parkAsProject,
  parkBlocks,
  type RelationAdd,
  responsibilityBrackets,
  setScopeDoc,
  titlePark,
  zoneAnaphor,
} from "./relations-scope.ts";
import { clauseParks, subjectPark, zoneWordIndustries } from "./relations-subject.ts";
import { tableRows } from "./relations-table.ts";
import { unitTailResponsibility } from "./relations-unit-tail.ts";
import { byUnitResponsibility, responsibleUnits, taskTables } from "./relations-units.ts";
import { leadZone, PLACING, zoneScoped } from "./relations-zone.ts";
import { zoneIndustryLists } from "./relations-zone-list.ts";
import type { Ent, MentionSpan } from "./resolve.ts";
import { lastIndexWithin, sentenceIndexAt } from "./text.ts";
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

interface Hit {
  ent: Ent;
  m: MentionSpan;
}

/** What every pass reads: the document, its mentions in order, the zones in scope, and `add`. */
interface RelScope {
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

/** The roles a list head gives its firms as an industry's examples (为代表, 为龙头…). */
const EXAMPLE_ROLE = "为(?:代表|龙头|骨干|核心|主导|引领|支撑)";
/** …such a role opening the head: the firms are examples, placed nowhere by it. */
const EXAMPLE_HEAD = new RegExp(`^\\s*等?\\s*${EXAMPLE_ROLE}`, "u");
/** …or anywhere in the head (a cue that lets a zone's passage hold the firms). */
const EXAMPLE_IN_HEAD = new RegExp(EXAMPLE_ROLE, "u");
/** A list head that counts firms (等一批…, 等5家…). */
const COUNTED_HEAD = /^\s*等\s*(?:一批|一大批|多家|\d+家|[一二三四五六七八九十百]+家)/u;
/** …and the industry word it gives the firms (等一批储能企业 → 储能). */
const COUNTED_TRADE = new RegExp(`${COUNTED_HEAD.source}(?:优质)?([\\p{Script=Han}]{2,4}?)(?:产业)?企业`, "u");

/** The city or the province as a clause's subject (，全市工业投资…; 全省新增…). */
const WIDER_SUBJECT =
  /(?:^|[，,；;：:])\s*(?:全市|全省|全县|我市|我省|本市|本省|我县|本县|我州|全州|本州|我旗|全旗)(?!的)/u;

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
    if (type === "department_responsible" && leadPairs.has(`${a.rkey}|${b.rkey}`)) return;
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
    // A short form of one cluster (…等一批储能企业 where the text's cluster is 储能新材料产业).
    const short = COUNTED_TRADE.exec(h)?.[1];
    if (short) {
      const owners = new Set(clusterForms.filter(([f]) => f.startsWith(short)).map(([, e]) => e));
      if (owners.size === 1) return [...owners][0] as Ent;
    }
    return null;
  };

  // Dominant park: the document is about one zone.
  // A named base (park-forms.ts) lies inside a zone: it hosts its own sentence's firms, never the document's.
  const hosts = ents.filter((e) => !NAMED_PART.has(e.rule));
  const parkEnts = hosts.filter((e) => e.type === "park");
  // Passage scope: parks' own sections, industry boxes, responsibility brackets (their units are not locations).
  const blocks = parkBlocks(s, hosts.length === ents.length ? idx : new HitIndex(hosts), sections);
  const clusterBlocks = parkBlocks(s, idx, sections, "cluster");
  const brackets = responsibilityBrackets(s);
  // …else the zone the title names (a report on one zone that also names its sub-parks).
  // A document whose title names a city and no park is about the city: a park it mentions is not its subject.
  const dominant = cityTitle(s, hosts)
    ? null
    : (dominantPark(hosts, brackets, (m) => isVenue(s, m), parkParts(s, idx, parkEnts)) ??
      titlePark(s, hosts, brackets));
  const mask = bracketMask(s.length, brackets);
  const inBracket = (pos: number) => mask[pos] === 1;
  // …else the zone the document opens with and names most (only where a sentence points at a zone).
  const leadPark = dominant ? null : leadZone(ents, inBracket);
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
  // 5–5c. Departments that lead clusters.
  leadDepartments(sc);
  // 6. Numbered measures and task tables: the departments responsible.
  measureDepartments(sc);
  // 6b. Responsibility brackets anywhere in a line close the measure before them.
  measureResponsibility(s, idx, brackets, add);
  headingResponsibility(s, idx, brackets, add);
  subjectResponsibility(s, idx, brackets, add);
  taskTables(s, idx, add);
  // 6b''. "由甲局、乙局负责" closing a measure (relations-units.ts).
  byUnitResponsibility(s, idx, brackets, add);
  // 6b'''. Units closing a task's line with no label (…扩产。市发改委、市工信局).
  unitTailResponsibility(s, idx, brackets, add);
  // 6b'. Unbracketed labels closing a task or under it (责任单位：甲局、乙局).
  labelResponsibility(s, idx, brackets, add);
  // 6c. Name lists as tables (序号 | 企业 | 平台 | 所在园区): a row ties its name cells (relations-table.ts).
  tableRows(s, idx, add);
  // 3b. Firms placed by section, sentence or zone anaphor (relations-location.ts).
  locationRelations({ ctx, idx, blocks, dominant, lead: leadPark, brackets }, add);
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

/** 1. enterprise → platform by name containment, X的Y, 依托X建设的Y. */
/** cluster_platform by name, after every stated tie (a pair keeps its first rule). */
function fieldPlatforms(sc: RelScope): void {
  const { s, add, platforms, ents } = sc;
  // A platform named by the field it serves (某某丝网产品质量监督检验中心, 芳烃技术研究院): the longest
  // cluster name the platform's holds, when that cluster is the document's main one.
  const clusterForms = ents
    .filter((e) => e.type === "cluster")
    .map((e) => ({
      e,
      forms: [e.name, ...e.mentions.map((m) => s.slice(m.start, m.end))].filter((f) => f.length >= 2),
    }));
  // …only the document's main field (its most-mentioned cluster, well ahead of the next): in a plan naming
  // many industries a platform's field word is a description, not a stated service.
  const byCount = clusterForms.map((c) => c.e).sort((a, b) => b.mentions.length - a.mentions.length);
  const main = byCount[0];
  const ahead = !!main && (byCount.length === 1 || main.mentions.length >= 2 * (byCount[1]?.mentions.length ?? 0));
  if (!ahead) return;
  const firmForms = sc.enterprises.flatMap((e) =>
    [e.rkey.slice("enterprise:".length), ...e.mentions.map((m) => s.slice(m.start, m.end))].filter(
      (f) => f.length >= 2,
    ),
  );
  for (const p of platforms) {
    const pm = p.mentions[0] as MentionSpan;
    const pn = s.slice(pm.start, pm.end);
    let best: { e: Ent; len: number } | null = null;
    for (const { e, forms } of clusterForms)
      for (const f of forms) if (pn.includes(f) && f.length > (best?.len ?? 0)) best = { e, len: f.length };
    if (!best || best.e !== main) continue;
    // A firm's own centre (甲公司新材料研发中心) names the firm's work, not an industry it serves.
    if (firmForms.some((f) => pn.includes(f))) continue;
    add("cluster_platform", best.e, p, pm.start, pm.end, "containment:cluster", 0.55);
  }
}

function containmentPlatforms(sc: RelScope): void {
  const { s, add, hits, inSpan, platforms, enterprises } = sc;
  const entForms = enterprises.map((e) => ({
    e,
    forms: [...new Set([e.rkey.slice("enterprise:".length), ...e.mentions.map((m) => s.slice(m.start, m.end))])].filter(
      (f) => f.length >= 2,
    ),
  }));
  for (const p of platforms) {
    const pm = p.mentions[0] as MentionSpan;
    // A platform of a coordinated firm list is named by its own firm, not by the span the list shares.
    const pn = /、/u.test(s.slice(pm.start, pm.end)) ? p.name : s.slice(pm.start, pm.end);
    let named = false;
    for (const { e, forms } of entForms) {
      if (!forms.some((f) => pn.includes(f))) continue;
      add("enterprise_platform", e, p, pm.start, pm.end, "containment", 0.85);
      named = true;
    }
    // No firm named in full: the one firm whose brand the platform's name opens with (a tie is a group and its member).
    const brands = named ? [] : entForms.map(({ e }) => ({ e, n: sharedBrand(e.name, pn).length }));
    const top = Math.max(0, ...brands.map((b) => b.n));
    const owners = brands.filter((b) => b.n === top);
    if (top >= 2 && owners.length === 1 && owners[0])
      add("enterprise_platform", owners[0].e, p, pm.start, pm.end, "containment:short", 0.75);
    // X的Y, X的“Y”, X“Y” (a host unit right before its quoted platform).
    for (const m of p.mentions) {
      const quoted = /[“"「]$/u.test(s.slice(Math.max(0, m.start - 1), m.start));
      let at = m.start - (quoted ? 1 : 0);
      const de = s[at - 1] === "的";
      if (de) at--;
      if (!de && !quoted) continue;
      const e = hits.find((h) => h.ent.type === "enterprise" && h.m.end === at);
      if (e) add("enterprise_platform", e.ent, p, e.m.start, m.end, "possessive", 0.8);
    }
  }
  // 依托X建设的Y / 依托X组建Y: the platform is built on the firm.
  for (const p of platforms)
    for (const pm of p.mentions) {
      const lead = s.slice(Math.max(0, pm.start - 40), pm.start);
      const m = /依托([^，。；、]{2,30}?)(?:建设|组建|设立|建立|共建|成立)(?:了)?(?:的)?(?:国家级|省级|市级)?$/u.exec(
        lead,
      );
      if (!m) continue;
      const from = pm.start - lead.length + (m.index as number) + 2;
      const firm = inSpan(from, from + (m[1] as string).length, "enterprise")[0];
      if (firm) add("enterprise_platform", firm.ent, p, from - 2, pm.end, "cue:依托建设", 0.75);
    }
}

/** 2. 专栏 boxes and cluster-headed sections: platforms / firms / parks listed under a cluster. */
function sectionClusters(sc: RelScope): void {
  const { add, inSpan, sections } = sc;
  const clusterOfSpan = (a: number, b: number): Ent | null => {
    const cs = inSpan(a, b, "cluster");
    return cs[0]?.ent ?? null;
  };
  for (const sec of sections) {
    if (sec.kind !== "column" && sec.kind !== "sub") continue;
    const headEnd = sec.start + sec.label.length + 2 + Math.min(sec.heading.length, 30);
    let cluster = clusterOfSpan(sec.start, headEnd);
    if (!cluster && sec.kind === "column") {
      // A box inside a cluster's section belongs to that cluster.
      const parent = sections.find((x) => x.kind === "sub" && x.start <= sec.start && x.end >= sec.end && x !== sec);
      if (parent)
        cluster = clusterOfSpan(
          parent.start,
          parent.start + parent.label.length + 2 + Math.min(parent.heading.length, 30),
        );
    }
    if (!cluster) continue;
    const body = inSpan(sec.start, sec.end);
    for (const h of body) {
      if (h.ent === cluster) continue;
      if (h.ent.type === "platform")
        add(
          "cluster_platform",
          cluster,
          h.ent,
          sec.start,
          Math.min(sec.end, sec.start + 120),
          `section:${sec.kind}`,
          0.7,
        );
      if (h.ent.type === "enterprise" && sec.kind === "column")
        add(
          "cluster_enterprise",
          cluster,
          h.ent,
          sec.start,
          Math.min(sec.end, sec.start + 120),
          "section:column",
          0.75,
        );
      if (h.ent.type === "park" && sec.kind === "sub")
        add("park_cluster", h.ent, cluster, h.m.start, h.m.end, "section:sub", 0.55);
    }
  }
}

/** 3. Enterprise lists: cluster and park scope. Returns the items that open with an industry (4'' reads them). */
function enterpriseLists(sc: RelScope): TopicItem[] {
  const { s, lists, inSpan, distinct, enterprises, sentOf, paraSpan, parkEnts, dominant, idx } = sc;
  // (Most lists name no firm: skipped before their hits and firm sets are built.)
  const entLists = lists
    .filter((l) => idx.startsIn("enterprise", l.start, l.end + 1))
    .map((l) => ({ l, firms: distinct(inSpan(l.start, l.end + 1, "enterprise")) }))
    .filter((x) => x.firms.length > 0);
  // Single-cue firms count as one-item lists.
  const inList = new Uint8Array(s.length + 2);
  for (const x of entLists) inList.fill(1, x.l.start, x.l.end + 1);
  for (const e of enterprises) {
    for (const m of e.mentions) {
      if (!/^enterprise:|^suffix/u.test(m.rule)) continue;
      if (inList[m.start] && inList[m.end - 1]) continue;
      entLists.push({
        l: {
          items: [{ start: m.start, end: m.end }],
          cue: s.slice(Math.max(0, m.start - 12), m.start),
          head: s.slice(m.end, m.end + 20),
          start: m.start,
          end: m.end,
          count: null,
        },
        firms: [e],
      });
    }
  }
  // Single firms written one after another (甲有限公司、乙有限公司、丙有限公司等一批…) are one list:
  // the first keeps its cue, the last its head.
  entLists.sort((a, b) => a.l.start - b.l.start);
  for (let k = entLists.length - 1; k > 0; k--) {
    const a = entLists[k - 1] as (typeof entLists)[number];
    const b = entLists[k] as (typeof entLists)[number];
    // A list cut inside a name (甲、乙(某地)有限公司) overlaps the firm that completes it.
    const joined = b.l.start < a.l.end ? b.l.end > a.l.end : /^\s*、\s*$/u.test(s.slice(a.l.end, b.l.start));
    if (!joined) continue;
    a.l = { ...a.l, items: [...a.l.items, ...b.l.items], end: b.l.end, head: b.l.head };
    a.firms = [...new Set([...a.firms, ...b.firms])];
    entLists.splice(k, 1);
  }
  const topicItems = itemTopics(s, idx);
  const LEAD_HEAD = /(龙头|骨干|头部|明星|重点企业|代表|核心|链主|领军)/u;
  for (const { l, firms } of entLists) {
    const sent = sentOf(l.start);
    const single = l.items.length === 1 && !/[：:]\s*$/u.test(l.cue);
    const lead =
      LEAD_HEAD.test(l.head.slice(0, 16)) ||
      ROLE_LABEL.test(l.cue) ||
      (/(聚集|集聚)[了]?\s*$/u.test(l.cue) && /^等[^\d，。；]{2,12}企业/u.test(l.head));
    const locText = single ? `${l.cue}${l.head.slice(0, 4)}` : `${l.cue}${l.head}`;
    const locCue = PLACING.test(locText) || /(涌现|区内|定址|在|依托)/u.test(locText) || EXAMPLE_IN_HEAD.test(l.head);
    const para = paraSpan(l.start);
    // A line headed by a cluster ("- X产业集群：以…", "（一）X产业集群。") is about that cluster.
    const lineHead = inSpan(para.start, Math.min(para.end, para.start + 12), "cluster").find((h) =>
      /^[:：。]/u.test(s.slice(h.m.end, h.m.end + 1)),
    );
    listCluster(sc, l, firms, sent, para, lead, lineHead, topicItems);
    // Park: in the sentence (one park, or the park after 在), else the paragraph's one park, else the dominant park.
    // A document about one zone: the firms it names are that zone's firms.
    const oneZoneDoc = parkEnts.length === 1 && dominant !== null;
    // "某经开区甲公司、乙公司…", "某园区的甲、乙…": a park written right before the list owns its firms.
    const first = inSpan(l.start, l.end + 1, "enterprise")[0]?.m.start ?? l.start;
    const parkBefore = inSpan(Math.max(0, first - 20), first, "park").some((h) =>
      /^(?:的|内的?|区内的?|里的)?$/u.test(s.slice(h.m.end, first)),
    );
    if ((!locCue && !oneZoneDoc && !parkBefore) || lineHead) continue;
    // A list of platforms (甲孵化器、乙电子信息等“四大创新平台”) names a firm only inside a platform's name.
    if (/^等?\s*[“"]?[\p{Script=Han}\d]{0,6}(平台|载体)/u.test(l.head)) continue;
    listPark(sc, l, firms, sent, para, locText);
  }
  return topicItems;
}

/** A list's head that gives its firms a lead role (以甲为龙头, 为代表, 3家龙头企业, 头部企业). */
const ROLE_HEAD = /为龙头|为骨干|为核心|为代表|\d+家龙头企业|头部企业|明星企业/u;
/** A run closed as lead firms (甲、乙等行业龙头企业 / 等领军企业 / 等核心骨干企业). */
const LEAD_RUN = /^\s*等[^，。；,;]{0,6}(?:龙头|领军|骨干|链主)企业/u;

/** 以甲为龙头的某某服务业 / 为代表的高科技产业群: the role names an industry the text did not mark, not the paragraph's. */
const ROLE_OF_INDUSTRY =
  /^[^，。；,;]{0,12}?为(?:龙头|骨干|核心|代表)的[^，。；,;、]{0,12}?(?:产业群|产业集群|产业|集群|(?<!企)业)(?=$|[，。；,;\s])/u;

/** A sentence opening on an industry as its topic, the list right after (某产业方面，甲、乙…). */
const TOPIC_OPENING = /^[\s\u3000]*[\p{Script=Han}]{2,12}(?:产业|行业)(?:方面|领域|板块)[，,：:]\s*$/u;

/** 3, the cluster of one enterprise list: right after 为代表的 / in the sentence / a preceding sentence of the paragraph. */
function listCluster(
  sc: RelScope,
  l: EnumList,
  firms: Ent[],
  sent: { start: number; end: number },
  para: { start: number; end: number },
  lead: boolean,
  lineHead: Hit | undefined,
  topicItems: TopicItem[],
): void {
  const { s, add, inSpan, headCluster, idx, clusterBlocks } = sc;
  // Cluster: right after 为代表的 / in the sentence / a preceding sentence of the paragraph.
  const sentClusters = inSpan(sent.start, sent.end, "cluster").filter(
    (h) => !/^(领域|行业|方向|配套)/u.test(s.slice(h.m.end, h.m.end + 2)),
  );
  let cluster: Ent | null = null;
  const afterHead = sentClusters.find((h) => {
    if (h.m.start < l.end || h.m.start - l.end > 24) return false;
    const gap = s.slice(l.end, h.m.start);
    return !/[，,；;]/u.test(gap) && /(为代表|为龙头|为核心|为骨干|等|形成|打造)/u.test(gap);
  });
  // "集群内聚集了…": the cluster the text was just talking about.
  const backRef = /^\s*(集群内|该集群|产业集群内|集群共)/u.test(s.slice(sent.start, sent.start + 8))
    ? inSpan(Math.max(para.start, sent.start - 300), sent.start, "cluster").pop()
    : undefined;
  // "…等一大批重点工程机械企业": the list's head names the industry.
  // …and a plain count head too (…等一批锂电企业; 等5家新能源企业): the head's industry is the firms' own.
  const countHead = COUNTED_HEAD.test(s.slice(l.end, l.end + 8));
  const headNamed = lead || countHead ? headCluster(s.slice(l.end, Math.min(sent.end, l.end + 40))) : null;
  // "某产业集聚了甲、乙…": the industry is the subject of the verb before the list (relations-cluster.ts).
  const gatherer = gatheringCluster(s, sentClusters, l.start);
  // "在某产业上，以甲、乙为龙头" / "某产业领域，甲、乙等企业…": the sentence's topic industry (relations-cluster.ts).
  // A lone firm counts when it opens a clause of a sentence whose subject is the industry
  // (某产业实现产值…，甲公司获评…; 某产业，…，甲公司入选…).
  const opensClause = /^[，,；;]\s*$/u.test(s.slice(Math.max(sent.start, l.start - 1), l.start));
  const topic =
    (lead || l.items.length >= 2 || /^\s*等/u.test(l.head) || opensClause) &&
    // A run of projects is the topic's only when the sentence opens on it (某产业方面，甲、乙等项目相继投产).
    (!PROJECT_RUN.test(l.head) || TOPIC_OPENING.test(s.slice(sent.start, l.start)))
      ? topicCluster(s, sent.start, inSpan(sent.start, sent.end, "cluster"), l.start, opensClause)
      : null;
  let ceRule = "list:cluster";
  let ceConf = 0.7;
  // "某某链主型企业甲、乙": the industry written into the firms' label is theirs.
  const labelled = sentClusters.find((h) => /^(?:产业)?(?:链主|龙头)型?企业\s*$/u.test(s.slice(h.m.end, l.start)));
  // 以甲为代表的乙产业 names its own industry, before the line's head or the text's topic.
  // The mention chosen after the list (以甲、乙为龙头，带动A、B产业…): its coordinated industries share the firms.
  let after: Hit | undefined;
  if (labelled) cluster = labelled.ent;
  else if (afterHead) {
    cluster = afterHead.ent;
    after = afterHead;
  } else if (lineHead && lead) cluster = lineHead.ent;
  else if (backRef && lead) cluster = backRef.ent;
  else if (gatherer) {
    cluster = gatherer;
    ceRule = "cue:cluster-gathers";
  } else if (topic) {
    cluster = topic;
    ceRule = "topic:cluster";
    ceConf = 0.6;
  } else if (headNamed) cluster = headNamed;
  else if (sentClusters.length && lead) {
    // The nearest cluster mention in the sentence — unless an industry the extractor did not mark
    // stands nearer (…等铝产业企业; 乙产业建设初见成效，包括甲…): the firms are that one's (relations-cluster.ts).
    // …nor two industries joined as the sentence's topic (在甲和乙产业方面，): either's.
    const near = [...sentClusters].sort((a, b) => Math.abs(a.m.start - l.start) - Math.abs(b.m.start - l.start))[0];
    const joined = joinedTopic(s, sent.start, sentClusters);
    cluster = near && near.m.start !== joined?.m.start && !unmarkedNearer(s, idx, l, near, sent) ? near.ent : null;
    if (cluster && near && near.m.start >= l.end) after = near;
    // One item of the links, pillars or supporting trades after the list (以甲为龙头，A、B等配套产业…): none is the firms'.
    if (after && structureItem(s, sentClusters, after)) cluster = null;
  } else if ((ROLE_HEAD.test(l.head) || LEAD_RUN.test(l.head)) && !ROLE_OF_INDUSTRY.test(l.head)) {
    // The paragraph's topic: its first cluster before the list.
    const prev = inSpan(Math.max(para.start, l.start - 400), sent.start, "cluster");
    if (ROLE_HEAD.test(l.head)) {
      cluster = prev[0]?.ent ?? null;
      if (!cluster) {
        const before = inSpan(Math.max(0, l.start - 300), sent.start, "cluster");
        cluster = before[before.length - 1]?.ent ?? null;
      }
    } else if (new Set(prev.map((h) => h.ent)).size === 1) cluster = (prev[0] as Hit).ent;
    // (甲、乙等龙头企业 alone: only a paragraph that names one industry before it is about that one.)
  }
  // An industry box ("生物医药\n目标…\n重点企业：…等领军企业") names its firms.
  if (!cluster && lead) cluster = blockAt(clusterBlocks, sent.start, sent.end)?.park ?? null;
  // "2.某产业。支持甲、乙做大做强": the numbered item or line an industry heads lists its firms.
  if (!cluster && lineHead && !lead) {
    cluster = lineHeadCluster(s, [lineHead], para.start);
    ceRule = "item:cluster";
    ceConf = 0.55;
  }
  // "二是某产业。甲、乙等企业已在园区投产": the industry the paragraph or item opens with, over any
  // reading of the sentence alone — unless the list's own clause names another (relations-item-topic.ts).
  const item = topicAt(topicItems, l.start);
  if (item && item.cluster !== cluster && itemFirmList(s, idx, item, l, sent, (a, b) => blankNames(s, idx, a, b))) {
    cluster = item.cluster;
    ceRule = "item:topic-firms";
    ceConf = 0.55;
  }
  // Firms a subject meets, visits or partners (与甲、乙等56家企业合作; 考察甲、乙等企业) are not the industry's own.
  const firstFirm = inSpan(l.start, l.end, "enterprise")[0]?.m.start ?? l.start;
  const partners =
    ceRule === "list:cluster" && PARTNER_LEAD.test(s.slice(Math.max(sent.start, firstFirm - 4), firstFirm));
  if (
    cluster &&
    !partners &&
    (lead || afterHead || labelled || ceRule !== "list:cluster" || (countHead && cluster === headNamed))
  ) {
    for (const f of firms) add("cluster_enterprise", cluster, f, sent.start, sent.end, ceRule, ceConf);
    if (after && cluster === after.ent && ceRule === "list:cluster")
      for (const c of coordinatedClusters(s, sentClusters, after))
        for (const f of firms) add("cluster_enterprise", c, f, sent.start, sent.end, "list:cluster-coordinated", 0.6);
  }
}

/** The industries joined to one mention by 、/和/及/与 (A、B和C产业): a coordination names them together. */
function coordinatedClusters(s: string, sorted: Hit[], at: Hit): Ent[] {
  const { others, structure } = coordination(s, sorted, at);
  return structure ? [] : others;
}

/** A mention joined to others (A、B…) in an enumeration closed as a structure's parts: no one of them is the firms'. */
function structureItem(s: string, sorted: Hit[], at: Hit): boolean {
  const { others, structure } = coordination(s, sorted, at);
  return structure && others.length > 0;
}

/** 3, the park of one enterprise list: in the sentence (one park, or the park after 在), else the paragraph's one park, else the dominant park. */
function listPark(
  sc: RelScope,
  l: EnumList,
  firms: Ent[],
  sent: { start: number; end: number; para: number },
  para: { start: number; end: number },
  locText: string,
): void {
  const { s, sents, add, inSpan, distinct, idx, dominant, inBracket, blocks, leadPark } = sc;
  // Customers of the zone's firms (主要服务甲、乙等厂商; 为甲、乙提供配套) are not located there.
  if (customerRun(s, l.start, l.end)) return;
  // …nor are the firms a subject partners or visits (县政府与甲、乙签署协议).
  const firstFirm = inSpan(l.start, l.end, "enterprise")[0]?.m.start ?? l.start;
  if (PARTNER_LEAD.test(s.slice(Math.max(sent.start, firstFirm - 4), firstFirm))) return;
  const sentParks = distinct(inSpan(sent.start, sent.end, "park").filter((h) => !inBracket(h.m.start)));
  let park: Ent | null = null;
  const zai = inSpan(sent.start, sent.end, "park").filter(
    (h) =>
      /(在|位于|入驻|落户|锁定|定址|扎根)$/u.test(s.slice(Math.max(0, h.m.start - 2), h.m.start)) &&
      !/^[、和与及]/u.test(s.slice(h.m.end, h.m.end + 1)),
  );
  // The rule names how the park was found: in the sentence, by the park's section, by an anaphor.
  let parkRule = "list:park";
  // (…unless the sentence builds or signs the park: relations-scope.ts)
  if (sentParks.length === 1 && !parkAsProject(s, inSpan(sent.start, sent.end, "park"), sent.start))
    park = sentParks[0] as Ent;
  else if (sentParks.length > 1 && zai.length === 1 && distinct(zai).length === 1) park = (zai[0] as Hit).ent;
  else if (sentParks.length > 1) {
    // "推进某产业园建设，成功引进甲、乙…": the park the clause before builds receives the firms the next brings in.
    const built = inSpan(sent.start, l.start, "park").filter((h) =>
      /^(?:项目)?建设[，,]\s*(?:成功|先后|已|累计|共|陆续|相继)?(?:引进|引入|招引|吸引|签约|落户|入驻)/u.test(
        s.slice(h.m.end, l.start),
      ),
    );
    if (built.length === 1) park = (built[0] as Hit).ent;
  } else if (sentParks.length === 0) {
    const pp = distinct(
      inSpan(para.start, para.end, "park").filter((h) => !inBracket(h.m.start) && !NAMED_PART.has(h.ent.rule)),
    );
    const placeInSent = namesPlace(blankNames(s, idx, sent.start, sent.end));
    const block = blockAt(blocks, sent.start, sent.end);
    const paraPlace = namesPlace(blankNames(s, idx, para.start, sent.start).replace(/[我本全]市/gu, ""));
    if (/^\s*(图为|图片|图：)/u.test(s.slice(sent.start, sent.start + 4))) return;
    if (!placeInSent) {
      if (zoneAnaphor(blankNames(s, idx, sent.start, sent.end))) parkRule = "anaphor:zone";
      if (block) {
        park = block.park;
        parkRule = block.kind === "section" ? "section:park" : "run-in:park";
      } else if (paraPlace && !pp.length) park = null;
      else if (pp.length === 1 && !paraPlace) park = pp[0] as Ent;
      // …unless the list only gives an industry its examples (以甲、乙为代表的某产业) and nothing places them.
      else if (
        dominant &&
        (pp.length === 0 || pp.includes(dominant)) &&
        (PLACING.test(locText) || !EXAMPLE_HEAD.test(l.head))
      )
        park = dominant;
      else if (leadPark && pp.length === 0 && !paraPlace && (PLACING.test(locText) || zoneScoped(s, idx, para, sent))) {
        // The plan's own zone (relations-zone.ts): the sentence brings firms in or points at a zone.
        park = leadPark;
        parkRule = "lead:zone";
      } else {
        // The sentence continues a subject park of its paragraph (relations-subject.ts).
        const sp = subjectPark(s, sents, idx, sentenceIndexAt(sents, sent.start));
        if (sp) [park, parkRule] = [sp.park, sp.rule];
      }
    }
  }
  // A list of projects (甲产业园扩建项目、乙新材料项目) names each item's own site, not the others' (as sentence:locate).
  const sentText = s.slice(sent.start, sent.end);
  if (park && parkRule === "list:park" && /项目[、，,；;]/u.test(sentText) && /项目/u.test(sentText.slice(-4)))
    park = null;
  if (park) for (const f of firms) add("park_enterprise", park, f, sent.start, sent.end, parkRule, 0.6);
}

/**
 * "以甲园区、乙园区、丙园区等为主体…，重点发展A、B、C": the sentence's parks are one enumeration and
 * its industries follow it, after a development verb: each park hosts each industry.
 */
function parkRunDevelops(s: string, parkHits: Hit[], clusters: Hit[]): Ent[] | null {
  const first = clusters[0];
  if (!first || clusters.length < 2) return null;
  const parks = parkHits.filter((h) => h.m.end <= first.m.start);
  if (parks.length < 3) return null;
  for (let k = 1; k < parks.length; k++)
    if (!/^[、和及与]$/u.test(s.slice((parks[k - 1] as Hit).m.end, (parks[k] as Hit).m.start))) return null;
  const end = (parks[parks.length - 1] as Hit).m.end;
  const develops = /(重点发展|大力发展|加快发展|发展|打造|培育|聚焦|主攻)[^，。；]{0,4}$/u.test(
    s.slice(end, first.m.start),
  );
  return develops ? [...new Set(parks.map((h) => h.ent))] : null;
}

/** 4. park → cluster in one sentence with a hosting cue; Park(industry) handled by the bracket rule. */
function sentenceHosts(sc: RelScope): void {
  const { s, sents, add, inSpan, distinct, inBracket, idx, blocks, paraSpan, dominant, leadPark } = sc;
  /** A date opening a sentence (2021年12月30日，…; 3月5日上午，…). */
  const DATE_LEAD = /^[\s\u3000]*(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:上午|下午|晚上)?[，,]/u;
  const HOST =
    /(主导|重点发展|大力发展|拓展|打造|构筑|依托|核心区|承载(?!能?力)|优势产业|形成|集聚|聚集|培育|为主体|为核心|聚焦|特色产业|产业园区|重点平台|主要平台|载体|主阵地|为代表|落地|落户|入驻|获评|获批|主打|做强|做大|壮大|加快发展|优先发展|着力发展|积极发展|主攻|深耕|支柱产业|首位产业|发展壮大|围绕|产业定位|为特色|产业(?:发展)?(?:涵盖|涉及|覆盖)|以[^，。；,;]{2,20}为主(?=[，。；,;]|$))/u;
  for (const sent of sents) {
    // Only a sentence naming an industry can host one.
    if (!idx.startsIn("cluster", sent.start, sent.end)) continue;
    const txt = s.slice(sent.start, sent.end);
    const cs = distinct(inSpan(sent.start, sent.end, "cluster"));
    // An industry placed in parks (A产业主要布局在/集中于甲区): only with a park right after the verb.
    const placed = inSpan(sent.start, sent.end, "park").some((h) =>
      /(?:布局|集中|分布)(?:在|于)$/u.test(s.slice(Math.max(0, h.m.start - 4), h.m.start)),
    );
    // A park developing the industries named right after it (支持甲区发展A、B产业, 在乙区布局C): those of its clause.
    for (const h of inSpan(sent.start, sent.end, "park")) {
      const verb = /^(?:重点|主要|加快|大力|着力|积极|优先)?(?:发展|布局)/u.exec(s.slice(h.m.end, h.m.end + 4));
      const from = h.m.end + (verb?.[0].length ?? 0);
      const own = inSpan(from, sent.end, "cluster");
      if (!verb || own[0]?.m.start !== from) continue;
      const stop = /[，；,;。]/u.exec(s.slice(from, sent.end))?.index ?? sent.end - from;
      for (const c of own)
        if (c.m.start < from + stop) add("park_cluster", h.ent, c.ent, sent.start, sent.end, "sentence:host", 0.55);
    }
    if (cs.length === 0 || !(placed || HOST.test(txt))) continue;
    // "跨境贸易（某综保区）": a park in brackets after an industry hosts that industry alone.
    const bracketed = new Set<Ent>();
    for (const h of inSpan(sent.start, sent.end, "park")) {
      const before = inSpan(Math.max(sent.start, h.m.start - 30), h.m.start, "cluster").pop();
      if (before && /^[（(]$/u.test(s.slice(before.m.end, h.m.start))) {
        bracketed.add(h.ent);
        add("park_cluster", h.ent, before.ent, before.m.start, h.m.end + 1, "bracket:industry-park", 0.7);
      }
    }
    let ps = distinct(
      inSpan(sent.start, sent.end, "park").filter((h) => !inBracket(h.m.start) && !bracketed.has(h.ent)),
    );
    const sentParks = ps.length;
    // A park's section does not host what a sentence gives a place of its own (甲区目标明确：重点抓好…),
    // unless the sentence points back at a zone (园区/区内).
    const sentBlank = ps.length === 0 ? blankNames(s, idx, sent.start, sent.end) : "";
    const block =
      ps.length === 0 && (zoneAnaphor(sentBlank) || !namesPlace(sentBlank))
        ? blockAt(blocks, sent.start, sent.end)
        : null;
    let hostRule = "sentence:host";
    // "某区，重点发展…" whose head is a place or zone the extractor did not resolve: its own subject, not the paragraph's park.
    // …or a place's own industry (项城工业形成了…, in a document that writes 项城市): the place's, not the park's.
    const placeEconomy = /^[\s\u3000]*([\p{Script=Han}]{2})(?:工业|经济|产业)(?!园|集聚区|区)/u.exec(txt);
    const otherSubject =
      (/^[\s\u3000]*[\p{Script=Han}]{1,6}(?:区|县|市|园|城|镇|港)[，,：:]/u.test(txt) ||
        (!!placeEconomy && placeWithLevel(s, placeEconomy[1] as string))) &&
      !inSpan(sent.start, Math.min(sent.end, sent.start + 10), "park").length;
    if (block) ps = [block.park];
    // A sentence whose subject is the city or the province (2023年，全市…培育壮大A、B) is not the paragraph's park's.
    else if (ps.length === 0 && !otherSubject && !WIDER_SUBJECT.test(txt)) {
      const para = paraSpan(sent.start);
      const pp = distinct(inSpan(para.start, sent.start, "park"));
      const all = distinct(inSpan(para.start, para.end, "park"));
      // The paragraph is about a park when it opens with it (某高新区现有企业…。初步形成了…).
      const opener = inSpan(para.start, Math.min(para.end, para.start + 15), "park")[0];
      const zoneWord = /(重点发展|主导产业)/u.test(txt) || zoneAnaphor(blankNames(s, idx, sent.start, sent.end));
      // A paragraph opening with the city or the province as its subject (全市现有企业…。工业主要以…为主，涵盖A、B)
      // goes on about it in sentences with no subject of their own.
      const widerPara = sent.start > para.start && WIDER_SUBJECT.test(s.slice(para.start, para.start + 8)) && !zoneWord;
      // …or when it names no park but the document's own zone (a zone profile's paragraph).
      if (pp.length === 1 && (zoneWord || opener?.ent === pp[0] || (pp[0] === dominant && all.length === 1))) ps = pp;
      else if (
        dominant &&
        !widerPara &&
        // Parks named only later in the paragraph do not take its earlier sentences from the zone.
        (pp.length === 0 || (zoneWord && all.includes(dominant))) &&
        !namesPlace(blankNames(s, idx, sent.start, sent.end)) &&
        !txt.includes("\t") && // a table row is not prose about the zone
        // A government body acting in the sentence (该县县委书记…, 鹤岗市委市政府确立…, 国家发改委将某市列为…)
        // speaks for its own place, not for the zone.
        !(inSpan(sent.start, sent.end, "department").length > 0 || /该[县市]|[县市]委/u.test(txt))
      )
        ps = [dominant];
      // (A lead zone no longer takes a hosting sentence's industries when no park is named there: right 1 time
      // in 11 on documents nobody tuned for; the rule lead:zone-host was removed in session 19.)
    }
    // The sentence's subject park (某开发区抢抓乙新区建设机遇，着力打造…) hosts; parks named as objects do not.
    // (A date may open the sentence before it: 2021年12月30日，某园区正式揭牌，…)
    const dated = DATE_LEAD.exec(txt)?.[0].length ?? 0;
    const subj = inSpan(sent.start + dated, Math.min(sent.end, sent.start + dated + 14), "park").find(
      (h) =>
        /^(?:[^，,：:、；;]{0,10}[，,])?\s*$/u.test(s.slice(sent.start + dated, h.m.start)) &&
        !/^[、和与及]/u.test(s.slice(h.m.end, h.m.end + 1)),
    );
    if (subj && ps.length > 1 && ps.includes(subj.ent)) ps = [subj.ent];
    // "以某新区为中心/核心，…大力发展A、B": the anchor park hosts the sentence's industries (relations-scope.ts).
    const anchor = anchorPark(s, inSpan(sent.start, sent.end, "park"), sent.start);
    if (anchor && !subj) ps = [anchor.ent];
    // No subject park named: the paragraph's, by a dropped subject or 园区 as subject (relations-subject.ts).
    if (!subj && !anchor && !block && !otherSubject && (ps.length === 0 || sentParks > 0) && !txt.includes("\t")) {
      const sp = subjectPark(s, sents, idx, sentenceIndexAt(sents, sent.start));
      // Parks the sentence names keep what follows them (园区大力发展A、B，拥有甲产业园…: A, B are 园区's).
      const firstPark = inSpan(sent.start, sent.end, "park")[0]?.m.start ?? sent.end;
      if (sp && sentParks > 0)
        for (const h of inSpan(sent.start, firstPark, "cluster"))
          add("park_cluster", sp.park, h.ent, sent.start, sent.end, sp.rule, 0.5);
      else if (sp) [ps, hostRule] = [[sp.park], sp.rule];
    }
    const run =
      ps.length > 2
        ? parkRunDevelops(s, inSpan(sent.start, sent.end, "park"), inSpan(sent.start, sent.end, "cluster"))
        : null;
    if (run) ps = run;
    // A later clause opening with a park of its own (…，其中乙园重点发展A) gives its industries to that park.
    const owners = clauseParks(
      s,
      inSpan(sent.start, sent.end, "park"),
      inSpan(sent.start, sent.end, "cluster"),
      sent.start,
      HOST,
    );
    const ownerParks = new Set(owners.values());
    for (const [c, p] of owners)
      if (!ps.includes(p)) add("park_cluster", p, c, sent.start, sent.end, "sentence:clause-park", 0.55);
    if (ps.length > (cs.length === 1 || run ? 5 : 2)) continue;
    // A park beside a long enumeration of industries hosts only those of its own clause.
    const clauseOf = (pos: number) => {
      // Marks before the sentence lose to sent.start - 1, so the searches stop there.
      const floor = sent.start - 1;
      const a = Math.max(
        lastIndexWithin(s, "，", pos, floor),
        lastIndexWithin(s, ",", pos, floor),
        lastIndexWithin(s, "；", pos, floor),
        floor,
      );
      return a;
    };
    const inSentence = new Set(distinct(inSpan(sent.start, sent.end, "park")));
    for (const p of ps) {
      const pm = inSpan(sent.start, sent.end, "park").find((h) => h.ent === p);
      for (const c of cs) {
        if ((owners.get(c) ?? p) !== p || (ownerParks.has(p) && owners.get(c) !== p)) continue;
        // …unless the park is the sentence's subject (某高新区重点发展A、B、C…).
        const subject =
          (pm && !/[、；;]/u.test(s.slice(sent.start, pm.m.start)) && pm.m.start - sent.start <= 12) ||
          anchor?.ent === p;
        if (cs.length >= 4 && inSentence.has(p) && pm && !subject) {
          const cm = inSpan(sent.start, sent.end, "cluster").filter((h) => h.ent === c);
          if (!cm.some((h) => clauseOf(h.m.start) === clauseOf(pm.m.start))) continue;
        }
        // "…发展A、B、C三大主导产业，某产业园已有…": a park first named in a clause after the
        // industries' own clause is that clause's topic, not their host (unless its name says so).
        if (pm && !subject && inSentence.has(p)) {
          const cm = inSpan(sent.start, sent.end, "cluster");
          const last = cm[cm.length - 1];
          const named = s.slice(pm.m.start, pm.m.end);
          const first = cm[0];
          // The industries are an enumeration, the object of their own clause's verb (聚力发展A、B、C).
          const object =
            first &&
            cm.length >= 2 &&
            /(发展|培育|打造|壮大|做强|聚焦|主导|形成)/u.test(
              s.slice(Math.max(0, clauseOf(first.m.start)), first.m.start),
            );
          if (
            object &&
            last &&
            last.m.end <= pm.m.start &&
            clauseOf(last.m.start) !== clauseOf(pm.m.start) &&
            !cm.some(
              (h) =>
                h.ent === c && named.includes(s.slice(h.m.start, h.m.end).replace(/(产业集群|产业链|集群|产业)$/u, "")),
            )
          )
            continue;
        }
        add("park_cluster", p, c, sent.start, sent.end, hostRule, hostRule === "sentence:host" ? 0.55 : 0.5);
      }
    }
  }
}

/** 4a–4c. Industry boxes, a cluster written right after a park, one-cluster sentences with a platform. */
function boxesAndAdjacency(sc: RelScope): void {
  const { s, sents, sections, add, hits, lowerBound, anyHit, inSpan, distinct, sentOf, clusterBlocks } = sc;
  // 4a. An industry box ("生物医药\n…\n重点园区：打造甲产业集聚区，实施乙科技园…") names the parks that carry it.
  for (const box of clusterBlocks)
    for (const h of inSpan(box.start, box.end, "park")) {
      const sent = sentOf(h.m.start);
      if (inSpan(sent.start, sent.end, "cluster").length) continue;
      if (/(园区|打造|实施|建设|依托|载体|基地)/u.test(s.slice(sent.start, sent.end)))
        add("park_cluster", h.ent, box.park, sent.start, sent.end, "box:industry-park", 0.6);
    }
  // …and the platforms its rows list (创新平台：甲中心、乙实验室) serve that industry.
  for (const box of clusterBlocks)
    for (const h of inSpan(box.start, box.end, "platform")) {
      const sent = sentOf(h.m.start);
      if (inSpan(sent.start, sent.end, "cluster").some((c) => c.ent !== box.park)) continue;
      add("cluster_platform", box.park, h.ent, sent.start, sent.end, "box:industry-platform", 0.6);
    }
  // 4b. "西安经开区汽车产业集群": a cluster written right after a park belongs to it.
  for (const h of hits) {
    if (h.ent.type !== "park") continue;
    const next = hits[lowerBound(h.m.end)];
    if (
      next &&
      next.ent.type === "cluster" &&
      next.m.start - h.m.end <= 1 &&
      /^的?$/u.test(s.slice(h.m.end, next.m.start))
    )
      add("park_cluster", h.ent, next.ent, h.m.start, next.m.end, "adjacent:park-industry", 0.7);
  }
  const columns = sections.filter((x) => x.kind === "column");
  // 4c. cluster → platform in one sentence about one cluster (…产业将依托某研究所; 创建某创新中心, …产业实现…).
  // The sentence opens with the industry (its topic: 某产业将依托…, 制定了某产业…规划…建立了某研究院), before
  // every platform; an industry named later or as a modifier (服务某经济的科技创新体系，建好…) is not what
  // the platforms serve.
  for (const sent of sents) {
    if (!anyHit(sent.start, sent.end)) continue;
    const ch = inSpan(sent.start, sent.end, "cluster");
    const cs = distinct(ch);
    if (cs.length !== 1) continue;
    const txt = s.slice(sent.start, sent.end);
    if (!/(依托|创建|建设|打造|争创|服务|支撑|载体|建立|搭建|组建|成立|为平台)/u.test(txt)) continue;
    if (columns.some((x) => sent.start >= x.start && sent.end <= x.end)) continue;
    const topic = ch[0] as Hit;
    const lead = s.slice(sent.start, topic.m.start).replace(/^[\s\d一二三四五六七八九十()（）、.．是]+/u, "");
    // (…or a purpose clause before it: 为做大做强某产业，…建立甲、乙等平台.)
    const purpose =
      PURPOSE_LEAD.test(lead) && /^(?:产业集群|产业链|集群|产业)?[，,]/u.test(s.slice(topic.m.end, topic.m.end + 6));
    if (
      (lead.length > 3 && !purpose) ||
      /^(?:产业集群|产业链|集群|产业)?的/u.test(s.slice(topic.m.end, topic.m.end + 5))
    )
      continue;
    const ps = inSpan(sent.start, sent.end, "platform");
    if (ps.some((p) => p.m.start < topic.m.start)) continue;
    for (const p of distinct(ps)) add("cluster_platform", topic.ent, p, sent.start, sent.end, "sentence:platform", 0.5);
  }
}

/** A purpose an industry is named in before the sentence's platforms (为做大做强某产业，…). */
const PURPOSE_LEAD =
  /^(?:为了?|围绕|聚焦|面向)(?:做大做强|做强做优|做优做强|发展壮大|壮大|加快发展|发展|推动|促进|支持|服务)?$/u;

/** 5–5c. 牵头负责, 由…负责 and lead units: departments that lead clusters. */
function leadDepartments(sc: RelScope): void {
  const { s, lists, add, inSpan, distinct, idx, brackets, leadPairs } = sc;
  // 5. 牵头负责: departments before it lead the clusters after it.
  for (const m of s.matchAll(/牵头负责/gu)) {
    const at = m.index as number;
    const clauseStart =
      Math.max(s.lastIndexOf("，", at), s.lastIndexOf("。", at), s.lastIndexOf("\n", at), s.lastIndexOf(",", at)) + 1;
    let clauseEnd = s.slice(at).search(/[，。；\n,]/u);
    clauseEnd = clauseEnd < 0 ? s.length : at + clauseEnd;
    const ds = distinct(inSpan(clauseStart, at, "department"));
    const cs = distinct(inSpan(at, clauseEnd, "cluster"));
    for (const d of ds)
      for (const c of cs) add("department_cluster", d, c, clauseStart, clauseEnd, "cue:牵头负责", 0.8);
  }

  // 5b. "重点推进的产业集群由D负责…": D leads the clusters of the list introduced with that verb phrase.
  // The pattern starts with a Han run, so the engine would try it at every character;
  // the phrase is rare, and without its literal there is no match to find.
  const LEAD_BY = /([\p{Script=Han}]{2,6})的产业集群由([^，。；,;]{2,30}?)(负责|牵头)/gu;
  for (const m of s.includes("的产业集群由") ? s.matchAll(LEAD_BY) : []) {
    const at = m.index as number;
    const vp = m[1] as string;
    const dStart = at + m[0].indexOf(m[2] as string);
    const ds = distinct(inSpan(dStart, dStart + (m[2] as string).length, "department"));
    const list = [...lists]
      .reverse()
      .find((l) => l.end < at && at - l.end < 600 && l.cue.replace(/\s+/gu, "").endsWith(vp));
    if (!list || ds.length === 0) continue;
    const cs = distinct(inSpan(list.start, list.end + 1, "cluster"));
    for (const d of ds)
      for (const c of cs) add("department_cluster", d, c, list.start, at + m[0].length, "cue:由…负责", 0.65);
  }

  // 5c. Lead units of an industry: 链长制 labels, tasks about an industry, lead verbs (relations-chain-lead.ts).
  for (const p of chainLeads(s, idx, brackets, add)) leadPairs.add(p);

  // 5d. 某局加速培育…，围绕甲、乙…产业链…: a department that opens its sentence and acts on industries at once
  // (a lead or development verb right after it) leads the industries the sentence names.
  for (const sent of sc.sents) {
    if (!sc.anyHit(sent.start, sent.end)) continue;
    const ds = inSpan(sent.start, sent.end, "department");
    // A news report names the body once, then "该局…" (the last body before with that head).
    const subj = ds.length
      ? { ent: ds[0]?.ent, at: ds[0]?.m.start ?? 0, end: ds[0]?.m.end ?? 0 }
      : pronounSubject(s, sent.start, inSpan);
    if (!subj?.ent || ds.some((h) => h.ent !== subj.ent)) continue;
    // Only a time or purpose clause before it (今年以来，/ 为将…转化为产业优势，).
    if (!/^\s*(?:[^。；]{0,40}[，,])?\s*$/u.test(s.slice(sent.start, subj.at))) continue;
    if (!DEPT_ACTS.test(s.slice(subj.end, subj.end + 8))) continue;
    const cs = distinct(inSpan(subj.end, sent.end, "cluster"));
    for (const c of cs) add("department_cluster", subj.ent, c, sent.start, sent.end, "subject:department", 0.55);
  }
}

/** "该局…" opening a sentence: the last department before it (within a few paragraphs) whose name ends in that head. */
function pronounSubject(s: string, start: number, inSpan: RelScope["inSpan"]) {
  const m = /^\s*该(局|委|办|厅)/u.exec(s.slice(start, start + 6));
  if (!m) return undefined;
  const ent = inSpan(Math.max(0, start - 600), start, "department")
    .filter((h) => h.ent.name.endsWith(m[1] as string))
    .pop()?.ent;
  return { ent, at: start + m[0].length - 2, end: start + m[0].length };
}

/** What a department that leads industries does first (加速培育, 围绕, 牵头…): never 印发, 召开, 发布. */
const DEPT_ACTS =
  /^(?:(?:加速|加快|积极|大力|着力|全力|强力|持续|不断|进一步|重点)?(?:培育|推进|推动|发展|打造|壮大|做强|围绕|聚焦|牵头|负责|抓好|统筹|谋划|布局|实施))/u;

/** 6. Numbered measures closed by （…负责） and 牵头单位 task rows: the departments responsible. */
function measureDepartments(sc: RelScope): void {
  const { s, sections, add, inSpan, distinct, idx, inBracket } = sc;
  // 6. Numbered measures closed by （…负责）: those departments answer for the entities the measure names.
  for (const sec of sections) {
    if (sec.kind !== "item" && sec.kind !== "article") continue;
    const body = s.slice(sec.start, sec.end).trimEnd();
    // Both patterns run from an opening bracket to the closing one that ends the
    // measure, with no bracket between: so they can only start at the last bracket
    // before the end. Matching there alone spares a scan of the whole measure.
    const last = body.length - 1;
    if (body[last] !== "）" && body[last] !== ")") continue;
    const open = Math.max(
      body.lastIndexOf("（", last - 1),
      body.lastIndexOf("(", last - 1),
      body.lastIndexOf("）", last - 1),
      body.lastIndexOf(")", last - 1),
    );
    if (open < 0 || (body[open] !== "（" && body[open] !== "(")) continue;
    const tail = body.slice(open);
    const bm =
      /[（(]([^（）()]{2,120})(按职责分工)?负责[）)]\s*$/u.exec(tail) ??
      // （牵头单位：甲；责任单位：乙）closes a measure the same way.
      /[（(]\s*(?:牵头单位|责任单位)\s*[:：]([^（）()]{2,200})[）)]\s*$/u.exec(tail);
    if (!bm) continue;
    const bStart = sec.start + open + (bm.index as number);
    const ds = responsibleUnits(s, idx, bStart, sec.end);
    const targets = distinct(inSpan(sec.start, bStart).filter((h) => h.ent.type !== "department"));
    for (const d of ds)
      for (const t of targets) add("department_responsible", d, t, sec.start, sec.end, "measure:responsible", 0.75);
  }
  // Task tables: 牵头单位：D, then the work and the year's goals.
  for (const m of s.matchAll(/牵头单位\s*[:：]\s*/gu)) {
    const at = m.index as number;
    // "（牵头单位：…）" closes a measure (handled above); a table row has the label at a line start.
    if (/[（(]\s*$/u.test(s.slice(Math.max(0, at - 2), at)) || inBracket(at)) continue;
    const lineEnd = s.indexOf("\n", at);
    const ds = distinct(inSpan(at, lineEnd < 0 ? s.length : lineEnd, "department"));
    // The row of a 重点工作 table just above (its label, 重点工作：…; the words in a title name no row);
    // other task lists are label:responsible's (relations-measures.ts).
    const workLabel = [...s.slice(Math.max(0, at - 1500), at).matchAll(/重点工作\s*[:：]/gu)].pop();
    if (!workLabel) continue;
    const workStart = Math.max(0, at - 1500) + (workLabel.index as number);
    // The row ends at its report columns or at the next row's label.
    const stop = s.slice(at).search(/进展情况|存在问题|完成情况|重点工作\s*[:：]/u);
    const workEnd = stop < 0 ? s.length : at + stop;
    // A unit list's own items (a company among the 责任单位) are units, not the work's targets.
    const targets = distinct(
      inSpan(workStart, workEnd).filter((h) => h.ent.type !== "department" && !inBracket(h.m.start)),
    );
    for (const d of ds)
      for (const t of targets) add("department_responsible", d, t, workStart, workEnd, "table:lead-unit", 0.7);
  }
}

/** 7. co_mention: entities named together in one sentence with no stated relation (weak, never scored). */
function coMentions(sc: RelScope): void {
  const { sents, rels, add, anyHit, inSpan, distinct } = sc;
  const related = new Set(rels.map((r) => `${r.source.rkey}|${r.target.rkey}`));
  for (const sent of sents) {
    if (!anyHit(sent.start, sent.end)) continue;
    const es = distinct(inSpan(sent.start, sent.end)).filter((e) => e.type !== "department");
    if (es.length < 2 || es.length > 6) continue;
    for (let i = 0; i < es.length; i++)
      for (let j = i + 1; j < es.length; j++) {
        const a = es[i] as Ent;
        const b = es[j] as Ent;
        if (a.type === b.type || related.has(`${a.rkey}|${b.rkey}`) || related.has(`${b.rkey}|${a.rkey}`)) continue;
        add("co_mention", a, b, sent.start, sent.end, "sentence:co-occurrence", 0.3);
      }
  }
}
