// A firm named by its plant or head office: "特斯拉超级工厂在临港投产", "如甲乙租赁工厂4个月建成投产",
// "甲乙钢管总部等15个项目开工". Only a firm has a 工厂 or a 总部 of its own, so a coined name
// opening its clause before one (a place, a number or 超级 may stand between) is that firm. Kinds of
// plant (智能工厂, 绿色工厂) and of head office (区域总部, 研发总部) are common words the tagger knows.
import { type Cand, type Ctx, spanCand } from "./context.ts";
import { itemOk } from "./enterprises-items.ts";
import { isFirmWord } from "./firm-subject.ts";
import { typedSuffix } from "./names.ts";
import { ruleConfidence } from "./registry.ts";
import { tag } from "./tagger.ts";
import { writtenWith } from "./text.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";
import { PLACE_SET } from "./vocab.ts";

const RULE = "enterprise:plant";
const AT = triggerFamily(["工厂", "总部"]);
/** The clause before the facility word (at most 16 characters back to a mark). */
const BEFORE =
  /(?:^|[，,。；;、：:\n“”"（(）)\s]|等)(?:目前|其中|此外|如|由|据悉|包括|推进|推动|加快|建设|新建|引进|支持|依托)?([\p{Script=Han}]{2,14}?)((?:[\d]+#?|[一二三四五六七八九十]号)?(?:超级|智能|整车|总装|租赁|全球|中国)?)$/u;
/** What may follow a facility word that is no firm's (总部经济, 总部基地, 工厂化). */
const NOT_AFTER = /^(?:经济|基地|园|区|楼|大厦|集聚|企业|化|型|店)/u;
/** Words a brand is no firm by: kinds of plant or office, and the company words of a category. */
const NOT_BRAND =
  /(?:研发|结算|运营|销售|营销|区域|地区|功能性|全球|亚太|国内|国际|企业|集团|公司|加工|示范|标杆|灯塔|绿色|零碳|未来|智慧|数字化|黑灯|梦想|服装|食品|产业|行业|项目|生产|制造)$|^(?:中国|全国|华[东南西北中])/u;

export function firmPlantCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const conf = ruleConfidence(RULE);
  let last = -1;
  for (const p of triggerStarts(s, AT)) {
    const w = s.slice(p, p + 2);
    if ((w !== "工厂" && w !== "总部") || p <= last || NOT_AFTER.test(s.slice(p + 2, p + 4))) continue;
    // 加工厂 is one facility word (甲乙加工厂): the brand ends before its 加.
    const at = w === "工厂" && s[p - 1] === "加" ? p - 1 : p;
    const m = BEFORE.exec(s.slice(Math.max(0, at - 20), at));
    // (A match at the window's start with no mark before it begins inside a word.)
    if (!m || (at > 20 && m.index === 0 && /\p{Script=Han}/u.test(m[0].charAt(0)))) continue;
    let brand = m[1] as string;
    let end = at - (m[2] as string).length;
    // A place between the brand and its plant (甲乙某区工厂) is where the plant stands.
    for (const k of [3, 2]) {
      const tail = brand.slice(-k);
      if (brand.length - k >= 2 && (PLACE_SET.has(tail) || writtenWith(s, tail, "市县区镇"))) {
        brand = brand.slice(0, -k);
        end -= k;
        break;
      }
    }
    if (brand.length > 6 || !firmBrand(brand, s)) continue;
    const start = end - brand.length;
    out.push(spanCand(ctx, "enterprise", start, end, RULE, conf));
    last = p;
  }
  return out;
}

/** A coined name: no place, no kind word, not one common word; or a brand and a firm word. */
function firmBrand(brand: string, doc: string): boolean {
  // (A run through 等, 的 or a conjunction is a list or a phrase: 甲、乙等半导体工厂.)
  if (
    /[等的和与及在为是将对]/u.test(brand) ||
    NOT_BRAND.test(brand) ||
    PLACE_SET.has(brand) ||
    typedSuffix(brand) ||
    !itemOk(brand)
  )
    return false;
  if (writtenWith(doc, brand, "市县区镇乡村省")) return false;
  const toks = tag(brand, false);
  const first = toks[0];
  if (!first) return false;
  if (toks.length === 1) return /^(?:nr|nrt|nz|x|j)$/u.test(first.tag) && brand.length >= 2;
  if (/^(?:v|vd|d|p|c|m|r|q|f|t)$/u.test(first.tag)) return false;
  if (first.tag === "ns" && first.word.length >= 2) return false;
  const lastTok = toks[toks.length - 1];
  if (!lastTok || /^(?:c|p|u|y|f)$/u.test(lastTok.tag)) return false;
  if (isFirmWord(lastTok.word)) return brand.length - lastTok.word.length >= 2;
  // The tagger breaks a name it does not know into proper nouns or single characters (one alone may be a
  // material before a product: 铝车轮).
  return toks.some((t) => /^(?:nr|nrt|nz|x)$/u.test(t.tag)) || toks.filter((t) => t.word.length === 1).length >= 2;
}
