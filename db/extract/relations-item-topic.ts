// The industry a paragraph or an ordinal item is about. Plans, interviews and zone
// profiles often open a paragraph or an item by naming ONE industry ("二是某产业基地。",
// "首先是某产业。", "在某产业方面，", a heading line "（三）某产业" / "某产业集群") and then
// list firms or parks in the sentences after it without naming the industry again.
// The topic holds from the opener to the end of the item: the next ordinal marker or
// the next sentence opening with an industry as its topic (…。在某产业方面，) inside the
// paragraph, else the paragraph's end; a heading line alone covers the paragraph under
// it (up to a blank line or the next heading). Registry entries:
// rules/relations-topic.ts (item:topic-firms, item:topic-parks).

import { charTable } from "./anchored.ts";
import { lineSpans } from "./relations-scan.ts";
import type { Hit, HitIndex, RelationAdd } from "./relations-scope.ts";
import type { Ent } from "./resolve.ts";
import { lastIndexOfAny } from "./text.ts";

const CLAUSE_STOP = charTable("，。；,;\n：");

export interface TopicItem {
  cluster: Ent;
  /** Where the opener starts and where it ends (the item's own text follows). */
  start: number;
  openerEnd: number;
  /** The item's end (exclusive). */
  end: number;
}

/** Ordinal words that open an item in prose (二是, 其次是, 第三是…): one source for the patterns below. */
const ORDINAL_WORD =
  "[一二三四五六七八九十]{1,2}是|首先是|其次是|再次是|再就是|然后是|还有|最后是|此外是|第[一二三四五六七八九十]{1,2}是";
/** Ordinal markers that open an item inside a paragraph (…。二是…, …。其次是…). */
const INLINE_ORDINAL = new RegExp(`^[\\s\\u3000]*(?:${ORDINAL_WORD})`, "u");
/** A line's opener: an optional speaker label (答：/某某：), an optional marker, an optional 在. */
const LINE_OPENER = new RegExp(
  `^[\\s\\u3000]*(?<speaker>[\\p{Script=Han}]{1,4}[：:]\\s*)?(?<marker>${ORDINAL_WORD}|第[一二三四五六七八九十]{1,2}[，,、]|[（(][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\\d{1,2}[.．、](?!\\d)|[①-⑳]|[-—•·▪●]+)?[\\s\\u3000]*(?:\\*\\*)?[\\s\\u3000]*(?<zai>在)?$`,
  "u",
);
/** What may follow the industry in an opener, then its terminator (or the line's end). */
const OPENER_TAIL =
  /^(?<suffix>产业集群|产业基地|产业链|产业|集群|行业)?(?<topic>方面|领域|板块|赛道)?(?:上)?[\s\u3000]*(?:\*\*)?[\s\u3000]*(?<term>[。：:，,]|$)/u;
/** The next item's marker inside the same paragraph. */
const NEXT_ORDINAL = new RegExp(`[。；;][\\s\\u3000]*(?:${ORDINAL_WORD})`, "gu");
/** A line that is a heading, not prose: a marker at its start, or short with no sentence stop. */
const HEADING_MARKER =
  /^[\s\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+[章节部分])/u;
const MAX_SCOPE = 3000;
/** Where a sentence inside a paragraph ends (the next one may open an item). */
const SENTENCE_STOP = /[。；;！？!?]/gu;

function isHeadingLine(text: string): boolean {
  const t = text.trim();
  return HEADING_MARKER.test(t) || (t.length <= 25 && !/[。，,；;]/u.test(t));
}

/** An opener at pos (a line start or an inline ordinal marker): the item it opens, or null. */
function openerAt(
  s: string,
  idx: HitIndex,
  pos: number,
  lineEnd: number,
  inline: boolean,
): { hit: Hit; openerEnd: number; headingOnly: boolean } | null {
  // The industry starts within the first 20 characters (speaker label, marker, 在).
  const head = s.slice(pos, Math.min(lineEnd, pos + 24));
  for (let k = idx.lowerBound(pos); k < idx.hits.length; k++) {
    const h = idx.hits[k] as Hit;
    if (h.m.start >= pos + 20 || h.m.start >= lineEnd) return null;
    if (h.ent.type !== "cluster") continue;
    const lead = LINE_OPENER.exec(head.slice(0, h.m.start - pos));
    if (!lead?.groups) return null;
    const { speaker, marker, zai } = lead.groups;
    // "某某：" alone is a speaker's answer starting with anything: a marker must follow.
    if (speaker && !marker) return null;
    const mention = s.slice(h.m.start, h.m.end);
    // Two industries joined (甲和乙产业方面) are not ONE topic.
    if (/[和与、]/u.test(mention)) return null;
    const tail = OPENER_TAIL.exec(s.slice(h.m.end, Math.min(lineEnd, h.m.end + 12)));
    if (!tail?.groups) return null;
    const { topic, term, suffix } = tail.groups;
    // 在某产业，: the industry word itself marks the topic (the mention may hold it).
    const zaiSuffix = zai && (suffix || /(产业|集群|产业链|行业)$/u.test(mention)) && (term === "，" || term === ",");
    // Inside a paragraph, a sentence opens an item by an ordinal marker or a topic word (…。在某产业方面，).
    if (inline && !marker && !topic && !zaiSuffix) return null;
    const headingOnly = term === "";
    // "某产业，甲、乙…" may be an enumeration's first item: a comma needs a marker, 在 or a topic word.
    if ((term === "，" || term === ",") && !marker && !zai && !topic) return null;
    // 在某产业 needs its topic word (在某产业方面，).
    if (zai && !topic && !zaiSuffix) return null;
    const openerEnd = h.m.end + tail[0].length;
    return { hit: h, openerEnd, headingOnly };
  }
  return null;
}

