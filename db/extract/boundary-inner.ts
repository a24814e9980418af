// Inner boundaries (rule "boundary:inner"): the left scan of a suffix name
// stops only at listed stop words, so on unseen prose it runs through words
// it does not know (记者踏入某产业园, 十四五期间市高新区, 凭借高新区, 子公司某某
// 有限公司, 狠抓产业). The tagger reads the name's own part; the name starts
// after the LAST token that cannot be inside a name: a preposition, a time or
// position word, a numeral or measure (一批, 平方米, 百亿级), or a common verb
// that is not an industry's activity (制造, 投资, 服务 stay). A cluster whose
// own part is only such a verb (狠抓产业) is dropped.
import { charTable } from "./anchored.ts";
import { type Token, tagWindows } from "./boundary.ts";
import { ACTOR_IN, ACTORS, PREPOSITIONS, TIME_WORDS } from "./boundary-vocab.ts";
import CLAUSE_VERBS from "./clause-verbs.json" with { type: "json" };
import { allGeneric, clusterName } from "./clusters-names.ts";
import type { Cand, Ctx } from "./context.ts";
import { placeLed } from "./firm-place-start.ts";
import { industryHead } from "./industry-heads.ts";
import { bareCategory, typedSuffix } from "./names.ts";
import { PLACE_SET } from "./vocab.ts";

const VERBS = new Set(CLAUSE_VERBS as string[]);
/** Verbs that name an industry's or a firm's activity: they stay inside names (装备制造产业园, 某某投资公司). */
const ACTIVITY_VERBS = new Set(
  (
    "制造 加工 发展 投资 建设 服务 研发 设计 检测 孵化 创新 创业 生产 物流 贸易 储能 回收 利用 开发 合作 示范 交易 " +
    "展示 培训 运营 管理 咨询 种植 养殖 冶炼 配送 仓储 装配 集成 应用 转化 转移 共享 试验 测试 制备 封装 控股 " +
    "创意 融合 加速 实验 计算 通信 运输 流通 销售 营销 经营 租赁 担保 结算 支付 传输 存储 制作 印刷 包装 修理 维修 " +
    "保护 治理 监测 认证 评价 育种 繁育 采集 开采 勘探 规划 施工 安装 集聚 聚集 协同 引领 带动 智造 智能"
  ).split(" "),
);
/** Trades the tagger reads as verbs (批发零售, 快递物流, 家纺): a cluster may open with them. */
const TRADE_VERBS = new Set(
  "批发 零售 快递 家纺 休闲 养老 托育 育幼 康养 会展 旅游 餐饮 住宿 仓储 冷链 装修 清洁 维保".split(" "),
);
/** Words that end a clause before a name although the tagger calls them nouns or positions. */
const BREAK_WORDS = new Set(
  (
    "期间 以来 之后 以后 之前 以前 之间 之中 当中 之际 前后 旗下 下属 所属 子公司 记者 同时 其中 代表 " +
    // A location clause of a zone profile (某区毗邻某城, 某站距离园区…).
    "毗邻 紧邻 邻近 相邻 靠近 距离 相距 东临 西临 南临 北临 东邻 西邻 南邻 北邻 " +
    // Words that introduce another name of the same thing (旧称某某园区, 简称某某).
    "旧称 原称 又称 简称 别称 俗称 原名 前身 " +
    // A news dateline or a heading run into the first name (本网讯某开发区, 园区概况某市某工业集中区).
    "讯 网讯 本报讯 本网讯 概况 简介 概述 " +
    // 即 spells out what came before (一园五区，即某园区…).
    "即"
  )
    .split(" ")
    .concat(TIME_WORDS),
);
/** A reporter's byline in brackets, or a photographer's name and 摄 (not 摄影, 摄像), ending where a name may start. */
const BYLINE =
  /^.*(?:[(（](?:记者|通讯员|摄影|图|文|来源)[^()（）]{0,16}[)）]|[\p{Script=Han}]{2,4}摄(?![影像制])[)）]?)/u;
