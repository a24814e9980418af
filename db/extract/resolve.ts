// From candidates to entities: flat selection (longest span wins) and grouping
// by resolution key; the gazetteer pass that finds every further mention (zone
// abbreviations, back-references: 高新区 after 某某高新区) is gazetteer.ts.
import type { EntityType, Level, Status } from "../types.ts";
import { countyless, resolutionKey, zoneParts } from "./canonical.ts";
import type { Cand, Ctx } from "./context.ts";
import { enterpriseMergeForms } from "./enterprise-aliases.ts";
import { industryHead } from "./industry-heads.ts";
import { typedSuffix } from "./names-suffixes.ts";
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
  // Each candidate's fields read once, into records of one shape (candidates come in many shapes:
  // reading them in every comparison and test made the calls megamorphic). The same order as before.
  let maxEnd = 0;
  const keyed: Keyed[] = [];
  for (const c of cands) {
    if (c.end > maxEnd) maxEnd = c.end;
    if (!(c.confidence > 0)) continue;
    const a = c.occStart ?? c.start;
    const b = c.occEnd ?? c.end;
    keyed.push({
      c,
      len: b - a,
      conf: c.confidence,
      list: c.fromList ? 1 : 0,
      start: c.start,
      a,
      b,
      coord: c.rule.startsWith("coordination"),
    });
  }
  keyed.sort((x, y) => y.len - x.len || y.conf - x.conf || y.list - x.list || x.start - y.start);
  const taken: Keyed[] = keyed.filter((k) => k.coord);
  // Interval check with a simple occupancy array: documents are at most a few 100k chars.
  const occ = new Uint8Array(maxEnd + 1);
  for (const k of keyed) {
    if (k.coord) continue;
    let free = true;
    for (let i = k.a; i < k.b; i++)
      if (occ[i]) {
        free = false;
        break;
      }
    if (!free) continue;
    occ.fill(1, k.a, k.b);
    taken.push(k);
  }
  // The stable sort by start, as numbers (start * 2^21 + place in taken), sorted natively.
  const order = new Float64Array(taken.length);
  for (let i = 0; i < taken.length; i++) order[i] = (taken[i] as Keyed).start * 2097152 + i;
  order.sort();
  const out: Cand[] = [];
  for (let i = 0; i < order.length; i++) out.push((taken[(order[i] as number) % 2097152] as Keyed).c);
  return out;
}

interface Keyed {
  c: Cand;
  len: number;
  conf: number;
  list: number;
  start: number;
  /** The span the candidate occupies. */
  a: number;
  b: number;
  coord: boolean;
}

