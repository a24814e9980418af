// Leading verbs, grades and function words trimmed off a name, and its level: also used outside the suffix scan.
import type { EntityType, Level } from "../types.ts";
import { charTable } from "./anchored.ts";
import { PLACE_PREFIX_RE } from "./context.ts";
import { stopEndingAt } from "./text.ts";
import { LEADING_TRIM, LEADING_VERBS } from "./vocab.ts";
import { isPlaceName } from "./vocab-counties.ts";

const FIRM_SAFE_VERBS = new Set(
  "进一步 降低 继续 继续抓好 抓好 抓住 突出 简化 加快推进 加快建设 鼓励 支持 引导 协助 依据".split(" "),
);

/** Words by their first character, in list order (only those can start at a position). */
function byFirstChar(words: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) {
    const l = m.get(w.charCodeAt(0));
    if (l) l.push(w);
    else m.set(w.charCodeAt(0), [w]);
  }
  return m;
}
const VERBS_BY_FIRST = byFirstChar(LEADING_VERBS);
const TRIM_BY_FIRST = byFirstChar(LEADING_TRIM);
const NONE: readonly string[] = [];

/**
 * Start of a name after dropping leading verbs (继续抓好…, 联合…, 升级…) that
 * the left scan keeps because they may occur inside names. "即" only after a
 * quoted label (“三园”即…), "出/了" only right after a stop word (发挥出…).
 */
export function trimLeadingVerbs(s: string, a: number, end: number, firm = false): number {
  for (let guard = 0; guard < 3; guard++) {
    const w = (VERBS_BY_FIRST.get(s.charCodeAt(a)) ?? NONE).find(
      (x) =>
        s.startsWith(x, a) &&
        end - a - x.length >= 2 &&
        // Firm names may start with such words (联合…, 升级…); only clause adverbs are cut there.
        (!firm || FIRM_SAFE_VERBS.has(x)) &&
        !(x === "联合" && s[a + 2] === "国"),
    );
    if (w) {
      a += w.length;
      continue;
    }
    // A counted label and 即 (六园即…, 两区即…) name the parts that follow.
    const label = /^[一二三四五六七八九十两][园区城港]即/u.exec(s.slice(a, a + 3));
    if (label && end - a - 3 >= 3) {
      a += 3;
      continue;
    }
    if (s[a] === "即" && /[”"）)】]/u.test(s[a - 1] ?? "") && end - a >= 3) {
      a++;
      continue;
    }
    if (/^(出(?!口|版|行|租|境|入|让)|了|好)/u.test(s.slice(a, a + 2)) && stopEndingAt(s, a) >= 2 && end - a > 4) {
      a++;
      continue;
    }
    break;
  }
  return a;
}

const LEVEL_FIRST = charTable("国省自市");

export interface LevelHit {
  level: Level;
  len: number;
}

/** Level stated by a leading word (stripped from the name). */
export function leadingLevel(s: string): LevelHit | null {
  const m = /^(国家级|省级|自治区级|市级)/u.exec(s);
  if (!m) return null;
  const w = m[1] as string;
  return { level: w === "国家级" ? "national" : w === "市级" ? "city" : "provincial", len: w.length };
}

/** Level implied by the name itself (国家…, 山东省…, 威海市…). */
export function nameLevel(name: string): Level {
  // (国家, 省/市 and 自治区 tested first: most names hold none of them.)
  if (
    name.includes("国家") &&
    (/^国家/u.test(name) || /国家级|国家(工程|重点|地方|工艺|技术|企业|制造业|平台)/u.test(name))
  )
    return "national";
  const shi = name.includes("市");
  if (
    (shi || name.includes("省") || name.includes("自治区")) &&
    /^[\p{Script=Han}]{2,3}省|^(?:北京|天津|上海|重庆)市|自治区/u.test(name)
  )
    return "provincial";
  const m = PLACE_PREFIX_RE.exec(name);
  if (m && !m[0].endsWith("市") && PLACE_PROVINCE.test(m[0])) return "provincial";
  if (shi && /^[\p{Script=Han}]{2,4}市/u.test(name) && m) return "city";
  return null;
}
const PLACE_PROVINCE = new RegExp(
  `^(${"河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆".split(" ").join("|")})$`,
  "u",
);

/** Leading words a platform keeps: they name what it serves (高端某某仪器创新中心), not a grade. */
const PLATFORM_KEEPS = new Set(["高端"]);
/** Direction words a new town keeps: a district of a city is named by them (东部某某新城), a park's site is not (北部某产业园). */
const DIRECTIONS = new Set(["东部", "西部", "南部", "北部", "中部"]);

export function trimLeading(
  s: string,
  start: number,
  end: number,
  type: EntityType | null = null,
): { start: number; level: Level } {
  let a = start;
  let level: Level = null;
  for (let guard = 0; guard < 4; guard++) {
    // (A level word opens with 国, 省, 自 or 市: most starts slice nothing.)
    const lv = LEVEL_FIRST[s.charCodeAt(a)] === 1 ? leadingLevel(s.slice(a, end)) : null;
    if (lv) {
      level = lv.level;
      a += lv.len;
      if (s[a] === "的") a++;
      continue;
    }
    // One-character function words start a name after a list separator (、从化…).
    const listStart = a === start && /[、\n.．]|^$/u.test(s[a - 1] ?? "");
    const w = (TRIM_BY_FIRST.get(s.charCodeAt(a)) ?? NONE).find(
      (x) =>
        s.startsWith(x, a) &&
        end - a - x.length >= 4 &&
        // (由 "by" opens no name even there: 、由某某集团与某某集团联合建设的…)
        !(listStart && x.length === 1 && x !== "由") &&
        // 和田市…, 如东…: a place (a city or a county by its own name) that starts with the character is no
        // conjunction before a name.
        !(x.length === 1 && (isPlaceName(s.slice(a, a + 2)) || isPlaceName(s.slice(a, a + 3)))) &&
        !(type === "platform" && PLATFORM_KEEPS.has(x)) &&
        !(type === "park" && (x === "高端" || (DIRECTIONS.has(x) && /(新城|新区)$/u.test(s.slice(a, end))))),
    );
    if (w && !/^(国家级|省级|市级|自治区级)$/u.test(w)) {
      a += w.length;
      continue;
    }
    break;
  }
  return { start: a, level };
}
