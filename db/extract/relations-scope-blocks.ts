// Park blocks (a park's own section or run-in heading and the lines under it, blockAt): the passage-level scope, apart from the document- and sentence-level tests in relations-scope.ts.
import type { Section } from "../types.ts";
import { lowerBound } from "./anchored.ts";
import type { Hit, HitIndex } from "./relations-hits.ts";
import { lineSpans } from "./relations-scan.ts";
import type { Ent } from "./resolve.ts";
import { tableCellRows } from "./table-cells.ts";

export interface ParkBlock {
  /** The entity the block is about (a park, or a cluster for industry boxes). */
  park: Ent;
  start: number;
  end: number;
  /** "section" (a parsed heading names the park) or "run-in" (a line opens with the park). */
  kind: "section" | "run-in";
}

/** List markers a run-in heading line may start with, by kind. */
const MARKERS: [string, RegExp][] = [
  ["dash", /^(?:--|——|—|-)\s*/u],
  ["bullet", /^[•·▪●○◆■□]\s*/u],
  ["sub", /^[（(][一二三四五六七八九十]+[)）]\s*/u],
  ["part", /^[一二三四五六七八九十]+、\s*/u],
  ["item", /^\d{1,2}[.．、](?!\d)\s*/u],
  ["shi", /^[一二三四五六七八九十]+是\s*/u],
  ["circled", /^[①-⑳]\s*/u],
  // A bold run-in head (**某产业园。** in documents converted to Markdown): its siblings are bold too.
  ["bold", /^\*\*\s*/u],
];

/** The characters a marker can start with (each pattern above opens with one of them). */
const MARKER_FIRST = new Set("-—•·▪●○◆■□（(一二三四五六七八九十0123456789*①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳");
const NO_MARKER = { kind: "none", len: 0 };

function marker(line: string): { kind: string; len: number } {
  if (!MARKER_FIRST.has(line[0] as string)) return NO_MARKER;
  for (const [kind, re] of MARKERS) {
    const m = re.exec(line);
    if (m) return { kind, len: m[0].length };
  }
  return NO_MARKER;
}

/**
 * A short phrase closed by 。/：/--: a run-in heading ("科技创新园。", "“四区”：", "--智能装备基地。").
 * A bare short line ("目标", "年均增长20%") is a row of the block, not a new heading.
 */
const RUN_IN_HEAD = /^[^，,。：:；;！？\n]{1,24}?(?:。|：|:|--|——)/u;

/** The verb of a measure heading before its industry (做强, 培育壮大, 加快发展). */
const HEAD_VERB =
  /^(?:大力|加快|积极|着力|持续|聚焦)?(?:培育壮大|发展壮大|做大做强|做优做强|做强做优|提升发展|优化提升|发展|培育|壮大|做强|做优|提升|打造|突破)/u;

/** A line that is only a place's name (a district, county, zone or 市直 heading). */
const PLACE_LINE = /^\p{Script=Han}{1,8}(?:区|县|市|旗|镇|乡|街道|市直|省直)$/u;

/** Headings that open a new topic: any parsed heading above the item level. */
const TOPIC_KINDS = new Set<Section["kind"]>(["chapter", "part", "sub", "column"]);
const MAX_BLOCK = 4000;

/**
 * Blocks about one park (or, with type "cluster", one industry). A parsed section
 * whose heading is about one park ("（三）某经济开发区", "第二节 加快某产业园建设") covers
 * its section; a line that opens with the name closed by 。/：/-- (or that is the
 * name alone) covers the lines after it up to the next run-in heading of the same
 * marker kind, the next topic heading, or the next line headed by a name of that type.
 */
