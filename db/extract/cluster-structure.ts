// Clusters named by document structure and development cues rather than by a
// 产业 suffix: run-in headings of an industry section ("（2）甲与乙。…" under
// "培育八大产业集群") and "…经济" sectors that are the object of a development
// verb (大力发展甲乙经济). Registry entries: rules/clusters-structure.ts.

import { matchesAt } from "./anchored.ts";
import { leadNotName, validIndustry } from "./clusters-names.ts";
import { type Cand, type Ctx, spanCand } from "./context.ts";
import { lineStarts } from "./trigger-index.ts";
import { GENERIC_INDUSTRY } from "./vocab.ts";

/**
 * A run-in heading at a line start: an enumerator ((2), 2., 二、) and/or bold, a short phrase,
 * an optional 产业 suffix, then 。 or ：. The phrase is the heading's subject.
 */
const RUN_IN =
  /^[ \t\u3000]*(\*\*)?[ \t\u3000]*(?:[（(]\s*([0-9一二三四五六七八九十]+)\s*[）)]|([0-9]+)[.．、]|([一二三四五六七八九十]+)、)?[ \t\u3000]*(\*\*)?([^\s。，,；;：:*（）()“”"、]{2,16}?)(产业集群|产业链|产业)?[。：:][ \t\u3000]*(\*\*)?/dmuy;
/** An industry count in the passage before the headings (八大产业集群, 两大优势产业, 5条产业链). */
const COUNT_INTRO = /([两二三四五六七八九十]|\d+)\s*[大个条类项][^，。；\n]{0,8}?(产业集群|产业链|产业|集群)/u;
/** Verbs and task words: a heading that says what to do is a task, not an industry. */
const TASK_WORD =
  /(推动|推进|加快|加强|提升|建设|打造|培育|发展|实施|构建|强化|优化|完善|健全|深化|促进|聚焦|围绕|做强|做大|壮大|引领|实现|突破|创新|改革|开放|保障|服务|目标|任务|措施|机制|体系|格局|布局|其他|其它|重点|主要|总体|基本)/u;

interface Heading {
  style: string;
  start: number;
  end: number;
  name: string;
  /** The enumerator's number (0 for bold headings without one). */
  n: number;
}

const HAN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function toNumber(t: string): number {
  if (/^\d+$/u.test(t)) return Number(t);
  if (t.length === 1) return HAN_DIGIT[t] ?? 0;
  // 十一 … 十九, 二十: enough for a plan's sections.
  const [tens, ones] = t.split("十") as [string, string];
  return (tens ? (HAN_DIGIT[tens] ?? 0) : 1) * 10 + (ones ? (HAN_DIGIT[ones] ?? 0) : 0);
}

/** Run-in headings of three or more sibling sections after an industry count: each names a cluster. */
export function runInHeadingClusters(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const heads: Heading[] = [];
  // (Tried at line starts only, where its ^ holds: trigger-index.ts.)
  for (const m of matchesAt(s, RUN_IN, lineStarts(s))) {
    const bold = !!(m[1] || m[5]);
    const enumStyle = m[2] ? "paren" : m[3] ? "arabic" : m[4] ? "han" : "";
    // A plain line start (bold markup is gone after ingest) counts only as a run-in heading:
    // "甲。" followed by the section's text on the same line.
    if (!bold && !enumStyle && !(/。\s*$/u.test(m[0]) && /^[\p{Script=Han}“]/u.test(s.slice(m.index + m[0].length))))
      continue;
    const name = m[6] as string;
    const start = m.indices?.[6]?.[0] ?? -1;
    if (start < 0) continue;
    const num = m[2] ?? m[3] ?? m[4];
    heads.push({
      style: `${enumStyle}${bold ? "*" : ""}`,
      start,
      end: start + name.length,
      name,
      n: num ? toNumber(num) : 0,
    });
  }
  const out: Cand[] = [];
  const byStyle = new Map<string, Heading[]>();
  for (const h of heads) {
    const same = byStyle.get(h.style);
    if (same) same.push(h);
    else byStyle.set(h.style, [h]);
  }
  for (const list of byStyle.values()) {
    // Siblings: same style, each within 3,000 characters of the previous one.
    let run: Heading[] = [];
    const flush = () => {
      // (Three industries at least: a shorter run is not read at all.)
      if (run.length < 3) {
        run = [];
        return;
      }
      const ok = run.filter((h) => industryHeading(h.name));
      const first = ok[0];
      if (
        first &&
        ok.length >= 3 &&
        ok.length * 3 >= run.length * 2 &&
        COUNT_INTRO.test(s.slice(Math.max(0, first.start - 2500), first.start))
      )
        for (const h of ok) out.push(spanCand(ctx, "cluster", h.start, h.end, "cluster:run-in-heading", 0.75));
      run = [];
    };
    for (const h of list) {
      const prev = run[run.length - 1];
      // A new run: far from the previous heading, or its numbering starts again.
      if (prev && (h.start - prev.end > 3000 || (h.n > 0 && h.n <= prev.n))) flush();
      run.push(h);
    }
    flush();
  }
  return out;
}

function industryHeading(name: string): boolean {
  if (TASK_WORD.test(name)) return false;
  // 全域甲乙 (a whole-area sector): 全域 is part of the sector's name, which validIndustry's 全 check would cut.
  // "甲纤维等新材料": a heading may name a sector by its lead material and 等 (as in the guide).
  const n = name.replace(/(?<=[\p{Script=Han}]{2})等(?=[\p{Script=Han}]{2})/u, "x");
  return validIndustry(n, /(制造业|服务业)$/u.test(n)) || /^全域[\p{Script=Han}]{2,4}$/u.test(n);
}
