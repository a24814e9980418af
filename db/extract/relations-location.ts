// park_enterprise the way plans and zone profiles state it: a firm named in a
// park's own section (section containment), a firm in a sentence that places
// it (位于/落户/引进/集聚 … with one park, or with 园区/区内/这里 pointing back to
// the passage's zone), and a list headed "某高新区企业A、B…". A firm the
// sentence places in a city or district (落户海口) gets no park.

import type { RelationType } from "../types.ts";
import type { Ctx } from "./context.ts";
import { NAMED_PART } from "./park-forms.ts";
import { passingCue } from "./park-passing.ts";
import { partnerFirms } from "./relations-clause.ts";
import {
  blankNames,
  blockAt,
  bracketMask,
  customerRun,
  type Hit,
  type HitIndex,
  inAside,
  inEnumeration,
  namesPlace,
  type ParkBlock,
  parkAsProject,
  type RelationAdd,
  type RespBracket,
  siteSubject,
  widerSubject,
  zoneAnaphor,
} from "./relations-scope.ts";
import { subjectPark } from "./relations-subject.ts";
import { PLACING } from "./relations-zone.ts";
import type { Ent } from "./resolve.ts";

type Add = RelationAdd;

/** Verbs that place a firm somewhere (or bring it in). */
const LOCATE =
  /(位于|落户|入驻|扎根|坐落|定址|选址|引进|引入|招引|集聚|聚集|汇聚|签约|落地|投产|开工|增资|扩产|新增|入园|在这里|园区企业|区内企业|进驻|建厂|设厂|落子|竣工|达产|投用|入区|新落户|拥有|现有|共有)/u;
/**
 * 在/位于/地处 right before a park, and right after it (a named area of it, 内/里 and) 的 or a comma, then a
 * firm within a few characters; or a park opening the sentence with 内/里 (某产业园内，甲公司的工人…).
 */
function placeFrame(s: string, parkHits: Hit[], firmHits: Hit[], sentStart: number): boolean {
  return parkHits.some((h) => {
    const zai = /(在|位于|地处)$/u.test(s.slice(Math.max(0, h.m.start - 2), h.m.start));
    const opening = /^\s*$/u.test(s.slice(sentStart, h.m.start));
    if (!zai && !opening) return false;
    const after = (zai ? /^(?:[\p{Script=Han}]{2,4}片区)?(?:内|里|中)?(?:的|[，,])/u : /^(?:内|里)[，,]/u).exec(
      s.slice(h.m.end, h.m.end + 8),
    );
    if (!after) return false;
    const from = h.m.end + after[0].length;
    return firmHits.some(
      (f) => f.m.start >= from && f.m.start - from <= 6 && !/[，,。；]/u.test(s.slice(from, f.m.start)),
    );
  });
}

/** A firm's own works named right after it (甲公司的生产车间内，…): a report standing in the firm's plant, a site of the zone. */
const WORKS_AFTER = /^的?(?:[\p{Script=Han}]{0,4}?(?:生产|加工|制造|装配|总装|封装))?(?:车间|厂房|厂区|生产线|工厂)/u;

/** The sentence's first clause names a place and no zone (溧阳市正在打造…，形成了甲、乙…): its subject is the place. */
function placeOpens(blank: string): boolean {
  const first = /^[^，,；;：:]*/u.exec(blank)?.[0] ?? "";
  return namesPlace(first) && !zoneAnaphor(first);
}

/** A placement in an administrative place, not a zone (落户海口, 扎根我市). */
const PLACED_IN_PLACE =
  /(落户|位于|扎根|落地|入驻|坐落|选址|布局)(?:在|于|到)?\s*(?:[我本全]市|[\p{Script=Han}]{2,4}(?:市|县|旗)|[\p{Script=Han}]{2,3}区(?!内))/u;

export interface LocationScope {
  ctx: Ctx;
  idx: HitIndex;
  blocks: ParkBlock[];
  dominant: Ent | null;
  brackets: RespBracket[];
}

