// Enumerations "A、B、C等…": the items, the cue before them and the head after
// them. Lists type their items (重点企业：A、B types every item even without a
// suffix) and give relations their scope.

import { charTable, hasChar, matchesAround, SPACE_CHARS, SPACE_TABLE } from "./anchored.ts";
import type { Ctx } from "./context.ts";
import { FIRM_LABEL_AT, FIRM_LABEL_Y, LABEL_FIRST, NOT_FIRM_WORD, QUOTED_LABEL_END } from "./lists-labels.ts";
import { endBeforeVerb, ITEM_VERB, taggedVerbAt, verbAt, verbInside } from "./lists-verbs.ts";
import { typedSuffix } from "./names.ts";
import { indexWithin, isNameChar, stopEndingAt } from "./text.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

export interface ListItem {
  start: number;
  end: number;
}

export interface EnumList {
  items: ListItem[];
  /** Text of the clause before the first item. */
  cue: string;
  /** Text after the last item up to the clause end. */
  head: string;
  start: number;
  end: number;
  /** Stated count (等7个…, 4 个…). */
  count: number | null;
  /** The cue ends in a firm label written into the prose (链主企业甲、乙), not a field label. */
  inlineLabel?: boolean;
}

/** Clause breaks, as a table over character codes (checked for every character of a list's clause). */
const CLAUSE_BREAK = charTable("，,。；;：:！？!?\n（）()【】「」|｜");
/** Chinese numerals of a count (五个, 两大), 一 to 十. */
const CN_NUM: Record<string, number> = {
  ...Object.fromEntries([..."一二三四五六七八九十"].map((c, k) => [c, k + 1])),
  两: 2,
};
/** The value of a count written in digits or as one Chinese numeral (5, 五, 两), else null. */
export function countValue(w: string): number | null {
  return /\d/u.test(w) ? Number(w) : (CN_NUM[w] ?? null);
}

/** A bracketed sub-list inside an item: (含甲、乙), （包括甲、乙）. */
const SUB_LIST = /^[(（](?:含|包括|包含|如|即|主要是|主要包括)[^()（）。；\n]{1,20}[)）]/u;

/** The head words that close an enumeration (等…企业, 等…产业). */
const HEAD_WORD = "企业|产业|集群|平台";
/** A count and its measure word before a head word (四大产业集群, 2个千亿产业集群). */
const COUNTED_HEAD = "(?:\\d+|[一两二三四五六七八九十]+)\\s*[个大条项类家][^、的]{0,6}?";
/**
 * A closing head, then a conjunction and the first item of a second enumeration (…等龙头企业和丙、丁等配套企业;
 * or a counted head: 甲、乙、丙四大产业集群和较为完整的丁、戊产业链).
 */
