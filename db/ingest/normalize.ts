// Text normalisation for ingested documents. The output of normalizeText is
// THE stored text: every mention/evidence offset indexes into it, so it must
// be deterministic and never depend on anything but its input.
//
// What it repairs (all of it seen in real PDF→text conversions):
// - spaces: U+3000 / NBSP / odd Unicode spaces; spaces between CJK characters
//   (PDF extraction puts them inside words and titles) are dropped, except
//   where they separate columns ("张三 某某公司职员", "医疗器械 创新平台：…")
//   or follow a heading label ("第一章 总则");
// - line wrap: text wrapped at a fixed width (often with a blank line between
//   every physical line) is reflowed into one paragraph per line, while short
//   lines, headings and lines ending a sentence keep their break;
// - markdown / HTML remnants: **, <b>, heading #, horizontal rules, TOC leaders.

import { joinPages } from "./pages.ts";

const HAN = "\\p{Script=Han}";
/** CJK letters and full-width punctuation: a space next to one of these is layout, not meaning. */
const CJK_CHAR = new RegExp(
  `[${HAN}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7]`,
  "u",
);
const HAN_CHAR = new RegExp(`[${HAN}]`, "u");
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]/u;

/** Numbers written with Chinese numerals or digits, as used in heading labels. */
const NUM = "[一二三四五六七八九十百千零〇两\\d]+";
/** A structural label at line start after which one space is meaningful. */
const LABEL_WITH_SPACE = new RegExp(`^(第${NUM}[章节条编篇部]|专栏)$`, "u");

/** Lines that start a new paragraph even when the previous line looks wrapped. */
const PARAGRAPH_START = new RegExp(
  [
    `^第${NUM}[章节条编篇部]`,
    `^${NUM.replace("\\d", "")}、`,
    `^[（(]${NUM}[）)]`,
    `^\\d{1,2}[.．、](?!\\d)`,
    "^[①-⑳]",
    "^(——|--|-{1}\\s)",
    "^专栏\\s*\\d",
    "^附件",
    `^[一二三四五六七八九十]+是`,
    "^[•·▪●○◆■□]",
  ].join("|"),
  "u",
);

/** A line that IS a document number (文号), possibly in brackets with a TOC page number. */
export const DOC_NUMBER_LINE =
  /^[（(]?\s*[\p{Script=Han}]{1,12}\s*[〔［\[【(（]\s*(?:19|20)\d\d\s*[〕］\]】)）]\s*\d{1,4}\s*号\s*[）)]?\s*([（(]\s*\d{1,4}\s*[）)])?$/u;

/** A line that is a date, optionally followed by 印发/发布. */
export const DATE_LINE =
  /^(?:(?:19|20)\d\d|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*(印发|发布|起施行)?$/u;

/** Titles end with these document-type words; a title line is never joined to what follows. */
const TITLE_END = /(通知|决定|意见|方案|办法|纲要|要点|名单|目录|细则|规定|条例|公告|通告|批复|函|报告)(（[^）]*）)?$/u;

/** Sentence-final punctuation, optionally followed by closing quotes/brackets. */
const TERMINAL = /([。！？；：!?;:…]|[^\d.]\.)[”’」』》）)]*$/u;

export interface NormalizeOptions {
  /**
   * Reflow wrapped lines into paragraphs. true (default): all rules, for plain
   * text and PDF. "wrapped": only clear evidence (a common wrap width, a line
   * starting with closing punctuation, a line ending with a comma), for formats
   * whose paragraphs are real (docx, html). false: keep every line.
   */
  reflow?: boolean | "wrapped";
}

export function normalizeText(raw: string, opts: NormalizeOptions = {}): string {
  const text = raw
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029\f\v]/g, "\n");
  const lines = text.split("\n").map(cleanLine);
  const mode = opts.reflow ?? true;
  // In running text a line that is only a URL is a watermark or page footer
  // stamped into the paragraph by the PDF source.
  const kept = lines.filter((l) => !isPageNumber(l) && !isRule(l) && !(mode === true && /^https?:\/\/\S+$/.test(l)));
  const afterBlank: boolean[] = [];
  const paragraphs = mode === false ? kept.filter((l) => l !== "") : reflow(kept, mode === true, afterBlank);
  // Spaces are judged per paragraph, after reflow, so a field label split by
  // the wrap ("招\n商方向：") is whole again when we look at it.
  const spaced = paragraphs.map(dropCjkSpaces);
  return splitBoxTitles(joinPages(spaced, afterBlank));
}