export function locationRelations(sc: LocationScope, add: Add): void {
  const { ctx, idx, blocks, dominant, brackets } = sc;
  const { s, sents } = ctx;
  const mask = bracketMask(s.length, brackets);
  const inBracket = (pos: number) => mask[pos] === 1;
  const free = (hs: Hit[]) => hs.filter((h) => !inBracket(h.m.start));
  const distinct = (hs: Hit[]) => [...new Set(hs.map((h) => h.ent))];
  const paraOf = (pos: number) => {
    const a = s.lastIndexOf("\n", pos - 1) + 1;
    let b = s.indexOf("\n", pos);
    if (b < 0) b = s.length;
    return { start: a, end: b };
  };

  // The paragraph's own subject is a place (某某区持续壮大…), not its park: text before the park.
  const paraNamesPlace = (para: { start: number; end: number }, until: number) => {
    const first = free(idx.inSpan(para.start, para.end, "park"))[0];
    const end = first ? Math.min(first.m.start, until) : until;
    return namesPlace(blankNames(s, idx, para.start, end).replace(/[我本全]市/gu, ""));
  };
  for (let i = 0; i < sents.length; i++) {
    const one = sents[i] as (typeof sents)[number];
    // Most sentences name no firm: skip them before building their hit lists.
    if (!idx.startsIn("enterprise", one.start, one.end)) continue;
    // A firm named as the owner of others (甲集团的全资和控股企业) is not the one placed.
    const firmHits = free(idx.inSpan(one.start, one.end, "enterprise")).filter(
      (h) => !/^的(全资|控股|子公司|下属|旗下|分公司)/u.test(s.slice(h.m.end, h.m.end + 4)),
    );
    const firms = distinct(placeableFirms(s, one.start, firmHits));
    if (!firms.length) continue;
    // 其中/包括 continues the sentence before it (…入驻企业86家；其中，龙头企业4家（甲、乙）).
    const prev = sents[i - 1];
    const cont = prev && prev.para === one.para && /^\s*(其中|包括|主要有|如)/u.test(s.slice(one.start, one.start + 4));
    const sent = cont ? { start: prev.start, end: one.end } : one;
    if (/^\s*(图为|图片|图：)/u.test(s.slice(one.start, one.start + 4))) continue;
    const txt = s.slice(sent.start, sent.end);
    const blank = blankNames(s, idx, sent.start, sent.end);
    const parkHits = free(idx.inSpan(sent.start, sent.end, "park"));
    const parks = distinct(parkHits);
    const block = blockAt(blocks, sent.start, sent.end);
    const placedElsewhere = PLACED_IN_PLACE.test(blank.replace(/(开发区|经开区|高新区|园区|新区|综保区)/gu, "园"));
    // "某高新区企业A、B…": the park heads the list of its firms.
    const headed = parkHits.find((h) =>
      /^(?:的)?(?:区内|园区)?(?:重点|龙头|骨干)?企业/u.test(s.slice(h.m.end, h.m.end + 6)),
    );
    // A firm named with its works (甲公司生产车间里…) stands in the passage's zone as a placing verb would put it there.
    const locates = LOCATE.test(txt) || firmHits.some((h) => WORKS_AFTER.test(s.slice(h.m.end, h.m.end + 10)));
    let park: Ent | null = null;
    let also: Ent[] = [];
    let rule = "sentence:locate";
    let conf = 0.6;
    if (headed) park = headed.ent;
    else if (parks.length === 1) {
      // A list of projects (甲产业园建设项目、乙扩产项目) names each item's own site, not the others'.
      const projectList = (txt.match(/项目[、，,；;]/gu) ?? []).length >= 1 && /项目/u.test(txt.slice(-4));
      if (locates && !placedElsewhere && !projectList && !parkAsProject(s, parkHits, sent.start))
        park = parks[0] as Ent;
      // "在某产业园的甲公司车间里" / "位于某园区内，甲公司…": the place frame itself places the firm after it.
      else if (!projectList && placeFrame(s, parkHits, idx.inSpan(sent.start, sent.end, "enterprise"), sent.start))
        park = parks[0] as Ent;
    } else if (parks.length > 1) {
      // Several parks: the one the verb places the firm in (在/位于/落户 P), unless P is one of a coordination.
      // (…not the place a park lies in: 甲园位于乙新区, relations-scope.ts.)
      const zai = parkHits.filter(
        (h) =>
          /(在|位于|入驻|落户|锁定|定址|扎根)$/u.test(s.slice(Math.max(0, h.m.start - 2), h.m.start)) &&
          !/^[、和与及]/u.test(s.slice(h.m.end, h.m.end + 1)) &&
          !siteSubject(s, parkHits, h),
      );
      // 锁定甲经开区，将在乙新城投资: both places hold the firm (乙 lies in 甲).
      const zs = distinct(zai);
      if (zs.length >= 1 && zs.length <= 2) [park, ...also] = zs as [Ent, ...Ent[]];
      // …else the sentence's subject park (某开发区抢抓乙新区机遇，引进甲公司).
      else if (!zs.length && locates && !placedElsewhere) {
        const subj = parkHits.find(
          (h) =>
            // (after an opening adverbial of up to 20 characters: 在11个投资超10亿元的大项目中，某开发区引进…)
            h.m.start - sent.start <= 24 &&
            /^(?:[^，,：:、；;]{0,20}[，,])?\s*$/u.test(s.slice(sent.start, h.m.start)) &&
            !/^[、和与及]/u.test(s.slice(h.m.end, h.m.end + 1)),
        );
        if (subj) park = subj.ent;
      }
    } else if (!placedElsewhere) {
      // No park named: a park's own section, else the zone the passage is about.
      const anaphor = zoneAnaphor(blank);
      if (block && (anaphor || !namesPlace(blank))) {
        park = block.park;
        rule = block.kind === "section" ? "section:park" : "run-in:park";
      } else if (((anaphor && !placeOpens(blank)) || (locates && !namesPlace(blank))) && !widerSubject(blank)) {
        const para = paraOf(sent.start);
        // A named base hosts only its own sentence's firms (park-forms.ts).
        const pp = distinct(
          free(idx.inSpan(para.start, para.end, "park")).filter(
            (h) =>
              !inAside(s, h.m.start, h.m.end) &&
              !inEnumeration(s, h.m.start, h.m.end) &&
              // (a partner or a zone visited is not the paragraph's own zone, nor one named only after the
              // sentence: 园区/区内 points back)
              !passingCue(s, (a, b) => idx.inSpan(a, b).length > 0, h.m) &&
              h.m.start < one.end,
          ),
        ).filter((e) => !NAMED_PART.has(e.rule));
        const placed = paraNamesPlace(para, sent.start);
        if (pp.length === 1 && !placed) park = pp[0] as Ent;
        // (A paragraph that names no park is not the dominant zone's by the share of park mentions alone: a
        // placing word or 园区 somewhere in the sentence gave the zone firms of other places — on the 150
        // annotated documents no rule was tuned on, about 1 in 7 right, session 38. The zone keeps such
        // firms through a list its own cue places (list:park's zone), or as the zone a report opens with,
        // topic:zone.)
        rule = "anaphor:zone";
        conf = 0.55;
        // Several parks in the paragraph: the one the sentence's dropped or anaphoric subject names.
        const sp = !park && !placed && pp.length > 1 ? subjectPark(s, sents, idx, i) : null;
        if (sp) {
          park = sp.park;
          rule = sp.rule;
          conf = 0.55;
        }
      }
      // (A zone profile's firms named where no cue places them are not read as the zone's: on documents
      // nobody tuned for, that reading was right 1 time in 14 (session 19); the rule profile:zone is gone.)
    }
    if (!park) continue;
    const places = [park, ...also];
    // "甲落户某开发区，乙在某产业园开工": firms in different clauses, each clause with its own park.
    const clauses = places.length > 1 ? clausePlaces(s, sent, idx, firms, places) : null;
    for (const p of places)
      for (const f of firms)
        if (!clauses || clauses.get(f) === p) add("park_enterprise", p, f, sent.start, sent.end, rule, conf);
  }
}

