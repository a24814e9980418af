// Park precision (typing stage): suffix hits that are titles or aims,
// not named places. Each filter is a registry entry (rules/parks.ts); a dropped
// candidate gets confidence 0 and the filter's id, so selectFlat leaves it out
// and `kg explain` says why. Judged on all development gold pooled. Filters that
// dropped a bare kind (国家级开发区, 按照开发区) were removed: on an unread check set
// they cost the zone's relations far more than the false parks they removed.
import type { Cand, Ctx } from "./context.ts";
import { PLACE_PREFIX_RE } from "./context.ts";
import { industryPhrase } from "./industry-heads.ts";
import { typedSuffix } from "./names.ts";
import { projectLines } from "./project-firms-lines.ts";
import { simplifiedView } from "./script.ts";
import { tag } from "./tagger.ts";
import { PROVINCES } from "./vocab.ts";
import { placeOpens } from "./vocab-counties.ts";

/** Honours a base is awarded for an activity (教育基地, 实践基地, 科普基地): titles, not places. */
const TITLE_BASE =
  /(教育|实践|实训|培训|科普|见习|研学|教学|写生|实习|就业|爱国主义|廉政|党性|游|旅游|度假|康养|观光|休闲)(示范|实践)?基地$/u;

/** A base a ministry or province designates (某某新型工业化产业示范基地): a title, wherever it is. */
const DESIGNATION_BASE = /示范基地$/u;

/** What a plan aims to form (打造某某产业聚集区, 形成某某集聚区): an aim unless a place heads it. */
const AIM_BEFORE =
  /(打造|形成|建成|构建|成为|培育|争创|创建|参评|争取)(成为|为|一批|一个)?(国家级|省级|市级|全国|全省)?$/u;
const AIM_ZONE = /(集聚区|聚集区)$/u;
/** A collective, not a place: people or firms gathered (人才集聚区, 公司孵化聚集区), or a list (甲和乙集聚区). */
const COLLECTIVE = /(人才|公司|企业|[和与及、])/u;
/** A region named by a province's one-character name and a direction (滇中, 苏南, 皖北): a place. */
const REGION_SHORT = /^[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新蒙][东南西北中]/u;
const placeHead = (t: string) => PLACE_PREFIX_RE.test(t) || REGION_SHORT.test(t);

/** A country-wide kind of zone named by an event or a ranking after it (中国化工园区发展大会, 全国开发区30强). */
const NATIONWIDE = /^(中国|全国|全球|世界)/u;
const EVENT_AFTER = /^(?:发展)?(?:大会|峰会|论坛|博览会|年会)|^\d+强|^百强/u;

/** A base's own suffix (甲乙生产基地, 甲某市基地). */
const BASE_SUFFIX = /(研发生产基地|生产研发基地|生产基地|制造基地|研发基地|基地)$/u;
/** A firm's legal tail: what is left is the name a plant's head repeats (某某集团有限公司 → 某某). */
const FIRM_TAIL = /(集团)?(股份)?(有限责任公司|有限公司|公司)?$/u;

/** The short names of the firms the document's candidates name (place and legal tail cut), two characters or more. */
function firmHeads(ctx: Ctx, cands: Cand[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) {
    if (c.type !== "enterprise" || c.confidence <= 0) continue;
    const t = ctx.s.slice(c.start, c.end).replace(FIRM_TAIL, "");
    // With and without a place before it (某市甲集团 → 甲); a firm named like a place (宁德时代) keeps its own form.
    const p = PLACE_PREFIX_RE.exec(t);
    if (p && t.length - p[0].length >= 2) out.add(t.slice(p[0].length));
    if (t.length >= 2 && !(p && p[0].length === t.length)) out.add(t);
  }
  return out;
}

/** Dropped candidates, when on (for rule statistics scripts). */
export const parkFilterLog: { on: boolean; items: { rule: string; name: string }[] } = { on: false, items: [] };