/** Where BYLINE can match at all (its greedy scan is tried only then). */
const BYLINE_MARK = /[)）摄]/u;
/** Industries named by one character (铝产业, 煤产业, 茶产业). */
const ONE_CHAR_INDUSTRY = /^[铝铜钢铁锂煤酒茶糖盐油气锌镍钛硅磷钨锡锑稀镁]$/u;
const DEPT_SUFFIX =
  /(人民政府办公室|人民政府办公厅|人民政府|政府|管理委员会|委员会|管委会|领导小组|办公室|局|委|厅|办|部)$/u;
const CLUSTER_SUFFIX = /(产业集群|集群|产业链|产业|制造业)$/u;

/** Prepositions that end a clause before a name (与/同/和 join coordinated names instead: 甲与乙重点实验室). */
const CLAUSE_PREPOSITIONS = new Set(
  "在 由 对 向 从 把 将 于 给 跟 按 据 被 以 凭借 通过 依靠 借助 围绕 经过 随着 作为 关于 经由".split(" "),
);
/** Pronouns and two-character demonstratives (我们产业园区, 这次某某公司): the text's own references. */
const POINTERS = ["我们", "咱们", "他们", "这次", "那次", "此次", "本次", "这里", "那里", "这个", "那个"];
/** Conjunctions that open a clause (不仅使某某集团…), never a name's part. */
const CLAUSE_CONJUNCTIONS = [
  "不仅",
  "不但",
  "而且",
  "并且",
  "同时",
  "因此",
  "从而",
  "进而",
  "既有",
  "还有",
  "此外",
  "另外",
];
/** The words above, a causative, a dateline or a heading inside a name's own part: worth tagging. */
const SUSPECT_WORDS = new RegExp(`(${[...POINTERS, ...CLAUSE_CONJUNCTIONS].join("|")}|[使让令讯]|概况|简介|概述)`, "u");
/** What a firm is to the story, written before its name (巨头, 供应商, 制造商, 出品方…). */
const FIRM_ROLES = ["巨头", "供应商", "制造商", "运营商", "开发商", "服务商", "承建商", "经销商", "代理商"].concat(
  ["出品", "供货", "投资", "承建", "合作", "建设", "运营"].map((w) => `${w}方`),
);
const FIRM_ROLE_IN = new RegExp(FIRM_ROLES.join("|"), "u");
/** Tags of a proper-name token (a place, a person, a brand, an abbreviation). */
const PROPER = /^(ns|nr|nz|nt|j)$/u;
/** A province or city the tagger may not know as a place (毕节/n). */
/** An owner before a local level (某某集团市级企业技术中心) names one platform; a place or nothing there (文登区级…) a grade. */
const levelOwner = (w: string) => w.length >= 4 && !/[省市县区州]$/u.test(w) && !placeWord(w);
const placeWord = (w: string) => PLACE_SET.has(w) || PLACE_SET.has(w.replace(/[省市县州]$/u, ""));

/**
 * True when the name cannot run on across token t (the name starts after it).
 * Verbs inside names are common (控制技术实验室, 新型显示价值创新园), so a verb
 * breaks only before a proper name (踏入某地…) or, in a cluster, as the first word.
 */