export function groupEntities(ctx: Ctx, accepted: Cand[]): Ent[] {
  const byKey = new Map<string, Ent>();
  const ents: Ent[] = [];
  const counts = new Map<string, number>();
  const byCore = new Map<string, Ent>();
  // Keys by type and written name, for this call: a name mentioned again is not normalised again.
  const keys = new Map<string, Map<string, string>>();
  for (const c of accepted) {
    let ofType = keys.get(c.type);
    if (!ofType) keys.set(c.type, (ofType = new Map()));
    let rk = ofType.get(c.name);
    if (rk === undefined) ofType.set(c.name, (rk = resolutionKey(c.type, c.name)));
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
        // 某某县甲乙产业园 beside 某某甲乙产业园: the place's bare name names the park (the annotators' form).
        const [cv, ev] = [simplifiedView(c.name), simplifiedView(e.name)];
        if (cv !== ev && countyless(cv) === ev) {
          // keep e.name
        } else if (cv !== ev && countyless(ev) === cv) e.name = c.name;
        else if (adminPrefixed(c.name, e.name)) {
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
  return mergeWrittenTails(ctx.s, mergeFirmShortForms(mergeParkTails(ents, counts)));
}

/**
 * 甲乙声学 in a list beside 湖南甲乙声学科技股份有限公司: a firm written by the short form of
 * exactly one firm the document names in full is that firm. Its mentions keep their finder's rule:
 * the relation passes read a firm a cue or list found (牧原股份 after 以…为龙头) by that rule.
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
    absorb(b, a);
    gone.add(a);
  }
  return gone.size ? ents.filter((e) => !gone.has(e)) : ents;
}

/** Park suffixes a tail match may join (the zone kinds are matched by matchZone). */
const PARK_TAIL = /(园区|产业园|工业园|科技园|科学园|科技城|产业城|新城|小镇|基地)$/u;

/** A whole zone, its place and its kind (甲高新区, 乙经济开发区, 丙新区), as written before a park of it. */
function wholeZone(t: string): boolean {
  const z = zoneParts(t);
  return z ? z.core.length >= 2 : /^\p{Script=Han}{2,8}新区$/u.test(t);
}

/**
 * 二林园区 beside 中科二林园区: a park written in full and by its tail (a short
 * prefix dropped) is one park, when the tail has a part of its own (two or
 * more characters before the suffix) and fits one longer park only. The most
 * frequent form names it; ties go to the longer one. A longer prefix joins only
 * when it is a whole zone (甲高新区乙工业园区 beside 乙工业园区).
 */
function mergeParkTails(ents: Ent[], counts: Map<string, number>): Ent[] {
  const parks = ents.filter((e) => e.type === "park" && PARK_TAIL.test(simplifiedView(e.name)));
  const gone = new Set<Ent>();
  for (const a of parks) {
    const an = simplifiedView(a.name);
    const suffix = PARK_TAIL.exec(an)?.[0] ?? "";
    if (an.length - suffix.length < 2) continue;
    const ends = parks.filter((b) => b !== a && !gone.has(b) && simplifiedView(b.name).endsWith(an));
    const extra = (b: Ent) => simplifiedView(b.name).slice(0, -an.length);
    let longer = ends.filter((b) => extra(b).length <= 4);
    // …or, when no such prefix does, a whole zone the park belongs to.
    if (longer.length === 0) longer = ends.filter((b) => wholeZone(extra(b)));
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

const PROVINCE_NAMES = new Set(PROVINCES);
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

/**
 * Types whose names end in a type suffix a written tail keeps (甲乙研究院, 甲乙有限公司). Not parks: a park's
 * tail merged moved the relation passes' subject park (150 newest documents: park relations fell).
 */
const TAIL_TYPES = new Set<EntityType>(["platform", "enterprise"]);

/**
 * 科研新引擎甲乙公司 / 除甲乙创新中心 / 某某市甲乙有限公司 beside 甲乙公司 …: a firm's or a lab's name
 * that is another name of the document with words before it (a clause's verb, a title, a place, a zone as
 * its address) names the same thing. When the shorter name (two or more characters of its own before its type suffix) is
 * the tail of exactly one longer name of its type, the two are one entity; the shorter names it when the
 * text writes it apart from the longer one (what the left scan swallowed is not part of the name), else
 * the longer does (the tail is only a piece of it).
 */
function mergeWrittenTails(s: string, ents: Ent[]): Ent[] {
  const typed = ents.filter((e) => TAIL_TYPES.has(e.type));
  if (typed.length < 2) return ents;
  const view = new Map<Ent, string>(typed.map((e) => [e, simplifiedView(e.name)]));
  const gone = new Set<Ent>();
  for (const a of typed) {
    const an = view.get(a) as string;
    const suf = typedSuffix(an);
    if (!suf || suf.type !== a.type || an.length - suf.suffix.length < 2) continue;
    // A lab named by its industry alone (an industry word + 研究所) is a kind the longer name narrows.
    if (a.type !== "enterprise" && industryHead(an.slice(0, an.length - suf.suffix.length))) continue;
    const longer = typed.filter(
      (b) =>
        b !== a &&
        b.type === a.type &&
        !gone.has(b) &&
        (view.get(b) as string).length > an.length &&
        (view.get(b) as string).endsWith(an),
    );
    if (longer.length !== 1) continue;
    const b = longer[0] as Ent;
    const bn = view.get(b) as string;
    const pre = bn.slice(0, bn.length - an.length);
    // A whole park or lab before a lab (甲开发区乙研究院) is its host's; a zone before a firm is only its address.
    if (a.type !== "enterprise" && typedSuffix(pre)) continue;
    // Does the text write the tail apart from the longer name?
    let apart = false;
    for (let i = s.indexOf(an); i >= 0 && !apart; i = s.indexOf(an, i + 1)) if (s[i - 1] !== pre.at(-1)) apart = true;
    if (apart) b.name = a.name;
    absorb(b, a);
    gone.add(a);
  }
  return gone.size ? ents.filter((e) => !gone.has(e)) : ents;
}