function drop(c: Cand, rule: string): void {
  if (parkFilterLog.on) parkFilterLog.items.push({ rule, name: c.name });
  c.confidence = 0;
  c.rule = rule;
}

/** A city and its district or county written before a park's own name (≥ 2 characters and a park word after it). */
const ADDRESS_CHAIN =
  /^(?:[\p{Script=Han}]{2,3}省)?[\p{Script=Han}]{2,3}市(?![\p{Script=Han}]{0,2}(?:新区|开发区|园区|高新区|经开区|集聚区))[\p{Script=Han}]{1,3}[区县](?=[\p{Script=Han}]{2,}(?:产业园区|工业园区|产业园|工业园|园区|集聚区|产业城|科技城)$)/u;
/** A city before a park's own name (和田市北京和田工业园区): cityBeforePlace checks the name opens with a place. */
const CITY_LEAD = /^[\p{Script=Han}]{2,3}市/u;
const PARK_END = /[\p{Script=Han}]{2,}(?:产业园区|工业园区|产业园|工业园|园区)$/u;
/** The city written before a park whose own name opens with another province or city, or null. */
function cityBeforePlace(simp: string): RegExpExecArray | null {
  const m = CITY_LEAD.exec(simp);
  if (!m) return null;
  const rest = simp.slice(m[0].length);
  const place = PLACE_PREFIX_RE.exec(rest);
  return place && PARK_END.test(rest.slice(place[0].length)) ? m : null;
}
/** Zone kinds that end one zone's name (the first of two zones written side by side). */
/** Development zones' kinds; with the bonded and free-trade kinds, every zone kind a place names. */
const DEV_ZONE_KIND = "经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区";
const ZONE_KIND = `${DEV_ZONE_KIND}|综合保税区|综保区|保税区|自贸区`;
const TWO_ZONES = new RegExp(`^([\\p{Script=Han}]{2,8}?(?:${ZONE_KIND}))[\\p{Script=Han}]{2,8}?(?:${ZONE_KIND})$`, "u");

/** A zone (its place and kind) and the rest of a name after it (甲经济开发区|乙工业园). */
const ZONE_THEN_PARK = new RegExp(`^([\\p{Script=Han}]{2,8}?(?:${DEV_ZONE_KIND}|开发区))[\\p{Script=Han}]{2,}$`, "u");

/** A kind of park at the end of a name (read on the simplified view, as every filter here). */
const PARK_KIND = /(?:产业园区|工业园区|产业园|工业园|园区|开发区)$/u;
/** Words that say what a park is like, not which one it is (a name needs a place or a proper word). */
const QUALITIES =
  /^(?:[\s\S]{0,6}(?:学习|借鉴))?(?:代表性|专业化|特色|精品|绿色|生态|现代化|国际化|标准化|智慧|智能化|一流|优质|示范性|综合性|新型|高端|低碳|循环|化工)+$/u;

/** Kinds of park that plans also use for what a zone sets aside (一个园区, 机械加工工业区), not only for names. */
const GENERIC_KIND = /(?:产业园区|工业园区|园区|工业区|新城)$/u;
/** Words a park's own name holds: a place anywhere in it, a token the tagger reads as a name, Latin letters or digits. */
function named(own: string): boolean {
  if (/[A-Za-z0-9０-９]/u.test(own)) return true;
  for (let i = 0; i + 2 <= own.length; i++) if (placeOpens(own.slice(i))) return true;
  return tag(own, true).some((t) => /^(ns|nr|nrt|nrfg|nz|j|nt|x|eng)$/u.test(t.tag));
}

/** A park named only by common words before its kind (轨道交通产业园, 生命健康产业园): no place, no proper word. */
export function commonNamed(name: string): boolean {
  const simp = simplifiedView(name);
  const suffix = typedSuffix(simp)?.suffix ?? "";
  const own = simp.slice(0, simp.length - suffix.length);
  return own.length >= 2 && suffix !== "" && !named(own);
}

