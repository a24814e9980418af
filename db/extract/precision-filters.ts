// Precision filters (typing stage): candidates whose shape says they are not
// what their suffix suggests, found on genres the extractor was not tuned on
// (zone reports, news, long plans). Each filter is a registry entry
// (rules/precision.ts); a dropped candidate gets confidence 0 and its rule id,
// so selectFlat leaves it out and the id says why.
import { allGeneric } from "./clusters-names.ts";
import type { Cand, Ctx } from "./context.ts";
import { industryPhrase } from "./industry-heads.ts";
import { fieldsOrStages } from "./lists-items.ts";
import { bareCategory, CITY_BEFORE_CHINA, kindOnlySpecific, typedSuffix } from "./names.ts";
import { tag } from "./tagger.ts";
import { CITIES, PLACE_SET, PROVINCES } from "./vocab.ts";

/**
 * Verbs of news and report prose that the tagger's lexicon reads as nouns or
 * names (抢滩 n, 荣膺 nr) yet open a clause before an industry or a park.
 */
const PROSE_VERBS = ["抢滩", "狠抓", "荣膺", "领跑", "凭借", "踏入", "抢抓", "紧盯", "锚定", "深耕", "引育"];

/** A university or research institute that owns a 创新创业园 / 科技园: the thing is its platform (guide). */
const OWNER_PLATFORM =
  /(大学(?!生)|学院|工大|师大|农大|医大|理工|研究院|研究所|科学院)[\p{Script=Han}（）()]{0,8}?(创新创业园|创业园|科技创新园|创新园|科技园|孵化园)$/u;
/** 大学科技园 is a kind of park of its own (a designated university science park): a place, not the owner's platform. */
const UNIVERSITY_PARK = /(大学|学院)科技园$/u;

/** Honours and rankings (十佳, 首个, 示范): after only a level or region, the name is a title, not a park. */
const LEVEL_OR_REGION = `(国家级?|省级?|市级?|县级?|全国|中国|全省|全市|${PROVINCES.join("|")})?(省|市)?`;
const TITLE = new RegExp(
  `^${LEVEL_OR_REGION}(十佳|百佳|十强|百强|[一二三四五]星级?|优秀|首个|首家|首批|示范|明星|标杆)`,
  "u",
);
/** A title the sentence gives: 某园入选某某产业园, 获评某某基地. */
const HONOUR_BEFORE = /(入选|获评|评为|荣获|荣膺|授予|命名为)(国家级|省级|市级|全国|国家|全省|省|市)?$/u;

/** A measure word after a count (一大批优质…, 三个…): not the start of an industry's name. */
const QUANTITY_LEAD = /^[批个项条类家]/u;
/** A scale before an industry (五百亿级清洁能源, 某市千亿级…): cut with what precedes it; generic words left are dropped. */
const SCALE_LEAD = /^[\p{Script=Han}]{0,4}?[\d一二三四五六七八九十两百千万]*亿(元)?级/u;
/** A quality of the industry (国际影响力, 首位度, 竞争力), not an industry. */
const QUALITY_TAIL = /(影响力|竞争力|创新力|带动力|辐射力|引领力|首位度|知名度|集聚度|贡献度|美誉度|占有率|贡献率)$/u;
/** A count before a platform or park kind (若干个省实验室, 多个…园区, 一批…平台): kinds, not names. */
const COUNT_LEAD = /^((若干|多|数|[\d一二三四五六七八九十两]+)个|一批|各类)/u;

/** A province or an administrative placeholder (浙江省, 区(县), 各) before a bare kind: a category (浙江省经济(技术)开发区). */
/** Ministries that grant kinds as titles (工信部重点实验室 = a ministry-level key lab, not one lab). */
const MINISTRIES =
  "工信部|工业和信息化部|科技部|教育部|农业农村部|商务部|交通运输部|自然资源部|生态环境部|文化和旅游部|国家发展改革委|国家发改委|国家卫健委";
const CATEGORY_LEAD = new RegExp(
  `^((${PROVINCES.join("|")})(省|自治区)|全国|全省|全市|全县|全区|全州|各|区[(（]县[)）]|县[(（]市、?区[)）]|区县|市县|${MINISTRIES})`,
  "u",
);
/** What a place aims to become (建成…世界级某产业园, 具有影响力的某平台): a description, not a name. */
const ASPIRATION_BEFORE = /(世界级|一流的?|知名的?|领先的?|具有[^，。；、]{0,12}的)$/u;
const PLACE_IN_NAME = new RegExp(`(${[...PROVINCES, ...CITIES].join("|")})`, "u");