export function parkBlocks(s: string, idx: HitIndex, sections: Section[], type = "park"): ParkBlock[] {
  const out: ParkBlock[] = [];
  const other = type === "park" ? "cluster" : "park";
  for (const sec of sections) {
    if (sec.kind === "article" || type !== "park") continue;
    const headStart = sec.start;
    const headEnd = Math.min(sec.end, sec.start + sec.label.length + 3 + sec.heading.length);
    const parks = idx.inSpan(headStart, headEnd, type);
    const ents = new Set(parks.map((h) => h.ent));
    if (ents.size !== 1 || idx.inSpan(headStart, headEnd, other).length) continue;
    const h = parks[0] as Hit;
    // The park is the topic: little else in the heading besides it.
    if (sec.heading.length - (h.m.end - h.m.start) > 10) continue;
    out.push({ park: h.ent, start: sec.start, end: sec.end, kind: "section" });
  }
  // Sorted, for a binary search per line (every line under every head asked it, scanning them all).
  const topicStarts = sections
    .filter((x) => TOPIC_KINDS.has(x.kind))
    .map((x) => x.start)
    .sort((a, b) => a - b);
  const topicIn = (a: number, b: number): boolean => {
    const k = lowerBound(topicStarts, a);
    return k < topicStarts.length && (topicStarts[k] as number) < b;
  };
  type Line = { start: number; end: number };
  const lines = lineSpans(s);
  const parkHeadAt = (ln: { start: number; end: number }): Hit | null => {
    const cap = Math.min(ln.end, ln.start + 60);
    // The head can only start within the line's first 60 characters and one quote mark.
    if (!idx.startsIn(type, ln.start, cap + 2)) return null;
    const text = s.slice(ln.start, cap);
    const lead = /^[\s\u3000]*/u.exec(text)?.[0].length ?? 0;
    const mk = marker(text.slice(lead));
    let at = ln.start + lead + mk.len;
    if (s[at] === "“" || s[at] === "【" || s[at] === "「") at++;
    // "（二）培育壮大某产业。": a numbered plan heading names its industry after the verb of the measure.
    if (type === "cluster" && mk.len > 0) at += HEAD_VERB.exec(s.slice(at, at + 8))?.[0].length ?? 0;
    const k = idx.lowerBound(at);
    const h = idx.hits[k];
    if (!h || h.m.start !== at || h.ent.type !== type) return null;
    // The longest mention starting there (a park name, not a word inside it).
    const after = s.slice(h.m.end, Math.min(ln.end, h.m.end + 3)).replace(/^[”】」]/u, "");
    return /^(?:。|：|:|--|——|—|\s*$)/u.test(after) ? h : null;
  };
  // A park alone on its line inside a table's row is a cell, not a heading (table-cells.ts).
  const cells = type === "park" ? tableCellRows(s).flat() : [];
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i] as { start: number; end: number };
    const head = parkHeadAt(ln);
    if (!head || cells.some(([x, y]) => x <= head.m.start && head.m.end <= y)) continue;
    const lead = /^[\s\u3000]*/u.exec(s.slice(ln.start, ln.start + 8))?.[0].length ?? 0;
    const kind = marker(s.slice(ln.start + lead, ln.start + lead + 8)).kind;
    let end = ln.end;
    // A box's head line is followed by the same labelled rows in every box (目标, 重点企业…):
    // a short bare line followed by one of those rows heads the next box.
    const rowText = (k: number) => s.slice((lines[k] as Line).start, (lines[k] as Line).end).trim();
    const nextRows = (k: number) => {
      const out: string[] = [];
      for (let m = k + 1; m < lines.length && out.length < 2; m++) if (rowText(m)) out.push(rowText(m));
      return out;
    };
    const headRows = new Set(nextRows(i));
    // An industry named at the head of a prose line (某产业。坚持…; 某产业：甲项目、乙项目) is that line's
    // topic only; an industry box has its name alone on the head line.
    const alone = !s
      .slice(head.m.end, ln.end)
      .replace(/^[”】」。：:\s\-—]+/u, "")
      .trim();
    for (let j = i + 1; j < lines.length && (type === "park" || alone); j++) {
      const nx = lines[j] as { start: number; end: number };
      const text = s.slice(nx.start, nx.end).replace(/^[\s\u3000]+/u, "");
      if (!text) continue;
      if (nx.start - ln.start > MAX_BLOCK) break;
      if (topicIn(nx.start, nx.end)) break;
      if (parkHeadAt(nx)) break;
      if (/^[\p{Script=Han}“”]{2,12}$/u.test(text) && !headRows.has(text) && nextRows(j).some((r) => headRows.has(r)))
        break;
      // Under a place alone on its line (a list grouped by area: 高 区 / 经 区 / 市直), the next
      // place alone on its line heads the next group.
      if (kind === "none" && alone && PLACE_LINE.test(text.replace(/[\s\u3000]/gu, ""))) break;
      const mk = marker(text);
      // An industry box holds labelled rows (目标：…, 重点企业：…): only the next box ends it.
      if (type === "park" && mk.kind === kind && RUN_IN_HEAD.test(text.slice(mk.len))) break;
      end = nx.end;
    }
    out.push({ park: head.ent, start: ln.start, end, kind: "run-in" });
  }
  return out;
}

/** The innermost block holding [a, b). */
export function blockAt(blocks: ParkBlock[], a: number, b: number): ParkBlock | null {
  let best: ParkBlock | null = null;
  for (const x of blocks)
    if (x.start <= a && b <= x.end && (!best || x.end - x.start < best.end - best.start)) best = x;
  return best;
}