/** A province with its own administrative word, or a grade (江苏省…, 某自治区…, 省级…, 市级…): how a designation opens. */
const GRADE_HEAD = new RegExp(
  `^(?:(?:${PROVINCES.join("|")})(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)级?|(?:${PROVINCES.join("|")})?(?:省级|市级|自治区级))`,
  "u",
);
/** A base's kind, for names typedSuffix does not read (…产业基地, …出口基地). */
const ANY_BASE = /(?:产业化基地|产业基地|生产基地|制造基地|出口基地|基地)$/u;

/**
 * A province's or a grade's designation (江苏省某某产业基地, 某省特色产业小镇, 天津市级产业主题园区): the grade
 * opens the name and only common words follow it, no place, no proper word (a real zone under a province's name
 * has one: 某省某市某某开发区).
 */
export function gradeTitle(simp: string): boolean {
  const head = GRADE_HEAD.exec(simp);
  if (!head) return false;
  const rest = simp.slice(head[0].length);
  const kind = typedSuffix(rest)?.suffix ?? ANY_BASE.exec(rest)?.[0] ?? "";
  const own = rest.slice(0, rest.length - kind.length);
  return kind !== "" && own.length >= 2 && !named(own);
}

/** Suffix rules whose kind a plan also uses as a common noun (一个园区, 省级开发区, 高铁新城). */
const COMMON_KIND_RULES = new Set(["suffix:园区", "suffix:开发区", "suffix:新城"]);

/**
 * Two characters before an industry's words (某某生物医药园区, 某某化工园区): the two may be a small place the
 * vocabulary does not know, so the name is left alone.
 */
function headedIndustry(simp: string): boolean {
  const own = simp.slice(0, simp.length - (typedSuffix(simp)?.suffix.length ?? 0));
  return own.length >= 4 && industryPhrase(own.slice(2)) && !industryPhrase(own);
}

