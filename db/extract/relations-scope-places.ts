// Zone anaphors and place words (zoneAnaphor, namesPlace with its city tables and per-document memory, setScopeDoc): what a clause's words point to, apart from the scope tests that use them.
import { charTable, matchesAround } from "./anchored.ts";
import { placeWithLevel } from "./clusters-places.ts";
import { docMemo } from "./doc-memo.ts";
import { CITIES } from "./vocab.ts";

/** Words that point back to the zone a passage is about (not inside a name: callers blank names first). */
const ZONE_ANAPHOR =
  /(?<![各类些批大个级点型色业])(?:该区|本区|全区|区内|园区内|园区|园内|该园|入园|入区|这里|在此|于此|此地|开发区|经开区|高新区|新区|综保区)/u;

/** True when the text (names blanked) refers back to a zone. */
export function zoneAnaphor(text: string): boolean {
  return ZONE_ANAPHOR.test(text);
}

/** The city, county or province as a whole opening a sentence (去年，全县共引进…): its firms are that scope's, not the zone's. */
const WIDER_SUBJECT = /^[\s\u3000]*(?:[^，,：:、；;。]{0,10}[，,])?[\s\u3000]*(?:全|我|本|该)[市县省州旗]/u;
export function widerSubject(blank: string): boolean {
  return WIDER_SUBJECT.test(blank);
}

/** District-like words that are zones or generic areas, not places of action. */
const NOT_PLACE =
  /(该区|本区|全区|区内|园区|城区|社区|厂区|(?:仓储|办公|研发|物流|加工|装配|作业|展示|停车|储存|存储|检测|孵化|中试)区|港区|矿区|库区|校区|展区|街区|专区|地区|区域|片区|景区|辖区|开发区|经开区|高新区|新区|综保区|保税区|示范区|集聚区|聚集区|功能区|工业区|核心区|先行区|引领区|试验区|产业区|承载区|发展区|拓展区|预留区|生产区|生活区|融合区|试点区|实验区|改革区|创新区|先导区|承接区|合作区|保护区|风景区|旅游区|度假区|商务区|中心区|服务区|配套区|全市|我市(?!的)|本市(?!的)|该市|全省|我省|本省|该省|外省|城市|都市|超市|上市|市场|门市)/gu;

/**
 * True when the text (names blanked) names an administrative place (某某区, 某县,
 * 某某市, 我市的): a firm placed there is not placed in the zone. 全市/我市 as the
 * scope of a plan (聚焦全市优势集群) places nothing.
 */
const PLACE_WORD =
  /[\p{Script=Han}]{2}(?:区|县|旗)(?!域|内|外|级|块|位|间|划)|[我本]市的|[\p{Script=Han}]{2}市(?![场级值民委政属区])|[\p{Script=Han}]{2}省(?![级委政属内会份])/u;
/** PLACE_WORD, sticky: every match holds one of 区县旗市省 at most two characters after its start (tried only there). */
const PLACE_WORD_AT = new RegExp(PLACE_WORD.source, "uy");
const namesPlaceWord = (t: string): boolean => {
  for (const key of "区县旗市省")
    if (
      !matchesAround(
        t,
        PLACE_WORD_AT,
        key,
        (q) => [q - 2, q],
        () => true,
      ).next().done
    )
      return true;
  return false;
};
/** NOT_PLACE, sticky, and the characters one of which each of its words holds at most two after its start. */
const NOT_PLACE_AT = new RegExp(NOT_PLACE.source, "uy");
const NOT_PLACE_KEY = charTable("区市省");
/**
 * text.replace(NOT_PLACE, ""): the pattern tried only at the two places before each 区/市/省 and
 * there (every word it removes is two or three characters long and holds one of them), not entered by
 * the engine at every character with its hundred alternatives (~14 µs a clause).
 */
