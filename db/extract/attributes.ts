// Level and status from the words around a mention: leading 国家级/省级/市级,
// list heads (…等国家级平台), apposition (X是…国家级高新区), and cue verbs
// (争创/建设/规划布局 → planned; 建成/获批/引进 → existing).
import type { Level } from "../types.ts";
import { charTable } from "./anchored.ts";
import type { Ctx } from "./context.ts";
import type { EnumList } from "./lists.ts";
import type { Ent } from "./resolve.ts";

const LEVEL_WORD: Record<string, Level> = {
  国家级: "national",
  省级: "provincial",
  自治区级: "provincial",
  市级: "city",
};

const PLANNED_BEFORE =
  /(争创|积极争创|创建|创建成为|申建|开建|谋划|规划布局|规划建设|布局|筹建|建设|打造|加快推进|加快|力争|签约落户|拟)[^，。；]{0,6}$/u;
const PLANNED_AFTER = /^[^，。；]{0,2}(建设|正在加紧建设|加紧建设|建设之中|开工|筹建)/u;
const EXISTING_BEFORE =
  /(已形成|形成了|建成|已建成|获批|引进|现有|已有|拥有|入选|依托|位于|聚集|集聚|成功)[^，。；]{0,6}$/u;
const CLUSTER_PLANNED = /(规划布局|超前布局|布局|争创|正加快打造|加快打造|加快建设)[^，。；]{0,14}$/u;

const CLAUSE_MARK = charTable("，。；：:\n");
/** The text after the last clause mark (what split(/[，。；：:\n]/u).pop() gave, without the regex split). */
function lastClause(t: string): string {
  let k = t.length;
  while (k > 0 && CLAUSE_MARK[t.charCodeAt(k - 1)] !== 1) k--;
  return t.slice(k);
}

/** The lists' indices by start, and their longest span (how far before a mention a list holding it can start). */
function listSpans(lists: readonly EnumList[]): { order: number[]; maxLen: number } {
  const order = lists
    .map((_, i) => i)
    .sort((x, y) => (lists[x] as EnumList).start - (lists[y] as EnumList).start || x - y);
  let maxLen = Number.NEGATIVE_INFINITY;
  for (const l of lists) maxLen = Math.max(maxLen, l.end - l.start);
  return { order, maxLen };
}

/**
 * Indices, in the lists' order, of the lists with start <= a and b <= end + slack: only lists starting at most
 * maxLen before b - slack are read (a scan of every list per entity was quadratic on long plans).
 */
function holding(
  lists: readonly EnumList[],
  { order, maxLen }: { order: number[]; maxLen: number },
  a: number,
  b: number,
  slack: number,
): number[] {
  const lo = b - slack - maxLen;
  let i = 0;
  let hi = order.length;
  while (i < hi) {
    const mid = (i + hi) >> 1;
    if ((lists[order[mid] as number] as EnumList).start < lo) i = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (; i < order.length; i++) {
    const l = lists[order[i] as number] as EnumList;
    if (l.start > a) break;
    if (b <= l.end + slack) out.push(order[i] as number);
  }
  return out.length > 1 ? out.sort((x, y) => x - y) : out;
}

export function assignAttributes(ctx: Ctx, ents: Ent[], lists: EnumList[]): void {
  const { s } = ctx;
  // Level from list heads/cues.
  const listLevel: { start: number; end: number; level: Level; designated: boolean }[] = [];
  for (const l of lists) {
    // Every level word ends in 级: most lists have none, and the includes is far cheaper.
    const h = l.head.includes("级")
      ? /^\s*等?\s*(?:[\d一二三四五六七八九十两]+\s*[个大家])?\s*(国家级|省级|市级|自治区级)/u.exec(l.head)
      : null;
    const c = l.cue.includes("级") ? /(国家级|省级|市级|自治区级)\s*(?:\d+\s*个)?\s*[（(]?\s*$/u.exec(l.cue) : null;
    const w = h?.[1] ?? c?.[1];
    if (w)
      listLevel.push({
        start: l.start,
        end: l.end + 1,
        level: LEVEL_WORD[w] ?? null,
        designated: !!h && /(园区|开发区|高新区|新区)/u.test(l.head.slice(0, 14)),
      });
  }
  const spans = listSpans(lists);
  const plannedList = (pos: number) =>
    holding(lists, spans, pos, pos, 1).some((i) => {
      const l = lists[i] as EnumList;
      return PLANNED_BEFORE.test(s.slice(Math.max(0, l.start - 12), l.start).replace(/(国家级|省级|市级)$/u, ""));
    });
  for (const e of ents) {
    // The earliest mention (the first of equal starts, as a stable sort would give), without copying and sorting.
    let earliest = e.mentions[0];
    for (const m of e.mentions) if (earliest && m.start < earliest.start) earliest = m;
    const first = earliest;
    if (!first) continue;
    if (e.type === "park" || e.type === "platform") {
      if (!e.level) {
        for (const m of e.mentions) {
          const ll = listLevel.find((x) => m.start >= x.start && m.end <= x.end);
          if (ll) {
            e.level = ll.level;
            break;
          }
          const after = s.slice(m.end, m.end + 40);
          const ap =
            /^[^。；]{0,30}?(是|作为|为|获批|成立|被[^，。]{0,8}?批准为|晋升为|成为)[^，。；]{0,12}?(国家级|省级|自治区级)(?=[^，。；]{0,10}(区|园|新区|开发区))/u.exec(
              after,
            );
          if (ap) {
            e.level = LEVEL_WORD[ap[2] as string] ?? null;
            break;
          }
          const before = s.slice(Math.max(0, m.start - 4), m.start);
          const lb = /(国家级|省级|市级|自治区级)的?$/u.exec(before);
          if (lb) {
            e.level = LEVEL_WORD[lb[1] as string] ?? null;
            break;
          }
        }
      }
    } else e.level = null;
    // Status from the first mention's clause.
    const before = lastClause(s.slice(Math.max(0, first.start - 16), first.start));
    const after = s.slice(first.end, first.end + 10);
    let status: "planned" | "existing" = "existing";
    if (e.type === "cluster") {
      const inList = lists[holding(lists, spans, first.start, first.end, 2)[0] ?? -1];
      const listBefore = inList ? lastClause(s.slice(Math.max(0, inList.start - 16), inList.start)) : "";
      if ((CLUSTER_PLANNED.test(before) || CLUSTER_PLANNED.test(listBefore)) && !/(已|形成了)/u.test(before))
        status = "planned";
    } else if (e.type === "park" || e.type === "platform") {
      // A list labelled as 国家级/省级 parks names parks that exist, whatever the verb.
      const designated = listLevel.find((x) => first.start >= x.start && first.end <= x.end && x.designated);
      const clause = lastClause(s.slice(Math.max(0, first.start - 24), first.start));
      const aim = /^(力争|争创|积极争创|创建)/u.test(clause) || /力争[^，。；]{0,12}(创建|建成|成为)/u.test(clause);
      if (
        (PLANNED_BEFORE.test(before) || PLANNED_AFTER.test(after) || plannedList(first.start) || aim) &&
        !EXISTING_BEFORE.test(before) &&
        !designated
      )
        status = "planned";
    }
    e.status = status;
  }
}