/** Applies the park precision filters in place; returns how many candidates it dropped. */
export function parkPrecision(ctx: Ctx, cands: Cand[]): number {
  const { s } = ctx;
  let n = 0;
  let firms: Set<string> | null = null;
  let boxItems: Set<number> | null = null;
  for (const c of [...cands]) {
    if (c.type !== "park" || c.confidence <= 0 || c.rule.startsWith("coordination:")) continue;
    const simp = s.slice(c.start, c.end).replace(/\s+/gu, "");
    // "甲经开区乙综保区": two zones written side by side, each with its own place and kind, are two parks.
    const two = TWO_ZONES.exec(s.slice(c.start, c.end));
    if (two && c.name === s.slice(c.start, c.end)) {
      const k = c.start + (two[1] as string).length;
      // A short form declared for the pair (甲经开区乙综保区（以下简称“两区”）) names both: neither park.
      for (const d of cands)
        if (d.rule === "alias:declared" && d.type === "park" && d.name === c.name) drop(d, "filter:pair-alias");
      cands.push({ ...c, start: k, name: s.slice(k, c.end), rule: "park:zone-pair" });
      c.end = k;
      c.name = s.slice(c.start, k);
      n++;
      continue;
    }
    // 某省某市某区甲乙产业园: an address (a city, then its district or county) before a park's own name is
    // where it is, not part of the name (the guide's gold drops it; a county alone, 某县产业集聚区, stays).
    // …and a city before a name that opens with a place of its own (某市北京某某工业园区: the partner city names it).
    const chain = ADDRESS_CHAIN.exec(simp) ?? cityBeforePlace(simp);
    if (chain && c.name === s.slice(c.start, c.end) && !/\s/u.test(s.slice(c.start, c.end))) {
      c.start += chain[0].length;
      c.name = s.slice(c.start, c.end);
      n++;
    }
    // 甲经开区乙工业园: a zone written before a park of its own name (a proper word before its kind: a town's or a
    // brand's) says where the park is; the park is 乙工业园. A park named only by common words (甲高新区新材料产业园)
    // or by a county or city (甲经开区某县工业园: the zone's branch there) needs the zone to be named and keeps it.
    const inZone = ZONE_THEN_PARK.exec(simp);
    if (inZone && c.rule.startsWith("suffix:") && c.name === s.slice(c.start, c.end) && !/\s/u.test(c.name)) {
      const inner = simp.slice((inZone[1] as string).length);
      const kind = typedSuffix(inner)?.suffix ?? "";
      const own = inner.slice(0, inner.length - kind.length);
      if (kind && own.length >= 2 && !/^[园区]/u.test(own) && named(own) && !placeOpens(own)) {
        c.start += (inZone[1] as string).length;
        c.name = s.slice(c.start, c.end);
        c.boundary = "boundary:zone-prefix";
        n++;
      }
    }
    // A firm's own plant (甲集团某县饮料生产基地, 甲某市基地 where the document names 甲 as a firm): not a park.
    // An item of a key-project line (标签：甲…基地项目、乙…项目) stays the named site it builds (park-forms.ts).
    const boxItem = () => {
      boxItems ??= new Set(projectLines(s).flatMap((l) => l.items.map((it) => it.start)));
      return boxItems.has(c.start);
    };
    if (c.rule === "base:named" && !(s.slice(c.end, c.end + 2) === "项目" && boxItem())) {
      const spec = simp.replace(BASE_SUFFIX, "");
      firms ??= firmHeads(ctx, cands);
      if (/(集团|公司)/u.test(spec) || [...firms].some((f) => spec.length > f.length && spec.startsWith(f))) {
        drop(c, "filter:firm-plant");
        n++;
        continue;
      }
    }
    if (c.rule === "base:named" && ((TITLE_BASE.test(simp) && !placeHead(simp)) || DESIGNATION_BASE.test(simp))) {
      drop(c, "filter:title-base");
      n++;
      continue;
    }
    if (NATIONWIDE.test(simp) && EVENT_AFTER.test(s.slice(c.end, c.end + 6))) {
      drop(c, "filter:event-name");
      n++;
      continue;
    }
    // "机械加工工业区", "食品医药产业园区": a generic kind after an industry's words only, with no place (a
    // province, a city or a county: 会理有色园区) and no word the tagger reads as a name: a kind, not a park.
    // (Only an industry's words: a name of common words, 青松科技园区 or 千里山工业园区, stays a name.)
    const generic = GENERIC_KIND.exec(simp);
    if (
      generic &&
      generic.index >= 2 &&
      c.rule.startsWith("suffix:") &&
      industryPhrase(simp.slice(0, generic.index)) &&
      !named(simp.slice(0, generic.index))
    ) {
      drop(c, "filter:no-name-word");
      n++;
      continue;
    }
    // "绿色生态园区", "代表性开发区", "专业化特色精品产业园区": qualities and a kind of park, with no place or name.
    const kind = PARK_KIND.exec(simp);
    if (kind && kind.index > 0 && QUALITIES.test(simp.slice(0, kind.index))) {
      drop(c, "filter:qualities-only");
      n++;
      continue;
    }
    // "飞地园区", "省级开发区", "高铁新城", "江苏省某某产业基地": a zone's bare kind after common words only, or a
    // base after a province's grade and common words only, names a kind or a title, not a place.
    if (
      (COMMON_KIND_RULES.has(c.rule) && commonNamed(simp) && !headedIndustry(simp)) ||
      (c.rule === "base:named" && gradeTitle(simp))
    ) {
      drop(c, "filter:common-name");
      n++;
      continue;
    }
    const aim = AIM_ZONE.exec(simp);
    if (aim && !placeHead(simp)) {
      const spec = simp.slice(0, simp.length - aim[0].length);
      const before = s.slice(Math.max(0, c.start - 8), c.start);
      if (COLLECTIVE.test(spec) || AIM_BEFORE.test(before)) {
        drop(c, "filter:aim-zone");
        n++;
      }
    }
  }
  return n;
}
