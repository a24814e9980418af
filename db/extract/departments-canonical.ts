// A department's canonical name (own city/province becomes the bare level): naming, separate from recognition.

import type { Ctx } from "./context.ts";
import { PLACE_START, PROV_ALT } from "./departments-vocab.ts";
import { ONE_CHAR_COUNTIES } from "./vocab.ts";

// Compiled once (per city), not per department candidate: building these was a
// visible share of extraction time. Neither is global, so reuse keeps no state.
// The level word may be left out before a city (西藏某某市人民政府); the province's own bodies keep it.
const PROVINCE_PREFIX = new RegExp(
  `^(?:中共(?=(?:${PROV_ALT})(?:省|自治区)委))?(?:${PROV_ALT})(省|(?:壮族|回族|维吾尔)?自治区)?`,
  "u",
);
const CITY_PREFIX = new Map<string, RegExp>();
function cityPrefix(city: string): RegExp {
  let re = CITY_PREFIX.get(city);
  if (!re) {
    re = new RegExp(`^(?:中共)?${city}市(?=委)|^${city}市(?!分行)`, "u");
    CITY_PREFIX.set(city, re);
  }
  return re;
}

/** A district, county or county-level city leading a body's name (not a zone: 高新区, 开发区…). */
const COUNTY_LED =
  /^[\p{Script=Han}]{2,3}?(?<!高新|开发|经开|新|园|城|市|辖|综保|保税|示范|试验|工业)(?:区|县|市)(?=[\p{Script=Han}]{2}|[委])(?!场)/u;

/** A county named by one character at i (绛县, 泗县): the two-to-three-character place patterns miss it. */
export const oneCharCounty = (s: string, i: number): boolean => s[i + 1] === "县" && ONE_CHAR_COUNTIES.has(s[i] ?? "");

const COUNTY_OWN = new WeakMap<Ctx, boolean>();
/** A county's or district's own body, bare (县委, 区人民政府), after a non-Han character, a conjunction or the text's start. */
const COUNTY_BODY_AT =
  /(?:^|[^\p{Script=Han}]|[和、与及])[县区](?:委|政府|人民政府)(?![\p{Script=Han}]{0,2}(?:办公|部))/uy;
/** The body words every such match holds (one character after its start, or at the text's start). */
const COUNTY_BODY = /[县区](?:委|政府|人民政府)/gu;
/**
 * A county's or district's own document (its bodies named bare: 县委, 县政府, 区人民政府) speaks of
 * the city above it as another place: 某市人民政府 keeps its city there.
 */
function countyOwn(ctx: Ctx): boolean {
  let own = COUNTY_OWN.get(ctx);
  if (own === undefined) {
    own = false;
    // Tried only before each 县委/区政府/…: the leading class was entered at every character of the text.
    for (const m of ctx.s.matchAll(COUNTY_BODY)) {
      COUNTY_BODY_AT.lastIndex = m.index === 0 ? 0 : m.index - 1;
      if (COUNTY_BODY_AT.test(ctx.s)) {
        own = true;
        break;
      }
    }
    COUNTY_OWN.set(ctx, own);
  }
  return own;
}

/** Canonical department name: the document's own city/province becomes the bare prefix. */
export function canonicalDept(ctx: Ctx, name0: string, simp0: string): string {
  // 中共某市委员会 is the full form of 某市委 (the Party committee).
  // (The scan drops 中共 before a place: 某市委员会 alone is the same committee.)
  const party = /^(中共)?(.{2,8}?[市省区县旗])委员会$/u.exec(simp0);
  const simp = party ? `${party[2]}委` : simp0;
  const name = party ? `${name0.slice(party[1] ? 2 : 0, name0.length - 3)}委` : name0;
  if (ctx.city && !countyOwn(ctx)) {
    // 中共某市委组织部 is 市委组织部: the Party prefix adds nothing once the level is the city's own.
    const m = cityPrefix(ctx.city).exec(simp);
    if (m && simp.length >= m[0].length + 1) {
      const rest = name.slice(m[0].length);
      // 某市某区人民政府: a district or county-level city below the city keeps its own name (guide).
      if (COUNTY_LED.test(simp.slice(m[0].length))) return rest;
      return rest.startsWith("市") ? rest : `市${rest}`;
    }
  }
  // 某市某区委 of another city: a district or county below a city keeps its own name there too (guide).
  const other = /^(?:中共)?[\p{Script=Han}]{2,3}市/u.exec(simp);
  if (other && COUNTY_LED.test(simp.slice(other[0].length))) return name.slice(other[0].length);
  const p = PROVINCE_PREFIX.exec(simp);
  // 某省某市委 is the city's body (an official's title names the province first): the city rule decides.
  if (p && PLACE_START.test(simp.slice(p[0].length)) && /^[\p{Script=Han}]{2,4}市/u.test(simp.slice(p[0].length)))
    return canonicalDept(ctx, name.slice(p[0].length), simp.slice(p[0].length));
  // 重庆市长寿区委, 北京市大兴区投促中心: a district below a municipality keeps its own name (guide).
  const muni = p && /^(北京|上海|天津|重庆)$/u.test(p[0]) ? p[0].length + (simp[p[0].length] === "市" ? 1 : 0) : 0;
  if (muni && COUNTY_LED.test(simp.slice(muni))) return name.slice(muni);
  // 某省某县县委, 某省某某市政府: a county-level place after its province keeps its own name, without the province.
  const county = p ? simp.slice(p[0].length) : "";
  if (p?.[1] && (COUNTY_LED.test(county) || oneCharCounty(county, 0))) return name.slice(p[0].length);
  // Another province's body (广东省商务厅 in a Hubei text) keeps its province: only the text's own becomes 省/自治区.
  const own = !ctx.province || simp.startsWith(ctx.province) || simp.startsWith(`中共${ctx.province}`);
  if (p?.[1] && own && simp.length >= p[0].length + 1) {
    const level = p[1] === "省" ? "省" : "自治区";
    const rest = name.slice(p[0].length);
    // 某省省商务厅 (a doubled level in the source) is still 省商务厅.
    return simp.slice(p[0].length).startsWith(level) ? rest : `${level}${rest}`;
  }
  return name;
}
