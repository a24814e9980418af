// Department recogniser: a department suffix (局/委/厅/办/政府/领导小组…), a
// level or place prefix found by scanning left, and the 市/省 carry-over of
// lists such as （市某某委、某某局按职责分工负责）.
import { hasChar } from "./anchored.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { oneCharCounty } from "./departments-canonical.ts";
import { carryPrefixes, type DeptCand, zoneBodies } from "./departments-carry.ts";
import { unitLabelEnds } from "./departments-labels.ts";
import {
  districtAt,
  genericAddressee,
  hasStopInside,
  longPlaceStart,
  placeWord,
  scanDept,
} from "./departments-scan.ts";
import { titledBody } from "./departments-titled.ts";
import {
  establishedGroupCandidates,
  responsibleUnitCandidates,
  taskForceCandidates,
  unitListCandidates,
} from "./departments-units.ts";
import {
  BAD_END,
  BAD_NEXT,
  GLUED,
  GLUED_CHAR,
  LEAD_BEFORE_LEVEL,
  LEAD_CHAR,
  LEVEL_AHEAD,
  MASS_SUFFIX,
  NATIONAL_ALT,
  NATIONAL_UNIT,
  PLACE_START,
  PREFIX_FIRST,
  PREFIX_RE,
  SUFFIX_STARTS,
  SUFFIXES,
  ZONE_RE,
  ZONE_WORD,
} from "./departments-vocab.ts";
import { isHan, stopEndingAt } from "./text.ts";
import { triggerStarts } from "./trigger-index.ts";

export { canonicalDept } from "./departments-canonical.ts";
export type { DeptCand } from "./departments-carry.ts";

/** Tests of the suffix loop of departmentCandidates, built once (a literal in the loop is a new RegExp at every hit). */
const VILLAGE_BEFORE = /[村居]$/u;
const DIVIDED_SUF = /^(?:委|局|厅)$/u;
const DATE_UNIT = /[年月日]/u;
const DETERMINED_LEVEL = /^[该本][省市区县]/u;
const GOVERNMENT_SUF = /^(?:人民)?政府$/u;
const LEVEL_COMMITTEE = /^[省市县区旗镇乡]委$/u;
const GENERIC_LEAD = /^(各|有关|相关|主管|该|本|国家级|省级|市级|全市|全省|我市)/u;
const COUNT_LEAD = /^[两三四]/u;
const DIGIT_OR_DE = /[\d的、]/u;
const SESSION = /[一二三四五六七八九十]届/u;
const NOT_BODY_WORD = /(同志|公司|集团|和各|数字政府|常委$|级办$)/u;
const GENERAL_GOVERNMENT = /(?:[及和与作取由靠]|精神)(?:人民)?政府$/u;
const PLATFORM_UNIT = /(实验室|研究院|研究所|大学|学院|研究中心|创新中心)/u;
const BODY_BEFORE = /(委|政府|局|厅)(?=.{2,})/u;
const JOINED = /(和|与|及)/u;
const ADDRESSEE_LEAD = /^[省市区县开园工]/u;
const COURT_SUF = /(检察院|法院)$/u;
const COMMITTEE_DEPT = /^[\p{Script=Han}]{2,4}?部(?![署门分])/u;
const PARTY_DEPT = /^(组织|宣传|统战|政法|编办)/u;
const BODY_DIVISION = /^[\p{Script=Han}]{2,6}?处(?![长理置于在罚分境])/u;
const COLON = /[:：]/u;
const GROUP_SUF = /^(领导小组|工作专班|指挥部)/u;
const BARE_LEVEL = /^[省市区县州旗盟]$/u;
/** A banner's side or position word (察右前旗, 某某后旗): part of its name, not a position before a level. */
const BANNER_SIDE = /^[前中后左右]旗$/u;

