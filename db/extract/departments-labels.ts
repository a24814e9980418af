// Where unit lists start, found without scanning the whole text with a regex: a unit label ends in
// a colon, a closing bracket after 负责/牵头/配合 ends a bracketed list. Both patterns open with
// an alternation (or a bracket and a long lookahead), which the regex engine entered at every
// character; here the rare closing character is found first (indexOf, native) and the pattern
// tried only where a match ending there can start. Same matches as s.matchAll(re).
import { charTable, SPACE_TABLE } from "./anchored.ts";
import { docMemo } from "./doc-memo.ts";
import { ASSIST_WORDS, LEAD_WORDS, UNIT_LABEL, UNIT_WORDS } from "./unit-labels.ts";

/** Longest and shortest word of an alternation source (literal words only). */
const longest = (alt: string) => Math.max(...alt.split("|").map((w) => w.length));
const shortest = (alt: string) => Math.min(...alt.split("|").map((w) => w.length));

/** Last characters of the unit words (单位, 部门, 科室, 处室, 主体): a label's words end in one. */
const UNIT_LAST = charTable(
  `${UNIT_WORDS}|主体`
    .split("|")
    .map((w) => w.charAt(w.length - 1))
    .join(""),
);

/** Label colons by text, for the document (both scans read the same text). */
const colonsOf = docMemo<string, number[]>();

/**
 * Colons (：, :) after a unit word and perhaps white space, in order: where each label's words
 * end (the white space's start), each followed by its colon.
 */
function labelColons(s: string): number[] {
  const known = colonsOf.get(s);
  if (known) return known;
  const out: number[] = [];
  const take = (q: number) => {
    let e = q;
    while (e > 0 && SPACE_TABLE[s.charCodeAt(e - 1)] === 1) e--;
    if (UNIT_LAST[s.charCodeAt(e - 1)] === 1) out.push(e, q);
  };
  let a = s.indexOf("：");
  let b = s.indexOf(":");
  while (a >= 0 || b >= 0) {
    if (b < 0 || (a >= 0 && a < b)) {
      take(a);
      a = s.indexOf("：", a + 1);
    } else {
      take(b);
      b = s.indexOf(":", b + 1);
    }
  }
  colonsOf.set(s, out);
  return out;
}

/**
 * What s.matchAll(re) gives for a global pattern `words\s*[：:]` whose words run `min` to `max`
 * characters and end in a unit word: its sticky twin `sticky` is tried only `min` to `max`
 * characters before the white space before each colon (the words end where it starts). Each match's end.
 */
function labelEnds(s: string, sticky: RegExp, min: number, max: number): number[] {
  const out: number[] = [];
  let next = 0;
  const colons = labelColons(s);
  for (let k = 0; k < colons.length; k += 2) {
    const e = colons[k] as number;
    for (let p = Math.max(next, e - max); p <= e - min; p++) {
      sticky.lastIndex = p;
      const m = sticky.exec(s);
      if (!m) continue;
      next = p + m[0].length;
      out.push(next);
      break;
    }
  }
  return out;
}

/** A unit label and its colon (UNIT_LABEL: a lead or assist word, a unit word, white space), sticky. */
const LABEL = new RegExp(UNIT_LABEL, "uy");
const LABEL_MIN = Math.min(shortest(LEAD_WORDS), shortest(ASSIST_WORDS)) + Math.min(shortest(UNIT_WORDS), 2);
const LABEL_MAX = Math.max(longest(LEAD_WORDS), longest(ASSIST_WORDS)) + Math.max(longest(UNIT_WORDS), 2);

/** Ends of the matches of UNIT_LABEL (global) in s. */
export function unitLabelEnds(s: string): number[] {
  return labelEnds(s, LABEL, LABEL_MIN, LABEL_MAX);
}

/** A list's label, its unit word perhaps after 服务 (配合服务单位：), sticky. */
const LIST_LABEL = new RegExp(`(?:${LEAD_WORDS}|${ASSIST_WORDS})(?:服务)?(?:${UNIT_WORDS}|主体)\\s*[：:]`, "uy");
const LIST_MIN = LABEL_MIN;
const LIST_MAX = Math.max(longest(LEAD_WORDS), longest(ASSIST_WORDS)) + 2 + Math.max(longest(UNIT_WORDS), 2);

/** Characters no bracketed list holds. */
const BRACKETISH = charTable("（）()\n");

/**
 * Ends of the matches of `[（(](?=[^（）()\n]{2,200}?(?:负责|牵头|配合)[）)])` (global): an opening
 * bracket whose next bracket or line end is a closing one right after the verb, 2 to 200
 * characters after it. Each match is the opening bracket alone, so it ends one after it.
 */
function verbBracketEnds(s: string): number[] {
  const out: number[] = [];
  let a = s.indexOf("）");
  let b = s.indexOf(")");
  while (a >= 0 || b >= 0) {
    let c: number;
    if (b < 0 || (a >= 0 && a < b)) {
      c = a;
      a = s.indexOf("）", a + 1);
    } else {
      c = b;
      b = s.indexOf(")", b + 1);
    }
    const verb = s.slice(c - 2, c);
    if (c < 2 || (verb !== "负责" && verb !== "牵头" && verb !== "配合")) continue;
    // The bracket before the verb, at most 200 characters of text before it.
    for (let p = c - 3; p >= 0 && p >= c - 203; p--) {
      if (BRACKETISH[s.charCodeAt(p)] !== 1) continue;
      if ((s[p] === "（" || s[p] === "(") && p <= c - 5) out.push(p + 1);
      break;
    }
  }
  return out;
}

/**
 * Ends of the matches of UNIT_LIST (departments-units.ts): a list's label or an opening bracket
 * before units and their verb. A label holds no bracket, so the two kinds never overlap: the
 * regex's matches are both sets in order.
 */
export function unitListEnds(s: string): number[] {
  const labels = labelEnds(s, LIST_LABEL, LIST_MIN, LIST_MAX);
  const brackets = verbBracketEnds(s);
  const out: number[] = [];
  let i = 0;
  let k = 0;
  while (i < labels.length || k < brackets.length) {
    if (k >= brackets.length || (i < labels.length && (labels[i] as number) < (brackets[k] as number)))
      out.push(labels[i++] as number);
    else out.push(brackets[k++] as number);
  }
  return out;
}
