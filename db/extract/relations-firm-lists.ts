// Pass 3: the cluster and park of each enterprise list — the largest pass, apart so relations.ts is the order.

import type { EnumList } from "./lists.ts";
import { NAMED_PART } from "./park-forms.ts";
import { passingCue } from "./park-passing.ts";
import type { Hit, RelScope } from "./relations.ts";
import { PARTNER_LEAD } from "./relations-clause.ts";
import {
  coordination,
  gatheringCluster,
  joinedTopic,
  lineHeadCluster,
  PROJECT_RUN,
  ROLE_LABEL,
  topicCluster,
  unmarkedNearer,
} from "./relations-cluster.ts";
import { framePark } from "./relations-frame.ts";
import { itemFirmList, itemTopics, type TopicItem, topicAt } from "./relations-item-topic.ts";
import {
  anchorPark,
  blankNames,
  blockAt,
  customerRun,
  inEnumeration,
  namesPlace,
  otherZones,
  parkAsProject,
  siteSubject,
  widerSubject,
  zoneAnaphor,
} from "./relations-scope.ts";
import { subjectPark } from "./relations-subject.ts";
import { PLACING } from "./relations-zone.ts";
import type { Ent } from "./resolve.ts";
import { sentenceIndexAt } from "./text.ts";

/** The roles a list head gives its firms as an industry's examples (为代表, 为龙头…). */
const EXAMPLE_ROLE = "为(?:代表|龙头|骨干|核心|主导|引领|支撑)";
/** …such a role opening the head: the firms are examples, placed nowhere by it. */
const EXAMPLE_HEAD = new RegExp(`^\\s*等?\\s*${EXAMPLE_ROLE}`, "u");
/** …or anywhere in the head (a cue that lets a zone's passage hold the firms). */
const EXAMPLE_IN_HEAD = new RegExp(EXAMPLE_ROLE, "u");
/** A list head that counts firms (等一批…, 等5家…). */
const COUNTED_HEAD = /^\s*等\s*(?:一批|一大批|多家|\d+家|[一二三四五六七八九十百]+家)/u;
/** …and the industry word it gives the firms (等一批储能企业 → 储能). */
export const COUNTED_TRADE = new RegExp(`${COUNTED_HEAD.source}(?:优质)?([\\p{Script=Han}]{2,4}?)(?:产业)?企业`, "u");

