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
      if (
        b &&
        isHan(s[i - b[0].length - 1]) &&
        ZONE_WORD.test(s.slice(i, sufStart)) &&
        /^(?:管委|管理委员会|党工委|工委)/u.test(s.slice(sufStart, sufStart + 5))
      ) {
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