/**
 * "专栏 1：新一代信息技术创新平台：…" — PDF conversion glued a box's title to
 * its first field. The field labels are learnt from the document itself: a
 * label that opens at least two lines ("创新平台：", "重点企业：") also starts
 * a line when it follows a 专栏 title.
 */
function splitBoxTitles(text: string): string {
  if (!text.includes("专栏")) return text;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(`^(${HAN}{2,6})[：:]`, "gmu"))) {
    const label = m[1] as string;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const labels = [...counts].filter(([, n]) => n >= 2).map(([l]) => l);
  if (labels.length === 0) return text;
  const glued = new RegExp(`^(专栏\\s*\\d+[：:]${HAN}{2,30}?)(${labels.join("|")})([：:])`, "gmu");
  return text.replace(glued, "$1\n$2$3");
}

/** One physical line: markup remnants out, whitespace runs collapsed, trimmed. */
export function cleanLine(line: string): string {
  let s = line
    // Zero-width characters and soft hyphens are invisible noise from converters.
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    // Control characters other than tab carry no text.
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, "")
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    // Full-width digits and Latin letters (２０２３, ＩＣＵ) become ASCII so dates, 文号 and
    // numbers read one way; full-width punctuation and brackets are left alone.
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  s = stripMarkup(s);
  // TOC leaders ("第一节 发展基础 ..... 6") become a column separator.
  s = s.replace(/\s*(?:[.．·]{4,}|…{3,})\s*/g, "\t");
  // A wide gap between two words (a web table that lost its cell marks: 某某产业集聚区     精密仪器) is a
  // column break too.
  s = s.replace(/(?<=\S) {3,}(?=\S)/g, "\t");
  // Whitespace runs: a tab inside means a column break (keep one tab), else one space.
  s = s.replace(/[ \t]+/g, (m) => (m.includes("\t") ? "\t" : " "));
  return s.replace(/^[ \t]+|[ \t]+$/g, "");
}

function stripMarkup(s: string): string {
  return (
    s
      // Inline HTML left over from converters; <br> ends a line but we are already per line.
      .replace(/<\/?(?:b|i|u|em|strong|span|font|sup|sub|br|p|div|small|big|mark|center)\b[^>]*>/gi, "")
      .replace(/\*\*|__(?=\S)|(?<=\S)__/g, "")
      // Markdown heading marks.
      .replace(/^\s*#{1,6}\s+/, "")
      // Markdown list bullets ("- (一) …"), but not page numbers ("- 19 -").
      .replace(/^\s*(?:[-*+]\s+|[•▪●◆■]\s*)(?!\d{1,4}\s*[-—–]\s*$)(?=\S)/, "")
      // Markdown block quotes.
      .replace(/^\s*>\s+/, "")
  );
}

function isRule(line: string): boolean {
  return /^(?:-{3,}|\*{3,}|_{3,}|={3,})$/.test(line);
}

/** "- 19 -", "— 3 —", "第 3 页": page furniture from the PDF, not text. */
function isPageNumber(line: string): boolean {
  return /^[-—–]\s*\d{1,4}\s*[-—–]$/.test(line) || /^第\s*\d{1,4}\s*页(\s*[，,/]?\s*共\s*\d{1,4}\s*页)?$/.test(line);
}

/** A person's name opening a list row (2–3 characters, not a place like 威海市)… */
const NAME_ROW = new RegExp(`^${HAN}{2,3}$(?<![市省县区镇])`, "u");
/** …followed by an organisation or post, as in "苗强 某某有限公司站长". */
const POST_IN_ROW = /^.{3,}(公司|集团|局|院|校|中心|厂|站|部|委|会|所|行|处|室|队|社|长|员|师|任|书记|专员|主管|职工)/u;

const FIELD_LABEL = new RegExp(`^${HAN}{2,6}[：:]`, "u");

/**
 * Drop spaces (not tabs) next to CJK text in one paragraph. Kept: the space
 * after a leading heading label (第一章 总则), the space after a short leading
 * name in a list row ("苗强 山东某公司站长"). A space before a "field：" label
 * in a paragraph that already has a field ("专栏 2：… 创新平台：…") becomes a
 * line break: the PDF had put two boxed lines side by side.
 */
export function dropCjkSpaces(s: string): string {
  if (!s.includes(" ")) return s;
  // Built as chunks with the few facts the rules need tracked on the way:
  // slicing a growing string would make long spaced-out lines quadratic.
  const out: string[] = [];
  let prev = ""; // last character written
  let lineHead = ""; // first characters of the current output line (≤ 13)
  let fieldSeen = false; // a "：" earlier on this output line
  const write = (c: string) => {
    out.push(c);
    prev = c;
    if (lineHead.length <= 12) lineHead += c;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c !== " ") {
      write(c);
      if (c === "：" || c === ":") fieldSeen = true;
      continue;
    }
    const after = s.slice(i + 1, i + 41);
    const next = nextChar(s, i + 1);
    if (FIELD_LABEL.test(after) && fieldSeen && (CJK_CHAR.test(prev) || prev === "")) {
      out.push("\n");
      prev = "";
      lineHead = "";
      fieldSeen = false;
      continue;
    }
    if (!(CJK_CHAR.test(prev) || CJK_CHAR.test(next))) {
      write(c);
      continue;
    }
    const before = lineHead.length <= 12 ? lineHead : "";
    if (keepSpace(before, after, prev, next)) write(" ");
  }
  return out.join("");
}

