// Industries listed under a category head that is not 产业: "甲、乙、丙四个主导板块",
// "甲、乙等重点赛道", "甲、乙等五个方面形成…产业基地". The head says what the items are
// (a planning unit of the place's industry), so each item is a cluster. Heads of
// sub-fields, functions or regions (功能板块, 区域板块, 细分领域) stay out.
// Registry entry: rules/clusters-structure.ts.
import { charTable } from "./anchored.ts";
import { domainList } from "./clusters-list-cues.ts";
import { allGeneric, clusterName, isActivity, leadNotName, validIndustry } from "./clusters-names.ts";
import { type Cand, type Ctx, spanCand } from "./context.ts";
import type { EnumList } from "./lists.ts";

const COUNT = "(?:\\d+|[一两二三四五六七八九十]+)\\s*[个大条项类]";
/** A role that makes a 板块/赛道/方向 an industry unit (主导板块, 重点赛道, 拓展板块), not a function or a region. */
const ROLE = "(?:战略性新兴|主导|拓展|重点|特色|优势|新兴|支柱|核心|首位|未来|主攻|产业|重点产业|主导产业)";
/** 板块/赛道/方向 with a role, optionally counted (四个主导板块, 等重点赛道, 两个拓展板块). */
const ROLE_HEAD = new RegExp(`^\\s*(等)?\\s*(${COUNT})?\\s*${ROLE}(?:发展)?\\s*(板块|赛道|方向)`, "u");
/** A counted 方面 (not 领域: fields are sub-fields, annotation guide) whose clause goes on to build an industry (等五个方面形成…特色产业基地). */
const ASPECT_HEAD = new RegExp(
  `^\\s*(等)?\\s*(${COUNT})\\s*(方面)[^，。；]{0,6}?(形成|打造|建成|建设|发展|培育)[^，。；]{0,16}?产业`,
  "u",
);
/** Where a head inside an item can start: a count or 等. */
const HEAD_FIRST = charTable("0123456789一两二三四五六七八九十等");
const CN: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

interface Head {
  /** 等 before the head. */
  deng: boolean;
  /** The stated count, 0 if none (a number always: a field holding null or a number changed the heads' shape, a deopt). */
  count: number;
}

function countOf(c: string | undefined): number {
  const m = /^(\d+|[一两二三四五六七八九十]+)/u.exec((c ?? "").trim());
  if (!m) return 0;
  return /\d/u.test(m[1] as string) ? Number(m[1]) : (CN[m[1] as string] ?? 0);
}

function headAt(t: string): Head | null {
  const r = ROLE_HEAD.exec(t);
  if (r) return { deng: !!r[1], count: countOf(r[2]) };
  const a = ASPECT_HEAD.exec(t);
  if (a) return { deng: !!a[1], count: countOf(a[2]) };
  return null;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Items of a list headed by a category word with a role (板块, 赛道, 方向) or by a counted 方面
 * that goes on to build an industry. A list may hold two such groups
 * (甲、乙四个主导板块、丙和丁两个拓展板块): an item holding a head ends the first group.
 */
export function categoryHeadClusters(ctx: Ctx, lists: EnumList[]): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const l of lists) {
    const groups: { items: Span[]; head: Head }[] = [];
    let cur: Span[] = [];
    for (const it of l.items) {
      const t = s.slice(it.start, it.end);
      // A head inside the item (…丙四个主导板块): the item's name stands before it.
      let found: Head | null = null;
      let at = -1;
      for (let k = 2; k <= t.length - 2; k++) {
        if (HEAD_FIRST[t.charCodeAt(k)] !== 1) continue;
        const m = headAt(t.slice(k));
        if (m && (m.deng || m.count)) {
          found = m;
          at = k;
          break;
        }
      }
      if (found) {
        cur.push({ start: it.start, end: it.start + at });
        groups.push({ items: cur, head: found });
        cur = [];
        continue;
      }
      cur.push(it);
    }
    const lastHead = headAt(l.head);
    if (cur.length && lastHead) groups.push({ items: cur, head: lastHead });
    // (Tested once a head is found: most lists have none.)
    if (groups.length === 0 || domainList(s, l)) continue;
    for (const g of groups) {
      const n = g.head.count;
      let items = g.items;
      // "丙和丁两个拓展板块": a count above the items splits the last one on 和.
      const last = items[items.length - 1];
      if (n && last && n > items.length) {
        const k = s.slice(last.start, last.end).lastIndexOf("和");
        if (k >= 2 && last.end - last.start - k > 2)
          items = [
            ...items.slice(0, -1),
            { start: last.start, end: last.start + k },
            { start: last.start + k + 1, end: last.end },
          ];
      }
      // A stated count must match the items; without one, two or more items.
      if (n ? n !== items.length : items.length < 2) continue;
      const named: Span[] = [];
      for (const it of items) {
        const cut = clusterName(s.slice(it.start, it.end)).cut;
        const a = it.start + cut + leadNotName(s.slice(it.start + cut, it.end));
        const name = s.slice(a, it.end);
        if (!validIndustry(name, false) || allGeneric(name) || isActivity(name)) continue;
        named.push({ start: a, end: it.end });
      }
      // Every item (one odd one in four or more) must be an industry name.
      if (named.length < items.length && (items.length < 4 || named.length < items.length - 1)) continue;
      for (const it of named) out.push(spanCand(ctx, "cluster", it.start, it.end, "cluster:category-head", 0.7));
    }
  }
  return out;
}