export function departmentCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const raw: DeptCand[] = [];
  for (const hit of NATIONAL_ALT.all(s)) {
    const a = hit.index;
    const w = hit.word;
    // 行政院长 is an official, not the body.
    if (hit.word === "行政院" && s[a + 3] === "长") continue;
    // 财政部门 / 科技部门: "X部门" is the generic word for a sector's bodies, not the ministry; 建设部署 and
    // 农业部分 are other words (BAD_NEXT).
    if (s[a + w.length] === "门" || (w.endsWith("部") && BAD_NEXT.部?.test(s.slice(a + w.length, a + w.length + 1))))
      continue;
    if (
      isHan(s[a - 1]) &&
      !/[、，,和与及会同由经报]/u.test(s[a - 1] as string) &&
      !/[省市区县]/u.test(s[a - 1] as string)
    ) {
      // e.g. 工信部 inside a longer name is handled by the flat rule later.
    }
    // 某部某某中心 / 某部某某司: a ministry's own centre or department is one body.
    const unit = NATIONAL_UNIT.exec(s.slice(a + w.length, a + w.length + 9));
    const end = a + w.length + (unit && !hasStopInside(unit[0]) ? unit[0].length : 0);
    // 国家工信部: "national" written before a ministry's own name is part of the mention, not of the name.
    const lead = s.slice(a - 2, a) === "国家" ? 2 : 0;
    raw.push({
      type: "department",
      start: a - lead,
      end,
      name: orig(ctx, a, end),
      rule: "dept:national",
      confidence: 0.9,
      prefixed: true,
    });
  }
  // Where the scan goes on: the end of the last suffix (or of a division or Party department read with it).
  let next = 0;
  const starts = triggerStarts(s, SUFFIX_STARTS);
  for (let m = SUFFIXES.findAmong(s, 0, starts); m; m = SUFFIXES.findAmong(s, next, starts)) {
    const suf = m.word;
    const sufStart = m.index;
    let end = sufStart + suf.length;
    next = end;
    if (suf.length === 1 && BAD_NEXT[suf]?.test(s.slice(end, end + 1))) continue;
    // 某村委(会), 某居委会: a village's or residents' own committee, not a government body.
    if (VILLAGE_BEFORE.test(s[sufStart - 1] ?? "") && suf.startsWith("委")) continue;
    // 某事业部: a company's division, not a government body.
    if (suf === "部" && s.slice(sufStart - 2, sufStart) === "事业") continue;
    // 局党委 / 厅党组: the Party committee of a body named just before.
    if (suf === "委" && s[sufStart - 1] === "党" && /[局厅委办]/u.test(s[sufStart - 2] ?? "")) continue;
    // 市委 + 组织部/宣传部…
    if (suf === "委") {
      const ext = COMMITTEE_DEPT.exec(s.slice(end, end + 6));
      if (ext && PARTY_DEPT.test(ext[0])) {
        end += ext[0].length;
        next = end;
      }
    }
    // 某市发改委高技术处: a body's own division written right after it is the body named.
    if (DIVIDED_SUF.test(suf)) {
      // (处理/处置/处于 are verbs; 发展, 规划 and the like name a division's field, not a clause.)
      const div = BODY_DIVISION.exec(s.slice(end, end + 8));
      if (
        div &&
        !hasStopInside(div[0].replace(/发展|规划|建设|服务|管理|运行|监测|协调|合作/gu, "甲乙")) &&
        !/[等和及与各]/u.test(div[0])
      ) {
        end += div[0].length;
        next = end;
      }
    }
    const rawStart = scanDept(s, sufStart);
    let start = -1;
    let prefixed = false;
    // ZONE_RE needs a zone word before the suffix: tested once, not at every position (a costly scan).
    const zoneIn = ZONE_WORD.test(s.slice(rawStart, sufStart));
    for (let p = rawStart; p < sufStart; p++) {
      // A county named by one character (绛县人民政府), at the body's start or after its province or city.
      if (oneCharCounty(s, p) && (p <= rawStart + 1 || !isHan(s[p - 1]) || /[省市州盟]/u.test(s[p - 1] ?? ""))) {
        start = p;
        prefixed = true;
        break;
      }
      if (
        PREFIX_FIRST[s.charCodeAt(p)] !== 1 &&
        LEVEL_AHEAD[s.charCodeAt(p + 2)] !== 1 &&
        LEVEL_AHEAD[s.charCodeAt(p + 3)] !== 1
      ) {
        if (!zoneIn) continue;
        ZONE_RE.lastIndex = p;
        if (!ZONE_RE.exec(s)) continue;
        start = p;
        prefixed = true;
        break;
      }
      PREFIX_RE.lastIndex = p;
      ZONE_RE.lastIndex = p;
      const pm = PREFIX_RE.exec(s);
      // 县（市）区: a bracketed level is not a prefix; a list number （三）市… is.
      if (
        pm &&
        /^[省市区县]$/u.test(pm[0]) &&
        /[)）]/u.test(s[p - 1] ?? "") &&
        !/[(（][一二三四五六七八九十\d]{1,3}[)）]$/u.test(s.slice(Math.max(0, p - 5), p))
      )
        continue;
      // A bare 市/区 prefix starts a name only at the scanned boundary (not 阐明区委).
      // …or after a date (2008年市委) or the 经/获 of an approval (经省政府批准, 获市政府表彰).
      // (省委/省政府 right after a verb, 扛牢省委, 和省委: 省 is never the end of a word before them.)
      if (
        pm &&
        BARE_LEVEL.test(pm[0]) &&
        !/^省(?:委|人民政府|政府)/u.test(s.slice(p, p + 5)) &&
        p > rawStart &&
        isHan(s[p - 1]) &&
        stopEndingAt(s, p) === 0 &&
        (placeWord(s, p - 2) || BANNER_SIDE.test(s.slice(p - 1, p + 1))) &&
        !(/[年月日]/u.test(s[p - 1] ?? "") && /\d/u.test(s[p - 2] ?? "")) &&
        !/[经获]/u.test(s[p - 1] ?? "")
      )
        continue;
      if (pm && p + pm[0].length <= sufStart) {
        start = p;
        prefixed = true;
        break;
      }
      // (…or right after a conjunction or preposition the scan kept: 与某某市委签约, 向某某县政府汇报.)
      const opening = p === rawStart || (p === rawStart + 1 && /[与和同跟向对由及]/u.test(s[rawStart] ?? ""));
      if (opening && ((districtAt(s, p) && placeWord(s, p)) || (zoneIn && ZONE_RE.exec(s)))) {
        start = p;
        prefixed = true;
        break;
      }
    }
    const programme = programmeGroup(s, rawStart, suf);
    if (programme) {
      start = rawStart;
      prefixed = true;
    }
    // (Both need a 各 in the eight characters before the suffix.)
    if (
      s.slice(Math.max(0, Math.min(rawStart - 2, sufStart - 8)), sufStart).includes("各") &&
      (/各[\p{Script=Han}()（）]{0,4}$/u.test(s.slice(Math.max(0, rawStart - 2), start < 0 ? rawStart : start)) ||
        /各[\p{Script=Han}()（）]{0,5}$/u.test(s.slice(Math.max(0, sufStart - 8), start < 0 ? sufStart : start)))
    )
      continue;
    // 某某街道办事处: the sub-district's own name is its level prefix.
    if (start < 0 && suf === "街道办事处" && sufStart - rawStart >= 2 && sufStart - rawStart <= 4) {
      start = rawStart;
      prefixed = true;
    }
    if (start < 0 && longPlaceStart(s, rawStart, sufStart, end) >= 0) {
      start = longPlaceStart(s, rawStart, sufStart, end);
      prefixed = true;
    }
    if (start < 0) {
      // Unprefixed body: kept for the carry-over pass.
      start = rawStart;
    }
    // A member list written without spaces (成员:张某市政府办公室副主任): the two characters before
    // 市/区/县 are the member's name, not a county's, when a title follows the body.
    if (
      prefixed &&
      COLON.test(s[start - 1] ?? "") &&
      /^[\p{Script=Han}]{2}[市区县]/u.test(s.slice(start, start + 3)) &&
      !PLACE_START.test(s.slice(start)) &&
      /^副?(?:主任|局长|处长|书记|部长|科长|院长|主席|组长|秘书长|区长|市长|县长|调研员)/u.test(s.slice(end, end + 5))
    )
      start += 2;
    // A campaign's working group (数字某市建设领导小组, 平安某市建设指挥部): the campaign word leads the name.
    if (
      prefixed &&
      GROUP_SUF.test(suf) &&
      /(数字|智慧|平安|健康|美丽|法治|文明|生态|精致|幸福|书香|诚信|绿色|海洋)$/u.test(
        s.slice(Math.max(0, start - 2), start),
      ) &&
      start - 2 >= rawStart
    )
      start -= 2;
    // 中共某县委: the Party's name before a committee is not written in the body's name (guide: 市委).
    if (s.startsWith("中共", start) && sufStart - start > 3) start += 2;
    // "据某经开区管委会介绍": 据 (according to) never starts a body's name.
    if (s[start] === "据" && sufStart - start > 3) start++;
    // "2014年园区管委会": a date's unit after its digits is no part of the body.
    if (DATE_UNIT.test(s[start] ?? "") && /\d/u.test(s[start - 1] ?? "") && sufStart - start > 2) start++;
    // "某开发区经西藏自治区人民政府批准", "几年来市委", "…精神和市委": an approval's 经, a time phrase, a verb
    // or a conjunction before a level or province starts the body after it.
    const lead = hasChar(LEAD_CHAR, s, start, sufStart) ? LEAD_BEFORE_LEVEL.exec(s.slice(start, sufStart)) : null;
    if (lead && lead.index + lead[0].length > 0) start += lead.index + lead[0].length;
    // 该县县委 / 本市市政府: the determiner and its level word point at the body that follows.
    if (DETERMINED_LEVEL.test(s.slice(start, start + 2)) && s[start + 1] === s[start + 2]) start += 2;
    // 中共某市委员会某市人民政府: the second body starts after the first one's suffix.
    const glued = hasChar(GLUED_CHAR, s, start, sufStart) ? GLUED.exec(s.slice(start, sufStart)) : null;
    if (glued) start += glued.index + glued[0].length;
    // 旗委政府 / 县委政府 abbreviate "the committee and the government": the committee is named, not 委政府.
    if (GOVERNMENT_SUF.test(suf) && LEVEL_COMMITTEE.test(s.slice(start, sufStart))) continue;
    // "市委" / "省委": the prefix alone plus the suffix is a full name.
    const simp = s.slice(start, end);
    if (simp.length < 2 || simp.length > (programme ? 30 : 22)) continue;
    if (BAD_END.test(simp)) continue;
    if (GENERIC_LEAD.test(simp)) continue;
    // 三个部门 / 两委 are counts; 三门峡市… is a place.
    if (COUNT_LEAD.test(simp) && !PLACE_START.test(simp)) continue;
    if (DIGIT_OR_DE.test(simp)) continue;
    // 市十六届政府 names a session of the body, not a body.
    if (SESSION.test(simp)) continue;
    if (NOT_BODY_WORD.test(simp)) continue;
    // A government in general (…精神及政府工作报告, 某某作政府工作报告, 采取政府引导): no level or place before it.
    if (GOVERNMENT_SUF.test(suf) && GENERAL_GOVERNMENT.test(simp)) continue;
    if (platformUnit(simp, suf)) continue;
    if (
      suf === "办" &&
      /(随时|实时|精准|一链|掌上|网上|马上|一次|一网|一窗|通|公|申|代|领|帮|督|承|举|主|协|就|特|快|速|立|即)办$/u.test(
        simp,
      )
    )
      continue;
    // Two bodies written together (某市委某市人民政府, 某某局和某委) are two names, not one.
    if (BODY_BEFORE.test(simp.slice(0, -suf.length)) && JOINED.test(simp)) continue;
    if (suf.length === 1 && !prefixed && simp.length < 3) continue;
    if ((suf === "部" || suf === "办" || suf === "厅") && !prefixed && simp.length < 3) continue;
    // 统战部部长 / 宣传部: the Party committee's own departments are bodies without a level.
    if (suf === "部" && !prefixed && !/^(?:组织|宣传|统战)部$/u.test(simp) && !titledBody(s, start, end)) continue;
    if (!prefixed && MASS_SUFFIX.test(suf)) continue;
    if (ADDRESSEE_LEAD.test(simp) && genericAddressee(s, start, simp)) continue;
    if (suf === "部" && simp.length <= 2) continue;
    if (COURT_SUF.test(suf) && !prefixed) continue;
    // A commercial bank's branch is a firm (names.ts); only the central bank's is a body.
    if (suf === "分行" && simp.includes("银行") && !simp.includes("人民银行")) continue;
    raw.push({
      type: "department",
      start,
      end,
      name: orig(ctx, start, end),
      rule: prefixed ? `dept:suffix:${suf}` : `dept:bare:${suf}`,
      confidence: prefixed ? 0.85 : 0.6,
      prefixed,
    });
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const carried = carryPrefixes(ctx, raw);
  return [
    ...carried,
    ...zoneBodies(ctx, raw, carried),
    ...responsiblePlaces(ctx),
    ...responsibleUnitCandidates(ctx),
    ...taskForceCandidates(ctx),
    ...establishedGroupCandidates(ctx),
  ];
}