const SECOND_LIST = new RegExp(
  `(?:等[^、的]{0,8}?(?:${HEAD_WORD})(?:和|及|以及|与)[^、的]{2,}|${COUNTED_HEAD}(?:${HEAD_WORD})(?:和|及|以及|与)[^、]{2,})$`,
  "u",
);
/** The scale and head words of a counted head, then its conjunction (千亿产业集群和…). */
const COUNTED_REST = new RegExp(
  `^(?:[^、]*?${COUNTED_HEAD}|(?:千亿|百亿|万亿|亿元?)级?[^、的]{0,6}?)(?:产业集群|${HEAD_WORD})(?:以及|和|及|与)`,
  "u",
);
/** The conjunctions COUNTED_CLOSE needs (a cheap test first). */
const CONJ_CHAR = /[和及与]/u;
/** A counted head closing the names before a conjunction (…四大产业集群和…). */
const COUNTED_CLOSE = new RegExp(`${COUNTED_HEAD}(?:${HEAD_WORD})(?:和|及|以及|与)`, "u");
/** …the head right before that first item (its conjunction is no part of it). */
const HEAD_BEFORE = new RegExp(`(?:${HEAD_WORD})$`, "u");
/** A role closing the names before it, then 的 and the first item of the next enumeration. */
const ROLE_OF = /为(?:代表|龙头|骨干|核心|引领|链主)的[^、]{2,}$/u;
/** Where the last item ends: before 等 / 为代表 / a count / a head word. */
const LAST_END =
  /“|等|为代表|为龙头|为首|为链主(?!的)|为骨干|为核心|为主|为重点|为特色|\s*\d+\s*[个家户条大项]|[两二三四五六七八九十]+[个家户条大项]|这|几|共|同时|入选|位列|跻身|连续|均|分别|也|正在|已经|已|成为|形成|作为|是|牵头|按职责|负责|建设|发展|提档|统筹|项目(?!部)|(?<=产业)(?:总产值|产值|营收|营业收入|增加值|规模)|(?<![”"])的(?=(?:主导|重点)?产业(?:方向|定位))|(?<=产业)(?=(?:和|及|以及|与)(?![^、，。；]{0,10}产业)(?![^，。；]*于一体))/u;

/** LAST_END anchored, tried only where one of its branches can start (a leftmost match is its first such place). */
const LAST_END_AT = new RegExp(LAST_END.source, "uy");
const LAST_END_FIRST = charTable(
  `“等为两二三四五六七八九十这几共同入位跻连均分也正已成形作是牵按负建发提统项总产营增规的和及以与0123456789${SPACE_CHARS}`,
);
/** Where LAST_END first matches in t (-1: nowhere). */
function lastEndIndex(t: string): number {
  for (let p = 0; p < t.length; p++) {
    if (LAST_END_FIRST[t.charCodeAt(p)] !== 1) continue;
    LAST_END_AT.lastIndex = p;
    if (LAST_END_AT.test(t)) return p;
  }
  return -1;
}

/** Conjunctions (a first character, and any character, tested before the regexes that need one), an
 * institute word's first character, and the measure words of a count. */
const CONJ_FIRST = charTable("以和及与");
const CONJ_CHAR_TABLE = charTable("和及与");
const INSTITUTE_KIND = charTable("所院中");
const MEASURE_CHAR = charTable("个家户条大项");
/** A verb an institute's name ends in, then the institute word (研究所, 设计院, 研究中心). */
const INSTITUTE_AFTER_VERB = /^(?:研究|设计|勘察|检测|检验)(?:所|院|中心)/u;

const DUN_AT = triggerFamily(["、"]);
const QIYE_AT = triggerFamily(["企业"]);

export function findLists(ctx: Ctx): EnumList[] {
  const { s } = ctx;
  const out: EnumList[] = [];
  // The cue of the enumeration a second one resumes after (…三大产业和丙、丁…).
  let resumedCue: string | null = null;
  // Every 、 from the document's trigger index (an indexOf scan for it was slow); `from` only grows.
  const dun = triggerStarts(s, DUN_AT);
  let j = 0;
  const nextDun = (from: number): number => {
    while (j < dun.length && (dun[j] as number) < from) j++;
    return j < dun.length ? (dun[j] as number) : -1;
  };
  let i = nextDun(0);
  while (i >= 0) {
    // Clause bounds around the first 、.
    let cs = i;
    while (cs > 0 && CLAUSE_BREAK[s.charCodeAt(cs - 1)] !== 1) cs--;
    let ce = i;
    while (ce < s.length && CLAUSE_BREAK[s.charCodeAt(ce)] !== 1) {
      ce++;
      // A short bracket inside an item (某某(某某)、…) does not end the clause.
      if ((s[ce] === "(" || s[ce] === "（") && isNameChar(s[ce - 1])) {
        const close = s.slice(ce, ce + 8).search(/[)）]/u);
        if (
          close > 1 &&
          !/[，,。；、]/u.test(s.slice(ce, ce + close)) &&
          /^[、等和]/u.test(s.slice(ce + close + 1, ce + close + 2))
        )
          ce += close + 1;
        // An item's own sub-list (未来产业(含甲、乙)、…) is part of the item, 、 and all.
        const sub = SUB_LIST.exec(s.slice(ce, ce + 24));
        if (sub && s[ce + sub[0].length] !== undefined && !CLAUSE_BREAK[s.charCodeAt(ce + sub[0].length)])
          ce += sub[0].length;
        else if (sub && /^[、，]/u.test(s[ce + sub[0].length] ?? "")) ce += sub[0].length;
      }
    }
    const seps: number[] = [];
    // Where a second enumeration joined on after the first's closing head starts (甲、乙等龙头企业和丙、丁等配套企业).
    let resume = -1;
    for (let k = i; k < ce; k++) {
      // Skip an item's own sub-list in brackets.
      if (s[k] === "(" || s[k] === "（") {
        const sub = SUB_LIST.exec(s.slice(k, k + 24));
        if (sub) {
          k += sub[0].length - 1;
          continue;
        }
      }
      if (s[k] !== "、") continue;
      if (seps.length) {
        // The item before this 、; the tests below need 等, 为 or 分别 in it, or a counted head and a conjunction.
        const prevSep = (seps[seps.length - 1] as number) + 1;
        const item = s.slice(prevSep, k);
        const deng = item.includes("等");
        const wei = item.includes("为");
        // Separators after 等/为代表 belong to the head (等为代表的甲、乙企业).
        if (
          ((deng || wei) && /等(为代表|为龙头|为骨干|为核心)|为代表的|等[^、]*?(企业|产业|集群|平台)/u.test(item)) ||
          (CONJ_CHAR.test(item) && COUNTED_CLOSE.test(item))
        ) {
          if (SECOND_LIST.test(item)) resume = k;
          break;
        }
        // "以甲、乙为龙头的丙、丁产业": the firms end at 为龙头; 的 opens a second enumeration.
        // (Not when each item is its own frame: 以甲为链主的丙、以乙为链主的丁.)
        if (wei && ROLE_OF.test(item) && !/^\s*以/u.test(item)) {
          resume = k;
          break;
        }
        // "甲、乙、丙产业产值分别达到5亿元、3亿元": 分别 opens the predicate; the 、 after it separate its values.
        // (Only before figures: 分别由甲、乙牵头 pairs the items with units, read as they stand.)
        if (item.includes("分别") && /[\p{Script=Han}]{2}分别(?:达到?|增长|实现|突破|完成|占|为\s*[\d.])/u.test(item))
          break;
        if (deng) {
          // "甲、乙等7个大型、超大型数据中心": a counted 等 closes the names; 、 after it is the head's.
          if (/等\s*(?:\d+|[一两二三四五六七八九十百几]+)\s*[余多]?\s*[个家户条项座批]/u.test(item)) break;
          // "甲、乙等数控机床、零部件企业": the names end at 等; the kinds after it, 、 and all, are the head.
          if (
            /(?<![高同平对相均中初上优次特头])等(?![级同待候于])[^、]{2,}/u.test(item) &&
            KIND_HEAD_END.test(s.slice(k, ce))
          )
            break;
        }
      }
      seps.push(k);
    }
    // "在甲、乙等领域引进了丙、丁等企业": a clause verb after the closing 等 opens a second enumeration, its object.
    const lastSep = seps[seps.length - 1] ?? -1;
    // (Looked for up to the clause's end only: indexOf ran on to the next list.)
    const stop = lastSep >= 0 && resume < 0 ? indexWithin(s, "、", lastSep + 1, ce - 1) : -1;
    if (stop > 0 && stop < ce && ITEM_VERB.test(s.slice(lastSep, stop).replace(/^.*?等/u, ""))) resume = stop;
    // First item: scan left from the first 、 to a cue/stop word.
    let a = seps[0] as number;
    // A verb before 业 is a sector's word (现代服务业, 先进制造业): the scan runs on through it.
    // So does a verb that an institute's name ends in (某某研究所, 某设计院, 某研究中心).
    while (
      a > cs &&
      isNameChar(s[a - 1]) &&
      (stopEndingAt(s, a) === 0 ||
        s[a] === "业" ||
        (INSTITUTE_KIND[s.charCodeAt(a)] === 1 && INSTITUTE_AFTER_VERB.test(s.slice(a - 2, a + 2))) ||
        // 为 or 和 right before 、 ends the first item's name (甲为、乙), not a clause.
        (a === seps[0] && /[为和]/u.test(s[a - 1] ?? "") && stopEndingAt(s, a) === 1)) &&
      a - 1 >= cs
    )
      a--;
    // "，艾为电子、乙": a function word one character after the clause's start is inside the first
    // name (no clause opens with one character and 为/和/与).
    if (
      a - 2 === cs &&
      /[为和与]/u.test(s[a - 1] ?? "") &&
      /^[\p{Script=Han}]+$/u.test(s.slice(cs, a - 1)) &&
      !/^[其此这那该各每本新老大小]/u.test(s.slice(cs, a - 1)) &&
      stopEndingAt(s, a - 1) === 0
    )
      a = cs;
    // "以上汽某某、乙为龙头": the frame 以…为 holds the items, so 以上 is 以 + the first item's 上.
    if (
      s[a - 2] === "以" &&
      (s[a - 1] === "上" || s[a - 1] === "下") &&
      /为(龙头|代表|核心|骨干|主导|引领|支撑|主体|重点|依托)/u.test(s.slice(seps[seps.length - 1] as number, ce))
    )
      a--;
    // "链主企业甲、乙": a firm label written straight before the first item is the list's cue.
    const lab = s.slice(a, seps[0]).includes("企业") ? FIRM_LABEL_AT.exec(s.slice(a, seps[0])) : null;
    // (A quoted label, “小巨人”企业甲: the scan stopped at the closing quote, before 企业.)
    const quoted = !lab && s.startsWith("企业", a) && QUOTED_LABEL_END.test(s.slice(Math.max(0, a - 8), a));
    const labLen = lab ? lab[0].length : quoted ? 2 : 0;
    const inlineLabel = labLen > 0 && (seps[0] as number) - a - labLen >= 2;
    if (inlineLabel) a += labLen;
    // After a field label (重点企业：) the whole segment is the first item.
    if (
      (s[cs - 1] === "：" || s[cs - 1] === ":") &&
      (seps[0] as number) - cs <= 14 &&
      /(企业|平台|单位|名单|园区|分别是|包括|有)\s*[：:]$/u.test(s.slice(Math.max(0, cs - 8), cs))
    )
      a = cs;
    // A firm name may hold a one-character function word (某地以某集团): rescan on multi-character cues.
    const firstItem = s.slice(a, seps[0]);
    if (firstItem.endsWith("集团") || firstItem.endsWith("公司")) {
      let b = seps[0] as number;
      while (b > cs && isNameChar(s[b - 1]) && stopEndingAt(s, b) < 2 && (seps[0] as number) - b < 12) b--;
      a = b;
      while (/[了着在以为与和及将由对从向]/u.test(s[a] ?? "") && a < (seps[0] as number) - 2) a++;
      // A zone as the clause's subject before 以 (某高新区以甲集团、乙集团为龙头): the first firm starts after 以.
      // (The zone word may straddle the rescan's start: 某产业集群以甲公司、乙为龙头.)
      const from = Math.max(cs, a - 4);
      const zone = /(?:高新区|经开区|开发区|园区|新区|产业园|工业园|产业|集群)以(?=[\p{Script=Han}]{2})/u.exec(
        s.slice(from, seps[0]),
      );
      if (zone && from + (zone.index as number) + zone[0].length > a)
        a = from + (zone.index as number) + zone[0].length;
    }
    // Allow brackets inside an item (某某(某某)) - rare; skipped.
    // The items, trimmed as they are made (no untrimmed copies, no map and filter over them).
    let cleaned: ListItem[] = [];
    let prev = a;
    for (const p of seps) {
      pushTrimmed(cleaned, s, prev, p);
      prev = p + 1;
    }
    // Last item.
    const rest = s.slice(prev, ce);
    const m = lastEndIndex(rest);
    let lastEnd = m >= 0 ? prev + m : ce;
    if (m === 0) lastEnd = prev;
    // "…投资12亿元的甲和投资6亿元的乙等项目": 和 before another investment joins two items, not one name.
    const lastItem = s.slice(prev, lastEnd);
    const joined = lastItem.includes("投资") ? INVESTED_JOIN.exec(lastItem) : null;
    if (joined && joined.index >= 2) {
      pushTrimmed(cleaned, s, prev, prev + joined.index);
      pushTrimmed(cleaned, s, prev + joined.index + 1, lastEnd);
    } else pushTrimmed(cleaned, s, prev, lastEnd);
    // "在甲园、乙区形成了丙、丁等…": a verb inside a later item ends one enumeration and starts
    // another; the list of the clause's object starts after the verb.
    let cueStart = a;
    for (let k = cleaned.length - 1; k >= 1; k--) {
      const it = cleaned[k] as ListItem;
      const v = verbInside(s, it.start, it.end);
      if (v < 0) continue;
      cleaned = [{ start: v, end: it.end }, ...cleaned.slice(k + 1)];
      cueStart = v;
      break;
    }
    // "某开发区主导产业有甲、乙": the cue inside the first item (its subject ran the scan back) opens the list.
    const hasCue =
      cueStart === a && cleaned[0] && indexWithin(s, "有", cleaned[0].start, cleaned[0].end - 1) >= 0
        ? INDUSTRY_HAS.exec(s.slice(cleaned[0].start, cleaned[0].end))
        : null;
    if (
      hasCue &&
      cleaned[0] &&
      hasCue.index >= 2 &&
      cleaned[0].end - cleaned[0].start - hasCue.index - hasCue[0].length >= 2
    ) {
      cueStart = cleaned[0].start + hasCue.index + hasCue[0].length;
      cleaned[0] = { start: cueStart, end: cleaned[0].end };
    }
    // "…产业主要有甲、乙": the scan stopped at 主要 (a stop word), leaving its 有 on the first item.
    const h0 = cleaned[0];
    if (
      h0 &&
      cueStart === a &&
      s[h0.start] === "有" &&
      h0.end - h0.start >= 3 &&
      /(主要|还|也|共|另|均|都|已)$/u.test(s.slice(h0.start - 2, h0.start))
    ) {
      cueStart = h0.start + 1;
      cleaned[0] = { start: cueStart, end: h0.end };
    }
    // The second enumeration's first item opens with the conjunction that joined it (…等龙头企业和丙).
    const c0 = cleaned[0];
    const conj =
      c0 && CONJ_FIRST[s.charCodeAt(c0.start)] === 1 ? /^(以及|和|及|与)/u.exec(s.slice(c0.start, c0.end)) : null;
    if (c0 && conj && HEAD_BEFORE.test(s.slice(c0.start - 4, c0.start)) && c0.end - c0.start - conj[0].length >= 2)
      cleaned[0] = { start: c0.start + conj[0].length, end: c0.end };
    // …or with the rest of the first one's counted head (2个千亿产业集群和丙: the count stopped the scan).
    const headRest =
      c0 && hasChar(CONJ_CHAR_TABLE, s, c0.start, c0.end) ? COUNTED_REST.exec(s.slice(c0.start, c0.end)) : null;
    // (Its cue is the first enumeration's: 以甲、乙三大产业和丙、丁两大产业为主导 frames both.)
    let cue = s.slice(Math.max(0, cueStart === a ? cs - 12 : cueStart - 12), cueStart);
    if (c0 && headRest && c0.end - c0.start - headRest[0].length >= 2) {
      cleaned[0] = { start: c0.start + headRest[0].length, end: c0.end };
      if (resumedCue !== null) cue = resumedCue;
    }
    const head = s.slice(lastEnd, ce);
    const cm = hasChar(MEASURE_CHAR, head, 0, head.length)
      ? /^\s*等?\s*(\d+|[一两二三四五六七八九十]+)\s*[个家户条大项]/u.exec(head)
      : null;
    let count: number | null = null;
    if (cm) count = countValue(cm[1] as string);
    if (cleaned.length >= 2 || (cleaned.length === 1 && seps.length > 0))
      out.push({
        items: cleaned,
        cue,
        head,
        start: cleaned[0]?.start ?? a,
        end: lastEnd,
        count,
        inlineLabel,
      });
    resumedCue = resume > 0 ? cue : null;
    i = nextDun(resume > 0 ? resume : ce);
  }
  // A firm label with one or two items and no 、 (龙头企业甲带动…; 专精特新企业甲和乙落户…).
  for (const m of matchesAround(
    s,
    FIRM_LABEL_Y,
    "企业",
    (q) => [q - 7, q - 2],
    (p) => LABEL_FIRST[s.charCodeAt(p)] === 1,
    triggerStarts(s, QIYE_AT),
  )) {
    const a = (m.index as number) + m[0].length;
    if (s[a] === "：" || s[a] === ":" || !isNameChar(s[a])) continue;
    // The label opens its clause (国家级专精特新企业甲…); after a verb (加快重点企业…) it modifies an object.
    let open = m.index as number;
    while (open > 0 && !/[，。；：:\n]/u.test(s[open - 1] as string) && (m.index as number) - open < 12) {
      if (stopEndingAt(s, open) >= 2) break;
      open--;
    }
    if (open > 0 && !/[，。；：:\n]/u.test(s[open - 1] as string)) continue;
    let e = a;
    while (e < s.length && isNameChar(s[e]) && e - a < 24) e++;
    if (s[e] === "、") continue; // a 、 list: found above
    // A verb or function word opening the run ends nothing (tested before the tagger, which is slow).
    if (verbAt(s, a) || /^[为是以在将对把被由从向于与和及的了着等其各]/u.test(s[a] ?? "")) continue;
    let end = endBeforeVerb(s, a, e, false);
    // No stop word ends the name (链主型企业甲乙高科成功导入…): the tagger's first adverb or verb does.
    if (end === e) end = taggedVerbAt(s, a, e);
    // 龙头企业甲乙总部落户…: the headquarters of the firm, not part of its name.
    if (/(总部|工厂)$/u.test(s.slice(a, end)) && end - a >= 4) end -= 2;
    // 重点企业安全监管服务平台: the run is one typed name, not a label and a firm (甲落户园区 is).
    if (typedSuffix(s.slice(a, e)) && !/^(落户|入驻|进驻|落地|位于|扎根|布局)/u.test(s.slice(end, end + 2))) continue;
    // The names are the subject of a verb (龙头企业甲带动…); a bare label ends nothing.
    if (end === e) continue;
    const seg = s.slice(a, end);
    const k = seg.search(/[和及与]/u);
    const items =
      k >= 2 && seg.length - k - 1 >= 2
        ? [
            { start: a, end: a + k },
            { start: a + k + 1, end },
          ]
        : [{ start: a, end }];
    if (items.some((x) => x.end - x.start < 3 || x.end - x.start > 12)) continue;
    if (items.some((x) => NOT_FIRM_WORD.test(s.slice(x.start, x.end)))) continue;
    out.push({
      items,
      cue: s.slice(Math.max(0, a - 12), a),
      head: s.slice(end, end + 20),
      start: a,
      end,
      count: null,
      inlineLabel: true,
    });
  }
  // A field label with a single item (重点企业：某某集团。).
  for (const m of singleLabels(s)) {
    const a = (m.index as number) + m[0].length;
    const rest = s.slice(a, a + 30);
    const e = rest.search(/[、，,。；;\n]/u);
    if (e <= 1 || rest[e] === "、") continue;
    const end = a + (/等$/u.test(rest.slice(0, e)) ? e - 1 : e);
    out.push({
      items: [{ start: a, end }],
      cue: s.slice(Math.max(0, a - 12), a),
      head: s.slice(end, end + 20),
      start: a,
      end,
      count: null,
    });
  }
  return out;
}

/** A field label that may hold a single item (重点企业：), tried only where a colon allows it. */
const SINGLE_LABEL = /(重点企业|龙头企业|骨干企业|代表企业|创新平台)\s*[：:]\s*/uy;
const COLON = /[：:]/gu;

/**
 * The matches of SINGLE_LABEL (global) in s: each holds one colon, and its four-character label ends
 * right before the spaces before that colon (a regex led by an alternation tries every position).
 */
function* singleLabels(s: string): Generator<RegExpExecArray> {
  let next = 0;
  COLON.lastIndex = 0;
  for (let c = COLON.exec(s); c; c = COLON.exec(s)) {
    let w = c.index;
    while (w > 0 && SPACE_TABLE[s.charCodeAt(w - 1)] === 1) w--;
    if (w - 4 < next) continue;
    SINGLE_LABEL.lastIndex = w - 4;
    const m = SINGLE_LABEL.exec(s);
    if (!m) continue;
    next = m.index + m[0].length;
    COLON.lastIndex = Math.max(COLON.lastIndex, next);
    yield m;
  }
}

/** The last part of a clause that ends in a firm head (…、智能机器人生产企业): what a list of kinds after 等 leads to. */
const KIND_HEAD_END = /(企业|公司|厂商|厂家)[^、]{0,10}$/u;

/** A role-industry cue with 有 (主导产业有, 重点产业主要有): not 有色. */
const INDUSTRY_HAS = /(?:主导|支柱|优势|特色|重点|首位|新兴|核心|战略性新兴|未来)(?:产业|行业)(?:主要)?有(?![色机线])/u;

/** What pushTrimmed strips: white space, quotes and title marks (a table: it runs per item edge). */
const ITEM_TRIM = charTable(`${SPACE_CHARS}“”"‘’《》`);

/** Appends the item s[a, b) trimmed, unless nothing is left of it. */
function pushTrimmed(out: ListItem[], s: string, a: number, b: number): void {
  while (a < b && ITEM_TRIM[s.charCodeAt(a)] === 1) a++;
  while (b > a && ITEM_TRIM[s.charCodeAt(b - 1)] === 1) b--;
  if (b > a) out.push({ start: a, end: b });
}

/** 和/及 right before an investment (…的甲和投资6亿元的乙): the start of a further item. */
const INVESTED_JOIN = /[和及](?=(?:总)?投资(?:约|超过?|近|达)?\s*[\d.]+\s*[多余]?[万亿])/u;