function withoutNotPlace(text: string): string {
  const parts: string[] = [];
  // The end of the last match (where the text is kept from), and the first position not tried yet.
  let last = 0;
  let next = 0;
  for (let q = 0; q < text.length; q++) {
    if (NOT_PLACE_KEY[text.charCodeAt(q)] !== 1) continue;
    for (let p = Math.max(q - 2, next, 0); p <= q; p++) {
      next = p + 1;
      NOT_PLACE_AT.lastIndex = p;
      const m = NOT_PLACE_AT.exec(text);
      if (!m) continue;
      parts.push(text.slice(last, p));
      last = p + m[0].length;
      next = last;
      p = next - 1;
    }
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join("");
}
/** Answers remembered for the document: the relation rules ask again about the same sentences and clauses. */
const namesPlaceMemo = docMemo<string, boolean>();
export function namesPlace(text: string): boolean {
  let v = namesPlaceMemo.get(text);
  if (v === undefined) {
    // Every word NOT_PLACE removes holds 区, 市 or 省: without them there is nothing to remove.
    const t = text.includes("区") || text.includes("市") || text.includes("省") ? withoutNotPlace(text) : text;
    v = namesPlaceWord(t) || CITY_NAME.test(t);
    namesPlaceMemo.set(text, v);
  }
  return v;
}

/** A city as the place of action or the owner (落户海口, 在徐州, 徐州的主导产业); names inside a park's name are blanked first. */
const CITY_SET = new Set(CITIES);
const PLACING = /落户|位于|扎根|落地|入驻|坐落|选址|在/gu;
const CITY_NAME = {
  // Set lookups at the few places that can start or end one: a 300-way alternation tried at
  // every character was the slowest part of the relation pass.
  test(t: string): boolean {
    const cityAt = (a: number, b: number) => a >= 0 && CITY_SET.has(t.slice(a, b));
    for (let i = t.indexOf("的"); i >= 0; i = t.indexOf("的", i + 1)) {
      const e = t[i - 1] === "市" ? i - 1 : i;
      for (let len = 2; len <= 4; len++) if (cityAt(e - len, e)) return true;
    }
    for (const m of t.matchAll(PLACING)) {
      const a = (m.index as number) + m[0].length;
      for (let len = 2; len <= 4; len++) if (cityAt(a, a + len)) return true;
    }
    // …or a city as a clause's subject (金昌吸引甲、乙…落地; ，宁德先后培育…): looked for only where such a verb is.
    // A county or county-level city the document writes with its level (某某市, 某某县) counts as well (，晋江聚焦…).
    if (!SUBJECT_VERB_ANY.test(t)) return false;
    for (const m of t.matchAll(CLAUSE_START)) {
      const at = (m.index as number) + m[0].length;
      for (let len = 2; len <= 4; len++)
        if (
          (cityAt(at, at + len) || (len === 2 && scopeDoc !== "" && placeWithLevel(scopeDoc, t.slice(at, at + 2)))) &&
          CITY_SUBJECT_VERB.test(t.slice(at + len, at + len + 6))
        )
          return true;
    }
    return false;
  },
};
/** The document the relation pass reads (set by findRelations): where namesPlace looks up the places it writes with a level. */
let scopeDoc = "";
export function setScopeDoc(s: string): void {
  scopeDoc = s;
}
/** What a city does as a clause's subject: brings firms in, grows or holds them, or directs its industries. */
const SUBJECT_VERBS = "吸引|引进|引入|招引|培育|集聚|聚集|汇聚|拥有|落地|签约|聚焦|大力发展|重点发展";
const CITY_SUBJECT_VERB = new RegExp(`^(?:先后|相继|陆续|已|累计|共|还|也)?(?:${SUBJECT_VERBS})`, "u");
const SUBJECT_VERB_ANY = new RegExp(SUBJECT_VERBS, "u");
/** A clause's start: the text's, or right after ，；。 */
const CLAUSE_START = /^|[，,；;。]/gu;
