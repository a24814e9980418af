// Short forms of an enterprise the document has already named in full: plans
// write a firm once in full (美国某某, 某某新材料科技有限公司) and afterwards by
// its brand (某某三期, 某某新材料). The forms are derived from the name alone —
// company forms, a leading country/province/city, trailing generic
// descriptors (科技, 实业…) dropped — and the gazetteer finds them where they
// stand as words (alias:short-form).
import { CITIES, PROVINCES } from "./vocab.ts";

const COMPANY_FORM =
  /(集团股份有限公司|股份有限公司|有限责任公司|集团有限公司|控股集团|集团公司|有限公司|株式会社|集团|控股|股份|公司)$/u;
/** Country or region written before a foreign or offshore firm's brand. */
const COUNTRY =
  /^(德国|美国|日本|韩国|法国|英国|意大利|瑞士|瑞典|荷兰|比利时|丹麦|芬兰|挪威|奥地利|西班牙|加拿大|澳大利亚|新加坡|以色列|印度|俄罗斯|中国香港|中国台湾|香港|台湾|澳门)/u;
const PLACE = new RegExp(
  `^(?:(?:${PROVINCES.join("|")})(?:省|自治区|市)?|(?:${[...CITIES].sort((a, b) => b.length - a.length).join("|")})市?)`,
  "u",
);
/** Generic words a firm's full name carries after its brand and trade (某某新材料科技 → 某某新材料). */
const DESCRIPTOR = /(科技|技术|实业|发展|投资|国际|股份|控股|集团)$/u;
/** A remainder that is a kind of organisation, not a brand (某市商业银行 → 商业银行 is generic). */
const GENERIC_TAIL =
  /(银行|公司|集团|医院|大学|学院|研究院|研究所|中心|协会|商会|基金|保险|证券|信托|电力|电网|燃气|水务)$/u;

/** Trade words a firm's full name carries after its brand (某某智能装备, 某某新能源, 某某制药). */
const TRADE =
  /(装备|新材料|新能源|制药|药业|食品|电子|光电|显示|材料|能源|化工|机械|科技|技术|实业|发展|生物|医药|纺织|服饰|环保|汽车)$/u;

/** A remainder that is trade words only (新能源科技 → 新能源): an industry, not a brand. */
const ONLY_TRADE = new RegExp(`^(?:${TRADE.source.slice(1, -2)})+$`, "u");

/** A two-character brand before a trade word (某某科技, 某某电子 → 某某). */
const TWO_CHAR_BRAND =
  /^([\p{Script=Han}]{2})(科技|电子|智能|电器|电气|光电|技术|实业|股份|集团|药业|生物|新材|材料|能源|汽车|机械)$/u;

/**
 * The forms that make two extracted firms one (resolve.ts): the short forms, and a two-character
 * brand, which is too short for the gazetteer to look for but safe where both are names already;
 * also the brand without its trade words or province and city (某某, 某某智能 of 某省某市某某智能装备)
 * and the stock name (某某股份), safe where both are names already but not as words to look for.
 */
export function enterpriseMergeForms(full: string): string[] {
  const brand = TWO_CHAR_BRAND.exec(full)?.[1];
  const forms = enterpriseShortForms(full, true);
  return brand ? [...forms, brand] : forms;
}

/** The shorter forms a document may use for an enterprise written in full as `full` (`extended`: the merge forms above). */
export function enterpriseShortForms(full: string, extended = false): string[] {
  const out = new Set<string>();
  const core = withoutCompanyForm(full);
  const add = (f: string) => {
    if (f.length >= 2 && f !== full) out.add(f);
  };
  add(core);
  // 美国某某 / 某省某某: the brand without the place, unless what is left is a generic kind.
  const place = COUNTRY.exec(core) ?? PLACE.exec(core);
  let bare = place ? core.slice(place[0].length) : core;
  if (place && bare.length >= 2 && !GENERIC_TAIL.test(bare)) add(bare);
  // 湖北黄石某某电子: a city after the province is address too.
  const city = extended && place ? PLACE.exec(bare) : null;
  if (city && bare.length - city[0].length >= 3 && !GENERIC_TAIL.test(bare.slice(city[0].length))) {
    bare = bare.slice(city[0].length);
    add(bare);
  }
  // 某某新材料科技 → 某某新材料 (three characters at least: a brand and a trade).
  for (const base of new Set([core, bare])) {
    const d = base.replace(DESCRIPTOR, "");
    if (d !== base && d.length >= 3 && !GENERIC_TAIL.test(d) && (base === core || !GENERIC_TAIL.test(bare))) add(d);
  }
  // 某某乳业 → 某某: the brand without its one-character trade (乳业, 药业, 铝业), when the brand is two characters or more.
  const trade = /^([\p{Script=Han}]{2,4})[\p{Script=Han}]业$/u.exec(bare);
  if (trade && trade[1] !== bare) add(trade[1] as string);
  // 某某智能装备 → 某某智能, 某某新能源 → 某某: the brand without its trade words, kept at three characters or more.
  for (let t = bare, cut = extended ? TRADE.exec(t) : null; cut && t.length - cut[0].length >= 3; cut = TRADE.exec(t)) {
    t = t.slice(0, t.length - cut[0].length);
    if (!GENERIC_TAIL.test(t) && !ONLY_TRADE.test(t)) add(t);
  }
  // 某某食品股份有限公司 → 某某股份: the stock-market name, the two-character brand and 股份.
  if (
    extended &&
    /股份/u.test(full) &&
    /^[\p{Script=Han}]{4,}$/u.test(bare) &&
    !PLACE.test(bare) &&
    !/^中[国华]/u.test(bare)
  )
    add(`${bare.slice(0, 2)}股份`);
  return [...out];
}

/** A firm's name without its company forms, stacked or not (某某集团有限公司 → 某某), kept at two characters. */
function withoutCompanyForm(name: string): string {
  let core = name;
  for (let prev = ""; prev !== core; ) {
    prev = core;
    const c = core.replace(COMPANY_FORM, "");
    if (c.length >= 2) core = c;
  }
  return core;
}

/** Strip a firm's company forms and a leading country/province/city (某省某某科技有限公司 → 某某科技). */
export function bareName(name: string): string {
  const core = withoutCompanyForm(name);
  const place = COUNTRY.exec(core) ?? PLACE.exec(core);
  const bare = place ? core.slice(place[0].length) : core;
  return bare.length >= 2 ? bare : core;
}

/** A platform's name without a leading country/province/city: what sharedBrand compares. */
export function platformBody(platform: string): string {
  const place = COUNTRY.exec(platform) ?? PLACE.exec(platform);
  return place ? platform.slice(place[0].length) : platform;
}

/**
 * The brand a platform's name opens with when it is the firm's (某某林院士工作站 of 某省某某林农业开发有限公司), or "".
 * Takes bareName(firm) and platformBody(platform), computed once per firm and platform, not per pair.
 */
export function sharedBrand(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  const brand = a.slice(0, n);
  if (
    n < 2 ||
    /^(?:国家|中国|全国|国际|中华)/u.test(brand) ||
    GENERIC_TAIL.test(brand) ||
    ONLY_TRADE.test(brand) ||
    TRADE.test(brand.slice(0, 2))
  )
    return "";
  return brand;
}