function breaks(
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
  if (c.type === "enterprise" && next && FIRM_ROLES.some((r) => `${before}${t.word}`.endsWith(r))) return true;
  // A picture or text credit (图/甲公司, 文/…): the name starts after the slash.
  if ((t.word === "/" || t.word === "／") && /(图|文|摄影|摄)$/u.test(before)) return true;
  // 暨 joins two events or names (集中开工暨某产业园奠基仪式), though a body may be named for two tasks
  // (市科技暨创新型城市建设领导小组).
  if (t.word === "暨" && c.type !== "department") return true;
  // 甲产业园之乙园区: the park of another park is its own name, the whole one before 之 another.
  if (t.word === "之" && before.length >= 3 && typedSuffix(before)?.type === "park") return true;
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
    (/[\d亿万千百批]/u.test(t.word) || next?.tag === "q" || /^[一两几每][场种个项类条些]$/u.test(t.word));
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
function openingVerb(t: Token, next: Token | undefined): boolean {
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

const PREP_CHARS = new Set([...CLAUSE_PREPOSITIONS].filter((w) => w.length === 1));
const BREAK_FIRST = new Set(
  [...BREAK_WORDS, ...[...CLAUSE_PREPOSITIONS].filter((w) => w.length > 1)].map((w) => w.slice(0, 2)),
);

/**
 * Characters that alone make a name suspect: a causative or 讯, 局/厅, a copula or share (是占系为), a numeral,
 * measure or level, a demonstrative, 原/暨/即/之, a slash, or a one-character preposition.
 */
const SUSPECT_CHAR = charTable(
  `使让令讯局厅是占系为0123456789一二三四五六七八九十百千万亿两批级个米亩吨里顷该此这其原暨即之/／${[...PREP_CHARS].join("")}`,
);

/**
 * Cheap test before tagging (the tagger is the cost): could the name's own
 * part hold a token that breaks it? A preposition's character, a numeral or
 * measure character, a break word, 企业/公司, or a two-character clause verb.
 */
function suspect(own: string): boolean {
  // The one-character tests first, as one table pass (most names hold none of them and all the tests run).
  for (let i = 0; i < own.length; i++) if (SUSPECT_CHAR[own.charCodeAt(i)] === 1) return true;
  if (SUSPECT_WORDS.test(own)) return true;
  // 我县与…, an official inside the name (…主任率…).
  if (/[我该本][省市县区镇][与和同跟]/u.test(own)) return true;
  if (own.includes("管委会") || own.includes("委员会") || /(品牌|项目|工程)[与和]/u.test(own)) return true;
  // A whole firm inside the name and more after it (某某集团入主某厂): a verb may join two names.
  if (/(集团|公司)[\p{Script=Han}]{2}/u.test(own)) return true;
  if (ACTOR_IN.test(own)) return true;
  if (FIRM_ROLE_IN.test(own)) return true;
  if (/(企业|龙头)[\p{Script=Han}]{2}/u.test(own)) return true;
  for (let i = 0; i + 1 < own.length; i++) {
    const two = own.slice(i, i + 2);
    if (BREAK_FIRST.has(two) || two === "企业" || two === "公司") return true;
    if (VERBS.has(two) && !ACTIVITY_VERBS.has(two)) return true;
  }
  return false;
}

/** Length of the type suffix (a cluster's 产业…, a park's 产业园…), 0 for none. */
function suffixLength(c: Cand, text: string): number {
  const span = text.slice(c.start, c.end);
  if (c.type === "cluster") return CLUSTER_SUFFIX.exec(span)?.[0].length ?? 0;
  if (c.type === "department") return DEPT_SUFFIX.exec(span)?.[0].length ?? 0;
  return typedSuffix(span)?.suffix.length ?? 0;
}

/**
 * Moves the start of suffix-named candidates whose own part holds a token the
 * name cannot run across; candidates are updated in place (start, name,
 * boundary). Clusters named by a bare clause verb get confidence 0.
 */
export function innerBoundaries(ctx: Ctx, cands: Cand[]): number {
  const { s, text } = ctx;
  const subjects: { c: Cand; own: number; verbOnly: boolean }[] = [];
  let moved = 0;
  for (const c of cands) {
    if (c.confidence <= 0 || c.occStart !== undefined || c.fromList) continue;
    if (!(c.rule.startsWith("suffix:") || c.rule.startsWith("cluster:suffix:") || c.rule.startsWith("dept:suffix:")))
      continue;
    // Only names written as they stand (a department's 威海市X → 市X is left alone).
    if (!text.startsWith(c.name, c.start) || (c.type !== "cluster" && c.name.length !== c.end - c.start)) continue;
    const suf = suffixLength(c, text);
    // A byline or a photo credit run into the name (…电(记者某某)甲乙产业园, 某某摄甲乙小镇): it starts after it.
    const by = BYLINE_MARK.test(s.slice(c.start, c.end - suf)) ? BYLINE.exec(s.slice(c.start, c.end - suf)) : null;
    if (by && c.end - suf - (c.start + by[0].length) >= 2) {
      c.start += by[0].length;
      c.name = text.slice(c.start, c.end);
      c.boundary = "boundary:inner";
      moved++;
    }
    const own = c.end - c.start - suf;
    const ownText = s.slice(c.start, c.start + own);
    if (own >= 2 && (suspect(ownText) || (c.type === "enterprise" && /[与同跟]/u.test(ownText))))
      subjects.push({ c, own, verbOnly: false });
    // Any cluster may open with a verb of low frequency (获评, 补全): tagged, and cut only there.
    else if (own >= 2 && c.type === "cluster") subjects.push({ c, own, verbOnly: true });
  }
  const windows = subjects.map(({ c, own }) => [c.start, c.start + own] as [number, number]);
  const tokens = tagWindows(s, windows);
  subjects.forEach(({ c, own, verbOnly }, i) => {
    const toks = tokens[i] as Token[];
    if (toks.length === 0) return;
    const ownEnd = c.start + own;
    // A cluster named by one clause word alone (撬动产业, 崭新产业, 随着产业): a verb that is no trade, a
    // preposition, a distinguishing adjective.
    if (verbOnly && toks.length === 1 && !/[、：:“"(（]/u.test(s[c.start - 1] ?? "")) {
      const t = toks[0] as Token;
      const clauseVerb =
        t.tag === "v" && /^(带动|推动|撬动|促进|激活|赋能|引领|支撑|拉动|驱动|助推|助力)$/u.test(t.word);
      if (clauseVerb || /^(p|b|c|d|r|f)$/u.test(t.tag)) c.confidence = 0;
      return;
    }
    if (verbOnly && (/[、：:“"(（]/u.test(s[c.start - 1] ?? "") || !openingVerb(toks[0] as Token, toks[1]))) return;
    // A cluster named by clause words alone (狠抓产业, 百亿级产业): not an industry.
    // One cut off a number by the left scan (百|亿级产业, 一|批优质产业链): the rest of a count, not an industry.
    const [t0, t1] = toks;
    const counted =
      (/[\d一二三四五六七八九十百千万亿两]/u.test(s[c.start - 1] ?? "") && /^[mq]$/u.test(t0?.tag ?? "")) ||
      t0?.tag === "q" ||
      (t0?.tag === "m" && t0.word.length === 1 && t1?.tag === "q");
    if (
      c.type === "cluster" &&
      (counted ||
        toks.every(
          (t, k) => breaks(t, toks[k + 1], c, true) || (t.tag === "v" && t.word.length === 1) || /^[mq]$/u.test(t.tag),
        ))
    ) {
      c.confidence = 0;
      return;
    }
    // A list item or a quoted name starts at its mark (5.从化…, 、以…): its first word is its own.
    const marked = /[、：:“"(（]/u.test(s[c.start - 1] ?? "") || /\d[.．、]$/u.test(s.slice(c.start - 2, c.start));
    // A zone's bare form after clause words (凭借高新区, 期间市高新区): the rest is the bare zone (or 市 + it).
    const bare = c.type === "park" && /^(高新区|经开区|开发区|综保区|保税区|新区)$/u.test(text.slice(ownEnd, c.end));
    // Its last own token a clause word before a bare kind (该园区, 距离园区, 平方公里园区): no name at all.
    const lastTok = toks[toks.length - 1] as Token;
    if (
      (c.type === "park" || c.type === "platform") &&
      !bare &&
      lastTok.end === ownEnd &&
      bareCategory(s.slice(ownEnd, c.end)) &&
      (breaks(lastTok, undefined, c, toks.length === 1, s.slice(c.start, lastTok.start)) ||
        lastTok.tag === "q" ||
        lastTok.word === "距离" ||
        (/^(区级|市级|县级)$/u.test(lastTok.word) && !levelOwner(s.slice(c.start, lastTok.start))))
    ) {
      c.confidence = 0;
      return;
    }
    // A one-character measure after a number (1000亩|大健康产业园): the count's unit, not the name's start.
    const unitAfterCount = (t: Token, k: number) =>
      k === 0 &&
      c.type !== "enterprise" &&
      t.tag === "q" &&
      /[\d一二三四五六七八九十百千万]/u.test(s[c.start - 1] ?? "");
    // A body's kind right after a copula (某党工委作为政府派出机构): what the subject is, no body's name.
    if (c.type === "department" && /(作为|成为|是|为|系)$/u.test(s.slice(c.start, ownEnd))) {
      c.confidence = 0;
      return;
    }
    // A whole firm, a verb, and too little after it for a name (某某集团入主锂盐厂): two names joined, neither this one.
    if (
      c.type === "enterprise" &&
      toks.some(
        (t) =>
          t.end > ownEnd - 2 &&
          t.tag === "v" &&
          t.word.length >= 2 &&
          !ACTIVITY_VERBS.has(t.word) &&
          /(集团|公司)$/u.test(s.slice(c.start, t.start)),
      )
    ) {
      c.confidence = 0;
      return;
    }
    // A registered firm opening with its province or city (甲省乙丙电力建设有限公司): its verbs are its own.
    if (c.type === "enterprise" && placeLed(s.slice(c.start, c.end))) return;
    // 开辟铝产业: an industry named by one character (铝, 煤, 茶) may be all that is left of the name.
    const oneCharIndustry = c.type === "cluster" && ONE_CHAR_INDUSTRY.test(s[ownEnd - 1] ?? "");
    let start = c.start;
    toks.forEach((t, k) => {
      if (
        t.end <= ownEnd - (bare ? 0 : c.type === "department" || oneCharIndustry ? 1 : 2) &&
        !(k === 0 && marked) &&
        // Only adverbs and function words before it (果断抓住某产业): the verb still opens the clause.
        (breaks(
          t,
          toks[k + 1],
          c,
          k === 0 || toks.slice(0, k).every((u) => /^(d|c|p|r|t|ad|vd)$/u.test(u.tag)),
          s.slice(c.start, t.start),
          toks[k - 1],
        ) ||
          unitAfterCount(t, k))
      )
        start = t.end;
    });
    // A cut before a conjunction (约632公顷|与某园区): 与/及 joins this name to the one before, it opens none.
    const conj = start !== c.start ? toks.find((t) => t.start === start) : undefined;
    if (conj && /^[与與及]$/u.test(conj.word)) start = conj.end;
    if (start === c.start) return;
    // The tagger must see the rest start a word of its own, and the rest keep two characters of its own.
    if (bare && start === ownEnd) {
      c.confidence = 0;
      return;
    }
    const ownLeft = ownEnd - start;
    if (
      !(
        ownLeft >= 2 ||
        ((bare || c.type === "department") && ownLeft === 1 && /[市省区县]/u.test(s[start] as string)) ||
        (oneCharIndustry && ownLeft === 1)
      )
    )
      return;
    if (!toks.some((t) => t.start === start)) return;
    const rest = text.slice(start, c.end);
    if (
      c.type !== "cluster" &&
      typedSuffix(s.slice(start, c.end))?.suffix !== typedSuffix(s.slice(c.start, c.end))?.suffix
    )
      return;
    const cut = text.slice(c.start, start);
    // A cut inside brackets (某地(某镇)数字产业集群) would leave half a bracket: the bracket belongs to the name.
    if (/[(（][^)）]*$/u.test(cut)) return;
    // What the cut leaves of a park or platform is only its kind (3000平方米专业实验室 → 专业实验室): no name.
    if (!bare && (c.type === "park" || c.type === "platform") && bareCategory(s.slice(start, c.end))) {
      c.confidence = 0;
      return;
    }
    // A cluster cut down to a generic word (打破|传统产业, 获评|国家产业): the clause named no industry.
    if (
      c.type === "cluster" &&
      (allGeneric(s.slice(start, ownEnd)) || /^(国家|省级?|市级?)$/u.test(s.slice(start, ownEnd)))
    ) {
      c.confidence = 0;
      return;
    }
    const was = c.name;
    c.start = start;
    c.name = c.type === "cluster" ? c.name.slice(cut.length) : rest;
    // A place or scale the cut words hid from the recogniser (确定某某市纺织产业集群): cut as at a name's start.
    if (c.type === "cluster") {
      const lead = clusterName(s.slice(start, start + c.name.length)).cut;
      if (lead > 0 && c.name.length - lead >= 2 && !allGeneric(c.name.slice(lead))) c.name = c.name.slice(lead);
      // …or only a place and its level (获评|天津市级产业): no industry at all.
      if (PLACE_SET.has(c.name.replace(/[省市县区]?级$/u, ""))) c.confidence = 0;
    }
    c.boundary = "boundary:inner";
    // A short form the text declares for it (（以下简称…）) names the same, now shorter, name.
    if (c.type === "enterprise")
      for (const d of cands) if (d.rule === "alias:declared" && d.type === c.type && d.name === was) d.name = c.name;
    moved++;
  });
  return moved;
}
