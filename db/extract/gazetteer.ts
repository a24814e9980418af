// The gazetteer pass (after grouping, resolve.ts): every further occurrence of an entity's written
// forms, short forms of parks and firms where they stand as words, and bare zone words (高新区, 高区)
// that refer back to the one zone of that kind.

import type { Span } from "../types.ts";
import { matchesAt } from "./anchored.ts";
import { PLACE, resolutionKey, zoneCore, zoneParts } from "./canonical.ts";
import type { Ctx } from "./context.ts";
import { enterpriseShortForms } from "./enterprise-aliases.ts";
import { passingCue } from "./park-passing.ts";
import { type Ent, leftBoundaryOk } from "./resolve.ts";
import { simplifiedView } from "./script.ts";
import { tag } from "./tagger.ts";
import { isHan, stopEndingAt } from "./text.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";
import { isPlaceName } from "./vocab-counties.ts";

/** True when a stop word (a verb, a preposition) starts at j. */
function stopStartsAt(s: string, j: number): boolean {
  for (let len = 2; len <= 4; len++) if (stopEndingAt(s, j + len) === len) return true;
  return false;
}

// 高区 / 经区: the short forms officials use once the zone is named (not 提高区域).
const BARE_ZONE = /高新区|经开区|开发区|综合保税区|综保区|经济区|汽开区|高[ \u3000]?区(?!域)|经[ \u3000]?区(?!域)/uy;
const BARE_ZONE_AT = triggerFamily([
  "高新",
  "经开",
  "开发",
  "综合",
  "综保",
  "经济",
  "汽开",
  "高区",
  "高 ",
  "高\u3000",
  "经区",
  "经 ",
  "经\u3000",
]);
const GENERIC_BODY = /^(?:人民)?政府$|^党委$|^管委会?$/u;
/** A zone named by its abbreviation alone: fields in the order groupEntities writes them (one object shape for the relation passes). */
function zoneByAbbreviation(name: string): Ent {
  return {
    type: "park",
    name,
    rkey: resolutionKey("park", name),
    mentions: [],
    level: null,
    status: "existing",
    rule: "zone:abbreviation",
    confidence: 0.7,
    fromList: false,
  };
}
/** A city's own zone by its local abbreviation (高区, 经区; spaced out as a table heading: 高 区). */
const ZONE_ABBREVIATION = /^(?:(高|经)[ \u3000]?区|综合保税区|综保区)$/u;
/** A zone kind as a category (各综合保税区, 申建综合保税区), not the city's own. */
const KIND_AS_CATEGORY = /(各|申建|申报|争创|设立|新设|一批|多个|等)$/u;

type Form = { form: string; ent: Ent; rule: string };

/** Marks [a, b) as taken by a mention. */
function markSpan(occ: Uint8Array, a: number, b: number): void {
  occ.fill(1, a, b);
}

/** No mention takes any of [a, b). */
function spanFree(occ: Uint8Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (occ[k]) return false;
  return true;
}

/**
 * Further mentions: every other occurrence of an entity's surface forms, bare
 * zone words that refer back to the one zone of that kind, and short forms
 * of enterprises (X集团 → X) where they stand alone.
 */
export function gazetteer(ctx: Ctx, ents: Ent[], parts: Span[] = []): void {
  const { s } = ctx;
  // Occupancy per character: mentions never overlap (the flat rule).
  const occ = new Uint8Array(s.length + 1);
  for (const e of ents) for (const m of e.mentions) markSpan(occ, m.start, m.end);
  // (Each step its own function: small units the engine optimises early, where one long
  // function took the optimising compiler about a second.)
  addFormMentions(s, formHits(s, gazetteerForms(s, ents)), occ);
  bareZoneMentions(ctx, ents, parts, occ);
  bareClusterZoneMentions(s, ents, occ);
}

// 产业集聚区 / 工业集中区: plans' zone kinds outside the development-zone family, written bare once named.
const BARE_CLUSTER_ZONE = /产业集聚区|集聚区|工业集中区|集中区/uy;
const BARE_CLUSTER_ZONE_AT = triggerFamily(["产业", "集聚", "工业", "集中"]);

/** A bare 集聚区 / 集中区 after the one park of that kind the text names (its back-reference). */
function bareClusterZoneMentions(s: string, ents: Ent[], occ: Uint8Array): void {
  for (const m of matchesAt(s, BARE_CLUSTER_ZONE, triggerStarts(s, BARE_CLUSTER_ZONE_AT))) {
    const a = m.index as number;
    const b = a + m[0].length;
    if (
      !spanFree(occ, a, b) ||
      !leftBoundaryOk(s, a) ||
      /(各|等|个|类|省级|国家级)$/u.test(s.slice(Math.max(0, a - 3), a))
    )
      continue;
    const word = m[0].replace(/^(产业|工业)/u, "");
    const owners = ents.filter(
      (e) => e.type === "park" && simplifiedView(e.name).endsWith(word) && e.mentions.some((x) => x.start < a),
    );
    if (owners.length !== 1) continue;
    (owners[0] as Ent).mentions.push({ start: a, end: b, rule: "back-reference:zone" });
    markSpan(occ, a, b);
  }
}

