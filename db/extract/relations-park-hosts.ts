// Pass 4: park → cluster in one sentence with a hosting cue and its subject park — one long sentence pass.
import { LiteralAlternation } from "./alternation.ts";
import { placeWithLevel } from "./clusters-places.ts";
import type { Hit, RelScope } from "./relations.ts";
import { framePark } from "./relations-frame.ts";
import { anchorPark, blankNames, blockAt, namesPlace, zoneAnaphor } from "./relations-scope.ts";
import { clauseParks, subjectPark } from "./relations-subject.ts";
import type { Ent } from "./resolve.ts";
import { lastIndexWithin, sentenceIndexAt } from "./text.ts";
import { PLACE_SET } from "./vocab.ts";

/** The city or the province as a clause's subject (，全市工业投资…; 全省新增…). */
const WIDER_SUBJECT =
  /(?:^|[，,；;：:])\s*(?:全市|全省|全县|我市|我省|本市|本省|我县|本县|我州|全州|本州|我旗|全旗)(?!的)/u;

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

/** A date opening a sentence (2021年12月30日，…; 3月5日上午，…). */
const DATE_LEAD = /^[\s\u3000]*(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:上午|下午|晚上)?[，,]/u;

/** An adverbial before a sentence's subject (近年来，/ 据某负责人介绍，/ 作为某之都，), closed by a comma. */
const PLACE_LEAD =
  /^[\s\u3000]*(?:(?:[^，,：:、；;。]{0,12}|据[^，,。；;]{1,24}(?:介绍|表示|透露|获悉|了解到|说)|作为[^，,。；;]{1,30})[，,])?[\s\u3000]*/u;
/** A place or its government as a subject: 我市/该县/当地, 某某市/某某县/某某区, 某市政府. */
const PLACE_HEAD =
  /^(?:[我该本全](?:市|县|州|旗|省)|这个(?:市|县)|当地|本地|[\p{Script=Han}]{0,6}政府|[\p{Script=Han}]{1,6}(?:市|县|旗|州|省)(?![场级])|[\p{Script=Han}]{2,3}区(?![域块内]))/u;
/** Zone words that end like a district (某园区, 开发区, 该区): no place. */
const ZONE_END = /(?:园区|开发区|新区|工业区|集聚区|片区|示范区|保税区|高新区|经开区|[该本全]区|城区|社区)$/u;

/**
 * The sentence's subject (names blanked) is a place, not a park: a county, city, district or its government
 * (该县依托…; 某某市坚持…; 当地依托…), or a city or a place the document writes with its level named bare
 * (青禾已形成…). 聚焦全市… is a scope, not a subject.
 */
function placeSubject(blank: string, s: string): boolean {
  const rest = blank.slice(PLACE_LEAD.exec(blank)?.[0].length ?? 0);
  const head = PLACE_HEAD.exec(rest)?.[0];
  if (head) return !ZONE_END.test(head) && !(head.length > 2 && /[全我本该][市县省州旗]$/u.test(head));
  for (let len = 2; len <= 4; len++) {
    const w = rest.slice(0, len);
    if (/^\p{Script=Han}+$/u.test(w) && (PLACE_SET.has(w) || (len === 2 && placeWithLevel(s, w)))) return true;
  }
  return false;
}

/** Hosting cues: words, and two patterns (承载 not of a capacity; 以…为主 closing a clause). */
const HOST_WORDS = new LiteralAlternation(
  (
    "主导 重点发展 大力发展 拓展 打造 构筑 依托 核心区 优势产业 形成 集聚 聚集 培育 为主体 为核心 聚焦 特色产业 产业园区 " +
    "重点平台 主要平台 载体 主阵地 为代表 落地 落户 入驻 获评 获批 主打 做强 做大 壮大 加快发展 优先发展 着力发展 积极发展 " +
    "主攻 突出发展 产业方向 深耕 支柱产业 首位产业 发展壮大 围绕 产业定位 为特色 为引擎 为龙头 " +
    "产业涵盖 产业涉及 产业覆盖 产业发展涵盖 产业发展涉及 产业发展覆盖 推进"
  ).split(" "),
);
const HOST_CARRY = /承载(?!能?力)/u;
const HOST_MAIN = /以[^，。；,;]{2,20}为主(?=[，。；,;]|$)/u;
/** A park whose own clause says it concentrates on fields (某工业园主要集中在甲、乙等领域), not its projects. */
const HOST_FOCUS = /(?:园区?|开发区|高新区|经开区|工业区|新区|基地)[^，。；,;项企]{0,6}集中[在于]/u;
/**
 * Whether a sentence holds a hosting cue (what one regex of all the cues tested, entered at every
 * character with its fifty alternatives: ~5 µs a sentence; the words go by their first-pair index).
 */
function hostCue(txt: string): boolean {
  return HOST_WORDS.find(txt, 0) !== null || HOST_CARRY.test(txt) || HOST_MAIN.test(txt) || HOST_FOCUS.test(txt);
}
const HOST = { test: hostCue };

/** An industry placed in parks (A产业主要布局在/集中于甲区): a park right after the verb. */
function placedInPark(sc: RelScope, sent: { start: number; end: number }): boolean {
  return sc
    .inSpan(sent.start, sent.end, "park")
    .some((h) => /(?:布局|集中|分布)(?:在|于)$/u.test(sc.s.slice(Math.max(0, h.m.start - 4), h.m.start)));
}

