// park_cluster from a zone profile's own enumeration of its industries:
// "形成了甲、乙、丙三大产业集群", "甲、乙等产业加速成长", "主导产业为甲、乙和丙".
// In a document about one zone (the dominant park, else the zone it opens with and
// names most), a paragraph that names no other park and no other place states the
// zone's industries when it enumerates two or more of them under a collective head
// (N大产业/等产业/产业集群/产业体系/主导产业). One industry named in passing is not a hosting statement.

import { FORMULA_CUE } from "./clusters-list-cues.ts";
import { NAMED_PART } from "./park-forms.ts";
import type { Hit, HitIndex, RelationAdd } from "./relations-scope.ts";
import { blankNames, namesPlace, widerSubject } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";
import type { Sentence } from "./text.ts";

/** The head that makes a run of industries a collective: 等(N大)产业/集群, N大(主导|优势)产业(集群|体系). */
const HEAD =
  /^(?:产业集群|产业链|产业|集群)?(?:[、和及与][\p{Script=Han}]{2,8}?){0,2}\s*(?:等)?\s*(?:[一二两三四五六七八九十\d]+\s*[大个项条])?\s*(?:千亿级|百亿级|万亿级)?(?:主导|支柱|优势|特色|重点|新兴|战略性新兴)?(?:产业|集群|行业|(?:现代|先进|高端)?(?:服务业|制造业))/u;
/** A cue before the run that names its items the zone's industries (主导产业为, 主要产业包括有). */
const CUE = /(主要|主导|支柱|重点|优势|特色|首位)(产业|行业)(集群)?(包括|包含|涵盖|有|为|是)?(有)?[：:]?\s*$/u;
/** A scope above the zone (the city's or province's industries), or a plan's wish list elsewhere. */
export const WIDER = /(全市|我市|本市|全省|我省|本省|全国|全县|全区域|市域|省域|各区|各县|各地)/u;

/** A mention that is a name and its own 产业 (no count or role word before it). */
const SUFFIXED =
  /^(?![^、]*(?:[一二两三四五六七八九十\d]+[大个条项]|主导|支柱|优势|重点))[\p{Script=Han}]{2,14}(?:产业|产业集群)$/u;

/** A district, county or city government named in the sentence: it speaks for its own place. */
const GOVERNMENT = /[区县市]政府/u;

const OWN_SUBJECT = /^[\s\u3000]*[\p{Script=Han}]{1,6}(?:区|县|市|园|城|镇|港)[，,：:]/u;

export function zoneIndustryLists(
  s: string,
  sents: Sentence[],
  idx: HitIndex,
  zone: Ent | null,
  inBracket: (pos: number) => boolean,
  add: RelationAdd,
): void {
  if (!zone) return;
  for (const sent of sents) {
    // (Two clusters in the sentence are needed below: a sentence where none starts is skipped at once.)
    if (!idx.startsIn("cluster", sent.start, sent.end)) continue;
    const txt = s.slice(sent.start, sent.end);
    // …nor one whose subject is the county or city (该县依托…形成了…), or a government's report (区政府工作报告提出…):
    // they list that place's industries, not the zone's.
    if (txt.includes("\t") || WIDER.test(txt) || widerSubject(txt) || GOVERNMENT.test(txt)) continue;
    // A sentence headed by a place or zone of its own (丁区，重点发展…), resolved or not, is about that one.
    if (
      OWN_SUBJECT.test(txt) &&
      !idx.inSpan(sent.start, Math.min(sent.end, sent.start + 10), "park").some((h) => h.ent === zone)
    )
      continue;
    const cs = idx.inSpan(sent.start, sent.end, "cluster");
    if (cs.length < 2) continue;
    // The paragraph names no park but the zone, and the sentence names no other place.
    const pa = s.lastIndexOf("\n", sent.start - 1) + 1;
    let pb = s.indexOf("\n", sent.end);
    if (pb < 0) pb = s.length;
    // …unless the sentence itself names the zone, and no other park, up to the run (某园区…主要产业包括有甲、乙).
    const sentParks = idx.inSpan(sent.start, sent.end, "park").filter((h) => !inBracket(h.m.start));
    const ownUpTo = (end: number) => {
      const before = sentParks.filter((h) => h.m.start < end);
      return before.length > 0 && before.every((h) => h.ent === zone);
    };
    // A named base or area inside the zone (某某孵化基地) is part of it, not another zone.
    const otherInPara = idx
      .inSpan(pa, pb, "park")
      .some((h) => h.ent !== zone && !inBracket(h.m.start) && !NAMED_PART.has(h.ent.rule));
    // A run of two or more industries joined by 、/和/及/与, closed by a collective head.
    let run: Hit[] = [];
    const flush = () => {
      const last = run[run.length - 1];
      const first = run[0];
      // …or opened by a cue that names them the zone's industries (主要产业包括有甲、乙与丙).
      const before = first ? s.slice(Math.max(sent.start, first.m.start - 24), first.m.start) : "";
      // …or an industry formula (产业布局为“4+3+X”，即甲、乙+丙: clusters-lists.ts).
      const cued = !!first && (CUE.test(before) || FORMULA_CUE.test(before));
      // …or items that carry the industry word themselves, the last one too (甲产业、乙产业、丙、丁产业): the
      // run is headed (not by a count or role the last mention swallowed: 丁三大主导产业).
      const own = (h: Hit) => SUFFIXED.test(s.slice(h.m.start, h.m.end));
      const suffixed = run.length >= 3 && !!last && own(last) && run.filter(own).length * 3 >= run.length * 2;
      const head = last ? (HEAD.exec(s.slice(last.m.end, last.m.end + 30)) ?? (cued || suffixed ? [""] : null)) : null;
      // …and the sentence names no other place up to it (甲市形成了…; 在乙省…); places after it are another clause's.
      const placed = head && last ? namesPlace(blankNames(s, idx, sent.start, last.m.end + head[0].length)) : true;
      if (run.length >= 2 && first && last && head && !placed && (!otherInPara || ownUpTo(last.m.end)))
        for (const h of run) add("park_cluster", zone, h.ent, sent.start, sent.end, "zone:industry-list", 0.5);
      run = [];
    };
    for (const h of cs) {
      const prev = run[run.length - 1];
      if (prev && !/^(?:产业集群|产业链|产业|集群)?\s*[、和及与+＋]\s*$/u.test(s.slice(prev.m.end, h.m.start))) flush();
      run.push(h);
    }
    flush();
  }
}