/** The written forms to look for: each entity's mentions, a cluster's bare name, short forms of parks and firms. */
function gazetteerForms(s: string, ents: Ent[]): Form[] {
  const forms: Form[] = [];
  for (const e of ents) {
    const seen = new Set<string>();
    for (const m of e.mentions) {
      const f = s.slice(m.start, m.end);
      // A body's bare kind (政府, 党委) written once for the city's own is no name to find elsewhere.
      if (e.type === "department" && GENERIC_BODY.test(f)) continue;
      if (f.length >= 2 && !seen.has(f)) {
        seen.add(f);
        // A brand read off a project's name (甲乙 of 甲乙生物疫苗) is a short form: it recurs only as a word.
        forms.push({ form: f, ent: e, rule: m.rule === "enterprise:project-brand" ? "alias:short-form" : "gazetteer" });
      }
    }
    if (e.type === "cluster") {
      const bare = simplifiedView(e.name);
      if (bare.length >= 2 && !seen.has(bare)) {
        seen.add(bare);
        forms.push({ form: bare, ent: e, rule: "gazetteer" });
      }
    }
    if (e.type === "park")
      for (const short of parkShortForms(simplifiedView(e.name)))
        if (!seen.has(short)) {
          seen.add(short);
          forms.push({ form: short, ent: e, rule: "alias:short-form" });
        }
    if (e.type === "enterprise")
      for (const m of e.mentions)
        for (const short of enterpriseShortForms(s.slice(m.start, m.end)))
          if (!seen.has(short)) {
            seen.add(short);
            forms.push({ form: short, ent: e, rule: "alias:short-form" });
          }
  }
  // A short form two firms share, or that is another entity's own written form, names neither.
  const claims = new Map<string, Set<Ent>>();
  for (const f of forms) {
    const k = f.rule === "alias:short-form" ? f.form : `=${f.form}`;
    (claims.get(k) ?? claims.set(k, new Set()).get(k))?.add(f.ent);
  }
  for (let k = forms.length - 1; k >= 0; k--) {
    const f = forms[k] as (typeof forms)[number];
    if (f.rule === "alias:short-form" && ((claims.get(f.form)?.size ?? 0) > 1 || claims.has(`=${f.form}`)))
      forms.splice(k, 1);
  }
  return forms;
}

/** Occurrences by form length: at[n] and form[n] hold the start and form of each hit of length n, in text order. */
type FormHits = { at: number[][]; form: Form[][] };

/** The forms' first-character pairs by hash: one table for the process, cleared after each scan. */
const PAIRS = new Uint8Array(0x10000);
const pairSlot = (a: number, b: number): number => (a * 2533 + b) & 0xffff;

/** Whether `form` occurs at i, its first two characters known to match. */
function restAt(s: string, form: string, i: number): boolean {
  for (let k = 2; k < form.length; k++) if (s.charCodeAt(i + k) !== form.charCodeAt(k)) return false;
  return true;
}

/** Every occurrence of a form, bucketed by length (each bucket in text order, and list order at one position). */
function formHits(s: string, forms: Form[]): FormHits {
  forms.sort((a, b) => b.form.length - a.form.length);
  // (Index, scan and clean-up are functions of their own: compiled on the stack during the long scan, one
  // function reached its clean-up loop with no type feedback there, a deopt at every call.)
  const byPair = pairIndex(forms);
  const hits = scanForms(s, byPair, forms[0]?.form.length ?? 0);
  clearPairs(byPair);
  return hits;
}

/** The forms by their first two characters, flagged in PAIRS (cleared by clearPairs after the scan). */
function pairIndex(forms: Form[]): Map<number, Map<number, Form[]>> {
  // One pass over the text: forms indexed by their first two characters (a flag per hashed pair rejects
  // almost every position before the map lookup; one test, not one per character too, mispredicts less).
  const byPair = new Map<number, Map<number, Form[]>>();
  for (const f of forms) {
    const a = f.form.charCodeAt(0);
    const b = f.form.charCodeAt(1);
    PAIRS[pairSlot(a, b)] = 1;
    let byB = byPair.get(a);
    if (!byB) byPair.set(a, (byB = new Map()));
    const l = byB.get(b);
    if (l) l.push(f);
    else byB.set(b, [f]);
  }
  return byPair;
}