/** A short adverbial before a sentence's subject (近年来，/ 据介绍，/ 十三五期间，), closed by a comma. */
const SUBJECT_LEAD = /^(?:[^，,：:、；;]{0,10}[，,])?\s*$/u;

/**
 * A sentence with no hosting cue still speaks of its subject park's industries (某工业园重点引进A、B;
 * 某开发区拥有…最大的A产业集群; 园区内以A、B产业为主的9家企业…): the park that opens it as its subject, when it is
 * the only park the sentence names, takes the industries named after it; a sentence naming no park whose first
 * clause says 园区/该区 takes its industries to the park that word points back to (relations-subject.ts).
 */
function cuelessSubject(sc: RelScope, sent: { start: number; end: number }, lead: number): void {
  const { s, sents, add, inSpan, distinct, inBracket, idx } = sc;
  const parks = inSpan(sent.start, sent.end, "park");
  if (parks.length === 0) {
    const sp = subjectPark(s, sents, idx, sentenceIndexAt(sents, sent.start));
    if (sp?.via === "anaphor")
      for (const c of distinct(inSpan(sent.start, sent.end, "cluster")))
        add("park_cluster", sp.park, c, sent.start, sent.end, "sentence:subject-park", 0.5);
    return;
  }
  const h = parks[0] as Hit;
  if (distinct(parks).length !== 1 || inBracket(h.m.start)) return;
  if (!SUBJECT_LEAD.test(s.slice(sent.start + lead, h.m.start))) return;
  // (not one item of a coordination, nor a park with a bracket after it: Park(industry) is the bracket rule's)
  if (/^[、和与及（(]/u.test(s.slice(h.m.end, h.m.end + 1))) return;
  for (const c of distinct(inSpan(h.m.end, sent.end, "cluster")))
    add("park_cluster", h.ent, c, sent.start, sent.end, "sentence:subject-park", 0.5);
}

/**
 * 4c'. The cue-less sentences' subject parks (after the rules that read a stated form: a park's adjacent
 * industry, a zone's own enumeration, keep their pairs).
 */
export function subjectParkHosts(sc: RelScope): void {
  const { s, sents, idx } = sc;
  for (const sent of sents) {
    if (!idx.startsIn("cluster", sent.start, sent.end)) continue;
    const txt = s.slice(sent.start, sent.end);
    if (hostCue(txt) || placedInPark(sc, sent)) continue;
    cuelessSubject(sc, sent, DATE_LEAD.exec(txt)?.[0].length ?? 0);
  }
}

/** 4. park → cluster in one sentence with a hosting cue; Park(industry) handled by the bracket rule. */
export function sentenceHosts(sc: RelScope): void {
  const { s, sents, add, inSpan, distinct, inBracket, idx, blocks, paraSpan, dominant, leadPark } = sc;
  for (const sent of sents) {
    // Only a sentence naming an industry can host one.
    if (!idx.startsIn("cluster", sent.start, sent.end)) continue;
    const txt = s.slice(sent.start, sent.end);
    const cs = distinct(inSpan(sent.start, sent.end, "cluster"));
    // An industry placed in parks (A产业主要布局在/集中于甲区): only with a park right after the verb.
    const placed = placedInPark(sc, sent);
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
    if (cs.length === 0 || !(placed || hostCue(txt))) continue;
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
        SUBJECT_LEAD.test(s.slice(sent.start + dated, h.m.start)) &&
        !/^[、和与及]/u.test(s.slice(h.m.end, h.m.end + 1)),
    );
    if (subj && ps.length > 1 && ps.includes(subj.ent)) ps = [subj.ent];
    // "以某新区为中心/核心，…大力发展A、B": the anchor park hosts the sentence's industries (relations-scope.ts).
    const anchor = anchorPark(s, inSpan(sent.start, sent.end, "park"), sent.start);
    if (anchor && !subj) ps = [anchor.ent];
    // "由…共建的某产业园(以下简称…)，聚焦A、B": the park closing a noun-phrase first clause (relations-frame.ts).
    const frame = subj || anchor ? null : framePark(s, inSpan(sent.start, sent.end, "park"), sent.start, sent.end);
    if (frame && ps.includes(frame.ent)) ps = [frame.ent];
    // No subject park named: the paragraph's, by a dropped subject or 园区 as subject (relations-subject.ts).
    if (
      !subj &&
      !anchor &&
      !frame &&
      !block &&
      !otherSubject &&
      (ps.length === 0 || sentParks > 0) &&
      !txt.includes("\t")
    ) {
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
    // A sentence whose subject is a place (该县依托…，某市坚持…) speaks of the place's industries: only a park
    // that is itself the sentence's subject hosts them, not the paragraph's zone nor a park it names as an object.
    const placeSubj = ps.length > 0 && placeSubject(blankNames(s, idx, sent.start, sent.end), s);
    for (const p of ps) {
      const pm = inSpan(sent.start, sent.end, "park").find((h) => h.ent === p);
      for (const c of cs) {
        if ((owners.get(c) ?? p) !== p || (ownerParks.has(p) && owners.get(c) !== p)) continue;
        // …unless the park is the sentence's subject (某高新区重点发展A、B、C…).
        const subject =
          (pm && !/[、；;]/u.test(s.slice(sent.start, pm.m.start)) && pm.m.start - sent.start <= 12) ||
          anchor?.ent === p ||
          frame?.ent === p;
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
        if (placeSubj && !(pm && subject)) continue;
        add("park_cluster", p, c, sent.start, sent.end, hostRule, hostRule === "sentence:host" ? 0.55 : 0.5);
      }
    }
  }
}
