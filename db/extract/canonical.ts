// Canonical names and keys. entityKey identifies an entity inside one
// extraction; resolutionKey says when two names of a type are one thing
// across documents (明远 / 明远集团, 華興集團 / 浙江華興).
import type { EntityType } from "../types.ts";
import { simplifiedView } from "./script.ts";
import { CITIES, PROVINCES } from "./vocab.ts";

const CLUSTER_SUFFIX = /(千亿级|万亿级|百亿级)?(先进制造业集群|产业集群|集群|产业链|产业)$/u;
const LEVEL_PREFIX = /^(国家级|省级|市级|自治区级)/u;
/** A province (with 省/自治区) or a city (with 市) at a name's start. */
export const PLACE = new RegExp(
  `^(?:(?:${PROVINCES.join("|")})(?:省|自治区)?|(?:${[...CITIES].sort((a, b) => b.length - a.length).join("|")})市?)`,
  "u",
);
/** Countries written before a foreign firm's name (德国某某公司 is 某某公司). */
const COUNTRY =
  /^(德国|美国|日本|韩国|法国|英国|意大利|瑞士|瑞典|荷兰|比利时|丹麦|芬兰|挪威|奥地利|西班牙|加拿大|澳大利亚|新加坡|以色列|印度|俄罗斯|中国香港|香港|台湾|中国台湾)/u;
const COMPANY_FORM =
  /(集团股份有限公司|股份有限公司|有限责任公司|集团有限公司|控股集团|集团公司|有限公司|集团|控股|股份|公司)$/u;

/** The scorer's normalisation, plus cluster/level rules of the guide. */
export function normName(type: EntityType, name: string): string {
  let s = String(name)
    .normalize("NFKC")
    .replace(/[\s\u3000]+/gu, "");
  s = s.replace(/^[“”"'《》「」\p{P}]+|[“”"'《》「」]+$/gu, "");
  if (type === "cluster") s = s.replace(CLUSTER_SUFFIX, "") || s;
  if (type === "platform" || type === "park") s = s.replace(LEVEL_PREFIX, "") || s;
  return s;
}

export function entityKey(type: EntityType, name: string): string {
  return `${type}:${normName(type, name)}`;
}

/** Zone kind words that abbreviate one another (X高新技术产业开发区 = X高新区). */
const ZONE_KINDS: [RegExp, string][] = [
  [/(国家)?(高新技术产业开发区|高技术产业开发区|高新技术开发区|高新区|高区)$/u, "高新区"],
  [/(国家)?(经济技术开发区|经开区|经济区|经区)$/u, "经开区"],
  [/(经济开发区|开发区)$/u, "开发区"],
  [/(综合保税区|综保区)$/u, "综保区"],
];

export function zoneParts(name: string): { core: string; kind: string } | null {
  for (const [re, kind] of ZONE_KINDS) {
    const m = re.exec(name);
    if (m) return { core: name.slice(0, m.index).replace(/国家$/u, ""), kind };
  }
  return null;
}

/** A zone's own place without the province or the city written before it (辽宁凌源 → 凌源). */
export function zoneCore(core: string): string {
  let c = core;
  for (const lead of [PROVINCE_LEAD, PLACE]) {
    const m = lead.exec(c);
    if (m && c.length - m[0].length >= 2) c = c.slice(m[0].length);
  }
  return c;
}

const PROVINCE_LEAD = new RegExp(`^(?:${PROVINCES.join("|")})(?:省|自治区|壮族自治区|回族自治区|维吾尔自治区)?`, "u");

/** A park's two-character place written with its 县/区/市/旗 (射洪县锂电产业园 = 射洪锂电产业园): the place's bare name. */
export function countyless(name: string): string {
  return name.replace(/^(\p{Script=Han}{2})[县区市旗](?=\p{Script=Han}{3}|$)/u, "$1");
}

export function resolutionKey(type: EntityType, name: string): string {
  let s = simplifiedView(normName(type, name));
  switch (type) {
    case "enterprise": {
      let prev = "";
      while (prev !== s) {
        prev = s;
        const core = s.replace(COMPANY_FORM, "");
        if (core.length >= 2) s = core;
      }
      const p = PLACE.exec(s) ?? COUNTRY.exec(s);
      if (p && s.length - p[0].length >= 2) s = s.slice(p[0].length);
      break;
    }
    case "department":
      // (管委会 is the short form of 管理委员会: 某园管委会 = 某园管理委员会.)
      s = s
        .replace(/人民政府/u, "政府")
        .replace(/发展和改革委员会/u, "发展改革委")
        .replace(/管理委员会$/u, "管委会");
      break;
    case "park": {
      const z = zoneParts(s);
      // 辽宁某某经开区 = 朝阳某某经济开发区 = 某某经济开发区: a province or a city before the zone's own place
      // is its address, and news writes 经开区 for either kind of development zone.
      if (z) s = `${countyless(zoneCore(z.core))}|${z.kind === "经开区" ? "开发区" : z.kind}`;
      // 甲与乙产业园 = 甲和乙产业园: plans write the same park's joined name with either conjunction.
      s = s.replace(/(?<=\p{Script=Han}{2})[与和及](?=\p{Script=Han}{2})/gu, "&");
      // 甲乙物流产业园 = 甲乙物流园: 产业 before the park word is often left out the second time.
      if (!z) s = s.replace(/(?<=\p{Script=Han}{4})产业(园区|园|城|基地)$/u, "$1");
      // 某省甲乙工业园区 = 甲乙工业园: the province and the 区 of 园区 are left out as often as written.
      if (!z) {
        if (!/^\p{Script=Han}{2}市/u.test(s)) s = countyless(s);
        const bare = s.replace(PROVINCE_LEAD, "");
        if (bare.length >= 4) s = bare;
        // 某某市甲乙工业集中区 = 甲乙工业集中区: the city written with 市 is the address (resolve.ts names it so).
        const noCity = s.replace(/^[\p{Script=Han}]{2,3}市/u, "");
        if (noCity.length >= 6 && noCity !== s) s = noCity;
        // (甲乙香料产业园区 = 甲乙香料产业园 = 甲乙香料园: any named 园区 is the 园 of that name.)
        s = s.replace(/(?<=\p{Script=Han}{3})园区$/u, "园");
      }
      break;
    }
    default:
      break;
  }
  return `${type}:${s}`;
}