/** A county-level place as a unit: 某区, 某县, 某旗, 某市 (not a zone: 某新区, 某高新区). */
const PLACE_UNIT = /^[\p{Script=Han}]{1,4}(?:区|县|旗|市)$/u;
const ZONE_UNIT = /(新区|开发区|高新区|经开区|园区|保税区|综保区|示范区|试验区|市区|城区|辖区|各区)$/u;

/**
 * Districts and counties listed as responsible units of a task are the
 * governments of those places (昆区、某某县 in 责任单位：…): departments by the
 * guide, named as the table writes them.
 */
function responsiblePlaces(ctx: Ctx): Cand[] {
  // Where a task table names its units: 牵头单位：…；责任单位：…（…）
  return unitListCandidates(ctx, unitLabelEnds(ctx.s), 160, "dept:responsible-place", (part) => {
    const item = part.trim();
    return PLACE_UNIT.test(item) && !ZONE_UNIT.test(item) && !/^[各有相该本全]/u.test(item) ? item : null;
  });
}

// (Helpers outside departmentCandidates: the optimising compiler gives up on that function when it grows.)

/** 中国(某市)某某试验区建设工作领导小组: the programme's name, 中国 and its bracketed city included, leads the group's. */
function programmeGroup(s: string, rawStart: number, suf: string): boolean {
  return GROUP_SUF.test(suf) && /^(?:中国|国家)[(（]/u.test(s.slice(rawStart, rawStart + 3));
}

/**
 * A unit inside a lab, an institute or a university (某某实验室合作交流部): the body is that platform's, not
 * the state's. (A group set up to build one, 某某创新中心建设领导小组, is the state's.)
 */
function platformUnit(simp: string, suf: string): boolean {
  const before = simp.slice(0, -suf.length);
  return PLATFORM_UNIT.test(before) && !(GROUP_SUF.test(suf) && /建设(?:工作)?$/u.test(before));
}
