// Word lists and small word tests of the inner-boundary scan (boundary:inner): vocabulary kept apart from the scan logic.

import { LiteralAlternation } from "./alternation.ts";
import { TIME_WORDS } from "./boundary-vocab.ts";
import CLAUSE_VERBS from "./clause-verbs.json" with { type: "json" };
import { PLACE_SET } from "./vocab.ts";

export const VERBS = new Set(CLAUSE_VERBS as string[]);
/** Verbs that name an industry's or a firm's activity: they stay inside names (装备制造产业园, 某某投资公司). */
export const ACTIVITY_VERBS = new Set(
  (
    "制造 加工 发展 投资 建设 服务 研发 设计 检测 孵化 创新 创业 生产 物流 贸易 储能 回收 利用 开发 合作 示范 交易 " +
    "展示 培训 运营 管理 咨询 种植 养殖 冶炼 配送 仓储 装配 集成 应用 转化 转移 共享 试验 测试 制备 封装 控股 " +
    "创意 融合 加速 实验 计算 通信 运输 流通 销售 营销 经营 租赁 担保 结算 支付 传输 存储 制作 印刷 包装 修理 维修 " +
    "保护 治理 监测 认证 评价 育种 繁育 采集 开采 勘探 规划 施工 安装 集聚 聚集 协同 引领 带动 智造 智能 节能 降解 " +
    "互联 养生 制冷 修造 焊接 制动 冷冻 增压 采掘 锻造 减速 织造 织布 润滑 抽水 承接 总成 共建"
  ).split(" "),
);
/** Trades the tagger reads as verbs (批发零售, 快递物流, 家纺): a cluster may open with them. */
export const TRADE_VERBS = new Set(
  "批发 零售 快递 家纺 休闲 养老 托育 育幼 康养 会展 旅游 餐饮 住宿 仓储 冷链 装修 清洁 维保".split(" "),
);
/** Words that end a clause before a name although the tagger calls them nouns or positions. */
export const BREAK_WORDS = new Set(
  (
    "期间 以来 之后 以后 之前 以前 之间 之中 当中 之际 前后 旗下 下属 所属 子公司 记者 同时 其中 代表 " +
    // A location clause of a zone profile (某区毗邻某城, 某站距离园区…).
    "毗邻 紧邻 邻近 相邻 靠近 距离 相距 东临 西临 南临 北临 东邻 西邻 南邻 北邻 " +
    // Words that introduce another name of the same thing (旧称某某园区, 简称某某).
    "旧称 原称 又称 简称 别称 俗称 原名 前身 " +
    // A news dateline or a heading run into the first name (本网讯某开发区, 园区概况某市某工业集中区).
    "讯 网讯 本报讯 本网讯 概况 简介 概述 " +
    // 即 spells out what came before (一园五区，即某园区…).
    "即 " +
    // Having, with an adverb (某开发区起初只有某集团; 全区现有某公司): the tagger reads 只有 as a conjunction.
    "只有 仅有 还有 共有 现有 已有 才有 都有 也有 均有 尚有 另有 " +
    // Times a narrative opens a clause with (起初, 当时, 原来).
    "起初 当时 当初 原来 最初 起先 后来 此后 随后 至今 迄今 " +
    // Inside a place (依托县内某公司, 区内某集团): where the firm is, not its name.
    "县内 区内 园内 市内 镇内 省内 境内 港内 城内 区域内 园区内"
  )
    .split(" ")
    .concat(TIME_WORDS),
);
/** A reporter's byline in brackets, or a photographer's name and 摄 (not 摄影, 摄像), ending where a name may start. */
export const BYLINE =
  /^.*(?:[(（](?:记者|通讯员|摄影|图|文|来源)[^()（）]{0,16}[)）]|[\p{Script=Han}]{2,4}摄(?![影像制])[)）]?)/u;
/** Where BYLINE can match at all (its greedy scan is tried only then). */
export const BYLINE_MARK = /[)）摄]/u;
/** Industries named by one character (铝产业, 煤产业, 茶产业). */
export const ONE_CHAR_INDUSTRY = /^[铝铜钢铁锂煤酒茶糖盐油气锌镍钛硅磷钨锡锑稀镁]$/u;
export const DEPT_SUFFIX =
  /(人民政府办公室|人民政府办公厅|人民政府|政府|管理委员会|委员会|管委会|领导小组|办公室|局|委|厅|办|部)$/u;
export const CLUSTER_SUFFIX = /(产业集群|集群|产业链|产业|制造业)$/u;

/** Prepositions that end a clause before a name (与/同/和 join coordinated names instead: 甲与乙重点实验室). */
export const CLAUSE_PREPOSITIONS = new Set(
  "在 由 对 向 从 把 将 于 给 跟 按 据 被 以 凭借 通过 依靠 借助 围绕 经过 随着 作为 关于 经由".split(" "),
);
/** Pronouns and two-character demonstratives (我们产业园区, 这次某某公司): the text's own references. */
export const POINTERS = ["我们", "咱们", "他们", "这次", "那次", "此次", "本次", "这里", "那里", "这个", "那个"];
/** Conjunctions that open a clause (不仅使某某集团…), never a name's part. */
export const CLAUSE_CONJUNCTIONS = [
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
const SUSPECT_LITERALS = new LiteralAlternation([...POINTERS, ...CLAUSE_CONJUNCTIONS, "概况", "简介", "概述"]);
const SUSPECT_CHAR = /[使让令讯]/u;
/**
 * The words above, a causative, a dateline or a heading inside a name's own part: worth tagging. The
 * words by their first-pair index, the four characters by a class (one regex of them all, tried at
 * every character, cost ~0.6 µs a name).
 */
export const SUSPECT_WORDS = {
  test: (t: string): boolean => SUSPECT_CHAR.test(t) || SUSPECT_LITERALS.find(t, 0) !== null,
};
/** What a firm is to the story, written before its name (巨头, 供应商, 制造商, 出品方…). */
export const FIRM_ROLES = [
  "巨头",
  "供应商",
  "制造商",
  "运营商",
  "开发商",
  "服务商",
  "大户",
  "领头羊",
  "承建商",
  "经销商",
  "代理商",
  // A firm's kind by trade or ownership (大型药企某某集团, 知名车企某某): the name starts after it.
  "药企",
  "车企",
  "房企",
  "险企",
  "央企",
  "国企",
  "民企",
  "外企",
  "台企",
].concat(["出品", "供货", "投资", "承建", "合作", "建设", "运营"].map((w) => `${w}方`));
const FIRM_ROLE_WORDS = new LiteralAlternation(FIRM_ROLES);
/** Any of FIRM_ROLES inside a text (their first-pair index: the regex of their alternation cost ~0.5 µs a name). */
export const FIRM_ROLE_IN = { test: (t: string): boolean => FIRM_ROLE_WORDS.find(t, 0) !== null };
/** Tags of a proper-name token (a place, a person, a brand, an abbreviation). */
export const PROPER = /^(ns|nr|nz|nt|j)$/u;
/** A province or city the tagger may not know as a place (毕节/n). */
/** An owner before a local level (某某集团市级企业技术中心) names one platform; a place or nothing there (文登区级…) a grade. */
export const levelOwner = (w: string) => w.length >= 4 && !/[省市县区州]$/u.test(w) && !placeWord(w);
export const placeWord = (w: string) => PLACE_SET.has(w) || PLACE_SET.has(w.replace(/[省市县州]$/u, ""));
