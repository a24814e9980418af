// The zone a sentence is about when it names none: Chinese prose drops a subject it
// has just stated. A sentence that opens with no subject of its own (成功引进甲、乙…;
// 依托甲、乙等骨干企业，大力发展…) continues the subject of the sentence before it in
// the paragraph; when that sentence opens with a park (某高新区立足…，依托某产业园…),
// the park is the one that brings the firms in or develops the industries — not the
// parks it names as objects. A sentence whose first clause says 园区/该区/区内 points back
// to the last park named before it in the paragraph (…命名为某科技城。园区大力发展…).

import { charTable } from "./anchored.ts";
import { NAMED_PART } from "./park-forms.ts";
import { blankNames, type Hit, type HitIndex, inAside, namesPlace, type RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";
import { lastIndexOfAny } from "./text.ts";

const CLAUSE_MARK = charTable("，；,;");

interface Sent {
  start: number;
  end: number;
  para: number;
}

/** An adverbial before the subject (其中，/ 2023年，/ 目前，/ 据某负责人介绍，): short, closed by a comma. */
const LEAD_CLAUSE =
  /^[\s\u3000]*(?:(?:[^，,：:、；;。]{0,10}|据[^，,：:、；;。]{1,20}(?:介绍|表示|透露))[，,])?[\s\u3000]*$/u;
/** 园区/该区/区内 in a sentence's first clause (its subject or opening adverbial: 随着园区…，). */
const CLAUSE_ANAPHOR = /(?<![各类些批大个级点型色业工])(?:该园区|园区内|园区|该区|区内|该园|园内|入园|入区)(?![区域])/u;
/** A subject of its own that is no park: a city, county or province as actor (全市/我县…), or a
 * short place or zone word the extractor did not resolve, set off by a comma (某区，…; 经区，…). */
const OWN_PLACE =
  /^[\s\u3000]*(?:(?:[^，,：:、；;。]{0,10}[，,])?[\s\u3000]*(?:全|我|本|该)[市县省州旗镇]|[\p{Script=Han}]{1,6}(?:区|县|市|园|城|镇|港)[，,：:])/u;
/** Firms a sentence names as partners or customers, not as the zone's own (与甲合作, 为乙提供配套). */
const PARTNER =
  /[与同和跟][^，,。；;]{0,30}(?:合作|签约|签署|对接|洽谈|会谈|座谈)|为[^，,。；;]{0,30}(?:提供|配套|供货)/u;
/** How many sentences back a dropped subject may reach. */
const BACK = 3;

/** The park a sentence starts with as its subject (after a short adverbial; not one item of a coordination). */
function leadingPark(s: string, idx: HitIndex, sent: Sent): Ent | null | undefined {
  for (const h of idx.inSpan(sent.start, Math.min(sent.end, sent.start + 24), "park")) {
    if (!LEAD_CLAUSE.test(s.slice(sent.start, h.m.start))) return null;
    if (/^[、和与及]/u.test(s.slice(h.m.end, h.m.end + 1))) return null;
    return h.ent;
  }
  return undefined;
}

/** The park that opens a sentence as its subject (not one item of a coordination), if any. */
function openingPark(s: string, idx: HitIndex, sent: Sent): Ent | null {
  const lead = leadingPark(s, idx, sent);
  if (lead !== undefined) return lead;
  // "为了某目标，2008年，某基地正式动工。": the park opening the sentence's last clause, after
  // clauses that name no park or body, is its subject too.
  const text = s.slice(sent.start, sent.end);
  const cut = Math.max(text.lastIndexOf("，"), text.lastIndexOf(","));
  if (cut < 0) return null;
  const from = sent.start + cut + 1;
  const h = idx.inSpan(from, sent.end, "park")[0];
  if (!h || s.slice(from, h.m.start).trim() || /^[、和与及]/u.test(s.slice(h.m.end, h.m.end + 1))) return null;
  if (idx.inSpan(sent.start, from).some((x) => x.ent.type === "park" || x.ent.type === "department")) return null;
  return h.ent;
}

/** The sentence opens with a subject of its own: a department, a park or a place (not a firm or a verb). */
function ownSubject(s: string, idx: HitIndex, sent: Sent): boolean {
  if (OWN_PLACE.test(s.slice(sent.start, sent.start + 16))) return true;
  const first = idx.inSpan(sent.start, Math.min(sent.end, sent.start + 16))[0];
  if (!first || (first.ent.type !== "department" && first.ent.type !== "park")) return false;
  return LEAD_CLAUSE.test(s.slice(sent.start, first.m.start));
}

/**
 * The park a sentence that names none is about, by its dropped or anaphoric subject;
 * null when the sentence names a park or a place, or the paragraph gives no such park.
 */
export function subjectPark(
  s: string,
  sents: readonly Sent[],
  idx: HitIndex,
  k: number,
): { park: Ent; rule: "subject:zone"; via: "continued" | "anaphor" } | null {
  const sent = sents[k] as Sent;
  const blank = blankNames(s, idx, sent.start, sent.end);
  if (namesPlace(blank) || PARTNER.test(blank)) return null;
  // 园区 as the subject outranks the parks the sentence names as objects (园区…拥有甲产业园、乙产业园).
  const firstClause = /^[^，,；;：:]*/u.exec(blank)?.[0] ?? "";
  if (CLAUSE_ANAPHOR.test(firstClause)) {
    const park = antecedent(s, sents, idx, k);
    return park ? { park, rule: "subject:zone", via: "anaphor" } : null;
  }
  if (idx.inSpan(sent.start, sent.end, "park").length || ownSubject(s, idx, sent)) return null;
  for (let j = k - 1; j >= 0 && j >= k - BACK; j--) {
    const prev = sents[j] as Sent;
    if (prev.para !== sent.para) return null;
    const park = openingPark(s, idx, prev);
    if (park) return { park, rule: "subject:zone", via: "continued" };
    // The sentence before says 园区 as its subject (目前园区形成了…。甲、乙等企业相继入驻): its park.
    const clause = /^[^，,；;：:]*/u.exec(blankNames(s, idx, prev.start, prev.end))?.[0] ?? "";
    if (CLAUSE_ANAPHOR.test(clause) && !idx.inSpan(prev.start, prev.end, "park").length) {
      const back = antecedent(s, sents, idx, j);
      return back ? { park: back, rule: "subject:zone", via: "continued" } : null;
    }
    if (ownSubject(s, idx, prev) || namesPlace(blankNames(s, idx, prev.start, prev.end))) return null;
  }
  return null;
}

/**
 * What 园区 in sentence k points back to: the last park named before it in the paragraph
 * (a named base only when no zone is named there), unless that one stands in a coordination.
 */
function antecedent(s: string, sents: readonly Sent[], idx: HitIndex, k: number): Ent | null {
  const sent = sents[k] as Sent;
  // (a park named in a bracketed aside is not one 园区 points back to)
  const before = idx.inSpan(firstOfPara(sents, k), sent.start, "park").filter((h) => !inAside(s, h.m.start, h.m.end));
  const zones = before.filter((h) => !NAMED_PART.has(h.ent.rule));
  const last = (zones.length ? zones : before).at(-1);
  if (!last) return before.length ? null : earlierParaSubject(s, sents, idx, k);
  if (sent.start - last.m.end > 300) return null;
  if (/[、和与及]/u.test(`${s[last.m.start - 1] ?? ""}${s[last.m.end] ?? ""}`)) return null;
  return last.ent;
}

/**
 * 园区 in a paragraph that names no park before it: the park the paragraph before is about — the one
 * it opens with as its subject, else the one zone it names (某工业园区位于…。\n园区以…为重点发展方向),
 * through paragraphs that only say 园区 again.
 */
function earlierParaSubject(s: string, sents: readonly Sent[], idx: HitIndex, k: number): Ent | null {
  let j = k;
  for (let hops = 0; hops < 3; hops++) {
    while (j > 0 && (sents[j - 1] as Sent).para === (sents[k] as Sent).para) j--;
    if (j === 0) return null;
    let first = j - 1;
    while (first > 0 && (sents[first - 1] as Sent).para === (sents[j - 1] as Sent).para) first--;
    const head = sents[first] as Sent;
    const paraEnd = (sents[j - 1] as Sent).end;
    const opener = leadingPark(s, idx, head);
    if (opener) return opener;
    const named = [...new Set(idx.inSpan(head.start, paraEnd, "park").map((h) => h.ent))].filter(
      (e) => !NAMED_PART.has(e.rule),
    );
    if (named.length === 1) return named[0] as Ent;
    if (idx.inSpan(head.start, paraEnd, "park").length) return null;
    const clause = /^[^，,；;：:]*/u.exec(blankNames(s, idx, head.start, head.end))?.[0] ?? "";
    if (!CLAUSE_ANAPHOR.test(clause)) return null;
    k = first;
    j = first;
  }
  return null;
}

function firstOfPara(sents: readonly Sent[], k: number): number {
  let j = k;
  while (j > 0 && (sents[j - 1] as Sent).para === (sents[k] as Sent).para) j--;
  return (sents[j] as Sent).start;
}

/** A zone word right before an industry (园区绿色食品产业, 区内的储能产业): the zone's own industry. */
const ZONE_BEFORE = /(?<![各类些批大个级点型色业工])(?:园区|区内|该区|本区|全区|开发区|高新区|经开区)的?$/u;

/**
 * 园区/区内 + an industry: that industry is the zone's — the document's zone when it has
 * one, else what 园区 points back to in its paragraph (anaphor:zone-industry).
 */
export function zoneWordIndustries(
  s: string,
  sents: readonly Sent[],
  idx: HitIndex,
  zone: Ent | null,
  sentenceAt: (pos: number) => number,
  add: RelationAdd,
): void {
  for (const h of idx.hits) {
    if (h.ent.type !== "cluster" || !ZONE_BEFORE.test(s.slice(Math.max(0, h.m.start - 4), h.m.start))) continue;
    // The zone word must stand alone, not end a name (某某园区汽车产业 is adjacent:park-industry's).
    const at = idx.lowerBound(h.m.start);
    if (idx.hits.slice(Math.max(0, at - 3), at).some((x) => x.m.end > h.m.start - 5)) continue;
    const k = sentenceAt(h.m.start);
    const park = zone ?? antecedent(s, sents, idx, k);
    if (park) add("park_cluster", park, h.ent, Math.max(0, h.m.start - 4), h.m.end, "anaphor:zone-industry", 0.55);
  }
}

/**
 * Industries of a later clause that opens with a park of its own (甲区实行一区多园，其中乙园重点发展A，
 * 丙园以B为主): that park hosts them, not the sentence's subject. Maps cluster → its clause's park.
 */
/** A development verb right after a park (乙园主要发展…, 丙区布局…): the clause is the park's. */
const OWN_DEVELOP = /^(?:重点|主要|加快|大力|着力|积极|优先)?(?:发展|布局)/u;

export function clauseParks(
  s: string,
  parks: Hit[],
  clusters: Hit[],
  sentStart: number,
  host: { test(t: string): boolean },
): Map<Ent, Ent> {
  const out = new Map<Ent, Ent>();
  const clauseStart = (pos: number) => Math.max(lastIndexOfAny(s, CLAUSE_MARK, pos - 1), sentStart - 1);
  for (const p of parks) {
    const a = clauseStart(p.m.start);
    // Only a park after another one takes a clause (目前，甲区… keeps 甲区 the subject); a park in a list
    // (乙园、丙园) names no clause of its own.
    if (!parks.some((q) => q.m.end <= a && q.ent !== p.ent)) continue;
    if (!/^\s*(?:其中|另外|同时|而)?\s*$/u.test(s.slice(a + 1, p.m.start))) continue;
    if (/^[、和与及]/u.test(s.slice(p.m.end, p.m.end + 1))) continue;
    const own = clusters.filter((c) => c.m.start > p.m.end && clauseStart(c.m.start) === a);
    const rest = s.slice(p.m.end, p.m.end + 80).split(/[，；,;。]/u)[0] ?? "";
    // (…or the park's own verb right after it: 乙园主要发展A.)
    if (!own.length || !(host.test(rest) || OWN_DEVELOP.test(rest))) continue;
    for (const c of own) if (!out.has(c.ent)) out.set(c.ent, p.ent);
  }
  return out;
}
