// From candidates to entities: flat selection (longest span wins), grouping
// by resolution key, zone abbreviations and back-references (高新区 after
// 某某高新区), and a gazetteer pass that finds every further mention.
import type { EntityType, Level, Span, Status } from "../types.ts";
import { BigramIndex } from "./bigram.ts";
import { PLACE, resolutionKey, zoneParts } from "./canonical.ts";
import type { Cand, Ctx } from "./context.ts";
import { enterpriseMergeForms, enterpriseShortForms } from "./enterprise-aliases.ts";
import { LiteralScan } from "./relations-scan.ts";
import { simplifiedView } from "./script.ts";
import { isHan, stopEndingAt } from "./text.ts";
import { CITIES, LEADING_TRIM, PROVINCES } from "./vocab.ts";

/** Single characters that close the word before a name (particles, list marks, place levels). */
const LEFT_CLOSERS = new Set("的在是和与及等为对把将向从以由于其各了、市省区县镇".split(""));
const LEFT_WORDS = new Set([...LEADING_TRIM, ...CITIES]);

/**
 * True when a word boundary lies before i: the hit does not continue a word
 * (强化工业 holds 化工 but its 化 belongs to 强化). Cheap: the previous
 * character is not Han, closes a word by itself, or ends a stop word, a
 * descriptive word (高端) or a city name.
 */
export function leftBoundaryOk(s: string, i: number): boolean {
  const prev = s[i - 1];
  if (!isHan(prev) || LEFT_CLOSERS.has(prev as string)) return true;
  if (stopEndingAt(s, i) > 0) return true;
  for (let len = 2; len <= 4; len++) if (i >= len && LEFT_WORDS.has(s.slice(i - len, i))) return true;
  return false;
}

/** True when a stop word (a verb, a preposition) starts at j. */
function stopStartsAt(s: string, j: number): boolean {
  for (let len = 2; len <= 4; len++) if (stopEndingAt(s, j + len) === len) return true;
  return false;
}

export interface MentionSpan {
  start: number;
  end: number;
  rule: string;
}