/** 3. Enterprise lists: cluster and park scope. Returns the items that open with an industry (4'' reads them). */
export function enterpriseLists(sc: RelScope): TopicItem[] {
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
  // (other zones named only in enumerations do not make it a document about several zones)
  const { city, apart, passing } = otherZones(
    s,
    sc.ents.filter((e) => !NAMED_PART.has(e.rule)),
  );
  // (…nor do theme parks named by an industry inside the document's zone, once that zone is its subject)
  const oneZone =
    parkEnts.filter((e) => !city.has(e) && !apart.has(e) && !passing.has(e) && !sc.isThemePark(e)).length === 1;
  const LEAD_HEAD = /(龙头|骨干|头部|明星|重点企业|代表|核心|链主|领军)/u;
  let prevGather: { end: number; cluster: Ent } | null = null;
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
    // "某产业聚集了甲、乙等中药企业，丙、丁等化学药企业": a run of groups, each closed by 等…企业, continues
    // the gathering verb's object: the next group is the gathering industry's too.
    const carried =
      prevGather && GROUP_GAP.test(s.slice(prevGather.end, l.start)) && /^\s*等[^，。；]{0,10}企业/u.test(l.head)
        ? prevGather.cluster
        : null;
    const given = listCluster(sc, l, firms, sent, para, lead, lineHead, topicItems, carried);
    prevGather = given ? { end: l.end, cluster: given } : null;
    // Park: in the sentence (one park, or the park after 在), else the paragraph's one park, else the dominant park.
    // A document about one zone: the firms it names are that zone's firms.
    const oneZoneDoc = oneZone && sc.docZone !== null;
    // "某经开区甲公司、乙公司…", "某园区的甲、乙…", "某园区内，甲、乙…": a park written right before the list owns its firms.
    const first = inSpan(l.start, l.end + 1, "enterprise")[0]?.m.start ?? l.start;
    const parkBefore = inSpan(Math.max(0, first - 20), first, "park").some((h) =>
      /^(?:的|内的?|区内的?|里的?|(?:区?内|里)\s*[，,])?$/u.test(s.slice(h.m.end, first)),
    );
    // "…的某产业园区里，…甲、乙等企业开足马力": the sentence's setting places its firms (relations-frame.ts).
    const setting = !locCue && framePark(s, inSpan(sent.start, sent.end, "park"), sent.start, sent.end, true);
    if ((!locCue && !oneZoneDoc && !parkBefore && !setting) || lineHead) continue;
    // A list of platforms (甲孵化器、乙电子信息等“四大创新平台”) names a firm only inside a platform's name.
    if (/^等?\s*[“"]?[\p{Script=Han}\d]{0,6}(平台|载体)/u.test(l.head)) continue;
    listPark(sc, l, firms, sent, para, locText);
  }
  return topicItems;
}

/** A possessing or gathering verb right before a firm list, opening its clause (，拥有甲、乙…). */
const OWNS = /[，,；;](?:现|已|目前)?(?:拥有|聚集了?|集聚了?|汇聚了?|培育了?|涌现出?了?)$/u;

/** Between two groups of one object: the first group's 等…企业 head and a comma (…等中药企业，). */
const GROUP_GAP = /^[^，。；,;、]{0,3}等[^，。；,;]{0,10}企业(?:[，,、]|以及|和|及)\s*$/u;

/** A list's head that gives its firms a lead role (以甲为龙头, 为代表, 3家龙头企业, 头部企业). */
const ROLE_HEAD = /为龙头|为首|为骨干|为核心|为代表|\d+家龙头企业|头部企业|明星企业/u;
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
  carried: Ent | null = null,
): Ent | null {
  const { s, add, inSpan, headCluster, idx, clusterBlocks } = sc;
  // Cluster: right after 为代表的 / in the sentence / a preceding sentence of the paragraph.
  const sentClusters = inSpan(sent.start, sent.end, "cluster").filter(
    (h) => !/^(领域|行业|方向|配套)/u.test(s.slice(h.m.end, h.m.end + 2)),
  );
  let cluster: Ent | null = null;
  const afterHead = sentClusters.find((h) => {
    if (h.m.start < l.end || h.m.start - l.end > 24) return false;
    const gap = s.slice(l.end, h.m.start);
    return !/[，,；;]/u.test(gap) && /(为代表|为龙头|为首|为核心|为骨干|等|形成|打造)/u.test(gap);
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
  const gatherer = carried ?? gatheringCluster(s, sentClusters, l.start);
  // "在某产业上，以甲、乙为龙头" / "某产业领域，甲、乙等企业…": the sentence's topic industry (relations-cluster.ts).
  // A lone firm counts when it opens a clause of a sentence whose subject is the industry
  // (某产业实现产值…，甲公司获评…; 某产业，…，甲公司入选…).
  const opensClause = /^[，,；;]\s*$/u.test(s.slice(Math.max(sent.start, l.start - 1), l.start));
  // "某产业是…，拥有甲、乙等一批骨干企业": the industry is the subject that owns the firms its clause lists.
  const owned = lead && OWNS.test(s.slice(Math.max(sent.start, l.start - 8), l.start));
  const topic =
    (lead || l.items.length >= 2 || /^\s*等/u.test(l.head) || opensClause) &&
    // A run of projects is the topic's only when the sentence opens on it (某产业方面，甲、乙等项目相继投产).
    (!PROJECT_RUN.test(l.head) || TOPIC_OPENING.test(s.slice(sent.start, l.start)))
      ? topicCluster(s, sent.start, inSpan(sent.start, sent.end, "cluster"), l.start, opensClause || owned)
      : null;
  let ceRule = "list:cluster";
  let ceConf = 0.7;
  // "某某链主型企业甲、乙": the industry written into the firms' label is theirs.
  const labelled = sentClusters.find((h) => /^(?:产业)?(?:链主|龙头)型?企业\s*$/u.test(s.slice(h.m.end, l.start)));
  // 以甲为代表的乙产业 names its own industry, before the line's head or the text's topic.
  // The mention chosen after the list (以甲、乙为龙头，带动A、B产业…): its coordinated industries share the firms.
  let after: Hit | undefined;
  // "以甲、乙等企业为引领，提升某产业能力": the industry of the clause the role opens.
  const led = LED_BY.exec(s.slice(l.end, sent.end));
  const ledCluster =
    led && l.cue.endsWith("以")
      ? sc.firstClusterIn(s.slice(l.end + led[0].length, sent.end).split(/[；;。]/u)[0] ?? "")
      : null;
  // "某产业聚集了甲、乙等某企业": the gathering industry, the sentence's subject, over the kind in the head.
  const headKindOnly = !!afterHead && (!!carried || /^\s*等\s*$/u.test(s.slice(l.end, afterHead.m.start)));
  if (labelled) cluster = labelled.ent;
  else if (ledCluster) cluster = ledCluster;
  else if (gatherer && headKindOnly) {
    cluster = gatherer;
    ceRule = "cue:cluster-gathers";
  } else if (afterHead && !(topic && /、/u.test(s.slice(l.end, afterHead.m.end + 12)))) {
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
    ceRule === "list:cluster" && PARTNER_LEAD.test(s.slice(Math.max(sent.start, firstFirm - 6), firstFirm));
  if (
    cluster &&
    !partners &&
    (lead || afterHead || labelled || ceRule !== "list:cluster" || (countHead && cluster === headNamed))
  ) {
    const co =
      after && cluster === after.ent && ceRule === "list:cluster" ? coordinatedClusters(s, sentClusters, after) : [];
    // "以甲、乙为龙头的A、B两大产业": as many firms as industries, each firm leads its own (in order).
    const pairs = after && co.length ? respective(sentClusters, after, co, firms, s.slice(l.end, after.m.start)) : null;
    if (pairs) {
      for (const [c, f] of pairs) add("cluster_enterprise", c, f, sent.start, sent.end, "list:cluster-respective", 0.6);
      return null;
    }
    for (const f of firms) add("cluster_enterprise", cluster, f, sent.start, sent.end, ceRule, ceConf);
    for (const c of co)
      for (const f of firms) add("cluster_enterprise", c, f, sent.start, sent.end, "list:cluster-coordinated", 0.6);
    return ceRule === "cue:cluster-gathers" ? cluster : null;
  }
  return null;
}

/** The industries joined to one mention by 、/和/及/与 (A、B和C产业): a coordination names them together. */
function coordinatedClusters(s: string, sorted: Hit[], at: Hit): Ent[] {
  const { others, structure } = coordination(s, sorted, at);
  return structure ? [] : others;
}

/** The industries joined to `at` in text order, paired with the firms when the counts match after a lead role. */
function respective(sorted: Hit[], at: Hit, co: Ent[], firms: Ent[], gap: string): [Ent, Ent][] | null {
  if (co.length + 1 !== firms.length || !/^\s*等?为(?:龙头|代表|核心|骨干|引领)的\s*$/u.test(gap)) return null;
  const order: Ent[] = [];
  for (const h of sorted)
    if (h.m.start >= at.m.start && (h.ent === at.ent || co.includes(h.ent)) && !order.includes(h.ent))
      order.push(h.ent);
  if (order.length !== firms.length) return null;
  return order.map((c, i) => [c, firms[i] as Ent]);
}

/** A mention joined to others (A、B…) in an enumeration closed as a structure's parts: no one of them is the firms'. */
function structureItem(s: string, sorted: Hit[], at: Hit): boolean {
  const { others, structure } = coordination(s, sorted, at);
  return structure && others.length > 0;
}

/** After a list: a role that leads or carries what the next clause does (等企业为引领，…; 为依托，…); a head that
 * names the firms' own industry (等某产业重点企业为引领) is the other readers'. */
const LED_BY = /^\s*等?\s*(?:一批|多家)?(?:企业|公司)?为(?:引领|依托|支撑|牵引|引擎)[，,]/u;

/** After a list: its firms enter the park (等企业入园, 入驻园区). */
const ENTERS_PARK = /^[^，。；,;\n]{0,8}?(?:入园|进园|入驻园区|落户园区)/u;

/** 3, the park of one enterprise list: in the sentence (one park, or the park after 在), else the paragraph's one park, else the dominant park. */
function listPark(
  sc: RelScope,
  l: EnumList,
  firms: Ent[],
  sent: { start: number; end: number; para: number },
  para: { start: number; end: number },
  locText: string,
): void {
  const { s, sents, add, inSpan, distinct, idx, inBracket, blocks, docZone } = sc;
  // Customers of the zone's firms (主要服务甲、乙等厂商; 为甲、乙提供配套) are not located there.
  if (customerRun(s, l.start, l.end)) return;
  // …nor are the firms a subject partners or visits (县政府与甲、乙签署协议).
  const firstFirm = inSpan(l.start, l.end, "enterprise")[0]?.m.start ?? l.start;
  if (PARTNER_LEAD.test(s.slice(Math.max(sent.start, firstFirm - 6), firstFirm))) return;
  const sentHits = inSpan(sent.start, sent.end, "park");
  const sentParks = distinct(sentHits.filter((h) => !inBracket(h.m.start)));
  let park: Ent | null = null;
  // "甲园位于乙新区…": 乙 is where the park 甲 lies, not where the sentence's firms are.
  const sited = sentHits
    .map((h) => [h, siteSubject(s, sentHits, h)] as const)
    .filter((x): x is readonly [Hit, Hit] => x[1] !== null);
  const zai = sentHits.filter(
    (h) =>
      /(在|位于|入驻|落户|锁定|定址|扎根)$/u.test(s.slice(Math.max(0, h.m.start - 2), h.m.start)) &&
      !/^[、和与及]/u.test(s.slice(h.m.end, h.m.end + 1)) &&
      !sited.some(([site]) => site === h),
  );
  // "…的某产业园区(以下简称…)里，…甲、乙等企业…": the park closing a noun-phrase first clause (relations-frame.ts).
  const frame = framePark(s, sentHits, sent.start, sent.end);
  // "以某产业园为载体，依托甲、乙等企业…": the park a sentence naming several takes as its centre (relations-scope.ts).
  const anchor = sentParks.length > 1 ? anchorPark(s, sentHits, sent.start) : null;
  // The rule names how the park was found: in the sentence, by the park's section, by an anaphor.
  let parkRule = "list:park";
  // (…unless the sentence builds or signs the park: relations-scope.ts)
  if (sentParks.length === 1 && !parkAsProject(s, sentHits, sent.start)) park = sentParks[0] as Ent;
  // "推进某产业园建设，引导甲、乙等企业入园": firms the sentence brings into the park it builds are the park's.
  else if (sentParks.length === 1 && ENTERS_PARK.test(s.slice(l.end, l.end + 14))) park = sentParks[0] as Ent;
  else if (sentParks.length > 1 && zai.length === 1 && distinct(zai).length === 1) park = (zai[0] as Hit).ent;
  else if (sentParks.length === 2 && sited.length === 1 && (sited[0] as readonly [Hit, Hit])[1].m.end <= l.start)
    park = (sited[0] as readonly [Hit, Hit])[1].ent;
  else if (sentParks.length > 1 && frame && frame.m.end <= l.start) park = frame.ent;
  else if (sentParks.length > 1 && anchor && anchor.m.end <= l.start) park = anchor.ent;
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
      inSpan(para.start, para.end, "park").filter(
        (h) =>
          !inBracket(h.m.start) &&
          !NAMED_PART.has(h.ent.rule) &&
          !inEnumeration(s, h.m.start, h.m.end) &&
          // (a partner or a zone visited is not the paragraph's own zone, nor one named only after the sentence)
          !passingCue(s, (a, b) => idx.inSpan(a, b).length > 0, h.m) &&
          h.m.start < sent.end,
      ),
    );
    const sentBlank = blankNames(s, idx, sent.start, sent.end);
    const placeInSent = namesPlace(sentBlank) || widerSubject(sentBlank);
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
        docZone &&
        (pp.length === 0 || pp.includes(docZone)) &&
        (PLACING.test(locText) || !EXAMPLE_HEAD.test(l.head))
      )
        park = docZone;
      // (The zone a plan merely opens with no longer takes such firms: lead:zone was right 10 times in 32 on the
      // development sets and removing it raised the 150 newest, session 39.)
      else {
        // The sentence continues a subject park of its paragraph (relations-subject.ts).
        const sp = subjectPark(s, sents, idx, sentenceIndexAt(sents, sent.start));
        if (sp) [park, parkRule] = [sp.park, sp.rule];
        // "…等首批4家企业入园开工": a zone word that points back takes the park named last before the sentence.
        else if (parkRule === "anaphor:zone" && !paraPlace && !docZone) park = lastParkBefore(sc, sent.start);
      }
    }
  }
  // A list of projects (甲产业园扩建项目、乙新材料项目) names each item's own site, not the others' (as sentence:locate).
  const sentText = s.slice(sent.start, sent.end);
  if (park && parkRule === "list:park" && /项目[、，,；;]/u.test(sentText) && /项目/u.test(sentText.slice(-4)))
    park = null;
  if (park) for (const f of firms) add("park_enterprise", park, f, sent.start, sent.end, parkRule, 0.6);
}

/** The park named last within 600 characters before `at`, outside responsibility brackets and enumerations. */
function lastParkBefore(sc: RelScope, at: number): Ent | null {
  const { s, inSpan, inBracket } = sc;
  const hits = inSpan(Math.max(0, at - 600), at, "park").filter(
    (h) => !inBracket(h.m.start) && !NAMED_PART.has(h.ent.rule) && !inEnumeration(s, h.m.start, h.m.end),
  );
  return hits[hits.length - 1]?.ent ?? null;
}