function nextChar(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

function keepSpace(before: string, after: string, prev: string, next: string): boolean {
  if (CJK_PUNCT.test(prev) || CJK_PUNCT.test(next)) return false;
  if (LABEL_WITH_SPACE.test(before)) return true;
  if (!(HAN_CHAR.test(prev) && HAN_CHAR.test(next))) return false;
  // "医药与医疗器械 创新平台：…" — the next words are a field label.
  if (FIELD_LABEL.test(after)) return true;
  // "苗强 山东某公司…" — a short name opening a list row.
  // (Not in text spaced out character by character: "威 海 市 人 民 政 府".)
  if (NAME_ROW.test(before) && !/^关于/.test(after) && !/^\S /u.test(after) && POST_IN_ROW.test(after)) return true;
  return false;
}

/** Display width: CJK counts 1, half-width characters ½ — wrapped lines then share one width. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    w += cp < 0x2000 || (cp >= 0xff61 && cp <= 0xffdc) ? 0.5 : 1;
  }
  return w;
}

/**
 * The width a document was wrapped at, or null when its lines are paragraphs.
 * A wrapped document has most of its lines within one character of one width.
 */
export function estimateWrapWidth(lines: string[]): number | null {
  const widths = lines.filter((l) => l !== "").map((l) => Math.round(displayWidth(l)));
  const candidates = widths.filter((w) => w >= 10);
  if (candidates.length < 8) return null;
  const counts = new Map<number, number>();
  for (const w of candidates) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [w, n] of counts) {
    if (n > bestCount || (n === bestCount && w > best)) {
      best = w;
      bestCount = n;
    }
  }
  const near = candidates.filter((w) => Math.abs(w - best) <= 1).length;
  if (best < 12 || best > 80 || near < 8 || near / candidates.length < 0.3) return null;
  return best;
}

const TRAILING_FIELD = new RegExp(`(^|[。；\\s])${HAN}{2,6}[：:]$`, "u");

/** A line ending like this stops in the middle of a sentence. */
const OPEN_END = new RegExp(`[${HAN}A-Za-z0-9“‘《（(]$`, "u");

/** Lines at least this wide that do not end a sentence are page-break splits even without a wrap width. */
const LONG_LINE = 60;

/** The paragraph being built: its physical lines and the facts the join rules need. */
interface Paragraph {
  chunks: string[];
  first: string;
  last: string;
  lines: number;
  /** Open brackets not yet closed. */
  depth: number;
  /** Has sentence punctuation somewhere: prose, not a heading. */
  prose: boolean;
}

function startParagraph(line: string): Paragraph {
  return {
    chunks: [line],
    first: line,
    last: line,
    lines: 1,
    depth: bracketDepth(0, line),
    prose: /[。，；,;]/u.test(line),
  };
}

