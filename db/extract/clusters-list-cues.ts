// The list reader's cues and list tests (industry cues, domain lists, formulas, role lists, counted heads, slogans, item splitting): what clusterListCandidates asks, apart from its loop.

import { charTable, endsVisibly, SPACE_TABLE } from "./anchored.ts";
import { validIndustry } from "./clusters-names.ts";
import { industryHead } from "./industry-heads.ts";
import { countValue, type EnumList } from "./lists.ts";
import { charTag, tag } from "./tagger.ts";
import { CHAIN_SLOGAN, STOP_WORDS } from "./vocab.ts";

const STOP_SET = new Set(STOP_WORDS);
/** Items that name no industry: an industry word alone, or a general word. */
const NO_INDUSTRY_ITEM = new Set(["产业集群", "产业链", "集群", "产业", "经济", "社会", "行业", "政策", "产业发展"]);
/** The text without white space (\s), copied only when it holds some. */
function withoutSpace(t: string): string {
  for (let k = 0; k < t.length; k++) if (SPACE_TABLE[t.charCodeAt(k)] === 1) return t.replace(/\s+/gu, "");
  return t;
}
/** domainList's answer per list (two stages ask it of every list). */
const domainMemo = new WeakMap<EnumList, boolean>();
/**
 * A list of domains rather than industries: one item is a bare generic word
 * (经贸、文化、产业等领域; 财政、金融、产业等政策), a process (…建设, …发展, …投入),
 * or the items are activities of one firm (集研发、生产、服务于一体).
 */
export function domainList(s: string, l: EnumList): boolean {
  let v = domainMemo.get(l);
  if (v === undefined) {
    v = domainListOf(s, l);
    domainMemo.set(l, v);
  }
  return v;
}
function domainListOf(s: string, l: EnumList): boolean {
  const first = l.items[0];
  if (first && s[first.start] === "集" && /[于为]一体/u.test(s.slice(first.start, l.end + 16))) return true;
  let process = 0;
  // "规模化、本地化、特色化": ways of developing, not industries.
  if (l.items.filter((it) => s[it.end - 1] === "化").length * 2 >= l.items.length) return true;
  // "延链补链、壮大集群": a chain-building slogan is never an item of an industry list.
  if (l.items.some((it) => CHAIN_SLOGAN.test(s.slice(it.start, it.end)))) return true;
  // "育龙头、补链条、建平台": a one-character verb and its object, ways of building a cluster, not industries.
  if (l.items.length >= 3 && verbObjects(s, l)) return true;
  for (const it of l.items) {
    const t = withoutSpace(s.slice(it.start, it.end));
    // (Nothing but an industry word, or a general word: no industry of its own.)
    if (t === "" || NO_INDUSTRY_ITEM.has(t) || STOP_SET.has(t)) return true;
    if (t.endsWith("建设") || t.endsWith("发展") || t.endsWith("投入") || t.endsWith("转化")) process++;
  }
  // One "…融合发展" item among industries is a bad item, not a bad list.
  return process * 2 >= l.items.length;
}

/** Two thirds of the items or more are verbObject's; tagging stops once the answer is known. */
function verbObjects(s: string, l: EnumList): boolean {
  const need = Math.ceil((l.items.length * 2) / 3);
  let yes = 0;
  let left = l.items.length;
  for (const it of l.items) {
    if (yes + left < need) return false;
    left--;
    if (verbObject(s.slice(it.start, it.end))) yes++;
    if (yes >= need) return true;
  }
  return false;
}

/** A short item read as a one-character verb before a noun (补链条, 强链): an action, not a name. */
function verbObject(item: string): boolean {
  if (item.length < 2 || item.length > 3) return false;
  // One character before what a cluster is built from (强龙头, 聚集群, 优环境): an action on it, whatever its tag.
  if (/^[\p{Script=Han}](龙头|链条|集群|平台|要素|环境|生态|载体|主体|人才)$/u.test(item)) return true;
  // The first token must be its first character, tagged v: the character's own tag tells when it cannot be.
  if (charTag(item[0] as string) !== "v") return false;
  const t = tag(item, false);
  return t.length >= 2 && t[0]?.word.length === 1 && t[0].tag === "v" && /^n/u.test(t[1]?.tag ?? "");
}

