// Document metadata read from the normalised text: title, 文号, issue date,
// issuer. The rules follow the layout of Chinese official documents (GB/T
// 9704): issuer + "关于…的通知" heading, 文号 line, addressees, body, then the
// issuing organ's name over the date at the end.

import { DATE_LINE, DOC_NUMBER_LINE } from "./normalize.ts";

export interface DocMetadata {
  title: string | null;
  docNumber: string | null;
  issueDate: string | null;
  issuer: string | null;
}

/** A line with its [start, end) offsets in the normalised text. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  let start = from;
  while (start < to) {
    let end = text.indexOf("\n", start);
    if (end === -1 || end > to) end = to;
    out.push({ text: text.slice(start, end), start, end });
    start = end + 1;
  }
  return out;
}

// ── 文号 ────────────────────────────────────────────────────────────────────

const DOC_NUMBER = /([\p{Script=Han}]{1,12}?)\s*[〔［\[【(（﹝]\s*((?:19|20)\d\d)\s*[〕］\]】)）﹞]\s*(\d{1,4})\s*号/u;

/**
 * The document number in `s`, canonical form "威政办字〔2026〕10号": any of the
 * bracket variants (〔〕 [] () 【】, half or full width) and inner spaces accepted.
 */
export function parseDocNumber(s: string): string | null {
  const m = DOC_NUMBER.exec(s);
  if (!m) return null;
  const prefix = (m[1] as string).replace(/^[（(]/, "");
  return `${prefix}〔${m[2]}〕${Number(m[3])}号`;
}

export function isDocNumberLine(line: string): boolean {
  return DOC_NUMBER_LINE.test(line.trim());
}

// ── dates ───────────────────────────────────────────────────────────────────

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "5", "十", "十二", "二十", "三十一" → number. */
function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && [...s].every((c) => c in CN_DIGIT)) return Number([...s].map((c) => CN_DIGIT[c]).join(""));
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === "") return null;
  if (!m[2]) return m[1] ? (CN_DIGIT[m[1]] ?? null) : null;
  return (m[1] ? (CN_DIGIT[m[1]] as number) : 1) * 10 + (m[3] ? (CN_DIGIT[m[3]] as number) : 0);
}

const DATE =
  /((?:19|20)\d\d|[〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日/u;

/** "2026 年 5 月 16 日" / "二〇二三年五月十六日" → "2026-05-16"; null if absent or impossible. */
export function parseDate(s: string): string | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const y = cnNumber(m[1] as string);
  const mo = cnNumber(m[2] as string);
  const d = cnNumber(m[3] as string);
  if (y === null || mo === null || d === null) return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null; // 2 月 30 日
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line.trim());
}

// ── issuers ─────────────────────────────────────────────────────────────────

/** Suffixes of issuing organs (generic vocabulary, not names). */
const ORGAN_SUFFIX =
  /(人民政府|政府|办公室|办公厅|委员会|管理委员会|管委会|管委|局|厅|委|部|院|署|办|中心|分行|支行|海关|公司|集团|协会|商会|联合会|联盟|学会|工会|党委|党组|法院|检察院)$/u;

/** A line that is only the name(s) of issuing organs: "甲市人民政府办公室", "中共X委组织部、X局". */
export function isIssuerLine(line: string): boolean {
  const s = line.trim();
  if (s.length < 3 || s.length > 60) return false;
  if (/[。，；：:！？,;（）()《》“”]/u.test(s)) return false;
  return s.split(/[、\s]+/u).every((part) => part.length >= 2 && ORGAN_SUFFIX.test(part));
}

// ── titles ──────────────────────────────────────────────────────────────────

const TITLE_WORD =
  "(?:通知|决定|意见|实施意见|方案|行动方案|办法|纲要|规划|要点|细则|规定|条例|公告|通告|批复|报告|计划|名单|名录)";
const TITLE_LINE = new RegExp(`${TITLE_WORD}(?:（[^）]*）)?$`, "u");

/**
 * Metadata of one document occupying lines [0, lines.length) of its text.
 * `lines` are the document's normalised lines (empty lines never occur).
 */
export function readMetadata(lines: Line[]): DocMetadata {
  const head = lines.slice(0, 30);
  const numberIdx = head.findIndex((l) => isDocNumberLine(l.text));
  const docNumber = numberIdx >= 0 ? parseDocNumber((head[numberIdx] as Line).text) : null;

  const headingBlock = numberIdx >= 0 ? headingLinesBefore(lines, numberIdx) : [];
  const { title: headingTitle, issuer: headingIssuer } = splitHeading(headingBlock.map((l) => l.text));

  const signature = findSignature(lines, numberIdx >= 0 ? numberIdx : 0);
  const title = headingTitle ?? topTitle(head) ?? embeddedTitle(lines);
  const issuer = signature?.issuer ?? headingIssuer ?? issuerFromTitle(title);
  return { title, docNumber, issueDate: signature?.date ?? null, issuer };
}

