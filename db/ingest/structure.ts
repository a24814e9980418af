// Document structure: headings (第X章/第X节, 一、, （一）, 1. / 1、 / 1．, 第X条)
// and 专栏 boxes as nested sections with official citation paths ("二、5",
// "第四章第一节", "专栏 1"). Pure; offsets index into the given text.
import type { Section } from "../types.ts";

const NUM_CN = "[一二三四五六七八九十百零〇两]+";

interface HeadingRule {
  kind: Section["kind"];
  /** Rank: lower is outer. */
  rank: number;
  re: RegExp;
}

// Each rule matches at a line start and captures the label and the heading text.
const RULES: HeadingRule[] = [
  { kind: "chapter", rank: 0, re: new RegExp(`^(第${NUM_CN}章)\\s*(.*)$`, "u") },
  { kind: "chapter", rank: 1, re: new RegExp(`^(第${NUM_CN}节)\\s*(.*)$`, "u") },
  { kind: "part", rank: 2, re: new RegExp(`^(${NUM_CN})、\\s*(.*)$`, "u") },
  { kind: "sub", rank: 3, re: new RegExp(`^[（(](${NUM_CN})[）)]\\s*(.*)$`, "u") },
  { kind: "item", rank: 4, re: /^(\d{1,3})[.．、](?!\d)\s*(.*)$/u },
  { kind: "article", rank: 5, re: new RegExp(`^(第${NUM_CN}条)\\s*(.*)$`, "u") },
  { kind: "column", rank: 6, re: /^(专栏\s*\d{1,3})\s*[：:]?\s*(.*)$/u },
];

/** The characters a heading can open with (第, a Chinese numeral, a bracket, a digit, 专): the rules' first. */
const HEADING_FIRST = new Set([..."第一二三四五六七八九十百零〇两（(0123456789专"]);

/** What /^[\s\u3000]+/ strips from a line's start (JavaScript's \s, by code). */
const LEAD_SPACE = new Set(
  [
    ..."\t\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff",
  ].map((c) => c.charCodeAt(0)),
);

/** Heading text: up to the first full stop, capped, so a run-in heading stays short. */
function headingText(rest: string): string {
  const m = /^[^。：:；;！？]{0,60}/u.exec(rest);
  return (m ? m[0] : rest.slice(0, 60)).trim();
}

function labelOf(kind: Section["kind"], raw: string): string {
  if (kind === "part") return raw;
  if (kind === "sub") return `（${raw}）`;
  if (kind === "column") return raw.replace(/^专栏\s*/u, "专栏 ");
  return raw;
}

function pathPart(sec: Section): string {
  switch (sec.kind) {
    case "part":
      return `${sec.label}、`;
    default:
      return sec.label;
  }
}

export function parseSections(text: string): Section[] {
  const out: Section[] = [];
  const stack: { sec: Section; rank: number }[] = [];
  // Lines are read in place: only a line that opens with a rule's first character is cut out
  // (most lines are prose; splitting and trimming every line cost more than the rules).
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let first = lineStart;
    while (first < lineEnd && LEAD_SPACE.has(text.charCodeAt(first))) first++;
    const lead = first - lineStart;
    const opens = first < lineEnd && HEADING_FIRST.has(text[first] as string);
    const trimmed = opens ? text.slice(first, lineEnd) : "";
    for (const rule of opens ? RULES : []) {
      const m = rule.re.exec(trimmed);
      if (!m) continue;
      // 1. items must read as a numbered sentence, not a figure ("2020 年").
      if (rule.kind === "item" && /^\d{3,}/u.test(trimmed)) break;
      const start = lineStart + lead;
      // A 专栏 box is closed by the next heading of any kind, so give it a rank
      // that makes every later heading close it.
      while (stack.length && (stack[stack.length - 1] as { rank: number }).rank >= rule.rank) closeTop(stack, start);
      if (rule.kind === "column")
        while (stack.length && (stack[stack.length - 1] as { sec: Section }).sec.kind === "column")
          closeTop(stack, start);
      const label = labelOf(rule.kind, m[1] as string);
      const parentPath = stack.map((x) => pathPart(x.sec));
      const sec: Section = {
        kind: rule.kind,
        label,
        heading: headingText(m[2] ?? ""),
        depth: stack.length,
        path: "",
        start,
        end: text.length,
      };
      sec.path = rule.kind === "column" ? label : joinPath([...parentPath, pathPart(sec)]);
      out.push(sec);
      stack.push({ sec, rank: rule.kind === "column" ? -1 : rule.rank });
      if (rule.kind === "column") (stack[stack.length - 1] as { rank: number }).rank = 7;
      break;
    }
    // Any non-column heading closes an open 专栏 box.
    lineStart = lineEnd + 1;
  }
  for (const x of stack) x.sec.end = Math.min(x.sec.end, text.length);
  return out;
}

function closeTop(stack: { sec: Section; rank: number }[], at: number): void {
  const top = stack.pop();
  if (top) top.sec.end = Math.max(top.sec.start, trimEnd(at));
}

function trimEnd(at: number): number {
  return at > 0 ? at - 1 : at;
}

function joinPath(parts: string[]): string {
  // "二、" + "5" → "二、5"; "（一）" + "3" → "（一）3"; chapters join with nothing.
  return parts.join("").replace(/、$/u, "");
}

/** The innermost section holding `offset`, or null. */
export function sectionAt(sections: Section[], offset: number): Section | null {
  let best: Section | null = null;
  for (const s of sections) {
    if (offset >= s.start && offset < s.end && (!best || s.depth >= best.depth)) best = s;
  }
  return best;
}