/** An industry formula before its items: 产业布局为“4+3+X”，即 / “1+2+N”产业体系： (the first item may hold the 即). */
export const FORMULA_CUE =
  /产业[^，。；]{0,6}[“"]?[\dA-ZＮＸ一二三四五六七八九十]+(?:[+＋][\dA-ZＮＸ一二三四五六七八九十]+)+[”"]?[^，。；]{0,8}[，,：:]?\s*即?$/u;

/**
 * 形成“六大板块一大支撑”（甲、乙、丙…）的产业发展格局 / “1+3”产业体系（甲、乙…）: a bracketed list right
 * after a quoted count or formula, the bracket closed before an industry word, spells the label out.
 */
export function bracketLabel(s: string, l: EnumList): boolean {
  const first = l.items[0];
  if (!first || first.start < 1 || (s[first.start - 1] !== "(" && s[first.start - 1] !== "（")) return false;
  const before = s.slice(Math.max(0, first.start - 24), first.start - 1);
  const quoted = /[“"]([^”"]{1,14})[”"]\s*(?:[^，。；“”"]{0,6}?(?:产业|集群|体系|格局))?$/u.exec(before);
  if (!quoted || !/[\d一二三四五六七八九十两][大个类]|[+＋]/u.test(quoted[1] as string)) return false;
  return (
    /^[^，。；()（）]{0,12}[)）]\s*(?:的)?[^，。；]{0,4}(?:产业|集群)|^[^，。；()（）]{0,12}[)）]\s*[，。；]/u.test(
      s.slice(l.end, l.end + 24),
    ) && /(产业|集群|体系|格局|板块|支撑)/u.test(before + s.slice(l.end, l.end + 16))
  );
}

/** A park named in brackets after an industry (某某贸易(某某综保区)): the park's name, not the industry's. */
export const PARK_BRACKET = /[(（][^()（）]{2,14}(综保区|保税区|开发区|高新区|经开区|园区|产业园|工业园|新区)[)）]$/u;

/** A counted head joined to the next list: "5条先进制造业核心产业链和". */
export const JOINED_HEADS =
  /[\d一二三四五六七八九十两]+\s*[条个大类][^、，。；]{0,12}?(产业链|产业集群|集群|产业)(和|及|以及)/u;
/** An item's own sub-list in brackets (未来产业(含甲、乙)): not part of its name. */
export const SUB_BRACKET = /[(（](?:含|包括|包含|如|即|主要是|主要包括)[^()（）]*[)）]$/u;

export const CLUSTER_HEAD =
  /^\s*(?:“[^”]{1,10}”)?\s*(等|以及|共)?\s*(\d+|[一两二三四五六七八九十若干多]+)?\s*[个大条项类批]?\s*([\p{Script=Han}]{0,10}?)(产业集群|集群|产业链条|产业链|产业|制造业|服务业)/u;
/** Cue words after which a list names industries (主导产业为甲、乙; 重点产业包括甲、乙). */
export const INDUSTRY_CUE =
  /((主导|支柱|优势|特色|重点|首位|新兴|传统|核心|战略性新兴|未来|主要|主营|工业)(产业|行业)(集群)?(方向)?|产业(定位|方向)|主导方向)\s*(为|是|有|包括|主要有|主要包括|涵盖|[：:])\s*$/u;
/** A cue ending in a colon or 是/有 before it: 调整后的10条产业链是：, 未来产业有. */
export const CHAIN_CUE =
  /((\d+|[一二三四五六七八九十两]+)\s*条\s*(重点)?产业链|(主导|支柱|优势|特色|重点|首位|战略性新兴|新兴|未来)产业)\s*(为|是|有|包括)?\s*[：:]?\s*$/u;
/**
 * A counted industry head that the list right after it spells out (形成七大特色产业集群，包括甲、乙…;
 * 三大产业集群：甲、乙、丙). Read only when the count is the number of items.
 */
const COUNTED_CUE =
  /(\d+|[一二三四五六七八九十两])\s*[大个条类][^，。；、：:]{0,10}?(?:产业集群|产业链|产业|集群)\s*(?:[，,]?\s*(?:包括|即|分别是|分别为|主要有|主要包括)\s*[：:]?|(?:为|是)?\s*[：:]|为|是)\s*$/u;
