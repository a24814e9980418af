// Where a department name starts: the left-boundary scan and place-word tests the suffix loop calls, kept apart.

import { DEPT_STOP_LAST, DEPT_STOPS, DISTRICT_RE, ZONE_WORD } from "./departments-vocab.ts";
import { tag } from "./tagger.ts";
import { isHan, occursTwice, stopEndingAt } from "./text.ts";

/**
 * Generic bodies of an addressee list or 各… enumeration: 各县（市）、区人民政府 / 各区市政府、开发区管委
 * name every such body, not one (guide: generic references are not departments).
 */
export function genericAddressee(s: string, start: number, simp: string): boolean {
  const lineStart = s.lastIndexOf("\n", start - 1) + 1;
  const before = s.slice(Math.max(lineStart, start - 40), start);
  if (/^[省市区县](?:人民)?政府/u.test(simp) && /各[县市区省旗()（）、\s]{0,8}$/u.test(before)) return true;
  return /^(?:开发区|园区|工业园区)(?:管委会?|管理委员会)$/u.test(simp) && /各[^。；;]*$/u.test(before);
}

export function scanDept(s: string, sufStart: number): number {
  let i = sufStart;
  while (i > 0 && sufStart - i < 22) {
    const ch = s[i - 1] as string;
    if (!isHan(ch)) {
      // 某市“某某制”办公室: a short quoted word inside a name.
      const q = ch === "”" ? /“\p{Script=Han}{2,6}”$/u.exec(s.slice(Math.max(0, i - 9), i)) : null;
      if (q && isHan(s[i - q[0].length - 1])) {
        i -= q[0].length;
        continue;
      }
      // 某某生态工业(制糖)示范园区管委会: a short bracketed word inside a zone's name.
      const b =
        ch === ")" || ch === "）" ? /[(（]\p{Script=Han}{1,6}[)）]$/u.exec(s.slice(Math.max(0, i - 8), i)) : null;
      if (b && isHan(s[i - b[0].length - 1]) && bracketInName(s, i, b[0].length, sufStart)) {
        i -= b[0].length;
        continue;
      }
      break;
    }
    // (…and after a firm's name: 某某集团与某某市委签约.)
    if ((ch === "和" || ch === "与" || ch === "及") && /[局委厅办部府团司]/u.test(s[i - 2] ?? "")) break;
    let stop = false;
    // Slices only where a stop word can end (this runs for every character scanned).
    if (DEPT_STOP_LAST[s.charCodeAt(i - 1)] === 1)
      for (let len = 3; len >= 1; len--) if (i - len >= 0 && DEPT_STOPS.has(s.slice(i - len, i))) stop = true;
    if (stop) break;
    i--;
  }
  return i;
}

/** A bracket the body's name holds: a zone's (某某(制糖)示范园区管委会) or a programme's city (中国(某市)…领导小组). */
function bracketInName(s: string, i: number, len: number, sufStart: number): boolean {
  if (ZONE_WORD.test(s.slice(i, sufStart)) && /^(?:管委|管理委员会|党工委|工委)/u.test(s.slice(sufStart, sufStart + 5)))
    return true;
  // 中国(某市)某某试验区建设工作领导小组: a designated programme's working group keeps the city it names.
  return (
    /(?:中国|国家)$/u.test(s.slice(i - len - 2, i - len)) &&
    /^(?:领导小组|工作专班|指挥部)/u.test(s.slice(sufStart, sufStart + 4))
  );
}

export function hasStopInside(name: string): boolean {
  for (let i = 2; i <= name.length; i++) if (stopEndingAt(name, i) >= 2) return true;
  return false;
}

/**
 * A county-level place and its level word at p (某某县委, 某某市政府). Three characters only when the
 * document writes that place with its level word again (德令哈市…), as a person's name is written
 * once before a post (某某某 市委常委).
 */
export function districtAt(s: string, p: number): boolean {
  DISTRICT_RE.lastIndex = p;
  const m = DISTRICT_RE.exec(s);
  if (!m) return false;
  const place = m[0].replace(/^中共/u, "");
  // A particle opens no place (成立了某市…, 明确了开发区…).
  if (/^[了的是在和与及对向从将把被为由就]/u.test(place)) return false;
  return place.length <= 3 || occursTwice(s, place);
}

/** The two characters before a level at p name a place, not a time or a position (发布会上市工信局: 会上). */
export function placeWord(s: string, p: number): boolean {
  const a = s.startsWith("中共", p) ? p + 2 : p;
  const two = s.slice(a, a + 2);
  const [first] = tag(two, false);
  return !first || first.word !== two || !/^[tf]/u.test(first.tag);
}

/** China's ethnic groups as written before 族 in autonomous places (某某土家族苗族自治县, 某某蒙古族自治州). */
const ETHNIC =
  "土家|苗|侗|回|彝|藏|羌|壮|瑶|白|傣|哈尼|佤|拉祜|纳西|蒙古|维吾尔|哈萨克|柯尔克孜|锡伯|满|朝鲜|达斡尔|鄂温克|鄂伦春|布依|黎|畲|水|仡佬|仫佬|毛南|土|撒拉|东乡|保安|裕固|塔吉克|景颇|傈僳|独龙|怒|普米|布朗|阿昌|基诺|德昂|各";
/** An autonomous county, banner or prefecture: a two-character place and its peoples (长阳土家族自治县). */
const AUTONOMOUS = new RegExp(`[\\p{Script=Han}]{2}(?:(?:${ETHNIC})族)+自治[县旗州]`, "u");
/**
 * County-level places whose names run longer than the two-to-three-character patterns: banners
 * (某某某某旗, 某某右翼前旗, 某某联合旗), forest districts (某某某林区), and a three-to-four-character
 * 市/县 before its government (某某某某市人民政府).
 */
const LONG_PLACE =
  /^(?:[\p{Script=Han}]{2,4}?(?:[左右]翼)?[前中后左右]?旗|[\p{Script=Han}]{2,6}?联合旗|[\p{Script=Han}]{2,4}?林区)(?![级长舰下帜])/u;
const LONG_CITY = /^[\p{Script=Han}]{3,4}[市县](?=(?:人民)?政府$)/u;
/** A person's post right after a body (某某某市政府副秘书长): the characters before it are a name. */
const POST_AFTER = /^(?:副|主任|书记|秘书长|[市县区旗]长|局长|常委|委员|调研员)/u;

/**
 * Where a body's long place name starts when no prefix was found in [rawStart, sufStart): an autonomous
 * place anywhere, the others only where the scan stopped (a person's name is written once before a post).
 */
export function longPlaceStart(s: string, rawStart: number, sufStart: number, end: number): number {
  const head = s.slice(rawStart, sufStart);
  const auto = head.includes("自治") ? AUTONOMOUS.exec(head) : null;
  if (auto) return rawStart + auto.index;
  if (POST_AFTER.test(s.slice(end, end + 3))) return -1;
  // Every branch ends in 旗 or 林区: a search for those first (the lazy branches were tried at every length).
  if ((head.includes("旗") || head.includes("林区")) && LONG_PLACE.test(head)) return rawStart;
  // (Only at a clause's or list item's start, and not the government's report or rules: 某某市政府工作报告.)
  const opening = !isHan(s[rawStart - 1]) || /[、和与及]/u.test(s[rawStart - 1] ?? "");
  return opening && LONG_CITY.test(s.slice(rawStart, end)) && !/^(?:工作|规章|文件|令)/u.test(s.slice(end, end + 2))
    ? rawStart
    : -1;
}