function scanForms(s: string, byPair: Map<number, Map<number, Form[]>>, longest: number): FormHits {
  // One bucket per length from the start (none made mid-scan).
  const at: number[][] = Array.from({ length: longest + 1 }, () => []);
  const form: Form[][] = Array.from({ length: longest + 1 }, () => []);
  let b = s.length > 1 ? s.charCodeAt(0) : 0;
  for (let i = 0; i + 1 < s.length; i++) {
    const a = b;
    b = s.charCodeAt(i + 1);
    if (PAIRS[pairSlot(a, b)] !== 1) continue;
    const list = byPair.get(a)?.get(b);
    if (!list) continue;
    for (const f of list)
      if (restAt(s, f.form, i)) {
        const n = f.form.length;
        (at[n] as number[]).push(i);
        (form[n] as Form[]).push(f);
      }
  }
  return { at, form };
}

/** Clears the pair flags (numbers only: the table is the process's, shared by every scan). */
function clearPairs(byPair: Map<number, Map<number, Form[]>>): void {
  for (const [a, byB] of byPair) for (const b of byB.keys()) PAIRS[pairSlot(a, b)] = 0;
}

/** The occurrences that are mentions (longest forms first, then by position): on word boundaries, not inside a longer phrase, on free text. */
function addFormMentions(s: string, hits: FormHits, occ: Uint8Array): void {
  for (let n = hits.at.length - 1; n >= 0; n--) {
    const ats = hits.at[n];
    if (!ats) continue;
    const fs = hits.form[n] as Form[];
    for (let h = 0; h < ats.length; h++) {
      const i = ats[h] as number;
      const f = fs[h] as Form;
      const j = i + f.form.length;
      // A bare industry word inside a longer phrase (汽车生产基地) is not a cluster mention.
      const bareCluster = f.ent.type === "cluster" && f.form === simplifiedView(f.ent.name);
      if (
        bareCluster &&
        isHan(s[j]) &&
        !/^(产业|集群|业|等|和|与|及|、|创新平台|重点|为|是|的|领域|方面|板块|方向|已|正|将|作为|配套|体系|企业)/u.test(
          s.slice(j, j + 4),
        )
      )
        continue;
      // A two-character industry (海洋, 文化, 金融) is also a plain noun: 把海洋作为…, 海洋创新平台体系.
      if (bareCluster && f.form.length <= 2 && /^(作为|创新|体系)/u.test(s.slice(j, j + 2))) continue;
      // "大数据+监管" / "互联网+医疗": an industry word joined by + names a scheme, not the industry.
      if (bareCluster && (/^[+＋]/u.test(s.slice(j, j + 1)) || /[+＋]$/u.test(s.slice(i - 1, i)))) continue;
      // 各区市政府 / 县市政府: the districts' and counties' governments, not the city's.
      if (f.ent.type === "department" && f.form.startsWith("市") && /[区县]/u.test(s[i - 1] ?? "")) continue;
      // 科技部门 / 民政部门: a ministry's name before 门 is the generic word for a sector's bodies.
      if (f.ent.type === "department" && f.form.endsWith("部") && s[j] === "门") continue;
      // Short or bare forms must start on a word boundary (强化工业 is not a mention of 化工).
      if ((bareCluster || f.form.length <= 2 || f.rule === "alias:short-form") && !leftBoundaryOk(s, i)) continue;
      const boundaryOk =
        f.rule !== "alias:short-form" ||
        !isHan(s[j]) ||
        /[为是的等在将也和与及、于已正从]/u.test(s[j] as string) ||
        // 某某三期 / 某某二期项目: a phase of the firm's project.
        /^[一二三四五六七八九十\d]期/u.test(s.slice(j, j + 2)) ||
        stopStartsAt(s, j);
      if (boundaryOk && spanFree(occ, i, j)) {
        f.ent.mentions.push({ start: i, end: j, rule: f.rule });
        markSpan(occ, i, j);
      }
    }
  }
}

