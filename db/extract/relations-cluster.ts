// cluster_enterprise the way prose states it beyond 以…为代表 and 重点企业：
// lists: the industry is the subject of a gathering verb right before the
// firms (某产业集聚了甲、乙等企业; 某产业链现有链主企业甲、乙), or the industry
// heads the line or numbered item that lists them (2.某产业。支持甲、乙做大做强).
import type { RelationType } from "../types.ts";
import { charTable } from "./anchored.ts";
import { blankNames, type Hit, type HitIndex, type RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";
import { lastIndexOfAny } from "./text.ts";

const CLAUSE_END = charTable("，。；,;\n");

/** Roles that make a listed firm one of the industry's own (链主/龙头/骨干…企业). */
export const LEAD_ROLE = /(链主|龙头|骨干|领军|头部|代表性?|核心|重点|标杆|领航)(企业|企|型企业)/u;
/** A list introduced by a role label (链主企业：, 龙头企业有, 骨干企业包括). */
export const ROLE_LABEL =
  /(依托|围绕|以|(?:链主|龙头|骨干|领军|头部|代表性?|核心|重点|标杆|领航)企业\s*(?:有|包括|主要有|为)?\s*[：:]?)\s*$/u;

/**
 * The text between an industry and a list of firms that makes the industry
 * their subject: 某产业(集群)(内)已集聚了…, 某产业链现有链主企业…, 某产业拥有….
 */
const GATHERS =
  /^(?:产业集群|产业链|产业|集群|行业)?(?:内|方面|领域)?[，,]?\s*(?:已|现已|目前已?|共|现有|先后|累计)?\s*(?:集聚|聚集|汇聚|拥有|培育|引进|落户|入驻|涌现|有)(?:了|出)?\s*(?:[^，。；,;\n]{0,8}?(?:企业|企)\s*(?:有|包括|[：:])?)?\s*$/u;

/** The cluster a sentence makes the subject of gathering the list at listStart, if any. */
export function gatheringCluster(s: string, sentClusters: Hit[], listStart: number): Ent | null {
  const before = sentClusters.filter((h) => h.m.end <= listStart);
  const last = before[before.length - 1];
  if (!last || listStart - last.m.end > 24) return null;
  const gap = s.slice(last.m.end, listStart);
  if (!GATHERS.test(gap)) return null;
  // Across a comma the industry must open its clause (主导产业为甲和乙，先后引进… names the zone's firms).
  if (/[，,]/u.test(gap)) {
    let first = last;
    for (let k = before.length - 2; k >= 0; k--) {
      const h = before[k] as Hit;
      if (!/^(?:产业|集群)?[、和及与]$/u.test(s.slice(h.m.end, first.m.start))) break;
      first = h;
    }
    const lead = s.slice(0, first.m.start);
    const cut = Math.max(...["，", "。", "；", ",", ";", "\n", "："].map((c) => lead.lastIndexOf(c)));
    if (!/^\s*$/u.test(lead.slice(cut + 1))) return null;
  }
  return last.ent;
}

/**
 * A line or numbered item headed by an industry ("2.某产业。", "（一）某产业集群：", "**某产业。**"):
 * the firms its list names are that industry's. Only where the head is the
 * industry alone, closed by 。/：, at the very start of the line after its marker.
 */
export function lineHeadCluster(s: string, lineHeads: Hit[], lineStart: number): Ent | null {
  const h = lineHeads[0];
  if (!h) return null;
  const lead = s.slice(lineStart, h.m.start);
  if (!/^[\s\u3000]*(?:\*\*|[（(]?[一二三四五六七八九十\d]{1,2}[)）.．、]\s*|[①-⑳]\s*|[-—•·]+\s*)?\*{0,2}$/u.test(lead))
    return null;
  return /^(?:产业集群|产业链|产业|集群)?\*{0,2}[。：:]/u.test(s.slice(h.m.end, h.m.end + 8)) ? h.ent : null;
}

type Add = RelationAdd;

/** An industry, then its role word: 某产业(链)(的)链主企业 / 某产业龙头. */
const ROLE_AFTER_CLUSTER =
  /^(?:产业集群|产业链|产业|集群|行业|领域)?(?:的|中的|内的)?(?:[“"]?(?:链主|鏈主|龙头|龍頭|骨干|领军|頭部|头部|标杆|领航|头雁|頭雁|领头羊|排头兵|主力军|领跑者|火车头)[”"]?(?:型?企业|型?企業)?|(?:重点|核心|代表性?)企业|[“"][^“”"，。；,;]{2,5}[”"](?=\s*(?:——|—|：|:)))/u;

/**
 * The firms a copula makes the role holders (甲是某产业的龙头企业; 甲与乙正是某产业的“头雁”; 甲成为园区某产业链“链主”):
 * the clause before the industry is the firms, joined by 、/和/与/及, then the copula and at most a place or
 * zone word (园区/本地/全市…) — no other word, so that the firm is the copula's subject.
 */
const COPULA_BEFORE =
  /^\s*(?:正|就|也|已|已经|均|都|一直|始终|已然)?(?:是|为|成为|成了|成长为|作为)(?:[\p{Script=Han}]{0,6}?(?:园区|本地|当地|全市|全县|全区|全省|全国|国内|[省市县区州]))?\s*$/u;

/**
 * "作为园区某产业的链主企业，甲将…" / "某产业链主企业甲": a firm the text gives an
 * industry's leading role, where the role phrase and the firm are adjacent —
 * the role clause opens with 作为 and the firm opens the next clause, or the
 * firm follows the role word directly.
 */
export function roleLeads(s: string, idx: HitIndex, add: Add): void {
  for (let k = 0; k < idx.hits.length; k++) {
    const c = idx.hits[k] as Hit;
    if (c.ent.type !== "cluster") continue;
    // a mention read as 某产业链 leaves 主企业 after it (某产业链主企业甲): start the role at its 链
    const from = s.startsWith("链主", c.m.end - 1) ? c.m.end - 1 : c.m.end;
    const role = ROLE_AFTER_CLUSTER.exec(s.slice(from, from + 12));
    if (!role) continue;
    const roleEnd = from + role[0].length;
    const next = idx.hits[idx.lowerBound(roleEnd)];
    const clauseStart = lastIndexOfAny(s, CLAUSE_END, c.m.start - 1) + 1;
    if (!next || next.ent.type !== "enterprise") {
      copulaLeads(s, idx, c, clauseStart, add);
      continue;
    }
    const gap = s.slice(roleEnd, next.m.start);
    // 某产业链主企业甲 / 某产业龙头企业：甲
    // (某产业龙头企业——甲: a dash sets the firm off as the role's bearer)
    const direct = /^\s*(?:[：:]|—{1,2}|-{1,2})?\s*$/u.test(gap);
    // 作为(园区)某产业的链主企业，甲…: 作为 opens the clause that holds the industry.
    // (a time word may open the firm's clause: 作为某产业的龙头企业，近年来甲…)
    const asRole =
      /^\s*[，,]\s*(?:近年来|近年|多年来|目前|如今|当前|今年以来|今年|去年)?[，,]?\s*$/u.test(gap) &&
      /^\s*作为[^，。；,;\n]{0,8}$/u.test(s.slice(clauseStart, c.m.start));
    if (!(direct || asRole)) {
      copulaLeads(s, idx, c, clauseStart, add);
      continue;
    }
    add("cluster_enterprise", c.ent, next.ent, c.m.start, next.m.end, "role:cluster-lead", 0.7);
    // the role word heads the whole run of firms joined to the first (某产业龙头企业甲、乙和丙)
    let prev = next;
    for (let j = idx.lowerBound(next.m.end); j < idx.hits.length; j++) {
      const f = idx.hits[j] as Hit;
      if (f.ent.type !== "enterprise" || !/^\s*[、和与及]\s*$/u.test(s.slice(prev.m.end, f.m.start))) break;
      add("cluster_enterprise", c.ent, f.ent, c.m.start, f.m.end, "role:cluster-lead", 0.7);
      prev = f;
    }
  }
  // 以甲为链主的乙(产业): an industry named with its lead firm (…、以丙为链主的丁等优势产业).
  for (let k = 0; k + 1 < idx.hits.length; k++) {
    const f = idx.hits[k] as Hit;
    if (f.ent.type !== "enterprise" || s[f.m.start - 1] !== "以") continue;
    const role = /^\s*为(?:链主|龙头|核心|引领)(?:企业)?的/u.exec(s.slice(f.m.end, f.m.end + 10));
    const c = role ? idx.hits[idx.lowerBound(f.m.end + role[0].length)] : undefined;
    if (role && c && c.ent.type === "cluster" && c.m.start === f.m.end + role[0].length)
      add("cluster_enterprise", c.ent, f.ent, f.m.start - 1, c.m.end, "role:cluster-lead", 0.7);
    // 以甲为链主，做强乙产业链: the next clause builds the industry the firm leads.
    const led = role ? null : LED_NEXT.exec(s.slice(f.m.end, f.m.end + 24));
    const c2 = led ? idx.hits[idx.lowerBound(f.m.end + led[0].length)] : undefined;
    if (led && c2 && c2.ent.type === "cluster" && c2.m.start === f.m.end + led[0].length)
      add("cluster_enterprise", c2.ent, f.ent, f.m.start - 1, c2.m.end, "role:cluster-lead", 0.7);
  }
}

/** 甲(、乙)是某产业的龙头企业: the firms opening the clause, then a copula, then the industry and its role. */
function copulaLeads(s: string, idx: HitIndex, c: Hit, clauseStart: number, add: Add): void {
  const firms = idx.inSpan(clauseStart, c.m.start);
  if (!firms.length || firms.some((h) => h.ent.type !== "enterprise")) return;
  const first = firms[0] as Hit;
  // (在某地，甲与乙正是…: a place clause before is not part of this one.)
  if (!/^[\s\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）.．、])?\s*$/u.test(s.slice(clauseStart, first.m.start)))
    return;
  for (let k = 1; k < firms.length; k++)
    if (!/^\s*[、和与及]\s*$/u.test(s.slice((firms[k - 1] as Hit).m.end, (firms[k] as Hit).m.start))) return;
  const last = firms[firms.length - 1] as Hit;
  if (!COPULA_BEFORE.test(s.slice(last.m.end, c.m.start))) return;
  for (const f of firms) add("cluster_enterprise", c.ent, f.ent, f.m.start, c.m.end, "role:cluster-lead", 0.7);
}

/** 为链主/为龙头, a comma, then a verb that builds an industry (做强/打造/延伸…) and the industry right after it. */
const LED_NEXT =
  /^\s*为(?:链主|龙头)(?:企业)?[，,]\s*(?:加快|着力|全力|重点|大力)?(?:做强|做大|做优|做长|打造|培育|壮大|延伸|延长|带动|发展|构建|完善|拉长)(?:壮大|提升|延伸)?/u;

/**
 * The industry a sentence opens with as its topic, set off by a comma: "在某产业上，以甲、乙为龙头…",
 * "某产业领域，甲、乙等企业…", "某产业方面，…". The firms listed later in that sentence are the
 * industry's examples. Only at the sentence start (after an optional 在/其中/在…中), and only when no
 * other industry stands between the topic and the list.
 */
/** A list closed as projects (甲、乙等一批重点配套项目): its items are projects, not the topic industry's firms. */
export const PROJECT_RUN = /^\s*等[^，。；,;：:]{0,12}(?:项目|項目)/u;

/** A second industry word (某某产业, not a generic 主导产业/相关产业 or 产业链/产业园). */
const OTHER_INDUSTRY =
  /(?<!主导|优势|新兴|相关|支柱|特色|重点|传统|上下游|配套|关联|[的和及与、，,])(?!主导|优势|新兴|相关|支柱|特色|重点|传统|配套|关联)[\p{Script=Han}]{2}产业(?!链|园|基地|集聚|发展|工人|用地|项目)/u;
const TOPIC_AFTER = /^(?:产业集群|产业链|产业|集群|行业)?(?:领域|方面|板块|赛道)?(?:上|中|里|方面)?\s*[，,：:]/u;

/**
 * The industry opens its sentence's topic: after nothing, 其中 or 在/于 (在某地的甲产业领域: a place under 在 sets where),
 * or after the place it is named with (某市甲乙区钛合金产业集群，…).
 */
const TOPIC_LEAD =
  /^[\s\u3000]*(?:其中[，,]?\s*)?(?:(?:在|于)(?:[\p{Script=Han}]{2,6}的)?)?(?:(?:(?![是为的在与和开园新])[\p{Script=Han}]){2,4}?[省市县区州旗盟]){0,2}$/u;

/**
 * A sentence opening with two industries joined as its topic (在甲和乙产业方面，…): the firms it lists may be
 * either's, so that mention is nobody's topic and not the nearest cluster for them either.
 */
export function joinedTopic(s: string, sentStart: number, sentClusters: Hit[]): Hit | null {
  const first = sentClusters[0];
  if (!first || !/[和与、]/u.test(s.slice(first.m.start, first.m.end))) return null;
  if (!TOPIC_LEAD.test(s.slice(sentStart, first.m.start))) return null;
  return /^(?:产业集群|产业链|产业|集群|行业)?(?:领域|方面|板块|赛道)(?:上|中|里)?\s*[，,：:]/u.test(
    s.slice(first.m.end, first.m.end + 12),
  )
    ? first
    : null;
}

/** The sentence's topic industry that owns a firm list after it (在某产业上，以甲、乙为龙头; 某产业领域，甲、乙…). */
export function topicCluster(
  s: string,
  sentStart: number,
  sentClusters: Hit[],
  listStart: number,
  subjectOk = false,
): Ent | null {
  const first = sentClusters[0];
  if (!first || first.m.end > listStart) return null;
  if (!TOPIC_LEAD.test(s.slice(sentStart, first.m.start))) return null;
  // Two industries joined (在甲和乙产业方面，): the firms may be either's, so neither is the topic.
  if (/[和与、]/u.test(s.slice(first.m.start, first.m.end))) return null;
  let topic = TOPIC_AFTER.exec(s.slice(first.m.end, first.m.end + 12));
  // The industry as the sentence's subject (某产业实现营业收入…): not one item of an enumeration.
  if (!topic && subjectOk) {
    const subj = /^(?:产业集群|产业链|产业|集群|行业)?(?=[^、和与及，,：:“”"（(\s])/u.exec(
      s.slice(first.m.end, first.m.end + 8),
    );
    if (subj && /(产业|业|集群)$/u.test(s.slice(first.m.start, first.m.end) + subj[0])) topic = subj;
  }
  if (!topic) return null;
  // "某产业，甲、乙…" alone may be an enumeration's first item: a topic needs 在 or a topic word.
  const zai = /在|于/u.test(s.slice(sentStart, first.m.start));
  if (
    !zai &&
    !/(产业|产业链|集群|行业|制造业|服务业|加工业|领域|方面|板块|赛道)$/u.test(
      // (甲产业链上， / 甲产业中， as 甲产业方面，)
      s.slice(first.m.start, first.m.end) + topic[0].replace(/[\s，,：:]+$/u, "").replace(/[上中里]$/u, ""),
    )
  )
    return null;
  if (sentClusters.some((h) => h.ent !== first.ent && h.m.start > first.m.end && h.m.start < listStart)) return null;
  // …nor an industry the extractor did not mark (在甲产业方面，乙产业建设初见成效，包括…): the list may be that one's.
  // (A copula's predicate describes the topic itself: 甲产业是本区最具竞争力产业，拥有…)
  const between = s.slice(first.m.end + topic[0].length, listStart).replace(/^是[^，,；;。]*?产业(?=[，,])/u, "");
  if (OTHER_INDUSTRY.test(between)) return null;
  return first.ent;
}

/**
 * An industry word the extractor did not mark (某某产业, names blanked) that stands nearer a firm list
 * than the cluster mention chosen for it: in the list's own head (…等铝产业企业) or between the two
 * (在甲产业方面，乙产业建设初见成效，包括丙、丁…). The list is then that industry's, not the cluster's.
 */
export function unmarkedNearer(
  s: string,
  idx: HitIndex,
  list: { start: number; end: number },
  cluster: Hit,
  sent: { start: number; end: number },
): boolean {
  const headEnd = Math.min(sent.end, list.end + 16);
  const stop = s.slice(list.end, headEnd).search(/[，,。；;]/u);
  const head = blankNames(s, idx, list.end, stop < 0 ? headEnd : list.end + stop);
  if (OTHER_INDUSTRY.test(head)) return true;
  const [a, b] = cluster.m.end <= list.start ? [cluster.m.end, list.start] : [list.end, cluster.m.start];
  return b > a && OTHER_INDUSTRY.test(blankNames(s, idx, a, b));
}

/**
 * The other industries joined to a mention by 、/和/及/与 (A、B和C产业), and whether the enumeration is closed as
 * the links of a chain or the pillars of an industrial system (正极材料、负极材料…等产业链布局; 以甲、乙为支柱) or the
 * supporting trades around a lead industry (以甲为龙头，A、B等配套产业…; 涵盖A、B等产业上下游领域): parts of a
 * structure, not industries the firms drive.
 */
export function coordination(s: string, sorted: Hit[], at: Hit): { others: Ent[]; structure: boolean } {
  // (The sentence's hits come from the index in text order.)
  const k = sorted.indexOf(at);
  const out: Ent[] = [];
  const joins = (a: Hit, b: Hit) => /^(?:产业|行业)?[、和及与]$/u.test(s.slice(a.m.end, b.m.start));
  let last = at;
  for (let j = k + 1; j < sorted.length && joins(sorted[j - 1] as Hit, sorted[j] as Hit); j++) {
    last = sorted[j] as Hit;
    out.push(last.ent);
  }
  for (let j = k - 1; j >= 0 && joins(sorted[j] as Hit, sorted[j + 1] as Hit); j--) out.push((sorted[j] as Hit).ent);
  const structure =
    /^(?:产业|行业)?(?:等)?(?:产业链|链条|环节|为支柱|为主导|为主体|为重点|为核心|产业体系|配套|(?:产业)?上下游)/u.test(
      s.slice(last.m.end, last.m.end + 10),
    );
  return { others: [...new Set(out)].filter((e) => e !== at.ent), structure };
}
