// breaks/openingVerb: the per-token decision whether a name can run on across a word, apart from the scan that calls it.
import type { Token } from "./boundary.ts";
import {
  ACTIVITY_VERBS,
  BREAK_WORDS,
  CLAUSE_CONJUNCTIONS,
  CLAUSE_PREPOSITIONS,
  CLUSTER_SUFFIX,
  DEPT_SUFFIX,
  FIRM_ROLES,
  POINTERS,
  PROPER,
  placeWord,
  TRADE_VERBS,
  VERBS,
} from "./boundary-inner-words.ts";
import { ACTORS, CLAUSE_ADVERBS } from "./boundary-vocab.ts";
import type { Cand } from "./context.ts";
import { industryHead } from "./industry-heads.ts";
import { typedSuffix } from "./names.ts";

/** The last characters of the firm roles (商, 方, 头). */
const ROLE_LAST = new Set(FIRM_ROLES.map((r) => r.at(-1) as string));

/** Having after an adverb (某开发区目前仅有某集团, 全区已有某公司): the clause's verb; what follows is what the subject has. */
export function clauseHave(t: Token, prev: Token | undefined): boolean {
  return (
    t.word === "有" &&
    t.tag === "v" &&
    prev?.tag === "d" &&
    /^(仅|只|还|已|共|都|也|均|尚|才|另|又|就|便|皆|亦)$/u.test(prev.word)
  );
}

/**
 * True when the name cannot run on across token t (the name starts after it).
 * Verbs inside names are common (控制技术实验室, 新型显示价值创新园), so a verb
 * breaks only before a proper name (踏入某地…) or, in a cluster, as the first word.
 */
