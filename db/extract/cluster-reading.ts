// The tagger's reading of a cluster name (filter:name-reading): a sector is named by a noun, so a name the
// tagger reads with no word that can name one is what a clause said before the industry word, not an
// industry: adjectives, distinguishers, numerals or pronouns alone (丰富产业, 不同产业), an adverb of two
// characters inside (管行业必须管产业), a count or a pronoun opening it (一镇一产业, 多层级产业集群), an
// attribute noun in 性 (支柱性产业集群), or a verb whose object is a generic word (孵化高端产业).
import { allGeneric } from "./clusters-names.ts";
import { industryHead, industryPhrase } from "./industry-heads.ts";
import { tag } from "./tagger.ts";

/** Tags of words that cannot name a sector alone: adjectives, distinguishers, adverbs, numerals, pronouns, function words. */
const NO_SECTOR_TAG = new Set(["a", "ad", "an", "b", "d", "m", "r", "q", "z", "c", "p", "u", "f", "uj", "ul", "y"]);
/** One-character numerals and quantity words that open a count or a distribution (一镇一, 多层级, 每条, 各类). */
const COUNT_OPEN = /^[一二三四五六七八九十两多几每各诸]$/u;

/** True when the tagger's reading of `name` (simplified script, no suffix) holds no word that names a sector. */
export function namesNoSector(name: string): boolean {
  if (name.length < 2 || industryPhrase(name)) return false;
  const toks = tag(name, false);
  const first = toks[0];
  if (!first) return false;
  const head = !!industryHead(name);
  // 支柱性, 先导性: an attribute, never a sector.
  if (!head && name.endsWith("性")) return true;
  // 丰富, 不同, 著名: no word that names a thing.
  if (!head && toks.every((t) => NO_SECTOR_TAG.has(t.tag))) return true;
  // 必须, 更加 inside: a predicate, not a name.
  if (toks.some((t) => (t.tag === "d" || t.tag === "ad") && t.word.length >= 2)) return true;
  // 一镇一, 多层级, 每条: a count, a distribution or a pronoun opens it.
  if ((first.tag === "m" && COUNT_OPEN.test(first.word)) || first.tag === "r") return true;
  // 孵化高端: a verb and a generic object.
  return first.tag === "v" && first.word.length >= 2 && toks.length >= 2 && allGeneric(name.slice(first.word.length));
}