/**
 * For a sentence placing firms in several parks: each firm's park when the firms
 * stand in two or more clauses (split at ，；) and every such clause names exactly
 * one of the parks; null when the sentence does not split that way.
 */
function clausePlaces(
  s: string,
  sent: { start: number; end: number },
  idx: HitIndex,
  firms: Ent[],
  places: Ent[],
): Map<Ent, Ent> | null {
  const cuts = [sent.start];
  for (let k = sent.start; k < sent.end; k++) if (/[，,；;]/u.test(s[k] as string)) cuts.push(k + 1);
  cuts.push(sent.end);
  const out = new Map<Ent, Ent>();
  const used = new Set<number>();
  for (const f of firms) {
    const h = idx.inSpan(sent.start, sent.end, "enterprise").find((x) => x.ent === f);
    if (!h) return null;
    let c = 0;
    while (c + 1 < cuts.length - 1 && (cuts[c + 1] as number) <= h.m.start) c++;
    const inClause = [
      ...new Set(
        idx
          .inSpan(cuts[c] as number, cuts[c + 1] as number, "park")
          .map((x) => x.ent)
          .filter((e) => places.includes(e)),
      ),
    ];
    if (inClause.length !== 1) return null;
    out.set(f, inClause[0] as Ent);
    used.add(c);
  }
  return used.size >= 2 ? out : null;
}

/** The firm hits a sentence may place: not partners it signs with or visits (与甲签约), not customers (向乙供货). */
export function placeableFirms(s: string, sentStart: number, hits: Hit[]): Hit[] {
  const partners = partnerFirms(s, sentStart, hits);
  return withoutCustomers(s, hits).filter((h) => !partners.has(h));
}

/** Firm mentions outside runs named as customers (主要服务甲、乙等厂商; 为甲、乙提供配套). */
function withoutCustomers(s: string, hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  let run: Hit[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && !customerRun(s, first.m.start, last.m.end)) out.push(...run);
    run = [];
  };
  for (const h of hits) {
    const prev = run[run.length - 1];
    if (prev && !/^(?:、|和|及|与|以及)$/u.test(s.slice(prev.m.end, h.m.start))) flush();
    run.push(h);
  }
  flush();
  return out;
}