export function breaks(
  t: Token,
  next: Token | undefined,
  c: Cand,
  first: boolean,
  before = "",
  prev: Token | undefined = undefined,
): boolean {
  if (BREAK_WORDS.has(t.word)) return true;
  // A firm's role before its name (某某巨头甲公司, 产品出品方甲有限公司, 核心供应商甲公司): the name starts after
  // it, whether the tagger reads the role as one word or as two (出品/方).
  // (Tested on the last character first, the joined text built once: a template per role was most of this function's cost.)
  if (c.type === "enterprise" && next && ROLE_LAST.has(t.word.at(-1) ?? before.at(-1) ?? "")) {
    const upTo = `${before}${t.word}`;
    if (FIRM_ROLES.some((r) => upTo.endsWith(r))) return true;
  }
  // A picture or text credit (图/甲公司, 文/…): the name starts after the slash.
  if ((t.word === "/" || t.word === "／") && /(图|文|摄影|摄)$/u.test(before)) return true;
  // 暨 joins two events or names (集中开工暨某产业园奠基仪式), though a body may be named for two tasks
  // (市科技暨创新型城市建设领导小组).
  if (t.word === "暨" && c.type !== "department") return true;
  // 甲产业园之乙园区: the park of another park is its own name, the whole one before 之 another.
  if (t.word === "之" && before.length >= 3 && typedSuffix(before)?.type === "park") return true;
  if (clauseHave(t, prev)) return true;
  // A copula or a share (某开发区是市委…, 收入占某园区…): a clause's verb, never inside a name.
  if (/^(是|占|系|为)$/u.test(t.word) && /^(v|p)$/u.test(t.tag)) return true;
  // A department is no part of a park's name (某管理局甲乙园区, 某管委会科技园): the park starts after it.
  if (c.type === "park" && t.word.length >= 2 && /(局|管委会|委员会|厅)$/u.test(t.word)) return true;
  // A demonstrative (该园区, 本次区级园区, 这些平台) refers back; it is never part of a place's or platform's name.
  if (t.tag === "r" && /^(该|本次|此|这|这些|那|其|此次|本批)$/u.test(t.word) && c.type !== "enterprise") return true;
  // A pronoun or a two-character demonstrative (我们产业园区, 这次某某公司): the text's own reference, never a name's part.
  if (POINTERS.includes(t.word)) return true;
  // A conjunction of two clauses (不仅, 而且, 并且): it opens a clause, not a name.
  if (t.tag === "c" && CLAUSE_CONJUNCTIONS.includes(t.word)) return true;
  // A causative verb (使某某集团的…, 让某园区…): what follows is its object, a name of its own.
  if (
    t.word.length === 1 &&
    /^[使让令]$/u.test(t.word) &&
    t.tag === "v" &&
    (c.type === "enterprise" || c.type === "park")
  )
    return true;
  // 该县某经济区, 本市某园区: the demonstrative place is the text's own, not part of the name.
  if (/^(该|本|我)[省市县区镇州]$/u.test(t.word) && c.type !== "enterprise" && next) return true;
  // An official and the one-character verb after it (某管委会主任率某集团): the name starts after them.
  if (ACTORS.has(t.word) && before.length >= 2) return true;
  if (t.word.length === 1 && t.tag === "v" && [...ACTORS].some((a) => before.endsWith(a))) return true;
  // 与/和 after "our county" or a whole other name (我县与某某集团有限公司): joins two parties, not a name's parts.
  if (
    /^[与和同跟]$/u.test(t.word) &&
    (/^[我该本][省市县区镇]$/u.test(before) ||
      (before.length >= 4 && !!typedSuffix(before)) ||
      // 某某品牌和某小镇, 某项目与某园区: a thing of another kind before the conjunction.
      /(品牌|项目|工程)$/u.test(before))
  )
    return true;
  // A firm's registered name holds no preposition 与/同/跟 (下午5时18分与某某科技有限公司, 此次与…, 某市政府与…):
  // the parties of a signing or a meeting are joined there, and the firm starts after it.
  // A place right before 同 opens the registered name (某市同兴某科技有限公司): 同 is rarely the preposition there.
  if (
    c.type === "enterprise" &&
    t.tag === "p" &&
    /^[与同跟]$/u.test(t.word) &&
    !(t.word === "同" && /^[\p{Script=Han}]{1,4}[省市县州]$/u.test(before))
  )
    return true;
  // A firm category before a proper name (强企业某某实业有限公司): the category is not the name.
  if ((t.word === "企业" || t.word === "公司") && next && PROPER.test(next.tag)) return true;
  // …or before any firm's name (航空主机企业某某公司, 电子行业龙头某某集团): 企业/龙头 with a name after it,
  // unless 企业 opens the firm's trade (某某企业管理有限公司).
  const leadWord = /龙头$/u.test(t.word);
  if (
    ((t.word === "企业" && c.type === "enterprise") ||
      (leadWord && (c.type === "enterprise" || c.type === "cluster"))) &&
    next &&
    !/^(管理|发展|服务|咨询|孵化|投资|集团|股份|有限)/u.test(next.word)
  )
    return true;
  // A clause adverb (某书记就高新区…, 园区已某某…): the clause's, never a place's name. (Not time words:
  // 新一代, 现代 are the tagger's time words too.)
  if (c.type !== "enterprise" && t.tag === "d" && CLAUSE_ADVERBS.has(t.word)) return true;
  // 原某某园区: the former name's marker is no part of the name.
  if (t.word === "原" && before === "") return true;
  if (t.tag === "p") return CLAUSE_PREPOSITIONS.has(t.word);
  // A clause word (an idiom, an adverb, a verb that is no business activity) right after a whole other
  // name (市政府紧紧抓住某开发区…): that name is the clause's subject.
  if (
    /^(v|vd|l|d)$/u.test(t.tag) &&
    t.word.length >= 2 &&
    !ACTIVITY_VERBS.has(t.word) &&
    before.length >= 3 &&
    (typedSuffix(before) || DEPT_SUFFIX.test(before))
  )
    return true;
  // A level word after a whole zone (某开发区晋升省级开发区): the zone's new status, not another name.
  if (/^(国家级|省级|市级|县级|自治区级)$/u.test(t.word) && /(开发区|高新区|经开区|园区|产业园|新区)/u.test(before))
    return true;
  // Numerals and measures (一批, 十四五, 2000平方米, 百亿级) describe; firms and places may hold one digit (某一集团, 三灶).
  // A count, not a numeral word of a name (二次电池): digits, 百/千/万/亿, 批, or a measure after it.
  const count =
    t.tag === "m" &&
    t.word.length >= 2 &&
    (/[\d亿万千百批]/u.test(t.word) || next?.tag === "q" || /^[一两几每][场种个项类条些位家座支名]$/u.test(t.word));
  // (A measure word that a name's own word follows, no number before it, is the name's: 千里山, 万里湖.)
  const measure =
    t.tag === "q" &&
    t.word.length >= 2 &&
    !(
      next &&
      /^\p{Script=Han}/u.test(next.word) &&
      next.tag !== "q" &&
      !/[\d一二三四五六七八九十百千万亿两]$/u.test(before)
    );
  if (c.type !== "enterprise" && (count || measure)) return true;
  if (c.type === "cluster" && first && openingVerb(t, next)) return true;
  // Any verb right before a place (展示某市经济开发区, 落户某县工业园区): a park's or firm's name opens at the place.
  if (
    (c.type === "park" || c.type === "enterprise") &&
    t.tag === "v" &&
    t.word.length >= 2 &&
    !TRADE_VERBS.has(t.word) &&
    next &&
    (next.tag === "ns" || placeWord(next.word))
  )
    return true;
  if (
    !(
      t.word.length >= 2 &&
      /^v$/u.test(t.tag) &&
      VERBS.has(t.word) &&
      !ACTIVITY_VERBS.has(t.word) &&
      !TRADE_VERBS.has(t.word)
    )
  )
    return false;
  if (c.type === "cluster") return first;
  // A whole other name before the verb (某产业集群入选…部, 某开发区晋升…): it is the verb's subject, not this name's part.
  if (before.length >= 4 && (typedSuffix(before) || CLUSTER_SUFFIX.test(before))) return true;
  // A department after a verb (…受到省政府): its level word (省/市/县/区) opens the name.
  if (c.type === "department" && next && /^[省市县区州盟旗]/u.test(next.word)) return true;
  // A platform's name holds verbs before places (服务某地…中心), unless a whole other name ends
  // before the verb (某开发区聘请某地某研究院): that name is the verb's subject.
  if (c.type === "platform" && !(before.length >= 4 && typedSuffix(before))) return false;
  if (!next) return false;
  // A park's name holds no clause verb before a noun (赋予陶瓷工业园区), unless a modifier binds the verb
  // into an industry's name (新型显示价值创新园): the name opens at the noun.
  if (c.type === "park" && next.tag === "n" && next.word.length >= 2 && !(prev && /^(a|b|n|vn|nz|an)$/u.test(prev.tag)))
    return true;
  return PROPER.test(next.tag) || placeWord(next.word);
}

/**
 * A cluster opened by any verb the tagger knows (获评国家产业, 补全船舶产业链): the verb is the clause's,
 * unless it names a trade (批发, 家纺) or an industry's activity, joins the next industry (焊接和…), or
 * modifies equipment or material (打印设备, 焊接材料).
 */
export function openingVerb(t: Token, next: Token | undefined): boolean {
  return (
    !!next &&
    !/^[和与及、]/u.test(next.word) &&
    next.tag !== "vn" &&
    !/(设备|装备|机械|材料|器械|仪器|零部件|器件|机器人)/u.test(next.word) &&
    t.tag === "v" &&
    t.word.length >= 2 &&
    !ACTIVITY_VERBS.has(t.word) &&
    !TRADE_VERBS.has(t.word) &&
    !industryHead(t.word)
  );
}
