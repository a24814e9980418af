// The learned list-item layer: the counterpart of learned-lists.ts for firms, parks and platforms.
// Where a list the finder found holds items no accepted candidate covers, a logistic regression per
// type reads each such item with its list: the cue's and head's words, the item's last characters,
// length, position and part-of-speech tags, and above all which types the rules already took of
// its siblings (a list whose other items are firms). Trained by `npm run train`
// (scripts/train-list-items.ts); an item it adds passes the type's validity test first.
// Deterministic: fixed features, committed weights.

import type { EntityType } from "../types.ts";
import { endsInVerb } from "./clusters-names.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { allBrands, itemOk, readsAsName } from "./enterprises-items.ts";
import { firmShape } from "./firm-lists.ts";
import { industryPhrase } from "./industry-heads.ts";
import { bucket } from "./learned.ts";
import type { EnumList, ListItem } from "./lists.ts";
import { typedSuffix } from "./names-suffixes.ts";
import { tag } from "./tagger.ts";
import { PLACE_SET } from "./vocab.ts";

export const ITEM_TYPES = ["enterprise", "park", "platform"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export interface ItemTypeModel {
  enabled: boolean;
  bias: number;
  weights: Record<string, number>;
  /** Whether the type's items are added in documents over LONG_DOCUMENT characters too. */
  long: boolean;
}
export interface ItemModel {
  threshold: number;
  types: Partial<Record<ItemType, ItemTypeModel>>;
  note?: string;
}

export interface ItemRow {
  type: ItemType;
  cand: Cand;
  features: string[];
}

const HEAD_WORDS = [
  "企业",
  "公司",
  "集团",
  "园区",
  "园",
  "开发区",
  "平台",
  "基地",
  "中心",
  "实验室",
  "产业",
  "领域",
  "项目",
  "产品",
  "机构",
  "等",
];
const CUE_WORDS = [
  "引进",
  "引入",
  "入驻",
  "落户",
  "签约",
  "培育",
  "建设",
  "打造",
  "依托",
  "龙头",
  "企业",
  "园区",
  "平台",
  "包括",
  "有",
  "以",
  "支持",
  "推动",
  "重点",
];

/** The item as the list rules read it: no spaces, no lead-in (如, 包括) or trailing 等. */
function trimItem(s: string, it: ListItem): { start: number; end: number } {
  let a = it.start;
  let b = it.end;
  while (a < b && /[\s“”"'《》「」]/u.test(s[a] as string)) a++;
  while (b > a && /[\s“”"'《》「」等]/u.test(s[b - 1] as string)) b--;
  const lead = /^(?:如|包括|例如|比如|其中)/u.exec(s.slice(a, b));
  if (lead) a += lead[0].length;
  return { start: a, end: b };
}

const BODY = /^[\p{Script=Han}A-Za-z0-9（）()·&-]{2,24}$/u;

/** Whether a trimmed item can name one of `type` at all: a firm is no place, industry, product or verb phrase. */
export function validItem(name: string, type: ItemType): boolean {
  if (!BODY.test(name) || PLACE_SET.has(name.replace(/[省市县区]$/u, ""))) return false;
  const own = typedSuffix(name);
  if (type === "enterprise") {
    if (own && own.type !== "enterprise") return false;
    // An industry phrase (新材料, 汽车零部件) unless a brand precedes a firm word (某某汽车).
    // It reads as a name: a firm word at its end or a token the tagger knows as no common word.
    return itemOk(name) && !endsInVerb(name) && !(industryPhrase(name) && !firmShape(name)) && readsAsName(name);
  }
  // Two names joined (甲中心和乙小镇) are two items the list finder left together.
  if (/[和与及]/u.test(name)) return false;
  if (own) return own.type === type;
  // (A bare district, 某某区, is a place.)
  if (type === "park") return /(园|园区|基地|.{3}区|港|城|谷|小镇|工场|街区|空间|坊)$/u.test(name);
  return /(中心|平台|实验室|研究院|所|孵化器|加速器|众创空间|工作站|联盟|创新院)$/u.test(name);
}

/** Last characters a park or platform name can end in (validItem's endings and the typed suffixes'). */
const ENDS: Record<ItemType, RegExp | null> = {
  enterprise: null,
  park: /[园区地港城谷镇场间坊心街器]/u,
  platform: /[心台室院所器间站盟场脑地体]/u,
};
function couldEnd(s: string, it: ListItem, t: ItemType): boolean {
  const re = ENDS[t];
  if (!re) return true;
  let b = it.end;
  while (b > it.start && /[\s“”"'《》「」等]/u.test(s[b - 1] as string)) b--;
  return re.test(s[b - 1] ?? "");
}

/** Rows of every free item of lists with two items or more: one per type the item may name. */
export function itemRows(
  ctx: Ctx,
  lists: EnumList[],
  cands: Cand[],
  only: readonly ItemType[] = ITEM_TYPES,
): ItemRow[] {
  const { s } = ctx;
  const live = cands.filter((c) => c.confidence > 0).sort((a, b) => a.start - b.start);
  const longest = live.reduce((m, c) => Math.max(m, c.end - c.start), 0);
  const from = (a: number) => {
    let lo = 0;
    let hi = live.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((live[mid] as Cand).start < a - longest) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const rows: ItemRow[] = [];
  const dl = `dl=${bucket(s.length, [3000, 10000])}`;
  for (const l of lists) {
    const n = l.items.length;
    if (n < 2) continue;
    // Most lists hold no item that could end as the types asked for: skip them before any other work.
    if (!l.items.some((it) => only.some((t) => couldEnd(s, it, t)))) continue;
    const near: Cand[] = [];
    for (let i = from(l.start); i < live.length && (live[i] as Cand).start < l.end + 1; i++)
      if ((live[i] as Cand).end > l.start) near.push(live[i] as Cand);
    const cover = l.items.map((it) => near.filter((c) => c.start < it.end && c.end > it.start).map((c) => c.type));
    if (cover.every((cs) => cs.length)) continue;
    const cue = l.cue.replace(/\s+/gu, "");
    const head = l.head.replace(/\s+/gu, "");
    const hw = /^[^，。；,;]{0,12}/u.exec(head)?.[0] ?? "";
    const shared = [
      dl,
      `c1=${cue.slice(-1)}`,
      `c2=${cue.slice(-2)}`,
      `h1=${head.slice(0, 1)}`,
      `h2=${head.slice(0, 2)}`,
      `n=${bucket(n, [2, 3, 5, 8])}`,
      `free=${bucket(cover.filter((cs) => !cs.length).length / n, [0.3, 0.6, 0.99])}`,
    ];
    for (const w of HEAD_WORDS) if (hw.includes(w)) shared.push(`hw=${w}`);
    for (const w of CUE_WORDS) if (cue.slice(-12).includes(w)) shared.push(`cw=${w}`);
    if (l.count) shared.push(l.count === n ? "count=eq" : "count=ne");
    for (const t of ["enterprise", "park", "platform", "cluster", "department"] as EntityType[]) {
      const k = cover.filter((cs) => cs.includes(t)).length;
      shared.push(`sib=${t}:${bucket(k / n, [0, 0.3, 0.6])}`);
    }
    // How the list's items read, industries or brands: asked only once an item may name something.
    let listWide = false;
    l.items.forEach((it, i) => {
      if (cover[i]?.length) return;
      const span = trimItem(s, it);
      const name = s.slice(span.start, span.end);
      const types = only.filter((t) => validItem(name, t));
      if (!types.length) return;
      if (!listWide) {
        listWide = true;
        const texts = l.items.map((x) => s.slice(x.start, x.end).trim());
        shared.push(`lip=${bucket(texts.filter((t) => industryPhrase(t)).length / n, [0, 0.3, 0.6])}`);
        if (allBrands(ctx, l.items)) shared.push("brands");
      }
      const own = [
        `e1=${name.slice(-1)}`,
        `e2=${name.slice(-2)}`,
        `len=${bucket(name.length, [2, 3, 4, 6, 9])}`,
        `pos=${i === 0 ? "first" : i === n - 1 ? "last" : "mid"}`,
      ];
      if (/\d/u.test(name)) own.push("digit");
      if (/[A-Za-z]/u.test(name)) own.push("latin");
      if (readsAsName(name)) own.push("rn");
      own.push(`fs=${firmShape(name)}`);
      const tags = tag(name, false);
      own.push(`nt=${bucket(tags.length, [1, 2, 3])}`, `t0=${tags[0]?.tag}`, `tl=${tags[tags.length - 1]?.tag}`);
      for (const t of new Set(tags.map((x) => x.tag))) own.push(`tg=${t}`);
      for (const type of types) {
        const f = [...shared, ...own];
        // The siblings of the layer's own type, apart (the strongest sign).
        f.push(`same=${bucket(cover.filter((cs) => cs.includes(type)).length, [0, 1, 2])}`);
        rows.push({
          type,
          features: f,
          cand: {
            type,
            start: span.start,
            end: span.end,
            name: orig(ctx, span.start, span.end),
            rule: "learned:list-item",
            confidence: 0.5,
            fromList: true,
          },
        });
      }
    });
  }
  return rows;
}

export const itemScore = (m: { bias: number; weights: Record<string, number> }, f: string[]) => {
  let z = m.bias;
  for (const k of f) z += m.weights[k] ?? 0;
  return 1 / (1 + Math.exp(-z));
};

/** Free list items the model reads as firms, parks or platforms (the best-scored type per item). */
export function learnedListItems(ctx: Ctx, lists: EnumList[], cands: Cand[], m: ItemModel | undefined): Cand[] {
  const long = ctx.s.length > 10000;
  const on = ITEM_TYPES.filter((t) => m?.types[t]?.enabled && (!long || m.types[t]?.long));
  if (!m || !on.length) return [];
  const best = new Map<number, { p: number; c: Cand }>();
  for (const r of itemRows(ctx, lists, cands, on)) {
    const tm = m.types[r.type] as ItemTypeModel;
    const p = itemScore(tm, r.features);
    if (p < m.threshold) continue;
    const b = best.get(r.cand.start);
    if (!b || p > b.p) best.set(r.cand.start, { p, c: r.cand });
  }
  return [...best.values()].map((b) => b.c);
}
