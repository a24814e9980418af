// Coordinations "A、B + shared head": 甲城、乙城化工产业园 → 甲城化工产业园 and
// 乙城化工产业园; 甲城、乙城 2 个省级绿电园 → two provincial parks. Each item's
// mention is the shortest span holding the item and the head.
import type { Level } from "../types.ts";
import { charTable, matchesAround, matchesAt, SPACE_CHARS } from "./anchored.ts";
import { TIME_WORDS } from "./boundary-vocab.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { CITY_BEFORE_CHINA, typedSuffix } from "./names.ts";
import { tag } from "./tagger.ts";
import { isNameChar, stopEndingAt } from "./text.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

const LEVELS: Record<string, Level> = { 国家级: "national", 省级: "provincial", 自治区级: "provincial", 市级: "city" };
const SEPARATOR = /(等)?\s*(\d+|[两二三四五六七八九十]+)\s*个\s*(国家级|省级|市级|自治区级)?\s*$/u;

/** Items before position `end` separated by 、 (nearest last), each trimmed at stop words. */
function itemsBefore(s: string, end: number, maxItems = 8): { start: number; end: number }[] | null {
  const out: { start: number; end: number }[] = [];
  let e = end;
  for (let k = 0; k < maxItems; k++) {
    let a = e;
    let cut = false;
    while (a > 0 && (isNameChar(s[a - 1]) || /[()（）]/u.test(s[a - 1] as string)) && e - a < 12) {
      if (stopEndingAt(s, a) > 0) {
        cut = true;
        break;
      }
      a--;
    }
    if (a === e) break;
    // A list number at a line's start (4、某某技术中心) marks the line, it is no item.
    if (/^[\d０-９]+$/u.test(s.slice(a, e)) && (a === 0 || s[a - 1] === "\n")) break;
    const full = s[a - 1] === "、";
    // An item cut by a stop word is only fine as the first item (推进文登、…).
    if (cut && full) return null;
    out.unshift({ start: a, end: e });
    if (!full) break;
    e = a - 1;
  }
  return out;
}

const BARE_HEAD =
  /(等)?\s*(\d+|[两二三四五六七八九十]+|多|若干|几)\s*个\s*(国家级|省级|市级|自治区级)?\s*((?:[\p{Script=Han}]{0,6}?)(?:专业镇|特色小镇|小镇|集聚区|聚集区|集中区|产业园区|工业园区|产业园|工业园|园区|开发区|经开区|高新区|基地))/uy;
/** What BARE_HEAD holds before its 个: 等, white space, digits, Chinese numerals, 多/若干/几 (甲、乙等多个工业园区). */
const BARE_HEAD_LEAD = charTable(`等${SPACE_CHARS}0123456789两二三四五六七八九十多若干几`);

/** The counters BARE_HEAD and PLATFORM_HEAD hold, from the document's trigger index. */
const COUNTER_AT = triggerFamily(["个", "大"]);

/** A time word the item scan kept before a first place (上半年甲、乙两个工业园区). */
const TIME_LEAD = new RegExp(`^(?:${[...TIME_WORDS].sort((a, b) => b.length - a.length).join("|")})`, "u");

/** A counted platform kind (…、丁材料五大研究中心; 甲、乙2个省级工程技术研究中心): one platform per item. */
const PLATFORM_HEAD =
  /(等)?\s*(\d+|[两二三四五六七八九十]+)\s*[个大]\s*(国家级|省级|市级|自治区级)?\s*((?:工程技术|工程|技术创新|技术|产业技术)?(?:研究中心|创新中心|研究院|重点实验室|实验室))/uy;

/** Verbs that open the clause of a counted platform list (规划建设甲、乙两大研究中心). */
const BUILD_VERBS =
  /^(?:(?:规划|加快|重点|积极|谋划|推动|支持|全力|着力)?(?:建设|新建|筹建|组建|打造|设立|成立|创建|布局|建成|建立))+/u;

const VAGUE_ITEM = (t: string) =>
  t.length >= 2 && t.length <= 4 && !/(业|工|材|械|能源|药|品|装备|电子|制造|物流|信息|技术|科技|服务)$/u.test(t);