export interface Ent {
  type: EntityType;
  name: string;
  rkey: string;
  mentions: MentionSpan[];
  level: Level;
  status: Status | null;
  rule: string;
  confidence: number;
  fromList: boolean;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Greedy flat selection: longer spans first, then confidence, then list typing. */
export function selectFlat(cands: Cand[]): Cand[] {
  // Sort keys computed once per candidate, not in every comparison (the same order).
  const keyed = cands
    .filter((c) => c.confidence > 0)
    .map((c) => ({
      c,
      len: (c.occEnd ?? c.end) - (c.occStart ?? c.start),
      conf: c.confidence,
      list: c.fromList ? 1 : 0,
      start: c.start,
    }));
  keyed.sort((a, b) => b.len - a.len || b.conf - a.conf || b.list - a.list || a.start - b.start);
  const sorted = keyed.map((k) => k.c);
  const taken: Cand[] = sorted.filter((c) => c.rule.startsWith("coordination"));
  // Interval check with a simple occupancy array: documents are at most a few 100k chars.
  const occ = new Uint8Array((cands.reduce((m, c) => Math.max(m, c.end), 0) as number) + 1);
  for (const c of sorted) {
    if (c.rule.startsWith("coordination")) continue;
    let free = true;
    const a = c.occStart ?? c.start;
    const b = c.occEnd ?? c.end;
    for (let i = a; i < b; i++)
      if (occ[i]) {
        free = false;
        break;
      }
    if (!free) continue;
    occ.fill(1, a, b);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

export function groupEntities(ctx: Ctx, accepted: Cand[]): Ent[] {
  const byKey = new Map<string, Ent>();
  const ents: Ent[] = [];
  const counts = new Map<string, number>();
  const byCore = new Map<string, Ent>();
  for (const c of accepted) {
    const rk = resolutionKey(c.type, c.name);
    const core = c.type === "cluster" ? clusterCore(c.name) : "";
    let e = byKey.get(rk) ?? (core ? byCore.get(core) : undefined);
    if (!e && c.type === "park") e = matchZone(ents, c.name);
    if (!e) {
      e = {
        type: c.type,
        name: c.name,
        rkey: rk,
        mentions: [],
        level: c.level ?? null,
        status: c.status ?? null,
        rule: c.rule,
        confidence: c.confidence,
        fromList: !!c.fromList,
      };
      byKey.set(rk, e);
      if (core && !byCore.has(core)) byCore.set(core, e);
      ents.push(e);
      counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
    } else {
      // The longer written form is the better canonical name for enterprises and parks.
      if (c.type === "enterprise" && c.name.length > e.name.length && !/有限公司$/u.test(c.name)) e.name = c.name;
      if (c.type === "park") {
        // The most frequent written form names the park; ties go to the longer one.
        const n = (x: string) => counts.get(x) ?? 0;
        counts.set(c.name, n(c.name) + 1);
        // A form that only adds a province or a city written with 市 before another (浙江甲乙经济技术开发区,
        // 某某市甲乙工业集中区) is the place's address, not the name: the shorter form names the park.
        if (adminPrefixed(c.name, e.name)) {
          // keep e.name
        } else if (adminPrefixed(e.name, c.name)) e.name = c.name;
        else if (n(c.name) > n(e.name) || (n(c.name) === n(e.name) && c.name.length > e.name.length)) e.name = c.name;
      }
      // 甲装备制造业 beside 甲装备制造: the sector's own name, without 业, names the cluster.
      if (c.type === "cluster" && /业$/u.test(e.name) && !/业$/u.test(c.name)) e.name = c.name;
      e.level ??= c.level ?? null;
      e.confidence = Math.max(e.confidence, c.confidence);
    }
    e.mentions.push({ start: c.start, end: c.end, rule: c.boundary ?? c.rule });
  }
  void ctx;
  return mergeFirmShortForms(mergeParkTails(ents, counts));
}

/**
 * 甲乙声学 in a list beside 湖南甲乙声学科技股份有限公司: a firm written by the short form of
 * exactly one firm the document names in full is that firm (the gazetteer's alias:short-form,
 * for a short form that some rule had already taken as a name of its own).
 */
function mergeFirmShortForms(ents: Ent[]): Ent[] {
  const owners = new Map<string, Set<Ent>>();
  for (const e of ents)
    if (e.type === "enterprise")
      for (const f of enterpriseMergeForms(e.name)) (owners.get(f) ?? owners.set(f, new Set()).get(f))?.add(e);
  const gone = new Set<Ent>();
  for (const a of ents) {
    if (a.type !== "enterprise") continue;
    const o = owners.get(a.name);
    if (!o || o.size !== 1 || o.has(a)) continue;
    const b = [...o][0] as Ent;
    if (gone.has(b)) continue;
    absorb(b, a, "alias:short-form");
    gone.add(a);
  }
  return gone.size ? ents.filter((e) => !gone.has(e)) : ents;
}

/** Park suffixes a tail match may join (the zone kinds are matched by matchZone). */
const PARK_TAIL = /(园区|产业园|工业园|科技园|科学园|科技城|产业城|新城|小镇|基地)$/u;

/**
 * 二林园区 beside 中科二林园区: a park written in full and by its tail (a short
 * prefix dropped) is one park, when the tail has a part of its own (two or
 * more characters before the suffix) and fits one longer park only. The most
 * frequent form names it; ties go to the longer one.
 */
function mergeParkTails(ents: Ent[], counts: Map<string, number>): Ent[] {
  const parks = ents.filter((e) => e.type === "park" && PARK_TAIL.test(simplifiedView(e.name)));
  const gone = new Set<Ent>();
  for (const a of parks) {
    const an = simplifiedView(a.name);
    const suffix = PARK_TAIL.exec(an)?.[0] ?? "";
    if (an.length - suffix.length < 2) continue;
    const longer = parks.filter((b) => {
      const bn = simplifiedView(b.name);
      return b !== a && !gone.has(b) && bn.endsWith(an) && bn.length - an.length <= 4;
    });
    if (longer.length !== 1) continue;
    const b = longer[0] as Ent;
    const n = (x: Ent) => counts.get(x.name) ?? x.mentions.length;
    if (n(a) > n(b)) b.name = a.name;
    absorb(b, a);
    gone.add(a);
  }
  return gone.size ? ents.filter((e) => !gone.has(e)) : ents;
}

/** `b` takes `a`'s mentions (in text order, under `rule` when given) and the higher confidence. */
function absorb(b: Ent, a: Ent, rule?: string): void {
  b.mentions.push(...(rule ? a.mentions.map((m) => ({ ...m, rule })) : a.mentions));
  b.mentions.sort((x, y) => x.start - y.start);
  b.confidence = Math.max(a.confidence, b.confidence);
}

/**
 * A cluster's name without 制造业/制造/业 (甲装备制造业 = 甲装备制造 = 甲装备 in one document), or ""
 * when too little is left to tell sectors apart.
 */
function clusterCore(name: string): string {
  const core = name.replace(/(制造业|制造|业)$/u, "");
  return core.length >= 2 && core !== name ? `cluster:${core}` : name.length >= 2 ? `cluster:${name}` : "";
}

/** A park name that abbreviates a zone already seen (乙地经开区 = 甲市乙地经济技术开发区). */
function matchZone(ents: Ent[], name: string): Ent | undefined {
  // Zone kinds are simplified words: a traditional-script name (某某高新區) is read through its simplified view.
  const z = zoneParts(simplifiedView(name));
  if (!z) return undefined;
  const hits = ents.filter((e) => {
    if (e.type !== "park") return false;
    const y = zoneParts(simplifiedView(e.name));
    if (!y || y.kind !== z.kind) return false;
    if (!z.core || !y.core) return false;
    return y.core.endsWith(z.core) || z.core.endsWith(y.core);
  });
  return hits.length === 1 ? hits[0] : undefined;
}

// 高区 / 经区: the short forms officials use once the zone is named (not 提高区域).
const BARE_ZONE = /高新区|经开区|开发区|综合保税区|综保区|经济区|汽开区|高[ \u3000]?区(?!域)|经[ \u3000]?区(?!域)/gu;
const BARE_ZONE_SCAN = new LiteralScan(BARE_ZONE, "高经开综汽");
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

/**
 * Further mentions: every other occurrence of an entity's surface forms, bare
 * zone words that refer back to the one zone of that kind, and short forms
 * of enterprises (X集团 → X) where they stand alone.
 */
export function gazetteer(ctx: Ctx, ents: Ent[], parts: Span[] = []): void {
  const { s } = ctx;
  // Occupancy per character: mentions never overlap (the flat rule).
  const occ = new Uint8Array(s.length + 1);
  const mark = (a: number, b: number) => occ.fill(1, a, b);
  for (const e of ents) for (const m of e.mentions) mark(m.start, m.end);
  const isFree = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (occ[k]) return false;
    return true;
  };
  const forms: { form: string; ent: Ent; rule: string }[] = [];
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
  forms.sort((a, b) => b.form.length - a.form.length);
  // One pass over the text: forms indexed by their first two characters.
  const byBigram = new BigramIndex<(typeof forms)[number]>();
  for (const f of forms) byBigram.add(f.form, f);
  // Hits bucketed by form length, each bucket in text order (and list order at one
  // position): longest forms first, then by position, without sorting all hits.
  const byLength: { i: number; f: (typeof forms)[number] }[][] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    const list = byBigram.at(s, i);
    if (!list) continue;
    for (const f of list) if (s.startsWith(f.form, i)) (byLength[f.form.length] ??= []).push({ i, f });
  }
  const found = byLength.reverse().flatMap((bucket) => bucket ?? []);
  for (const { i, f } of found) {
    {
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
      if (boundaryOk && isFree(i, j)) {
        f.ent.mentions.push({ start: i, end: j, rule: f.rule });
        mark(i, j);
      }
    }
  }
  // Bare zone words: a back-reference when exactly one zone of that kind is named.
  const zones = ents.filter(
    (e) => e.type === "park" && zoneParts(ctx.s.slice(e.mentions[0]?.start ?? 0, e.mentions[0]?.end ?? 0)),
  );
  // The abbreviation of a zone the document never names in full is that zone all the same:
  // one park, named as written (a place name officials use, like 临港区).
  const unnamed = new Map<string, Ent>();
  // A city has one bonded zone: named in another document of the gazette, it is that one.
  const bonded = zones.filter((z) => zoneParts(simplifiedView(z.name))?.kind === "综保区");
  for (const m of BARE_ZONE_SCAN.all(s)) {
    const a = m.index as number;
    const b = a + m[0].length;
    if (!isFree(a, b)) continue;
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
    const kind = zoneParts(m[0] === "汽开区" ? "经开区" : m[0].replace(/[ \u3000]/gu, ""))?.kind;
    // In a gazette, only the zones its own document (part) names.
    const part = parts.find((p) => p.start <= a && a < p.end) ?? { start: 0, end: s.length };
    const sameKind = zones.filter((z) => {
      const y = zoneParts(simplifiedView(z.name));
      return (
        y &&
        (y.kind === kind || (m[0] === "开发区" && y.kind !== "综保区")) &&
        z.mentions.some((x) => x.start >= part.start && x.end <= part.end)
      );
    });
    let target: Ent | undefined = sameKind.length === 1 ? sameKind[0] : undefined;
    if (
      !target &&
      sameKind.length === 0 &&
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
      mark(a, b);
      continue;
    }
    if (!target) continue;
    // Only after the zone has been named (in this part).
    if (!target.mentions.some((x) => x.start >= part.start && x.start < a)) continue;
    target.mentions.push({ start: a, end: b, rule: "back-reference:zone" });
    mark(a, b);
  }
}

const PROVINCE_NAMES = new Set(PROVINCES);
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
  return out.filter((f) => f !== name);
}
const CITY_NAMES = new Set(CITIES);
/** `long` is `short` after a province (with or without 省/自治区) or a city written with 市/州/盟. */
function adminPrefixed(long: string, short: string): boolean {
  if (long.length <= short.length + 1 || !long.endsWith(short) || short.length < 4) return false;
  const pre = simplifiedView(long.slice(0, long.length - short.length));
  if (/^[\p{Script=Han}]{1,6}[市州盟]$/u.test(pre)) return true;
  // A province, or a province and one of its cities (辽宁朝阳…).
  const prov = [...PROVINCE_NAMES].find((p) => pre.startsWith(p));
  if (!prov) return false;
  const rest = pre.slice(prov.length).replace(/^(省|自治区|维吾尔自治区|壮族自治区|回族自治区)/u, "");
  return rest === "" || CITY_NAMES.has(rest.replace(/[市州盟]$/u, ""));
}