/** Bare zone words (高新区, 高区): a back-reference when exactly one zone of that kind is named. */
function bareZoneMentions(ctx: Ctx, ents: Ent[], parts: Span[], occ: Uint8Array): void {
  const { s } = ctx;
  // Bare zone words: a back-reference when exactly one zone of that kind is named.
  const zones = ents.filter(
    (e) => e.type === "park" && zoneParts(ctx.s.slice(e.mentions[0]?.start ?? 0, e.mentions[0]?.end ?? 0)),
  );
  // The abbreviation of a zone the document never names in full is that zone all the same:
  // one park, named as written (a place name officials use, like 临港区).
  const unnamed = new Map<string, Ent>();
  // A city has one bonded zone: named in another document of the gazette, it is that one.
  const bonded = zones.filter((z) => zoneParts(simplifiedView(z.name))?.kind === "综保区");
  for (const m of matchesAt(s, BARE_ZONE, triggerStarts(s, BARE_ZONE_AT))) {
    const a = m.index as number;
    const b = a + m[0].length;
    if (!spanFree(occ, a, b)) continue;
    if (
      isHan(s[a - 1]) &&
      !/[的在是和与及、，入进驻为由至于]|^$/u.test(s[a - 1] as string) &&
      !/落户|扎根|落地|选址|布局/u.test(s.slice(a - 2, a)) &&
      // after a verb or preposition (推动高区…, 围绕高区…), not inside a word (提高区域)
      !leftBoundaryOk(s, a)
    )
      continue;
    if (/^(管委|管理委员会|建设|内|级)/u.test(s.slice(b, b + 3)) && !/^建设/u.test(s.slice(b, b + 2))) continue;
    // 各区市、开发区 / 发展区市、开发区: the zones in general, beside the districts.
    if (/(区市|县市|市区|县区|各)、?$/u.test(s.slice(Math.max(0, a - 3), a))) continue;
    // 甲园、乙园等开发区: the kind closing an enumeration names the category, not the zone named before.
    if (/等$/u.test(s.slice(Math.max(0, a - 1), a))) continue;
    const kind = zoneParts(m[0] === "汽开区" ? "经开区" : m[0].replace(/[ \u3000]/gu, ""))?.kind;
    // In a gazette, only the zones its own document (part) names.
    const part = parts.find((p) => p.start <= a && a < p.end) ?? { start: 0, end: s.length };
    const inPart = (x: { start: number; end: number }) => x.start >= part.start && x.end <= part.end;
    const named = zones.filter((z) => {
      const y = zoneParts(simplifiedView(z.name));
      return y && (y.kind === kind || (m[0] === "开发区" && y.kind !== "综保区")) && z.mentions.some(inPart);
    });
    // 经开区 (and 经区) is also the short form of a 经济开发区 (resolutionKey makes them one), when no 经济技术开发区 is named.
    if (/^经(开|[ \u3000]?)区$/u.test(m[0]) && named.length === 0)
      named.push(...zones.filter((z) => /经济开发区$/u.test(simplifiedView(z.name)) && z.mentions.some(inPart)));
    // A back-reference points back: to a zone named before it, and not only as a partner or a zone visited.
    const sameKind = named.filter((z) => z.mentions.some((x) => inPart(x) && x.end <= a && !passingCue(s, ents, x)));
    let target: Ent | undefined = sameKind.length === 1 ? sameKind[0] : undefined;
    if (
      !target &&
      named.length === 0 &&
      ZONE_ABBREVIATION.test(m[0]) &&
      !KIND_AS_CATEGORY.test(s.slice(Math.max(0, a - 2), a))
    ) {
      const name = m[0].replace(/[ \u3000]/gu, "");
      // (综合保税区 and 综保区 written in one document are one zone, named by the first form.)
      const key = kind === "综保区" ? kind : name;
      target = kind === "综保区" && bonded.length === 1 ? bonded[0] : unnamed.get(key);
      if (!target) {
        target = zoneByAbbreviation(name);
        unnamed.set(key, target);
        ents.push(target);
      }
      target.mentions.push({ start: a, end: b, rule: "zone:abbreviation" });
      markSpan(occ, a, b);
      continue;
    }
    if (!target) continue;
    // Only after the zone has been named (in this part).
    if (!target.mentions.some((x) => x.start >= part.start && x.start < a)) continue;
    target.mentions.push({ start: a, end: b, rule: "back-reference:zone" });
    markSpan(occ, a, b);
  }
}

/**
 * Short forms a zone goes by in its own news (泉州台商投资区 → 台商区): the first two characters of its
 * own part with the last of its kind.
 * Only forms no other entity claims become mentions (gazetteer), and only as words.
 */
function parkShortForms(name: string): string[] {
  const out: string[] = [];
  const place = PLACE.exec(name)?.[0] ?? "";
  const own = name.slice(place.length);
  const kind = /(投资区|合作区|试验区|示范区|功能区|集聚区)$/u.exec(own);
  if (kind && own.length - kind[0].length >= 2) out.push(`${own.slice(0, 2)}区`);
  // A development zone's own coined head (某某 of 某某经济技术开发区) as the subject officials write for it:
  // no place and no dictionary word (海洋 of 海洋高新区 is the sea wherever else it is written).
  const zone = zoneParts(name);
  const head = zone ? zoneCore(zone.core).replace(/[市县区旗]$/u, "") : "";
  if (/^\p{Script=Han}{2,3}$/u.test(head) && !isPlaceName(head) && !PLACE.test(head) && tag(head, false).length > 1)
    out.push(head);
  return out.filter((f) => f !== name);
}
