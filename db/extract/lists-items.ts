// Item judgements other recognisers apply to a found list (predicateItem, fieldsOrStages); findLists itself does not use them.
import { charTable } from "./anchored.ts";
import { tag } from "./tagger.ts";

/** Adjectives a subject-predicate item ends in (标准低, 经济效益好, 环境污染少, 产能低下). */
const PREDICATE_END = /(高|好|低|少|小|大|强|弱|差|快|慢|多|优|低下|不足|落后|过剩|厚实|雄厚|齐全|完备|完善)$/u;
const PREDICATE_LAST = charTable("高好低少小大强弱差快慢多优下足后剩实厚全备善");
/**
 * An item that is a noun and an adjective predicate (科技含量高, 规模小): a quality, never a name or an
 * industry. The tagger decides (青岛海大 is a place and a brand, not 海 + 大).
 */
export function predicateItem(text: string): boolean {
  if (text.length < 2 || PREDICATE_LAST[text.charCodeAt(text.length - 1)] !== 1 || !PREDICATE_END.test(text))
    return false;
  const toks = tag(text, true);
  const last = toks[toks.length - 1];
  const prev = toks[toks.length - 2];
  if (!last || !prev) return false;
  return (last.tag === "a" || /^(低下|不足|落后|过剩)$/u.test(last.word)) && /^(n|vn|v)$/u.test(prev.tag);
}

/**
 * A list whose items are no industries whatever their words: the fields of something else
 * (甲、乙等领域的芯片设计) or the stages of one chain, written straight before it without 等
 * (甲生产、储存、加工全产业链; 从甲、乙到丙的全产业链).
 */
export function fieldsOrStages(s: string, items: readonly { start?: number; end: number }[]): boolean {
  return items.some((it) => {
    // The items after this one, then the head.
    const after = s.slice(it.end, it.end + 90);
    return (
      /^(?:[、和及与][^，。；;、等\n]{1,10}){0,8}?等[^，。；;\n]{0,4}?领域的/u.test(after) ||
      // (…全产业链, or 从甲、乙到丙的完整产业链: the links of one chain, from its first to its last.)
      /^(?:[、和及与][^，。；;、等\n]{1,10}){0,8}?(?:全|到[^，。；;\n]{1,24}?的(?:完整|完善|全)的?)产业链/u.test(
        after,
      ) ||
      // (包括甲、乙、丙在内的较为完整的某产业链: the links a chain includes.)
      /^(?:[、和及与][^，。；;、等\n]{1,12}){0,8}?在内的[^，。；;\n]{0,10}?产业链/u.test(after) ||
      CHAIN_STAGES_AFTER.test(after) ||
      // 集甲、乙、丙于一体(的): the parts of one whole (a firm's activities, a park's functions, a chain's links).
      (/^(?:[、和及与][^，。；;、等\n]{1,14}){1,8}?(?:等)?于一体/u.test(after) &&
        it.start !== undefined &&
        /[集以](?:[^，。；;、\n]{1,14}[、和及与])*$/u.test(s.slice(Math.max(0, it.start - 90), it.start))) ||
      (it.start !== undefined && CHAIN_COVERS_BEFORE.test(s.slice(Math.max(0, it.start - 90), it.start)))
    );
  });
}

/** …甲、乙、丙等关键环节 / …等产业链布局 / …等完整产业链: the links of one chain, not industries of their own. */
const CHAIN_STAGES_AFTER =
  /^(?:[、和及与][^，。；;、等\n]{1,12}){0,8}?等(?:产业链)?(?:关键|重要|核心|主要|重点|薄弱|短板)?(?:环节|产业链布局)|^(?:[、和及与][^，。；;、等\n]{1,12}){0,8}?等(?:较为|比较|相对|更加)?(?:完整|完善|齐全|健全|完备)(?:的)?产业链/u;
/** 产业链涵盖甲、乙…: what a chain covers are its links. */
const CHAIN_COVERS_BEFORE = /产业链(?:条)?(?:涵盖|覆盖|包括|包含|囊括)(?:[^，。；;、\n]{1,12}[、和及与])*$/u;