function reflow(lines: string[], heuristics: boolean, afterBlank: boolean[] = []): string[] {
  const wrap = estimateWrapWidth(lines);
  const out: string[] = [];
  let opened = false;
  let para: Paragraph | null = null;
  let blank = false;
  for (const line of lines) {
    if (line === "") {
      blank = true;
      continue;
    }
    // Without a common wrap width, a long line, a blank line and then a labelled line ("某开发区：…")
    // is a new paragraph, whatever the guesses below would say of the long line's open end. A short
    // line ("面向以下老" + "年人开放：") or an open bracket ("（牵" + "头单位：") is a page break.
    const guessOnly =
      blank && wrap === null && NEXT_FIELD.test(line) && para?.depth === 0 && displayWidth(para.last) >= 2 * LONG_LINE;
    const wasBlank = blank;
    blank = false;
    if (para !== null && continues(para, line, wrap, heuristics && !guessOnly)) {
      const sep = joinSeparator(para.last, line);
      para.chunks.push(sep + line);
      para.last = line;
      para.lines++;
      para.depth = bracketDepth(para.depth, line);
      para.prose ||= /[。，；,;]/u.test(line);
    } else {
      if (para !== null) {
        out.push(para.chunks.join(""));
        afterBlank.push(opened);
      }
      opened = wasBlank;
      para = startParagraph(line);
    }
  }
  if (para !== null) {
    out.push(para.chunks.join(""));
    afterBlank.push(opened);
  }
  return out;
}

/** Does `next` continue `para`? The rules look at its last physical line. */
function continues(para: Paragraph, next: string, wrap: number | null, heuristics: boolean): boolean {
  const prev = para.last;
  if (prev.includes("\t") || next.includes("\t")) return false; // table rows
  // A line that starts with closing punctuation can only be a continuation.
  // (An ASCII "?" before a Han character is a bullet lost to a wrong encoding, not a question mark.)
  if (/^[，、。；：！？）》」』”’,;:!?)]/u.test(next) && !/^\?[\p{Script=Han}]/u.test(next)) return true;
  const w = displayWidth(prev);
  // "…等。 重点企业：" at the wrap width: a field label whose value is on the next line.
  if (wrap !== null && w >= wrap - 3 && TRAILING_FIELD.test(prev)) return true;
  if (TERMINAL.test(prev)) return false;
  if (PARAGRAPH_START.test(next) || DOC_NUMBER_LINE.test(next) || DATE_LINE.test(next)) return false;
  if (DOC_NUMBER_LINE.test(prev) || DATE_LINE.test(prev)) return false;
  if (TITLE_END.test(prev) && w < LONG_LINE) return false;
  if (/[，、,]$/u.test(prev)) return !FIELD_LABEL.test(next);
  if (wrap !== null && w >= wrap - 3.5) return true;
  if (!heuristics) return false;
  // In a list of labelled items ("新材料产业：…" / "高端装备制造产业：…") each label opens a line.
  if (NEXT_FIELD.test(para.first) && NEXT_FIELD.test(next)) return false;
  // 第X条 articles are run-in text, never a heading line of their own.
  const article = ARTICLE.test(para.first);
  if (article && OPEN_END.test(prev)) return true;
  // Prose (it has inner punctuation, it is not a heading) that stops mid-word:
  // a page break inside a paragraph.
  const heading = para.lines === 1 && PARAGRAPH_START.test(prev) && !prev.includes("。") && w < 30;
  if (para.prose && !heading && OPEN_END.test(prev)) return true;
  // "(责任单位：市发展改革委、市科技" + "局)": a bracket or quote left open is closed on the next line.
  if (para.depth > 0 && /^[^（(《〔[【“「『]*[）)》〕\]】”」』]/u.test(next)) return true;
  return w >= LONG_LINE && OPEN_END.test(prev);
}

const NEXT_FIELD = new RegExp(`^${HAN}{2,10}[：:]`, "u");
const ARTICLE = new RegExp(`^第${NUM}条`, "u");

function bracketDepth(depth: number, s: string): number {
  let d = depth;
  for (const ch of s) {
    if ("（(《〔[【“「『".includes(ch)) d++;
    else if ("）)》〕]】”」』".includes(ch) && d > 0) d--;
  }
  return d;
}

function joinSeparator(a: string, b: string): string {
  const latin = /[A-Za-z]/;
  return latin.test(a.slice(-1)) && latin.test(nextChar(b, 0)) && !a.endsWith("-") ? " " : "";
}