/** One candidate per counted item: the item's words and the shared head (its mention spans both). */
function headedItems(
  ctx: Ctx,
  type: "park" | "platform",
  items: { start: number; end: number }[],
  headStart: number,
  headEnd: number,
  levelWord: string | undefined,
  confidence: number,
): Cand[] {
  const level = levelWord ? (LEVELS[levelWord] ?? null) : null;
  const head = orig(ctx, headStart, headEnd);
  return items.map((it) => ({
    type,
    start: it.start,
    end: headEnd,
    occStart: it.start,
    occEnd: it.end,
    name: orig(ctx, it.start, it.end) + head,
    rule: "coordination:counted",
    confidence,
    level,
  }));
}

/** The parts of [from, at) between 、 marks. */
function itemsBetween(s: string, from: number, at: number): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  for (let a = from; a < at; ) {
    const k = s.indexOf("、", a);
    const e = k < 0 || k > at ? at : k;
    items.push({ start: a, end: e });
    a = e + 1;
  }
  return items;
}

/** A counted platform kind after a list of registered firms (甲有限公司、乙股份有限公司等10家企业技术中心). */
const FIRM_PLATFORM_HEAD =
  /等\s*(?:\d+|[两二三四五六七八九十百]+)\s*家\s*(国家级|省级|市级|自治区级)?\s*(企业技术中心|工程技术研究中心|工程研究中心|技术创新中心|工业设计中心|重点实验室)/uy;
const DENG_AT = triggerFamily(["等"]);
const FIRM_FORM = /(有限责任公司|股份有限公司|有限公司|集团)$/u;

/**
 * "甲有限公司、乙有限公司等10家企业技术中心上榜": each firm's platform of that kind (甲有限公司企业技术中心).
 * The platforms occupy no text of their own: the firms keep their names as enterprises.
 */
function firmPlatforms(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const m of matchesAt(s, FIRM_PLATFORM_HEAD, triggerStarts(s, DENG_AT))) {
    const at = m.index as number;
    let from = at;
    while (from > 0 && at - from < 200 && !/[，,。；;：:\n]/u.test(s[from - 1] as string)) from--;
    const items = itemsBetween(s, from, at);
    if (items.length < 2 || !items.every((it) => FIRM_FORM.test(s.slice(it.start, it.end)))) continue;
    const headEnd = at + m[0].length;
    const head = m[2] as string;
    const level = m[1] ? (LEVELS[m[1]] ?? null) : null;
    for (const it of items) {
      // The clause's opening (其中某经开区的甲有限公司) ends at its last 的: the firm's name follows it.
      const de = s.slice(it.start, it.end).lastIndexOf("的");
      const lead =
        de >= 0 && it.end - it.start - de - 1 >= 4
          ? de + 1
          : (CITY_BEFORE_CHINA.exec(s.slice(it.start, it.end))?.[0].length ?? 0);
      out.push({
        type: "platform",
        start: it.start + lead,
        end: headEnd,
        occStart: headEnd,
        occEnd: headEnd,
        name: orig(ctx, it.start + lead, it.end) + head,
        rule: "coordination:firm-platforms",
        confidence: 0.75,
        level,
      });
    }
  }
  return out;
}

/** A zone's named area (某自贸区甲片区) and the zone word before it. */
const ZONE_AREA = /^(.{2,20}?(?:自贸区|试验区|经开区|开发区|高新区))([\p{Script=Han}]{2,8}片区)$/u;
const NEXT_AREA = /^[和、及与]([\p{Script=Han}]{2,6}?片区)/u;

/** "湖南自贸区长沙片区和岳阳片区": the second area is the same zone's (湖南自贸区岳阳片区). */
function sharedZoneAreas(ctx: Ctx, heads: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of heads) {
    if (c.type !== "park") continue;
    const z = ZONE_AREA.exec(ctx.s.slice(c.start, c.end));
    const nx = z ? NEXT_AREA.exec(ctx.s.slice(c.end, c.end + 10)) : null;
    if (!z || !nx) continue;
    const at = c.end + 1;
    const area = nx[1] as string;
    out.push({
      type: "park",
      start: at,
      end: at + area.length,
      name: orig(ctx, c.start, c.start + (z[1] as string).length) + orig(ctx, at, at + area.length),
      rule: "coordination:zone-area",
      confidence: 0.75,
    });
  }
  return out;
}