/**
 * The title/issuer lines just above the 文号 line (at most 10, none ending a
 * sentence). Above the line that holds "关于" only organ names may follow.
 */
export function headingLinesBefore(lines: Line[], idx: number): Line[] {
  const out: Line[] = [];
  let inIssuers = false;
  for (let i = idx - 1; i >= 0 && out.length < 10; i--) {
    const t = (lines[i] as Line).text;
    if (isDocNumberLine(t) || isDateLine(t) || /[。；！？]$/u.test(t) || t.length > 80 || t.includes("\t")) break;
    if (/^[（(].*[）)]$/u.test(t)) break; // "（此件公开发布）"
    if (inIssuers && !isIssuerLine(t)) break;
    out.unshift(lines[i] as Line);
    if (t.includes("关于")) inIssuers = true;
  }
  return out;
}

/** Heading lines → official title ("关于…的通知") and the issuer lines above it. */
function splitHeading(texts: string[]): { title: string | null; issuer: string | null } {
  if (texts.length === 0) return { title: null, issuer: null };
  const joined = texts.join("\n");
  const at = joined.search(/关于/u);
  if (at >= 0) {
    const issuerPart = joined.slice(0, at).trim();
    const title = joined.slice(at).replace(/\s+/g, "");
    const issuers = issuerPart.split(/[\n\s]+/u).filter((s) => s !== "");
    const issuer = issuers.length > 0 && issuers.every(isIssuerLine) ? issuers.join("、") : null;
    return { title, issuer };
  }
  const issuers = texts.filter(isIssuerLine);
  const rest = texts.filter((t) => !isIssuerLine(t));
  return {
    title: rest.length > 0 ? rest.join("").replace(/\s+/g, "") : null,
    issuer: issuers.length > 0 ? issuers.join("、") : null,
  };
}

/** A plan or report without 文号: a title line (maybe two) among the first lines. */
function topTitle(head: Line[]): string | null {
  for (let i = 0; i < Math.min(head.length, 5); i++) {
    const t = (head[i] as Line).text;
    if (t.length > 80 || /[。；]/u.test(t)) continue;
    if (TITLE_LINE.test(t)) {
      const prev = i > 0 ? (head[i - 1] as Line).text : "";
      // A title broken after its "关于…" half; anything else above is a masthead or site name.
      const joinPrev = prev.includes("关于") && !t.includes("关于") && !/[。；：:，]$/u.test(prev) && prev.length < 60;
      return (joinPrev ? prev + t : t).replace(/\s+/g, "");
    }
  }
  return null;
}

/**
 * No title line at all (a text pasted from the body): the plan's own name in
 * its opening sentence ("…远景目标纲要，主要阐明…"), or "现就X提出如下实施意见".
 */
function embeddedTitle(lines: Line[]): string | null {
  const opening = lines
    .slice(0, 6)
    .map((l) => l.text)
    .join("\n")
    .slice(0, 1500);
  const plan = /([^，。；：、\s“”《》]{6,80}?(?:纲要|规划))[，。]/u.exec(opening);
  if (plan?.[1] && /^[\p{Script=Han}]/u.test(plan[1])) return plan[1];
  const proposal = /现就([^，。；：]{2,60}?)提出如下(实施意见|意见)/u.exec(opening);
  if (proposal?.[1]) return `关于${proposal[1]}的${proposal[2]}`;
  return null;
}

function issuerFromTitle(title: string | null): string | null {
  if (!title) return null;
  const m = /^(.{3,40}?)关于/u.exec(title);
  if (!m?.[1]) return null;
  // "X转发Y关于…": X issues the document, Y wrote the forwarded one.
  const parts = m[1].replace(/(转发|批转|印发).*$/u, "").split(/、/u);
  return parts.every(isIssuerLine) ? parts.join("、") : null;
}

/**
 * The issuing organ(s) and date at the foot of the notice: one or more organ
 * lines immediately followed by a date line. The first such block after the
 * heading wins (a notice that forwards a plan signs before the plan).
 */
export function findSignature(lines: Line[], from: number): { issuer: string | null; date: string | null } | null {
  for (let i = from; i < lines.length; i++) {
    if (!isDateLine((lines[i] as Line).text)) continue;
    const organs: string[] = [];
    for (let j = i - 1; j >= from && organs.length < 6; j--) {
      const t = (lines[j] as Line).text;
      if (!isIssuerLine(t)) break;
      organs.unshift(...t.split(/[、\s]+/u));
    }
    if (organs.length > 0) return { issuer: organs.join("、"), date: parseDate((lines[i] as Line).text) };
  }
  // A date alone at the very end (or "…印发"): the date without an issuer.
  for (let i = lines.length - 1; i >= Math.max(from, lines.length - 5); i--) {
    if (isDateLine((lines[i] as Line).text)) return { issuer: null, date: parseDate((lines[i] as Line).text) };
  }
  return null;
}