/** A kind in a category's frame: 特色某某小镇, 各类…平台 before it, …平台体系 after it. */
const CATEGORY_BEFORE = /(特色|一批|各类|若干|多个|系列|(?:县|乡|镇|村|乡镇)级)$/u;
const CATEGORY_AFTER = /^(体系|网络|矩阵)/u;

/** A level right before a bare kind (…对照省级工程技术研究中心, 认定一批市级重点实验室): a grade of platforms, not one. */
const LEVEL_THEN_KIND = /(国家级|省级|市级|县级|区级|省部级|自治区级|兵团级|[州盟旗师]级)(重点)?$/u;

/** Owner, level or designation words that make a lab's name its own. */
const LAB_OWNER = /(重点|工程|国家|省|市|县|区|联合|院士|企业|公司|集团|大学|学院|研究|中心|实验室|[(（“"]|\d)/u;
function fieldOnlyLab(spec: string): boolean {
  if (spec.length > 10 || LAB_OWNER.test(spec)) return false;
  // A firm's name before it (某某重工材料实验室) owns it.
  for (let k = spec.length; k >= 3; k--) if (typedSuffix(spec.slice(0, k))?.type === "enterprise") return false;
  // (An unknown word, x, is a brand or place the dictionary lacks.)
  return tag(spec, true).every((t) => !/^(ns|nr|nrt|nz|j|x)$/u.test(t.tag) && !PLACE_SET.has(t.word));
}

/** A county's, township's or village's level first (县级主导产业工业园, 乡级某某产业园): a grade of parks, not one. */
const LOCAL_GRADE = /^(县|乡|镇|村|乡镇)级/u;

/** The country's zones of a kind, or of an industry (中国开发区, 中国首选开发区, 中国生物医药园区): a category or a title. */
const NATIONAL_KIND =
  /^(?:中国|全国|我国)(首选|优秀|最佳|百强|十佳)?([\p{Script=Han}]{0,8}?)(开发区|园区|工业园区|高新区|经开区)$/u;

/** A builder body named in the clause right before a lab (某研究院牵头建设的, 依托某大学组建的): the lab is that body's own. */
const BUILT_BY_BEFORE =
  /(大学|学院|研究院|研究所|科学院|集团|公司|中心|医院)[^，。；,;]{0,10}?(建设|共建|组建|筹建|建立|成立|打造|设立)的$/u;

function category(simp: string, clauseBefore = ""): boolean {
  // An event's edition (第六届中国工业园区招商…论坛): the event's name, no place.
  if (LOCAL_GRADE.test(simp) || /^第[一二三四五六七八九十百\d]+届/u.test(simp)) return true;
  const nk = NATIONAL_KIND.exec(simp);
  if (nk && (nk[2] === "" || industryPhrase(nk[2] as string))) return true;
  const kind = typedSuffix(simp);
  const graded =
    kind && kind.type === "platform" ? LEVEL_THEN_KIND.exec(simp.slice(0, simp.length - kind.suffix.length)) : null;
  if (graded) {
    // An owner before the level names one platform (某某国家级企业技术中心); a verb there (对照…) names a grade.
    const before = simp.slice(0, graded.index);
    if (before === "") return true;
    const last = tag(before, true).pop();
    // A company suffix there (某某重工, tagged as a verb) is the owner all the same.
    if (last && /^(v|vn|p|d)$/u.test(last.tag) && typedSuffix(before)?.type !== "enterprise") return true;
  }
  if (kind?.type === "platform") {
    const spec = simp
      .slice(0, simp.length - kind.suffix.length)
      .replace(/^(国家级|省级|市级|自治区级|国家|省|市|自治区)/u, "");
    if (spec === "" || kindOnlySpecific(spec)) return true;
    // A regional role (某某区域创新中心, 华东区域…技术中心): what a place is to be for its region, not a name;
    // a place in brackets before it names the designated centre (国家(某地)区域创新中心).
    if (/(?<![)）])区域/u.test(spec)) return true;
    // A programme's slogan as the specific part (“一企一技术”研发中心): the programme's kind of centre.
    if (/^[“"]?一[\p{Script=Han}]{1,2}一[\p{Script=Han}]{1,3}[”"]?$/u.test(spec)) return true;
    // A lab named by its field alone (动物实验室, 理化分析实验室, 复合材料改性实验室): a room of a facility, not a
    // platform; named ones hold an owner, a level or a place (某某重点实验室, 某省贵金属实验室, 某山实验室).
    if (kind.suffix === "实验室" && fieldOnlyLab(spec) && !BUILT_BY_BEFORE.test(clauseBefore)) return true;
  }
  const m = CATEGORY_LEAD.exec(simp);
  if (!m) return false;
  const rest = simp.slice(m[0].length).replace(/[(（][^()（）]{1,4}[)）]/gu, "");
  return rest.length > 0 && bareCategory(rest);
}

/** A region and nothing but an umbrella sector (长三角制造业, 中国制造业): a scope, not a cluster. */
const REGIONS = ["中国", "全国", "长三角", "珠三角", "京津冀", "粤港澳", "成渝", "东北", "西部", "中部", ...PROVINCES];
const PLACE_UMBRELLA = new RegExp(
  `^(${[...REGIONS, ...CITIES].join("|")})(省|市)?(制造业|服务业|工业|产业|实体经济)$`,
  "u",
);

/** What a list of fields does rather than names (…等产业融合发展, …等产业链拓展延伸, 涵盖…等产业领域). */
const FIELD_LIST_END = /^[^，。；;,:：\n]{0,30}?等(产业|产业链)(融合|拓展|延伸|领域)/u;
/** …unless a place's focus verb opens the list (开发区聚焦甲、乙等产业领域 names its industries). */
const FOCUS_BEFORE = /(聚焦|重点发展|主攻|着力发展|大力发展|培育壮大)[^，。；;,:：\n]*$/u;
/**
 * A list whose head names parts of one industry or what a place offers, not industries:
 * …等为主导的细分行业, …等临空服务业业态, …等3个产业大脑 (the annotation guide's sub-fields and formats).
 */
const SUBFIELD_LIST_END = /^[^，。；;,:：\n]{0,30}?等[^，。；;\n]{0,12}?(业态|细分行业|细分领域|细分产业|产业大脑)/u;

/** When set, every change is logged here (rule statistics for filters, which emit no item). */
export const filterLog: { on: boolean; items: { rule: string; type: string; name: string }[] } = {
  on: false,
  items: [],
};

function drop(c: Cand, rule: string): void {
  if (filterLog.on) filterLog.items.push({ rule, type: c.type, name: c.name });
  c.confidence = 0;
  c.rule = rule;
}

/** Where a leading clause verb ends in a cluster's name (0 when none): 抢滩智能装备 → 2. */
function leadVerbEnd(name: string): number {
  // 构建起以某产业为引领: the preposition's object, not 起以某.
  const prep = /^起?以(?=[\p{Script=Han}]{2})/u.exec(name);
  if (prep) return prep[0].length;
  for (const v of PROSE_VERBS) if (name.startsWith(v)) return v.length;
  // A verb inside the name after a firm's short name (某某机械荣膺中国制造业): the name is the part after it.
  for (const v of PROSE_VERBS) {
    const i = name.indexOf(v);
    if (i > 0) return i + v.length;
  }
  return 0;
}

/** First tokens that open no industry's name: a preposition, conjunction, pronoun, affix or auxiliary (只有…, 本…, 型…). */
const NO_FIRST = /^(p|c|r|k|u[a-z]?|y|e|o|ad)$/u;

/**
 * A cluster name cut at the wrong place, read from its first and last token: a function word or a
 * two-character adverb first, a one-character verb first that the HMM reading keeps apart (起某茶,
 * not 临空), an adverb or a measure word last, or an amount or a side of two characters last
 * (…少量, …下游): the span runs into the clause around the industry.
 */
function fragmentName(name: string): boolean {
  const t = tag(name, false);
  const first = t[0];
  const last = t[t.length - 1];
  if (t.length < 2 || !first || !last) return false;
  if (NO_FIRST.test(first.tag) || (first.tag === "d" && first.word.length > 1)) return true;
  if (first.tag === "v" && first.word.length === 1 && tag(name, true)[0]?.word.length === 1) return true;
  return /^[dq]$/u.test(last.tag) || (/^[mf]$/u.test(last.tag) && last.word.length > 1);
}

/** Names of universities, schools and hospitals. */
const INSTITUTION = /(大学|学院|医院|卫生院|中学|小学|学校|幼儿园)$/u;
/** Words that say what kind of company, not which (科创公司, 上市公司, 售电公司). */
const FIRM_KIND =
  /^(科创|创科|科技|高新技术|高新|上市|民营|国有|国企|外资|外企|龙头|骨干|初创|平台|投资|运营|建设|开发|售电|专业|子|分|母|控股|新|老)$/u;
/**
 * A company named only by a count, a time or a pointer, and a kind (16家创科公司, 去年公司, 该公司, 我们公司,
 * 生物医药公司): a reference to firms, not a name.
 */
function genericFirm(name: string): boolean {
  const core = name
    .replace(/(股份有限公司|有限责任公司|有限公司|公司|集团)$/u, "")
    .replace(/^(?:\d+[家间个户]?|[一二三四五六七八九十百千两几多余]+[家间个户])/u, "")
    .replace(/^(去年|今年|明年|当年|当|该|本|这家|那家|此|其|各|每家|这些|那些|我们|我|你们|他们|咱们)/u, "");
  return core === "" || FIRM_KIND.test(core) || industryPhrase(core) || kindOfCompany(name, core);
}

/** Words that say what a company does or is for, not who it is (平台公司, 售电公司, 合资公司, 自来水公司; 某某产业集团 is a name). */
const KIND_WORD =
  /(企业|平台|基地|园区|功能区|政府|合资|独资|股份|售电|担保|自来水|电力|供电|供水|燃气|公交|热力|工程)/u;
const KIND_ONLY = new RegExp(`^${KIND_WORD.source}$`, "u");
/** Tags of a word that names someone (a place, a person, a brand the dictionary knows or does not know). */
const OWN_TAG = /^(ns|nr|nrt|nz|nt|j|x|eng)$/u;
/**
 * A company named by such words only (园区售电公司, 政府产业平台公司, 中马合资公司, 公交集团): a kind of company the
 * text refers to, not a name; a place or a brand among the words (某市平台公司, 某某电力公司) names one.
 */
function kindOfCompany(name: string, core: string): boolean {
  if (!/(?<!有限|责任)(公司|集团)$/u.test(name) || !KIND_WORD.test(core) || /[A-Za-z0-9]/u.test(core)) return false;
  // (A kind word the dictionary lacks, 售电/x, is still a kind word.)
  return tag(core, true).every((t) => KIND_ONLY.test(t.word) || (!OWN_TAG.test(t.tag) && !PLACE_SET.has(t.word)));
}

/** An official's title, then only short names joined by 、 up to here: a list of people (市领导甲、乙、). */
const OFFICIALS_BEFORE =
  /(?:领导|书记|市长|县长|区长|镇长|主任|局长|厅长|省长|主席|委员|常委|秘书长)(?:[\p{Script=Han}]{2,3}、){0,8}$/u;

/** A list item that ends like a park (甲园、乙园分别入驻企业…): the host of firms, not a firm. */
const PARK_END = /园区?$/u;
const NOT_PARK_END = /(公园|花园|庄园|家园|校园|乐园|菜园|果园|茶园|陵园|植物园|动物园|百草园)$/u;

/** Applies the precision filters to the candidates in place; returns how many it changed. */
export function precisionFilters(ctx: Ctx, cands: Cand[]): number {
  const { s } = ctx;
  let changed = 0;
  for (const c of cands) {
    if (c.confidence <= 0) continue;
    // Written as it stands: the filters read the simplified view (traditional script, same offsets).
    const asWritten = ctx.text.startsWith(c.name, c.start);
    const name = (asWritten ? s.slice(c.start, c.start + c.name.length) : c.name).normalize("NFKC");
    // "某市中国某某集团…有限公司": the city says where the firm is; its registered name starts at 中国.
    const cityFirst = c.type === "enterprise" && asWritten ? CITY_BEFORE_CHINA.exec(name) : null;
    if (cityFirst && c.name.length - cityFirst[0].length >= 6) {
      c.start += cityFirst[0].length;
      c.name = c.name.slice(cityFirst[0].length);
      changed++;
      continue;
    }
    if (c.type === "park" && OWNER_PLATFORM.test(name) && !UNIVERSITY_PARK.test(name)) {
      c.type = "platform";
      c.rule = "typing:owner-platform";
      if (filterLog.on) filterLog.items.push({ rule: c.rule, type: "park", name: c.name });
      c.confidence = 0.85;
      changed++;
      continue;
    }
    if (c.type === "park" || c.type === "platform") {
      const before = s.slice(Math.max(0, c.start - 8), c.start);
      const simp = s.slice(c.start, c.end);
      const after = s.slice(c.end, c.end + 2);
      const clauseBefore = s.slice(Math.max(0, c.start - 30), c.start);
      if (
        category(simp, clauseBefore) ||
        COUNT_LEAD.test(simp) ||
        CATEGORY_BEFORE.test(before) ||
        CATEGORY_AFTER.test(after)
      ) {
        drop(c, "filter:category");
        changed++;
      } else if (TITLE.test(name) || HONOUR_BEFORE.test(before)) {
        drop(c, "filter:title");
        changed++;
      } else if (ASPIRATION_BEFORE.test(s.slice(Math.max(0, c.start - 16), c.start)) && !PLACE_IN_NAME.test(simp)) {
        drop(c, "filter:aspiration");
        changed++;
      }
      continue;
    }
    if (c.type === "enterprise") {
      // Universities, schools and hospitals are none of the five types (guide), even in a firm list.
      if (INSTITUTION.test(name)) {
        drop(c, "filter:institution");
        changed++;
      } else if (genericFirm(name)) {
        drop(c, "filter:generic-firm");
        changed++;
      } else if (c.end - c.start <= 3 && OFFICIALS_BEFORE.test(s.slice(Math.max(0, c.start - 40), c.start))) {
        // "市领导甲乙、丙丁、戊己出席": people listed after their title, not firms.
        drop(c, "filter:officials");
        changed++;
      } else if (c.rule.startsWith("enterprise:list") && PARK_END.test(name) && !NOT_PARK_END.test(name)) {
        drop(c, "filter:park-item-firm");
        changed++;
      }
      continue;
    }
    if (c.type !== "cluster" || c.occStart !== undefined) continue;
    if (
      c.rule === "cluster:list" &&
      FIELD_LIST_END.test(s.slice(c.end, c.end + 40)) &&
      !FOCUS_BEFORE.test(s.slice(Math.max(0, c.start - 60), c.start))
    ) {
      drop(c, "filter:field-list");
      changed++;
      continue;
    }
    if (
      (c.rule === "cluster:list" || c.rule === "cluster:develop-list") &&
      (SUBFIELD_LIST_END.test(s.slice(c.end, c.end + 48)) || fieldsOrStages(s, [c]))
    ) {
      drop(c, "filter:subfield-list");
      changed++;
      continue;
    }
    // The name's own text must sit at the span's start (a canonical name may differ from the text).
    const sameText = asWritten;
    const cut = sameText ? leadVerbEnd(name) : 0;
    if (cut > 0) {
      const rest = c.name.slice(cut).replace(/^[以起]+/u, "");
      const moved = c.name.length - rest.length;
      // What is left may be a generic word only (打破传统产业 → 传统).
      const restSimp = s.slice(c.start + moved, c.start + c.name.length);
      if (rest.length < 2 || PLACE_UMBRELLA.test(rest) || allGeneric(restSimp)) drop(c, "cluster:lead-trim");
      else {
        c.start += moved;
        c.name = rest;
        c.boundary = "cluster:lead-trim";
        if (filterLog.on) filterLog.items.push({ rule: c.boundary, type: c.type, name: c.name });
      }
      changed++;
      continue;
    }
    const scale = SCALE_LEAD.exec(name);
    if (scale && sameText) {
      const rest = c.name.slice(scale[0].length);
      if (rest.length < 2 || allGeneric(rest)) drop(c, "filter:cluster-scope");
      else {
        c.start += scale[0].length;
        c.name = rest;
        c.boundary = "cluster:lead-trim";
        if (filterLog.on) filterLog.items.push({ rule: c.boundary, type: c.type, name: c.name });
      }
      changed++;
      continue;
    }
    const counted =
      QUANTITY_LEAD.test(name) &&
      /([\d一二三四五六七八九十两几多]|一大)$/u.test(s.slice(Math.max(0, c.start - 2), c.start));
    if (counted || PLACE_UMBRELLA.test(name) || QUALITY_TAIL.test(name)) {
      drop(c, "filter:cluster-scope");
      changed++;
    } else if (sameText && fragmentName(name)) {
      drop(c, "filter:cluster-fragment");
      changed++;
    }
  }
  // A category's suffix ends every reading of that phrase (某开发区再登全省国家级开发区): none stays.
  const categoryEnds = new Set(cands.filter((c) => c.rule === "filter:category").map((c) => c.end));
  for (const c of cands)
    if ((c.type === "park" || c.type === "platform") && c.confidence > 0 && categoryEnds.has(c.end)) {
      drop(c, "filter:category");
      changed++;
    }
  return changed;
}