/** Whether the tagger's words of `text` have a boundary `at` characters in. */
function wordEndsAt(text: string, at: number): boolean {
  let p = 0;
  for (const t of tag(text, false)) {
    p += t.word.length;
    if (p >= at) return p === at;
  }
  return false;
}

export function coordinationCandidates(ctx: Ctx, heads: Cand[]): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [...firmPlatforms(ctx), ...sharedZoneAreas(ctx, heads)];
  // Heads without words of their own (…等4个省级专业镇): not candidates themselves, so found here.
  // Every match is made of BARE_HEAD_LEAD characters up to its (only) 个, so it starts
  // inside the run of such characters right before a 个.
  const leadRun = (q: number): [number, number] => {
    let r = q;
    while (r > 0 && BARE_HEAD_LEAD[s.charCodeAt(r - 1)] === 1) r--;
    return [r, q - 1];
  };
  const counters = triggerStarts(s, COUNTER_AT);
  for (const m of matchesAround(s, BARE_HEAD, "个", leadRun, () => true, counters)) {
    const head = m[4] as string;
    const headStart = (m.index as number) + m[0].length - head.length;
    if (heads.some((c) => c.start <= headStart && c.end >= headStart + head.length)) continue;
    const items = itemsBefore(s, m.index as number);
    if (!items || items.length < 2) continue;
    if (items.some((it) => /(区|园)$/u.test(s.slice(it.start, it.end)))) continue;
    // "上半年甲、乙两个工业园区": a time word the scan kept opens the clause, not the first place.
    const when = TIME_LEAD.exec(s.slice(items[0]?.start ?? 0, items[0]?.end ?? 0));
    if (when && items[0] && items[0].end - items[0].start - when[0].length >= 2) items[0].start += when[0].length;
    // A vague count (多个, 若干个) also follows kinds (化工、建材等多个园区): its items must be short names, not industries.
    if (/^(多|若干|几)$/u.test(m[2] as string) && items.some((it) => !VAGUE_ITEM(s.slice(it.start, it.end)))) continue;
    out.push(...headedItems(ctx, "park", items, headStart, headStart + head.length, m[3], 0.75));
  }
  for (const counter of ["个", "大"])
    for (const m of matchesAround(s, PLATFORM_HEAD, counter, leadRun, () => true, counters)) {
      const head = m[4] as string;
      const headStart = (m.index as number) + m[0].length - head.length;
      if (heads.some((c) => c.start <= headStart && c.end >= headStart + head.length)) continue;
      // The clause up to the count, split at 、; the first item without the clause's verbs.
      const at = m.index as number;
      let from = at;
      while (from > 0 && at - from < 80 && !/[，,。；;：:\n（(]/u.test(s[from - 1] as string)) from--;
      const lead = BUILD_VERBS.exec(s.slice(from, at));
      if (lead) from += lead[0].length;
      const items = itemsBetween(s, from, at);
      // Named by what each researches: two or more items, none a kind or a place of its own.
      if (items.length < 2 || !lead) continue;
      if (
        items.some(
          (it) =>
            it.end - it.start < 2 ||
            it.end - it.start > 12 ||
            !/^[\p{Script=Han}]+$/u.test(s.slice(it.start, it.end)) ||
            /(区|园|中心|平台|实验室|研究院|企业|高校|院所)$/u.test(s.slice(it.start, it.end)),
        )
      )
        continue;
      out.push(...headedItems(ctx, "platform", items, headStart, headStart + head.length, m[3], 0.7));
    }
  for (const c of heads) {
    if (c.type !== "park" && c.type !== "platform") continue;
    const before = s.slice(Math.max(0, c.start - 12), c.start);
    const sep = SEPARATOR.exec(before);
    if (sep) {
      // 荣成、乳山 2 个省级 + 绿电产业园 (the head is the whole candidate).
      const sepStart = c.start - sep[0].length;
      const items = itemsBefore(s, sepStart);
      if (!items || items.length < 2) continue;
      // Items that are places of their own (南部甲区、北部乙园两个…园区) are not coordinated.
      if (items.some((it) => /(区|园)$/u.test(s.slice(it.start, it.end)))) continue;
      const level = sep[3] ? (LEVELS[sep[3]] ?? null) : (c.level ?? null);
      const headName = orig(ctx, c.start, c.end);
      for (const it of items) {
        const itemText = orig(ctx, it.start, it.end);
        if (typedSuffix(itemText) && !/[)）]$/u.test(itemText)) continue;
        out.push({
          type: c.type,
          start: it.start,
          end: c.end,
          occStart: it.start,
          occEnd: it.end,
          name: itemText + headName,
          rule: "coordination:counted",
          confidence: 0.8,
          level,
        });
      }
      continue;
    }
    if (s[c.start - 1] !== "、") continue;
    const prevItems = itemsBefore(s, c.start - 1);
    if (!prevItems || prevItems.length === 0) continue;
    const cText = s.slice(c.start, c.end);
    // 中国（某市）某某试验区 is one national designation: its bracket names the place, it parts no item from a head.
    if (/^(?:中国|国家)[（(]/u.test(cText)) continue;
    // Split the last element into item + head: after a closing bracket, or by the length of the other items.
    let k = Math.max(cText.lastIndexOf(")"), cText.lastIndexOf("）")) + 1;
    const prevTyped = prevItems.some(
      (x) => typedSuffix(s.slice(x.start, x.end)) || /[心院室园区所站台场]$/u.test(s.slice(x.start, x.end)),
    );
    // Items that are parks of their own (甲产业园、乙物流园、丙(某地)丁产业园) share no head; zones and
    // districts (甲经开区、乙区、丙区绿电产业园区) do.
    if (prevItems.some((x) => /园$/u.test(s.slice(x.start, x.end)))) continue;
    if (k <= 0) {
      if (prevTyped) continue;
      const len =
        (prevItems[prevItems.length - 1] as { start: number; end: number }).end -
        (prevItems[prevItems.length - 1] as { start: number; end: number }).start;
      if (len < 2 || len > 4) continue;
      // Split by length only where a word ends (喀什、霍尔果斯经济开发区 is no 霍尔 + 果斯经济开发区).
      if (!wordEndsAt(cText, len)) continue;
      k = len;
    }
    const head = cText.slice(k);
    const hs = typedSuffix(head);
    // The shared head needs words of its own before the type suffix (化工 + 产业园).
    if (head.length < 3 || (!hs && c.type === "park") || (hs && head.length - hs.suffix.length < 2)) continue;
    // Items with the head's own suffix are names of their own (甲产业园、乙产业园、丙(丁)某某产业园).
    if (hs && prevItems.some((x) => s.slice(x.start, x.end).endsWith(hs.suffix))) continue;
    if (prevItems.some((x) => x.end - x.start > 10)) continue;
    // An item that is a body of its own (某某领导小组、某中心建设领导小组) is not a place or field name.
    if (prevItems.some((x) => /(小组|专班|政府|[局委办厅])$/u.test(s.slice(x.start, x.end)))) continue;
    // A list closed as bodies (市、县食药监、经信、发改、某产业园等部门): its items are units, the last one a park.
    if (/^等?(?:相关|有关)?(?:部门|单位)/u.test(s.slice(c.end, c.end + 6))) continue;
    const headName = orig(ctx, c.start + k, c.end);
    for (const it of prevItems) {
      out.push({
        type: c.type,
        start: it.start,
        end: c.end,
        name: orig(ctx, it.start, it.end) + headName,
        rule: "coordination:shared-head",
        confidence: 0.75,
        occStart: it.start,
        occEnd: it.end,
        level: c.level ?? null,
      });
    }
  }
  return out;
}