/** A cue at the start of a list's first item (未来产业有甲、…; 主导产业为甲、…). */
export const FIRST_ITEM_CUE = /^[\p{Script=Han}]{0,8}?(产业|行业|产业链)(主要)?(有|为|是|包括)(?=[\p{Script=Han}]{2})/u;
/** The same cue with no verb, as zone profiles write it (某园区…公顷，主导产业甲、乙、丙；): the role word says what follows. */
const FIRST_ITEM_BARE_CUE =
  /^(主导|支柱|首位|主要|特色)产业(?!集群|链|发展|规模|体系|方向|定位|项目|园|基地|产值|增加值|企业|的|和|与|及)(?=[\p{Script=Han}]{2})/u;
/** That cue at the start of a list's first item, unless a predicate follows it (主导产业集中、优势特色突出: qualities). */
export function bareIndustryCue(firstText: string): RegExpExecArray | null {
  const m = firstText.includes("业") ? FIRST_ITEM_BARE_CUE.exec(firstText) : null;
  if (!m) return null;
  const rest = tag(firstText.slice(m[0].length), false);
  return rest.length === 1 && /^(v|a|ad|vd|d)$/u.test(rest[0]?.tag ?? "") ? null : m;
}
/**
 * Half the items or more end in the same two characters (文化旅游、乡村旅游、工业旅游; 膜材料、高分子材料):
 * kinds of one industry, the sub-fields of a plan's item, not industries of their own.
 */
export function sharedHead(items: string[]): boolean {
  const ends = new Map<string, number>();
  for (const t of items) ends.set(t.slice(-2), (ends.get(t.slice(-2)) ?? 0) + 1);
  const most = Math.max(...ends.values());
  return most >= 2 && most * 2 >= items.length;
}
/** A sentence about research (瞄准科技前沿，聚焦甲、乙等领域; …等领域，建设一批研究院): its fields are research fields. */
export const RESEARCH = /(科技创新|技术创新|研究院|实验室|大科学|前沿|创新平台|科研|研发)/u;
/** Fields a list covers (等领域, 等多个领域, 等消费品行业, 等范畴), ending the clause. */
export const DOMAIN_HEAD =
  /^\s*等[^，。；,;]{0,6}?(领域|范畴|行业)\s*(?:[，。；,;]|$|(?:实现|取得)(?:了)?(?:突破|新突破|发展))/u;
