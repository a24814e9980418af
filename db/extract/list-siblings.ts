// Items of a list left untyped beside accepted siblings of one type (甲中心、乙平台、丙测试平台; 市甲局、市乙局、市丙支队; 甲、乙、丙、丁
// with one industry the list rules left out): the list names things of one kind, so a free item is typed
// alike when its own shape reads as a name of that kind. Runs after flat selection, on items no accepted
// candidate touches; weaker than the suffix and list rules. Firms are not typed so (their lists mix in
// products and projects: 2 right, 26 wrong on development).
import type { EntityType } from "../types.ts";
import type { Cand, Ctx } from "./context.ts";
import { spanCand } from "./context.ts";
import { itemCluster } from "./learned-lists.ts";
import type { EnumList } from "./lists.ts";
import { verbAt } from "./lists-verbs.ts";
import { typedSuffix } from "./names.ts";
import { bareCategory } from "./names-valid.ts";
import { ruleConfidence } from "./registry.ts";
import { tag } from "./tagger.ts";

const TYPES: readonly EntityType[] = ["cluster", "park", "platform", "enterprise", "department"];
/** The rule per type, and how many accepted siblings it needs (besides half the list). */
const SIBLING: Partial<Record<EntityType, { rule: string; min: number }>> = {
  // A platform item carries its own kind word (…中心, …平台): one sibling is enough. An industry's
  // words (…材料) are weaker: three siblings. Parks are left out: on unseen text a park typed so
  // took the document's firms (session 28).
  platform: { rule: "list-sibling:platform", min: 1 },
  cluster: { rule: "list-sibling:cluster", min: 3 },
  department: { rule: "list-sibling:department", min: 1 },
};
/** A body's level prefix and a body's word at its end (市文联, 团市委, 市消防救援支队, 市某研究院 among units). */
const DEPT_ITEM = /^(?:团[市县区]委|(?:市|省|县|区)[\p{Script=Han}]{1,14}(?:[局委办厅处会联队院站所社部室组]|中心))$/u;
/** A name's characters (no clause punctuation, no digits of a figure). */
const NAME = /^[\p{Script=Han}A-Za-z·]{2,14}$/u;
/** Words that make an item a clause or a quantity, not a name. */
const CLAUSE = /[的了在是为把被将对从向着过]|以上|左右|亿元|万元/u;
/** A platform's kind words (…中心, …实验室, …研究院, 某所, …平台). */
const PLATFORM_END = /(中心|实验室|研究院|研究所|[^场厕]所|工作站|平台)$/u;
/** The type each character's accepted candidate has (index into TYPES + 1; 0: none). */
function coverage(len: number, accepted: Cand[]): Uint8Array {
  const at = new Uint8Array(len);
  for (const c of accepted) {
    const k = TYPES.indexOf(c.type) + 1;
    for (let i = c.start; i < c.end && i < len; i++) at[i] = k;
  }
  return at;
}

/** Whether the item opens with a verb, adverb, preposition or conjunction (推进甲园, 同时结合…). */
function verbLed(s: string, a: number, b: number): boolean {
  if (verbAt(s, a)) return true;
  const first = tag(s.slice(a, b), false)[0];
  return !!first && /^(v|vd|d|ad|p|c)$/u.test(first.tag) && first.word.length < b - a;
}

/** The candidate a free item names as `type` (cluster, platform or department: SIBLING's types), or null. */
function itemAs(ctx: Ctx, type: EntityType, rule: string, a: number, t: string): Cand | null {
  const b = a + t.length;
  if (type === "cluster") {
    const x = itemCluster(ctx, { start: a, end: b });
    return x ? { ...x, rule } : null;
  }
  const named = type === "department" ? DEPT_ITEM.test(t) : t.length >= 4 && PLATFORM_END.test(t) && !bareCategory(t);
  return named ? { ...spanCand(ctx, type, a, b, rule, 0), fromList: true } : null;
}

export function listSiblings(ctx: Ctx, lists: EnumList[], accepted: Cand[]): Cand[] {
  const { s } = ctx;
  const at = coverage(s.length, accepted);
  const out: Cand[] = [];
  for (const l of lists) {
    if (l.items.length < 2) continue;
    const kinds = new Set<number>();
    const free: { start: number; end: number }[] = [];
    for (const it of l.items) {
      let k = 0;
      for (let i = it.start; i < it.end; i++) if (at[i]) kinds.add((k = at[i] as number));
      if (!k) free.push(it);
    }
    // Every accepted item of one type, at least half the list.
    if (kinds.size !== 1 || !free.length) continue;
    const type = TYPES[([...kinds][0] as number) - 1] as EntityType;
    const sib = SIBLING[type];
    const typed = l.items.length - free.length;
    if (!sib || typed < sib.min || typed * 2 < l.items.length) continue;
    for (const it of free) {
      const a = it.start + (/^[“"「]/u.test(s[it.start] ?? "") ? 1 : 0);
      const t = s.slice(a, it.end).replace(/[”"」]?等?$/u, "");
      if (!NAME.test(t) || CLAUSE.test(t) || verbLed(s, a, a + t.length)) continue;
      const own = typedSuffix(t);
      if (own && own.type !== type) continue;
      const c = itemAs(ctx, type, sib.rule, a, t);
      if (!c) continue;
      c.confidence = ruleConfidence(sib.rule);
      c.fromList = true;
      out.push(c);
    }
  }
  return out;
}
