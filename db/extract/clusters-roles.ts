// Clusters named by a frame, not by a suffix or a list: topic openings, predicates (X是…主导产业), roles (以甲为主导), designations, quoted sums, park brackets.

import { charTable, matchesAround, matchesAt } from "./anchored.ts";
import { allGeneric, clusterName, leadNotName, validIndustry } from "./clusters-names.ts";
import { type Cand, type Ctx, spanCand } from "./context.ts";
import { industryHead } from "./industry-heads.ts";
import { matchNearCue, sentenceIndexAt } from "./text.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

const PREDICATE =
  /(?<=^|[，,。；;\n、])([^，,。；;\n、“”]{2,14}?)(?:产业)?是[^，,。；;\n]{0,14}?(?:优势|主导|支柱|特色|龙头|核心|首位|重点)产业/uy;
const PREDICATE_AFTER = charTable("，,。；;\n、");

const MADE_ROLE =
  /[把将]([\p{Script=Han}]{2,10}?)(?:作为|列为|确立为|定位为|确定为)[^，。；]{0,10}?(?:首位|主导|支柱|重点|优势|特色)产业/uy;
const MADE_ROLE_AT = triggerFamily(["把", "将"]);
/** A quoted sum before an industry head (“甲+乙”产业), tried at the quotes only (trigger-index.ts). */
const QUOTED_SUM =
  /[“"]([^”"，。；]{4,40})[”"]\s*(?:特色|主导|优势|新兴|支柱|重点|首位|[两二三四五六七八九十]大)?\s*(?:产业|产业体系|产业集群|现代产业体系)/uy;
const QUOTE_AT = triggerFamily(["“", '"']);
/** A service sector named after a list head (…产业以及某某服务业). */
const SERVICE_AFTER = /(?:产业|产业集群)(?:以及|和|及)([\p{Script=Han}]{2,8}?服务业)/uy;
const CHANYE_AT = triggerFamily(["产业"]);
/** 以 and 为, where role frames open or turn (from the document's trigger index: indexOf scans for them were slow). */
const YI_AT = triggerFamily(["以"]);
const WEI_AT = triggerFamily(["为"]);
const TWIN_CUE_AT = triggerFamily(["双轮", "双引", "两翼"]);
const DESIGNATED_CUE_AT = triggerFamily(["获批", "入选", "获评", "被评", "被认", "认定"]);
const TWIN_DRIVE =
  /(?<=^|[，,。；;\n、以在于由])([\p{Script=Han}]{2,8}?)(?:产业)?[与和及]([\p{Script=Han}]{2,8}?)(?:产业)?(?:双轮驱动|双轮|双引擎|两翼齐飞)/gu;

/** The characters of TWIN_DRIVE's look-behind, and of the designation pattern's (matchNearCue's `after`). */
const TWIN_DRIVE_AFTER = charTable("，,。；;\n、以在于由");
const DESIGNATED_AFTER = charTable("，。；、\n");

/** A sentence opening on an industry as its topic: (在)某某(产业)方面/领域/板块， (the firms that follow are its). */
const TOPIC_OPENING_NAME =
  /^[\s\u3000]*(?:在|从|围绕|聚焦|立足|瞄准|紧扣|紧盯|深耕|针对|面向|着眼)?([\p{Script=Han}]{2,10}?)(?:产业|行业)?$/du;
const TOPIC_WORDS = ["方面", "领域", "板块"];

/**
 * "现代物流方面，甲、乙等企业入驻" / "在装备制造领域，…": the topic of a sentence opening names an industry
 * when it ends in an industry's head word (物流, 制造, 食品…); 在人才方面 or 在能源领域 do not.
 * (Found from the topic word back to its sentence's start: a regex anchored at every sentence start costs a scan.)
 */
export function topicOpeningClusters(ctx: Ctx): Cand[] {
  const { s, sents } = ctx;
  const out: Cand[] = [];
  for (const w of TOPIC_WORDS)
    for (let q = s.indexOf(w); q >= 0; q = s.indexOf(w, q + 2)) {
      if (!/[，,：:]/u.test(s[q + 2] ?? "")) continue;
      const from = sents[sentenceIndexAt(sents, q)]?.start ?? 0;
      if (q - from > 16) continue;
      const m = TOPIC_OPENING_NAME.exec(s.slice(from, q));
      const name = m?.[1];
      const at = m?.indices?.[1]?.[0];
      if (!name || at === undefined || !industryHead(name) || !validIndustry(name, false) || allGeneric(name)) continue;
      out.push(spanCand(ctx, "cluster", from + at, from + at + name.length, "cluster:topic-opening", 0.7));
    }
  return out;
}

/** "X是…的主导产业" / "X产业是…的优势产业": the subject names a cluster. */
export function predicateClusters(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  // A match holds 是 2 to 16 characters after its start, which is the text start
  // or right after one of the lookbehind's marks.
  for (const m of matchesAround(
    s,
    PREDICATE,
    "是",
    (q) => [q - 16, q - 2],
    (p) => p === 0 || PREDICATE_AFTER[s.charCodeAt(p - 1)] === 1,
  )) {
    const a0 = m.index as number;
    let name = m[1] as string;
    const { cut } = clusterName(name);
    name = name.slice(cut);
    const a = a0 + cut;
    const lead = /^(据了解|据介绍|目前|其中|同时|此外)[，,]?/u.exec(name);
    const a2 = lead ? a + lead[0].length : a;
    const n2 = s.slice(a2, a0 + (m[1] as string).length);
    if (!validIndustry(n2, /(制造业|服务业)$/u.test(n2))) continue;
    out.push(spanCand(ctx, "cluster", a2, a2 + n2.length, "cluster:predicate", 0.7));
  }
  // "甲与乙双轮驱动的产业集群体系": the two industries that drive a zone side by side.
  // (The cue words first: the pattern opens on a look-behind tried at every character.)
  for (const m of matchNearCue(s, TWIN_DRIVE, /双轮|双引擎|两翼齐飞/u, TWIN_CUE_AT, 21, TWIN_DRIVE_AFTER)) {
    let at = m.index as number;
    for (const n0 of [m[1], m[2]] as string[]) {
      // The lookbehind may stop inside a two-character preposition (在|于…): the name starts after it.
      const n = n0.length > 3 ? n0.replace(/^[于在以由]/u, "") : n0;
      const k = s.indexOf(n, at);
      at = k + n.length;
      if (industryHead(n) && validIndustry(n, false))
        out.push(spanCand(ctx, "cluster", k, k + n.length, "cluster:role", 0.7));
    }
  }
  // "把甲作为首位产业" / "将甲确立为…的主导产业": the industry a place makes its role industry.
  for (const m of matchesAt(s, MADE_ROLE, triggerStarts(s, MADE_ROLE_AT))) {
    const n = m[1] as string;
    const at = (m.index as number) + 1;
    if (industryHead(n) && validIndustry(n, false))
      out.push(spanCand(ctx, "cluster", at, at + n.length, "cluster:role", 0.7));
  }
  // "形成以甲为主导、乙为支撑的产业体系" / "主导产业为甲": one industry in a role.
  for (const m of roleSingleMatches(s)) {
    let n = (m[1] ?? m[2] ?? m[3]) as string;
    // Group 1 and 2 follow a one-character lead (以 or the separator), group 3 ends the match.
    let at = (m.index as number) + (m[3] ? m[0].length - n.length : 1);
    // 以发展甲为主: the verb before the industry is not its name.
    const lc = leadNotName(n);
    if (lc > 0 && n.length - lc >= 2) [n, at] = [n.slice(lc), at + lc];
    if (!validIndustry(n, false)) continue;
    // "以甲为主的乙产业": a named industry after the role holds 甲 as its part; 乙 is the cluster.
    if (m[1] && partOfNamed(s, (m.index as number) + m[0].length)) continue;
    // "主导产业有两项，分别为…": a count is what follows the cue, not an industry.
    if (/(企业|公司|集团|龙头)/u.test(n) || /^[\d一二三四五六七八九十两几多]+[项个大类条种]$/u.test(n)) continue;
    for (const [a, b] of joinedRoles(n, at) ?? [[at, at + n.length]])
      out.push(spanCand(ctx, "cluster", a, b, "cluster:role", 0.7));
  }
  // "以甲为依托，乙和丙为主导产业": the lead role of the clause after a base (its 以 stays in the first).
  if (s.includes("为主导") || s.includes("为支柱") || s.includes("为首位"))
    for (const base of s.matchAll(BASE_ROLE)) {
      LEAD_AFTER_BASE.lastIndex = (base.index as number) + base[0].length;
      const m = LEAD_AFTER_BASE.exec(s);
      if (!m) continue;
      const n = m[1] as string;
      const parts = joinedRoles(n, m.index) ?? [[m.index, m.index + n.length]];
      if (parts.every(([a, b]) => validIndustry(s.slice(a, b), false) && !/(企业|公司|集团)/u.test(s.slice(a, b))))
        for (const [a, b] of parts) out.push(spanCand(ctx, "cluster", a, b, "cluster:role", 0.7));
    }
  // "甲获批省级产业集群": the subject of a cluster designation is a cluster.
  for (const m of matchNearCue(
    s,
    /(?<=^|[，。；、\n])([^，。；、\n]{2,10}?)(?:产业)?(?:获批|入选|获评|被评为|被认定为|认定为)[^，。；\n]{0,12}?(?:产业集群|集群)/gu,
    /获批|入选|获评|被评为|被认定为|认定为/u,
    DESIGNATED_CUE_AT,
    12,
    DESIGNATED_AFTER,
  )) {
    const n = m[1] as string;
    const a = m.index as number;
    const { cut } = clusterName(n);
    const nm = n.slice(cut);
    if (!validIndustry(nm, false) || /(企业|公司|集团|园|区)$/u.test(nm)) continue;
    out.push(spanCand(ctx, "cluster", a + cut, a + n.length, "cluster:designated", 0.7));
  }
  // 培育"甲+乙"产业: the items of a quoted sum are industries (not "3+X" counts).
  for (const m of matchesAt(s, QUOTED_SUM, triggerStarts(s, QUOTE_AT))) {
    const inner = m[1] as string;
    if (!inner.includes("+")) continue;
    let k = (m.index as number) + 1;
    for (const part of inner.split("+")) {
      const st = k;
      k += part.length + 1;
      const p = part.trim();
      if (/[\dA-Za-z]/u.test(p) || !validIndustry(p, false)) continue;
      const ps = st + part.indexOf(p);
      out.push(spanCand(ctx, "cluster", ps, ps + p.length, "cluster:plus", 0.7));
    }
  }
  // "…等五大工业主导产业以及某某服务业": a sector named after the list head.
  for (const m of matchesAt(s, SERVICE_AFTER, triggerStarts(s, CHANYE_AT))) {
    const a = (m.index as number) + m[0].length - (m[1] as string).length;
    const n = m[1] as string;
    if (/^(先进制造业|服务业)$/u.test(n)) continue;
    out.push(spanCand(ctx, "cluster", a, a + n.length, "cluster:list-tail", 0.6));
  }
  return out;
}

/** 以甲为主导 / 、乙为支撑 / 主导产业为甲(。) — single industries named by their role (甲 up to 16 characters: two joined by 和).
 * The 、乙为支撑 branch tests its 、/， before its lookbehind: a lookbehind first ran at every position. */
const ROLE_SINGLE =
  /以([^，。；、以“”]{2,16}?)为(?:主导|首位|支柱|特色|主(?![体要]))(?=(?:[，、][^，。；]{2,24}?为(?:支撑|两翼|配套|补充|辅助|特色|辅))?的?[^，。；]{0,6}(?:产业|制造业|服务业))|[、，](?<=以[^，。；、以“”]{2,12}?为(?:主导|首位|支柱|引领)[、，])([^，。；、以“”]{2,12}?)为(?:支撑|两翼|配套|补充|辅助)(?=的?[^，。；]{0,6}产业)|(?:(?:主导|支柱|首位)产业(?:为|是)|(?:主导|优势|战略性新兴|未来)产业(?:主要)?有(?![机效所]))([^，。；、“”]{2,12}?)(?=[，。；]|$)/gu;

const ROLE_SINGLE_AT = new RegExp(ROLE_SINGLE.source, "uy");
/** "以甲为依托，乙为主导产业": a base role, then (sticky, right after it) the lead role of the next clause. */
const BASE_ROLE = /以[^，,。；以“”]{2,24}?为(?:依托|基础|支撑|核心|抓手)[，,、]/gu;
const LEAD_AFTER_BASE = /([^，,。；、以“”]{2,16}?)为(?:主导|支柱|首位)(?=产业)/uy;

/**
 * "乙和丙为支撑": two industries share a role when both halves are industries of three characters or more; the
 * halves' spans (n written at `at`), else null.
 */
function joinedRoles(n: string, at: number): [number, number][] | null {
  const k = n.indexOf("和");
  if (k < 3 || n.length - k - 1 < 3 || !validIndustry(n.slice(0, k), false) || !validIndustry(n.slice(k + 1), false))
    return null;
  return [
    [at, at + k],
    [at + k + 1, at + n.length],
  ];
}
const SECOND_ROLE = new Set(["主导", "首位", "支柱", "引领"]);
const LISTED_ROLE = charTable("主支首优未");

/**
 * What s.matchAll(ROLE_SINGLE) gives, trying the pattern only where a branch can start (its top-level
 * alternation was tried at every character): at 以; at a 、/， right after 为主导 etc. (the look-behind's
 * end); two characters before 产业 (主导产业…) and five before it (战略性新兴产业).
 */
function* roleSingleMatches(s: string): Generator<RegExpExecArray> {
  const starts = [...triggerStarts(s, YI_AT)];
  for (const q of triggerStarts(s, WEI_AT)) {
    const c = s[q + 3];
    if ((c === "、" || c === "，") && SECOND_ROLE.has(s.slice(q + 1, q + 3))) starts.push(q + 3);
  }
  for (const q of triggerStarts(s, CHANYE_AT)) {
    if (!s.startsWith("产业", q)) continue;
    if (q >= 2 && LISTED_ROLE[s.charCodeAt(q - 2)] === 1) starts.push(q - 2);
    if (q >= 5 && s.startsWith("战略性新兴", q - 5)) starts.push(q - 5);
  }
  yield* matchesAt(
    s,
    ROLE_SINGLE_AT,
    starts.sort((x, y) => x - y),
  );
}

/** Park(industry): the industry named in brackets right after a park. */
export function bracketIndustry(ctx: Ctx, parks: Cand[]): { park: Cand; cluster: Cand }[] {
  const { s } = ctx;
  const out: { park: Cand; cluster: Cand }[] = [];
  for (const p of parks) {
    const m = /^[(（]([^()（）、，,。；\d]{2,14})[)）]/u.exec(s.slice(p.end, p.end + 18));
    if (!m) continue;
    const inner = m[1] as string;
    if (/(区|县|市|简称|以下)$/u.test(inner) || /简称|以下/u.test(inner)) continue;
    if (!validIndustry(inner, false)) continue;
    const a = p.end + 1;
    out.push({
      park: p,
      cluster: spanCand(ctx, "cluster", a, a + inner.length, "cluster:park-bracket", 0.8),
    });
  }
  // One bracket alone must read as an industry (某开发区(图片来源于网络), 某园(某站正出口) are notes);
  // several parks each with a bracket are a list of their industries.
  if (out.length === 1) {
    const inner = s.slice(out[0]?.cluster.start, out[0]?.cluster.end);
    if (!industryHead(inner) && !/(产业|集群)$/u.test(inner)) return [];
  }
  return out;
}

/** After "以甲为主": the industry the role sits in (的乙产业) has a name of its own, not only role words. */
function partOfNamed(s: string, at: number): boolean {
  const m = /^的([\p{Script=Han}]{2,6}?)(?:产业|制造业|服务业)/u.exec(s.slice(at, at + 12));
  const x = m?.[1];
  return !!x && !allGeneric(x) && validIndustry(x, false);
}

/** The first role of a chain (以甲为主导), each later role (、乙为支撑 / ，以丙为补充) and the system it builds. */
const CHAIN_FIRST = /以([^，。；、以“”]{2,12}?)为(?:主导|首位|支柱)(?=[，、])/uy;
const CHAIN_NEXT =
  /[，、]以?([^，。；以“”为]{2,30}?)为(?:支撑|两翼|配套|补充|辅助|辅|基础|特色|延伸|重点)(?![产工]业)/uy;
const CHAIN_END = /的?[^，。；、]{0,8}?(?:产业|制造业|服务业|工业)(?:体系|格局|结构|发展格局|布局|集群)/uy;

/**
 * "以甲为主导、乙为支撑、丙为补充的产业格局" / "以甲为主导，乙、丙为支撑，丁为补充的现代产业体系": a chain
 * of roles ending in the industry system they build names one industry per item (ROLE_SINGLE reads
 * one follower only, the list reader one comma-free list). Items split on 、 (and on 和 when both halves are industries).
 */
export function roleChainClusters(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const q of triggerStarts(s, YI_AT)) {
    CHAIN_FIRST.lastIndex = q;
    const f = CHAIN_FIRST.exec(s);
    if (!f) continue;
    const spans: [number, string][] = [[q + 1, f[1] as string]];
    let at = q + f[0].length;
    for (let m = execAt(CHAIN_NEXT, s, at); m; m = execAt(CHAIN_NEXT, s, at)) {
      const body = m[1] as string;
      spans.push([at + m[0].indexOf(body, 1), body]);
      at += m[0].length;
    }
    if (spans.length < 2 || !execAt(CHAIN_END, s, at)) continue;
    const found: Cand[] = [];
    for (const [a, body] of spans) {
      let k = a;
      for (const part of body.split("、")) {
        const j = part.indexOf("和");
        const two = j >= 2 && part.length - j - 1 >= 2 && [part.slice(0, j), part.slice(j + 1)];
        const pieces = two && two.every((x) => validIndustry(x, false)) ? two : [part];
        let b = k;
        for (const x of pieces) {
          if (validIndustry(x, false) && !allGeneric(x) && !/(企业|公司|集团|龙头|园|区)$/u.test(x))
            found.push(spanCand(ctx, "cluster", b, b + x.length, "cluster:role", 0.7));
          b += x.length + 1;
        }
        k += part.length + 1;
      }
    }
    out.push(...found);
  }
  return out;
}

function execAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}
