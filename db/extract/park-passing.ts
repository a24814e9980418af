// Parks a text names in passing: a partner its (unnamed) subject signs with, a zone visited or learnt from,
// or one named once in a sentence naming nothing else. Such a mention is not the zone the text is about, so it
// neither dilutes that zone's share (relations-scope.ts) nor takes the zone's bare back-references (gazetteer.ts).
import { charTable } from "./anchored.ts";
import type { Ent, MentionSpan } from "./resolve.ts";
import { endBeforeAny, startAfterAny } from "./text.ts";

/** What ends a clause, and a sentence. */
const CLAUSE_STOP = charTable("。！？；，,\n");
export const SENTENCE_STOP = charTable("。！？；\n");

/** 赴甲园考察 / 借鉴甲园经验 / 到甲园学习: the object of a visit or a model. */
const VISIT_BEFORE = /(?:赴|前往|借鉴|对标|学习)$/u;
const VISIT_AFTER = /^(?:等地|等园区)?(?:考察|学习|调研|参观|观摩|交流|对接|招商)|^的?(?:经验|做法|模式)/u;
/** 与甲园签订合作协议 / 与甲园结为友好园区: a partner. */
const PARTNER_AFTER = /^[^，。；]{0,8}?(?:签订|签署|合作|共建|结对|结为|缔结|交流)/u;

/** True when a name of `ents` other than mention `m` overlaps [from, to) (`self` is skipped unless given as null). */
function named(
  ents: readonly Ent[],
  from: number,
  to: number,
  m: { start: number; end: number },
  self: Ent | null,
): boolean {
  return ents.some((e) => e !== self && e.mentions.some((n) => n !== m && n.start < to && n.end > from));
}

/**
 * The mention is the object of a visit, a model or a partnership of its clause's unnamed subject.
 * `ents` are the names (or `namedIn` tells whether a name starts in a span).
 */
export function passingCue(
  s: string,
  ents: readonly Ent[] | ((from: number, to: number) => boolean),
  m: { start: number; end: number },
): boolean {
  const a = startAfterAny(s, CLAUSE_STOP, m.start);
  const before = s.slice(a, m.start);
  const after = s.slice(m.end, m.end + 16);
  if (/(?:赴|前往)$/u.test(before) || (VISIT_BEFORE.test(before) && VISIT_AFTER.test(after))) return true;
  if (/[到去]$/u.test(before) && VISIT_AFTER.test(after)) return true;
  // A name before 与 is the clause's subject (甲公司与某园签约: the firm joins the park).
  if (!/^[^，。；]{0,6}[与同跟和]$/u.test(before) || !PARTNER_AFTER.test(after)) return false;
  return typeof ents === "function" ? !ents(a, m.start) : !named(ents, a, m.start, m, null);
}

/**
 * The park's one mention stands in a sentence naming nothing else (此外，甲园也在加快建设。), in its own
 * paragraph or closing another: it places nothing and is placed nowhere.
 */
export function ownSentence(s: string, ents: readonly Ent[], self: Ent, m: MentionSpan): boolean {
  if (self.mentions.length !== 1) return false;
  return !named(ents, startAfterAny(s, SENTENCE_STOP, m.start), endBeforeAny(s, SENTENCE_STOP, m.end), m, self);
}