/** Every item opened by one industry, with its scope. */
export function itemTopics(s: string, idx: HitIndex): TopicItem[] {
  const out: TopicItem[] = [];
  const lines = lineSpans(s);
  for (let li = 0; li < lines.length; li++) {
    const ln = lines[li] as { start: number; end: number };
    // An opener is a cluster starting within 20 characters of its position, in the line (openerAt):
    // lines and positions without one are skipped before any pattern runs.
    if (!idx.startsIn("cluster", ln.start, ln.end)) continue;
    // Openers: the line start, and inline ordinal markers after a sentence stop.
    const starts: { pos: number; inline: boolean }[] = [{ pos: ln.start, inline: false }];
    const text = s.slice(ln.start, ln.end);
    SENTENCE_STOP.lastIndex = 0;
    for (let m = SENTENCE_STOP.exec(text); m; m = SENTENCE_STOP.exec(text)) {
      const at = ln.start + m.index + 1;
      if (at < ln.end && idx.startsIn("cluster", at, Math.min(ln.end, at + 20))) starts.push({ pos: at, inline: true });
    }
    const opened = starts.map(({ pos, inline }) => ({ pos, op: openerAt(s, idx, pos, ln.end, inline) }));
    if (opened.every(({ op }) => !op)) continue;
    // An item ends where the next ordinal marker (二是…, even one not about an industry) or the next
    // sentence opening with another industry as its topic (…。在某产业方面，) starts.
    const cuts: number[] = [];
    NEXT_ORDINAL.lastIndex = 0;
    for (let m = NEXT_ORDINAL.exec(text); m; m = NEXT_ORDINAL.exec(text)) cuts.push(ln.start + m.index + 1);
    for (const { pos, op } of opened) if (op && pos > ln.start) cuts.push(pos);
    cuts.sort((a, b) => a - b);
    for (const { pos, op } of opened) {
      if (!op) continue;
      let end = ln.end;
      if (op.headingOnly) {
        // A heading line alone: the paragraph(s) under it, up to a blank line or the next heading.
        let k = li + 1;
        while (k < lines.length) {
          const nx = lines[k] as { start: number; end: number };
          const t = s.slice(nx.start, nx.end);
          if (!t.trim() || isHeadingLine(t) || nx.end - ln.start > MAX_SCOPE) break;
          end = nx.end;
          k++;
        }
        if (end === ln.end) continue;
      } else {
        const next = cuts.find((c) => c > op.openerEnd);
        if (next !== undefined) end = next;
      }
      out.push({ cluster: op.hit.ent, start: pos, openerEnd: op.openerEnd, end });
    }
  }
  return out;
}

/** The innermost item whose body (after its opener) holds pos. */
export function topicAt(items: TopicItem[], pos: number): TopicItem | undefined {
  let best: TopicItem | undefined;
  for (const it of items) if (pos >= it.openerEnd && pos < it.end && (!best || it.start >= best.start)) best = it;
  return best;
}

/** A run of firms the text lists as an industry's: closed by 等…企业/公司, a role, or brought in/hosted. */
const FIRM_HEAD =
  /^\s*(?:等|为代表|为龙头|为核心|为骨干|为引领)|^\s*(?:[一两二三四五六七八九十\d]+|几)[大家个](?:[^，。；,;]{0,6})?(?:企业|公司|集团|龙头)/u;
const FIRM_CUE =
  /(落户|投产|引进|引入|招引|入驻|集聚|聚集|汇聚|拥有|依托|以|支持|培育|壮大|推动|龙头企业|骨干企业|重点企业|链主企业)(?:了)?[\s：:]*$/u;
