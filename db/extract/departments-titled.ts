// A body written right before the title of its head (某某管理局局长某某, 某某工作部副部长, 财政司副司长):
// news and speeches name officials by their body's title, and bodies without a level or place prefix
// (a zone's own bureaus, Hong Kong, Macau or Taiwan bodies) are named nowhere else. The title vouches
// for the name, so a longer bare name is taken than standing alone (dept:bare).

/** An official's title right after the body (not 主任科员, a civil-service rank). */
const TITLE_AFTER = /^(?:常务|执行)?副?(?:局长|书记|主任(?!科员|医师)|部长|处长|司长|署长|秘书长|总指挥|指挥长)/u;
/** Bodies that are not the state's: firms, schools, hospitals, institutes, associations, a firm's units. */
const NOT_STATE = /公司|集团|企业|[厂院所校]|协会|商会|学会|工会|银行|事业部|车间|项目部|支部|党组|合作社|社区/u;

/** Does the unprefixed body s[start, end) stand at a clause start and before its head's title? */
export function titledBody(s: string, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 16) return false;
  if (!TITLE_AFTER.test(s.slice(end, end + 6))) return false;
  // Only at a clause start: after a name in brackets or quotes (某开发区(某区)投促局) the scan stopped inside
  // the name; a closing quote counts only after a sentence's end (…。”某某部副部长某某介绍).
  const before = s.slice(Math.max(0, start - 2), start);
  if (start > 0 && !/(?:^|[^\p{Script=Han})）”"’])$|[。！？!?]["”’]$/u.test(before)) return false;
  const name = s.slice(start, end);
  // A zone's bare 管委会 / 党工委 is the zone's (dept:zone-body); 工作… opens the tail of a longer name.
  if (/^(?:园区|开发区|高新区|经开区|新区)?(?:管委会?|管理委员会|党工委|工委)/u.test(name) || name.startsWith("工作"))
    return false;
  return !NOT_STATE.test(name) && !/[的了在是将把被对为向从]/u.test(name);
}
