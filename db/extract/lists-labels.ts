// Firm labels and cues written before a list of firms (龙头企业：甲、乙): vocabulary shared by findLists and the firm recognisers.
import { charTable } from "./anchored.ts";

/** Labels for kinds of firms that documents write straight before the names. */
const FIRM_LABELS =
  "龙头|链主|园区|入园|入驻|区内|园内|骨干|配套|重点|领军|头部|整车|百亿级|千亿级|上市|专精特新|小巨人|独角兽|瞪羚|标杆|明星|代表性|代表|知名|世界500强|500强";
/** Labels may stack and be quoted, after a level (国家级专精特新“小巨人”企业). */
export const QUOTED_LABEL_END = new RegExp(`(?:${FIRM_LABELS})[”"]$`, "u");
export const FIRM_LABEL_AT = new RegExp(`^(?:国家级|省级|市级)?(?:[“"]?(?:${FIRM_LABELS})[”"]?)+型?企业`, "u");
/** A label and its 企业 (at most seven characters before 企业), tried only before each 企业. */
export const FIRM_LABEL_Y = new RegExp(`(?:${FIRM_LABELS})型?[”"]?企业`, "uy");
export const LABEL_FIRST = charTable(
  FIRM_LABELS.split("|")
    .map((w) => w[0])
    .join(""),
);
/** What follows a firm label without being a firm (龙头企业数量, 骨干企业作用). */
export const NOT_FIRM_WORD =
  /^(数量|规模|总数|产值|营收|占比|比重|梯队|名单|作用|集群|群体|家数|培育|认定|库|比例|个数|达到|超过|实现|总量|引领|带动|发展|和|及|与)|(企业|项目|产品|名单|培育库|梯队|计划|工程|行动|作用|方阵|矩阵)$/u;

export const ENT_CUE =
  /(聚集|集聚|汇聚|汇集|云集|引进|引入|吸引|涌现出?|依托|以|有|包括|形成|拥有|签约|入驻|落户|重点企业|龙头企业|骨干企业|代表企业|企业有|分别是)[了着]?\s*$/u;
export const ENT_LABEL = new RegExp(`((?:${FIRM_LABELS})型?[”"]?企业|企业名单)\\s*[：:]?\\s*$`, "u");