/** The run itself settles in or starts production (甲、乙等企业已在园区投产; 甲、乙等一批公司落户). */
const FIRM_AFTER =
  /^\s*(?:等[^，。；,;]{0,12}?)?(?:已|先后|相继|纷纷|陆续)?(?:在[^，。；,;]{0,8}?)?(?:落户|投产|入驻|签约|落地)/u;

/** A second industry the text names where the firms are (the clause holding them): they are its. */
const OTHER_INDUSTRY = /[\p{Script=Han}]{2}(?:产业|行业)(?!链|园|基地|集聚区|项目)/u;
/** An industry word (某某产业), not a generic one (主导产业, 相关产业) nor a park or chain. */
const UNMARKED_INDUSTRY =
  /(?<!主导|优势|新兴|相关|支柱|特色|重点|传统|上下游|配套|关联|[的和及与、，,])[\p{Script=Han}]{2}产业(?!链|园|基地|集聚|发展|工人|用地|项目)/u;

/**
 * Whether a firm list [start, end) inside item it is listed as the item's industry's firms:
 * firm-list context (等企业 / 两大龙头企业 / 落户 / 投产 / 引进 / 依托 …), no project run, and no
 * other industry — marked or not — in the clause that holds the list.
 */
export function itemFirmList(
  s: string,
  idx: HitIndex,
  it: TopicItem,
  list: { start: number; end: number; cue: string; head: string; items: readonly unknown[] },
  sent: { start: number; end: number },
  blanked: (a: number, b: number) => string,
): boolean {
  const head = list.head;
  if (/^\s*等[^，。；,;：:]{0,12}(?:项目|平台|载体|机构|院所|高校)/u.test(head)) return false;
  const context = FIRM_HEAD.test(head) || FIRM_CUE.test(list.cue) || FIRM_AFTER.test(head);
  if (!context) return false;
  // A firm named alone is the item's only when a cue brings it in, gives it a role or closes it as firms (甲等企业).
  if (
    list.items.length < 2 &&
    !FIRM_CUE.test(list.cue) &&
    !/^\s*(?:为(?:代表|龙头|核心|骨干|引领)|等[^，。；,;]{0,10}?(?:企业|公司|集团))/u.test(head)
  )
    return false;
  // The clause that holds the list.
  const stopBefore = lastIndexOfAny(s, CLAUSE_STOP, list.start - 1);
  const a = Math.max(it.openerEnd, stopBefore + 1);
  const rest = s.slice(list.end, it.end).search(/[，。；,;\n]/u);
  const b = rest < 0 ? it.end : list.end + rest;
  if (idx.inSpan(a, b, "cluster").some((h) => h.ent !== it.cluster)) return false;
  if (OTHER_INDUSTRY.test(blanked(list.end, b))) return false;
  // An industry word the extractor did not mark, earlier in the list's sentence (在甲产业方面，乙产业
  // 建设初见成效，包括丙、丁…): the firms may be that one's.
  if (UNMARKED_INDUSTRY.test(blanked(Math.max(it.openerEnd, sent.start), list.start))) return false;
  return true;
}

/** A verb that builds or hosts a run of parks right before it. */
const BUILD = /(建设|建成|打造|规划|布局|依托|集中在|集中于|位于|拥有|建有|提升|做强|壮大|升级)(?:了)?\s*$/u;

/**
 * park_cluster: named parks an item about one industry builds or hosts (首先是某产业。…加快建设甲产业园、
 * 乙产业园…): the run of parks right after a build/host verb, in a sentence naming no other industry.
 */
export function itemTopicParks(
  s: string,
  idx: HitIndex,
  items: TopicItem[],
  sentOf: (pos: number) => { start: number; end: number },
  add: RelationAdd,
): void {
  for (const it of items) {
    const parks = idx.inSpan(it.openerEnd, it.end, "park");
    for (let k = 0; k < parks.length; k++) {
      const first = parks[k] as Hit;
      // The run of parks joined by 、/和/及/与 that starts here.
      const run = [first];
      while (k + 1 < parks.length) {
        const nx = parks[k + 1] as Hit;
        const prev = run[run.length - 1] as Hit;
        if (!/^\s*[、和及与]\s*$/u.test(s.slice(prev.m.end, nx.m.start))) break;
        run.push(nx);
        k++;
      }
      if (!BUILD.test(s.slice(Math.max(it.openerEnd, first.m.start - 8), first.m.start))) continue;
      const sent = sentOf(first.m.start);
      const a = Math.max(sent.start, it.openerEnd);
      if (idx.inSpan(a, sent.end, "cluster").some((h) => h.ent !== it.cluster)) continue;
      for (const p of run) add("park_cluster", p.ent, it.cluster, a, sent.end, "item:topic-parks", 0.55);
    }
  }
}
