// Park precision (typing stage): suffix hits that are kinds, titles or aims,
// not named places. Each filter is a registry entry (rules/parks.ts); a dropped
// candidate gets confidence 0 and the filter's id, so selectFlat leaves it out
// and `kg explain` says why. Judged on all development gold pooled.
import { opensClause, tagWindows } from "./boundary.ts";
import type { Cand, Ctx } from "./context.ts";
import { PLACE_PREFIX_RE } from "./context.ts";
import { bareCategory, typedSuffix } from "./names.ts";

/** A level word: what follows it is a grade of zones (国家级开发区, 市级园区), unless a name follows. */
const LEVEL_THEN = /(国家级|省级|市级|县级|区级|自治区级)(.*)$/u;
/** Programme categories a zone is awarded as, not one zone's name (现代农业园区, 主题园区). */
const KIND_SPEC =
  /^(现代农业|农业科技|产业主题|主题|特色产业|专业|重点|示范|绿色|智慧|生态|循环化|新型工业化|关键|重要|优势|主要|其他|其它|相关)$/u;
/** Tags of a first word that opens a clause, not a name: preposition, pronoun, conjunction, adverb. */
const CLAUSE_TAG = /^(p|r|c|d)$/u;
/** Time words (the tagger's t also covers 中日 of 中日产业园, so a list). */
const TIME_WORDS = new Set(
  "当时 目前 现在 同时 此前 今年 去年 近年 近年来 届时 此外 其中 期间 当前 如今 以前 以后 之后 随后".split(" "),
);
const ZONE_WORD =
  /(产业园区|工业园区|科技园区|园区|产业园|工业园|开发区|经济开发区|经济技术开发区|高新区|经开区|集聚区|聚集区)$/u;

/** Honours a base is awarded for an activity (教育基地, 实践基地, 科普基地): titles, not places. */
const TITLE_BASE = /(教育|实践|实训|培训|科普|见习|研学|教学|写生|实习|就业|爱国主义|廉政|党性)(示范|实践)?基地$/u;

/** What a plan aims to form (打造某某产业聚集区, 形成某某集聚区): an aim unless a place heads it. */
const AIM_BEFORE =
  /(打造|形成|建成|构建|成为|培育|争创|创建|参评|争取)(成为|为|一批|一个)?(国家级|省级|市级|全国|全省)?$/u;
const AIM_ZONE = /(集聚区|聚集区)$/u;
/** A collective, not a place: people or firms gathered (人才集聚区, 公司孵化聚集区), or a list (甲和乙集聚区). */
const COLLECTIVE = /(人才|公司|企业|[和与及、])/u;
/** A region named by a province's one-character name and a direction (滇中, 苏南, 皖北): a place. */
const REGION_SHORT = /^[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新蒙][东南西北中]/u;
const placeHead = (t: string) => PLACE_PREFIX_RE.test(t) || REGION_SHORT.test(t);

/** Dropped candidates, when on (for rule statistics scripts). */
export const parkFilterLog: { on: boolean; items: { rule: string; name: string }[] } = { on: false, items: [] };

function drop(c: Cand, rule: string): void {
  if (parkFilterLog.on) parkFilterLog.items.push({ rule, name: c.name });
  c.confidence = 0;
  c.rule = rule;
}

/**
 * A park whose first word opens a clause (按照开发区…, 当时园区…, 同时管理某园) and
 * whose rest has no own name (a bare kind): the zone word is a common noun.
 * When a name remains after the opener, boundary:pos has already cut it.
 */
function clauseParks(ctx: Ctx, cands: Cand[]): number {
  const { s } = ctx;
  // Only a name whose tail after a short opener is a bare kind is worth tagging (tagging costs).
  const bareTail = (c: Cand) => {
    for (let k = 1; k <= 4 && c.end - c.start - k >= 2; k++) {
      const rest = s.slice(c.start + k, c.end);
      if (bareCategory(rest) || KIND_SPEC.test(rest.slice(0, rest.length - (typedSuffix(rest)?.suffix.length ?? 0))))
        return true;
    }
    return false;
  };
  const subjects = cands.filter((c) => c.type === "park" && c.confidence > 0 && c.end - c.start >= 4 && bareTail(c));
  if (subjects.length === 0) return 0;
  const tokens = tagWindows(
    s,
    subjects.map((c) => [c.start, c.end] as [number, number]),
  );
  let n = 0;
  subjects.forEach((c, k) => {
    const first = tokens[k]?.[0];
    if (!first || first.end >= c.end) return;
    if (!CLAUSE_TAG.test(first.tag) && !TIME_WORDS.has(first.word) && !opensClause(first)) return;
    const rest = s.slice(first.end, c.end);
    if (bareCategory(rest) || KIND_SPEC.test(rest.slice(0, rest.length - (typedSuffix(rest)?.suffix.length ?? 0)))) {
      drop(c, "filter:clause-park");
      n++;
    }
  });
  return n;
}

/** Applies the park precision filters in place; returns how many candidates it dropped. */
export function parkPrecision(ctx: Ctx, cands: Cand[]): number {
  const { s } = ctx;
  let n = clauseParks(ctx, cands);
  for (const c of cands) {
    if (c.type !== "park" || c.confidence <= 0 || c.rule.startsWith("coordination:")) continue;
    const simp = s.slice(c.start, c.end).replace(/\s+/gu, "");
    const zone = ZONE_WORD.exec(simp);
    const lv = LEVEL_THEN.exec(simp);
    // A level and a bare kind (17个国家级开发区, 创成市级园区): a grade of zones. A level deep
    // inside a long span is a run-over the boundary rules own, not this filter's business.
    const lvPrefix = lv ? simp.slice(0, lv.index) : "";
    if (
      lv &&
      lv.index <= 4 &&
      c.rule !== "park:place-level" &&
      !placeHead(simp) &&
      !(/[县市区旗州盟]$/u.test(lvPrefix) && !/^[全各本我该]/u.test(lvPrefix)) &&
      bareCategory(lv[2] as string)
    ) {
      drop(c, "filter:generic-park");
      n++;
      continue;
    }
    // A programme kind with nothing before it (现代农业园区, 主题园区): a category.
    if (zone && KIND_SPEC.test(simp.slice(0, simp.length - zone[0].length).replace(LEVEL_THEN, "$2"))) {
      drop(c, "filter:generic-park");
      n++;
      continue;
    }
    if (c.rule === "base:named" && TITLE_BASE.test(simp) && !placeHead(simp)) {
      drop(c, "filter:title-base");
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