/** Verbs that say what fields a place's firms or projects cover or what it lays out (涵盖, 涉及, 聚焦, 集中在, 布局…). */
export const DOMAIN_CUE = /(涵盖|涉及|聚焦|来自|覆盖|以及|布局|集中在|集中于|(?:^|[，,])在)了?\s*$/u;
/** The same verb kept in the first item by the list scan (…进驻，来自甲、乙等范畴). */
export const DOMAIN_ITEM_CUE = /^(?:积极|重点|加快|超前)?(涵盖|涉及|聚焦|来自|覆盖|布局)了?(?=[\p{Script=Han}]{2})/u;
/** ”的产业定位 / ”的产业布局 after a quoted list. */
export const QUOTED_POSITION = /^\s*[”"]\s*的?\s*(产业|主导产业)(定位|方向|布局|体系)/u;
/** "以甲、乙为主导(、丙为支撑)": the role after the items says they are industries. */
/** A counted industry head may stand before the role (以甲、乙、丙三大新兴产业为主导); 为主 needs an industry head after it (为主的…产业体系); 为主攻方向 and 为(重点)发展方向 name a zone's lead directions. */
export const INDUSTRY_ROLE_HEAD =
  /^\s*(等)?\s*(产业|(?:\d+|[一两二三四五六七八九十]+)\s*[个大类][\p{Script=Han}]{0,8}?(?:产业集群|产业))?\s*为\s*(主导|支撑|支柱|首位|特色|引领|补充|配套|主攻(?=方向)|(?:重点)?发展(?=方向)|辅(?!助)|主(?=的[^，。；]{0,12}?(?:产业|工业|制造业)))/u;
/** "以甲、乙为代表的一批重工业、高新产业": what the items represent is a kind of industry (no firms, no parks). */
export const REPRESENTED_INDUSTRY =
  /^\s*等?\s*为代表的(?:一批|一系列|众多)?[^，。；企园区]{0,12}?(?:产业|工业)(?!园|区|基地|项目)/u;
/**
 * "以甲、乙、丙为代表的三大主导产业": the count of industries the items represent, or null when the head counts
 * none; where it equals the items, the items are the industries themselves (no firms).
 */
export function representedCount(head: string): number | null {
  if (!head.includes("为代表的")) return null;
  const m = REPRESENTED_COUNT.exec(head);
  return m ? countValue(m[1] as string) : null;
}
const REPRESENTED_COUNT =
  /^\s*等?\s*为代表的[^，。；企园]{0,4}?(\d+|[一两二三四五六七八九十]+)\s*[大个类条项]\s*[^，。；企园]{0,8}?(?:产业|行业|工业)(?!园|区|基地)/u;
/** The cue of a second role list: "以甲为主导，乙、丙为特色" (the first role ends the cue). */
/** The first role may itself be a list (以甲、乙、丙为主导，丁、戊为支撑). */
export const FIRST_ROLE_CUE =
  /以[^，。；以]{2,30}?为(主导|首位|支柱|引领|特色|核心|龙头|基础|主(?![体要]))(?:产业|行业)?\s*[，,、]\s*$/u;
/** A post then a person's name (副市长甲乙, 二级巡视员丙丁): an official, not an industry. */
export const OFFICIAL_ITEM =
  /(?:市长|县长|区长|省长|州长|镇长|书记|巡视员|调研员|主任|局长|处长|厅长|部长|常委|委员|董事长|总经理)[\p{Script=Han}]{2,3}(?:一行|等)?$/u;
export const NOT_CLUSTER_HEAD = /(领域|方向|环节|产品|技术|场景|材料|赛道|板块|业态|模式|企业|项目)/u;
/** Last characters of OFFICIAL_ITEM's posts (a test before it). */
export const POST_LAST = charTable("长记员任委理");
/** Characters CLUSTER_HEAD's head words hold (业, 群), and DOMAIN_ITEM_CUE's first characters. */
export const HEAD_WORD_CHAR = charTable("业群");
export const DOMAIN_FIRST = charTable("涵涉聚来覆布积重加超");
/**
 * The last visible character each cue regex ending in \s*$ can end in (endsVisibly, a test before it):
 * 把/将, 以, INDUSTRY_CUE, CHAIN_CUE, COUNTED_CUE, FIRST_ROLE_CUE, DOMAIN_CUE, the development verbs, 围绕/聚焦,
 * 一批 and the verbs that bring firms in.
 */
export const END_BA = charTable("把将");
export const END_YI = charTable("以");
export const END_INDUSTRY_CUE = charTable("为是有括盖：:");
export const END_CHAIN_CUE = charTable("链业为是有括：:");
const END_COUNTED_CUE = charTable("括即是为有：:");
export const END_FIRST_ROLE = charTable("，,、");
export const END_DOMAIN_CUE = charTable("盖及焦自在了局于");
export const END_DEVELOP = charTable("展育造强大定确");
export const END_AROUND = charTable("绕焦");
export const END_PI = charTable("批");
export const END_FIRM_CUE = charTable("集聚进引现托以了");

/** "以甲为链主的乙": an industry named with its lead firm, the firm's phrase before it (opening the item, or ending before it). */
const LED_BY_PHRASE = "以[^、，。；以]{1,12}?为(?:链主|龙头|核心|代表|引领)的";
export const LED_BY = new RegExp(`^${LED_BY_PHRASE}`, "u");
export const LED_BY_END = new RegExp(`${LED_BY_PHRASE}$`, "u");
/** COUNTED_CUE before the first item, its count the number of items (the last may join two with 和/及). */
export function countedCue(s: string, at: number, n: number, lastText: string): boolean {
  if (!endsVisibly(END_COUNTED_CUE, s, at, Math.max(0, at - 30))) return false;
  const m = COUNTED_CUE.exec(s.slice(Math.max(0, at - 30), at));
  const k = m ? countValue(m[1] as string) : null;
  return k !== null && (k === n || (k === n + 1 && /[和及与]/u.test(lastText)));
}

/**
 * "甲、乙和丙丁": the list's last 和 joins two items when both halves end in industry heads of
 * different kinds (新材料和节能环保), not when one half qualifies the other (新能源和智能网联汽车 stays one).
 */
export function headSplit(last: string, n: number): boolean {
  if (n < 2) return false;
  const k = last.indexOf("和");
  // 科技 closes an industry only here, between two items (生物科技和…加工); alone it also closes firms' names.
  const head = (x: string) => industryHead(x) ?? (/..科技$/u.test(x) ? "科技" : undefined);
  const a = head(last.slice(0, k));
  const b = head(last.slice(k + 1));
  return !!a && !!b && a !== b;
}

/**
 * "甲业、乙业、丙业与丁业": every item ends in 业 and so do both halves of the last one around its one
 * 和/与/及: the conjunction joins two items.
 */
export function parallelSplit(s: string, items: readonly { start: number; end: number }[], last: string): boolean {
  if (items.length < 2) return false;
  if (!items.slice(0, -1).every((it) => /[^产]业$/u.test(s.slice(it.start, it.end)))) return false;
  return /^[^和与及]{2,}[^产]业[和与及][^和与及]{2,}[^产]业$/u.test(last);
}

/** A scale (千亿元级, 五百亿级, 10亿元), alone or several joined (“五百亿级”、“百亿级”). */
const SCALE_RUN =
  /(?:[“"]?(?:[\d.]+|[一二三四五六七八九十百千万两]+)(?:万亿|千亿|百亿|亿)元?级?[”"]?(?:[、和或](?=[“"]?(?:[\d.]+|[一二三四五六七八九十百千万两]+)(?:万亿|千亿|百亿|亿)))?)+/gu;
/**
 * A list's head with its scale words taken out (quoted or not) and a role before the count read as
 * the count's (等为主导的六大产业集群 = 等六大产业集群): 等4个千亿元级支柱产业 → 等4个支柱产业,
 * “四个10亿元”产业集群 → “四个”产业集群, 等一批“五百亿级”、“百亿级”产业集群 → 等一批产业集群.
 * A quoted label (“两优两新”产业) stays.
 */
export function plainHead(head: string): string {
  // (The clause needs 亿 or 为 to change: most heads hold neither.)
  if (!head.includes("亿") && !head.includes("为")) return head;
  const clause = /^[^，。；,;]*/u.exec(head)?.[0] ?? "";
  if (!/[亿为]/u.test(clause)) return head;
  const plain = clause
    .replace(SCALE_RUN, (m) =>
      /^[“"]/u.test(m) && !/[”"]$/u.test(m) ? "“" : /[”"]$/u.test(m) && !/^[“"]/u.test(m) ? "”" : "",
    )
    .replace(/^(\s*等)为(?:主导|支柱|重点|特色|核心|引领|主体)的/u, "$1");
  // A closing quote whose opening went with the count's (“四个10亿元”产业集群, read from 四个…) goes too.
  return (plain.includes("“") ? plain : plain.replace(/”/gu, "")) + head.slice(clause.length);
}

const NUMERAL_LEAD = /^[一二两三四五六七八九十][\p{Script=Han}]/u;
/** Short parallel items that each open with a count (一平台、两园区、三链条): a slogan's beats, not industries. */
// Loops, no arrays built: the map/slice arrays changed shape once their caller was optimised (a deopt each time).
export function sloganItems(s: string, items: readonly { start: number; end: number }[]): boolean {
  if (items.length < 3) return false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as { start: number; end: number };
    const t = s.slice(it.start, it.end).trim();
    // (The last item may run on into the head: 三链条”的产业.)
    if ((k < items.length - 1 && (t.length < 2 || t.length > 3)) || !NUMERAL_LEAD.test(t)) return false;
  }
  return true;
}

/** First characters of a slogan's parallel verb phrases (共抓规划、共推平台、共建枢纽; 做大、做强、做优). */
const SLOGAN_VERB_FIRST = charTable("共做抓促推补稳扩增降");
/** Three or more short items opening with one such verb: a slogan's beats, not industries. */
export function verbSloganItems(s: string, items: readonly { start: number; end: number }[]): boolean {
  if (items.length < 3) return false;
  const first = s.charCodeAt((items[0] as { start: number }).start);
  if (SLOGAN_VERB_FIRST[first] !== 1) return false;
  for (const it of items) {
    const t = s.slice(it.start, it.end).trim();
    if (t.charCodeAt(0) !== first || t.length < 2 || t.length > 5) return false;
  }
  return true;
}

/**
 * Whether any of the list reader's industry tests could hold (a list failing this would be dropped after all of them):
 * each needs 业, 群 or its cue's characters in the head, the last or first item, the cue or the text right before
 * (the cues also their last character), or a bracket or formula opening the items. Most lists of a document are not about industries.
 */
export function mayNameIndustries(s: string, l: EnumList): boolean {
  const first = l.items[0];
  const last = l.items[l.items.length - 1];
  if (!first || !last) return true;
  const lastText = s.slice(last.start, last.end);
  return (
    HEAD_NEED.test(l.head) ||
    LAST_NEED.test(lastText) ||
    s.slice(first.start, first.end).includes("业") ||
    (CUE_NEED.test(l.cue) && endsVisibly(END_INDUSTRY_CUE, l.cue)) ||
    (lastText.includes("为") && s.slice(last.end, last.end + 48).includes("业")) ||
    (LAST_NEED.test(s.slice(Math.max(0, first.start - 30), first.start)) &&
      (endsVisibly(END_CHAIN_CUE, s, first.start, Math.max(0, first.start - 20)) ||
        endsVisibly(END_COUNTED_CUE, s, first.start, Math.max(0, first.start - 30)))) ||
    /[+＋]/u.test(s.slice(Math.max(0, first.start - 40), first.start + 1)) ||
    s[first.start - 1] === "(" ||
    s[first.start - 1] === "（"
  );
}
/** Characters the head's tests need (industry and chain words, a role's 为, a field's 领域/范畴). */
const HEAD_NEED = /[业群为链域畴]/u;
const LAST_NEED = /[业群]/u;
const CUE_NEED = /业|主导方向/u;

export type ItemSpan = { start: number; end: number };

/**
 * Each item's parts, in one packed array. (Array.prototype.flatMap gives a holey one: where this
 * function read arrays of both kinds, V8 dropped its optimised code again and again while warming up.)
 */
export function flatParts(items: readonly ItemSpan[], parts: (it: ItemSpan) => ItemSpan[]): ItemSpan[] {
  const out: ItemSpan[] = [];
  for (const it of items) for (const p of parts(it)) out.push(p);
  return out;
}

/** Whether t opens with a Han character (no charAt on an empty string: V8 deoptimises on that read). */
export function hanFirst(t: string): boolean {
  return t !== "" && /[\p{Script=Han}]/u.test(t.charAt(0));
}

/**
 * "甲、乙、丙和丁等产业": a list closed by 等 whose last item holds one 和 between two industry names:
 * the 和 is the list's own, joining its last two items (及/与 often join inside one: 甲及乙、丙).
 */
export function etcSplit(
  s: string,
  items: readonly { start: number; end: number }[],
  last: string,
  end: number,
): boolean {
  if (items.length < 2 || !/^\s*等/u.test(s.slice(end, end + 3))) return false;
  const m = /^([\p{Script=Han}]{2,10})和([\p{Script=Han}]{2,10})$/u.exec(last);
  return !!m && !/[与及]/u.test(last) && (validIndustry(m[1] as string, false) || validIndustry(m[2] as string, false));
}

/** "此次签约的4个项目…涵盖甲、乙等多个领域": the fields a batch of projects covers, not the place's industries. */
export function projectFields(s: string, at: number): boolean {
  const back = s.slice(Math.max(0, at - 80), at);
  const k = Math.max(back.lastIndexOf("。"), back.lastIndexOf("；"), back.lastIndexOf("\n"));
  return /项目[^。；]*(涉及|涵盖|覆盖|包括|包含)了?\s*$/u.test(back.slice(k + 1));
}
