// projectLines: the key-project box line scanner ("标签：甲…项目、乙…项目"), shared by park, relation and firm recognisers.
import { docMemo } from "./doc-memo.ts";

/** Project lines: "标签：甲…项目、乙…项目" with at least two items ending in 项目. */
const LINE = /^[\s*#\-—•·]*([^\n：:]{2,20}?)[*\s]*[：:][*\s]*([^\n]+)$/u;

/**
 * LINE's matches, line by line: only lines holding a colon and 项目 are tried (a whole-text scan was slow).
 * The lines are reached from each 项目 (slicing every line and searching it for the colon cost more).
 */
function* lineMatches(s: string): Generator<{ m: RegExpExecArray; at: number }> {
  for (let q = s.indexOf("项目"); q >= 0; ) {
    const a = s.lastIndexOf("\n", q - 1) + 1;
    let b = s.indexOf("\n", q);
    if (b < 0) b = s.length;
    const line = s.slice(a, b);
    if (line.includes("：") || line.includes(":")) {
      const m = LINE.exec(line);
      if (m) yield { m, at: a + m.index };
    }
    q = s.indexOf("项目", b + 1);
  }
}

export interface ProjectLine {
  /** The label's span (an industry heading like 新材料产业). */
  labelStart: number;
  labelEnd: number;
  start: number;
  end: number;
  items: { start: number; end: number }[];
}

/** Each document's lines, read once: the box and list recognisers (and others) all ask. */
const memo = docMemo<string, readonly ProjectLine[]>();

/** The project lines of `s` (shared: callers must not change them). */
export function projectLines(s: string): readonly ProjectLine[] {
  let lines = memo.get(s);
  if (!lines) {
    lines = readLines(s);
    memo.set(s, lines);
  }
  return lines;
}

function readLines(s: string): ProjectLine[] {
  const out: ProjectLine[] = [];
  if (!s.includes("项目、")) return out;
  // A line with one project (标签：甲乙…项目) counts only between lines of the same box (below).
  const single: ProjectLine[] = [];
  for (const { m, at } of lineMatches(s)) {
    const body = m[2] as string;
    const bodyStart = at + m[0].length - body.length;
    const parts = body.split(/[、；;]/u);
    const proj = parts.filter((p) => /项目[）)]?[。；;\s]*$|项目[（(][^）)]{1,6}[）)]\s*[。；]?$/u.test(p)).length;
    const one = proj === 1 && parts.length === 1;
    if (!one && (proj < 2 || proj * 2 < parts.length)) continue;
    const items: { start: number; end: number }[] = [];
    let a = bodyStart;
    for (const p of parts) {
      items.push({ start: a, end: a + p.length });
      a += p.length + 1;
    }
    const labelStart = at + m[0].indexOf(m[1] as string);
    (one ? single : out).push({
      labelStart,
      labelEnd: labelStart + (m[1] as string).length,
      start: at,
      end: at + m[0].length,
      items,
    });
  }
  if (!single.length || !out.length) return out;
  // …a box's one-project line: the project lines before and after it are at most a blank line away.
  const near = (a: number, b: number) =>
    a <= b && /^\s*$/u.test(s.slice(a, b)) && (s.slice(a, b).match(/\n/gu) ?? []).length <= 3;
  const boxed = single
    .filter((x) => out.some((y) => near(y.end, x.start)))
    .filter((x) => out.some((y) => near(x.end, y.start)));
  return boxed.length ? [...out, ...boxed].sort((a, b) => a.start - b.start) : out;
}
