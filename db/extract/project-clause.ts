// A single project named in prose, framed by what is done to it: 推进[某区]甲乙
// 生物项目投产, 举办甲乙光电项目动工仪式, 总投资N亿元的甲乙光伏全产业链项目同步
// 奠基, 甲乙与丙丁两大氧化铝项目. The frame (an action before, a milestone
// after) says the span is one project; the firm is its brand, read as in
// project lists (project-firms.ts projectFirm, else the tail in project-tail.ts).
import { type Cand, type Ctx, orig } from "./context.ts";
import { itemOk } from "./enterprises-items.ts";
import { firmShape } from "./firm-lists.ts";
import { hasFullName } from "./firm-subject.ts";
import { typedSuffix } from "./names.ts";
import { productRest, projectFirm, TRADE_FIRM_END } from "./project-firms-brand.ts";
import { tailFirm } from "./project-tail.ts";
import { ruleConfidence } from "./registry.ts";
import { tag } from "./tagger.ts";
import { writtenWith } from "./text.ts";
import { PLACE_SET } from "./vocab.ts";

const RULE = "enterprise:project-clause";

/** An action on a project, or 的 after its investment (总投资N亿元的). */
const BEFORE =
  /(?:推进|加快推进|加快|加速|推动|举办|举行|引进|引入|招引|签约|签下|实施|启动|抓好|保障|服务|促进|促使|确保|争取|开工建设|建成|投资建设|新建|续建|落地了|落户了|亿(?:美|欧|港)?元的|万(?:美|欧|港)?元的|投资[\d.]+[万亿](?:美|欧|港)?元(?=[\p{Script=Han}])|(?:生产|建设|签约|投产|落户|落地|引进|开工|竣工)的|[百千万]亿级)/u;
/** A milestone or the clause's end right after 项目. */
const AFTER =
  /^(?:动工|投产|完工|开工|签约|落地|奠基|竣工|建成|建设|正式|同步|顺利|成功|落户|仪式|集中|达产|一期|二期|[，。；,;])/u;

export function emitAt(ctx: Ctx, a: number, raw: string, out: Cand[], asWritten = false, rule = RULE): void {
  let name = raw;
  let start = a;
  // A district of the works before the brand (某区 dropped: 番禺甲乙项目) is not the firm's; a province or city
  // before it is written as part of the name (某省甲乙), as the guide keeps names as written.
  const [first, second] = tag(name, true);
  if (
    !asWritten &&
    first &&
    first.word.length === 2 &&
    !PLACE_SET.has(first.word) &&
    (first.tag === "ns" ||
      writtenWith(ctx.s, first.word, "区县") ||
      (first.tag === "nr" && /^(x|nz)$/u.test(second?.tag ?? ""))) &&
    name.length - first.word.length >= 2
  ) {
    start += first.word.length;
    name = name.slice(first.word.length);
  }
  const firm = asWritten ? name : readFirm(ctx, name);
  if (!firm || !itemOk(firm) || typedSuffix(firm) || hasFullName(ctx.s, firm)) return;
  out.push({
    type: "enterprise",
    start,
    end: start + firm.length,
    name: orig(ctx, start, start + firm.length),
    rule,
    confidence: ruleConfidence(rule),
    fromList: true,
  });
}

/** A firm read as brand + firm word, without the firm word (甲乙光伏 → 甲乙). */
function brandOf(firm: string): string {
  const m = /(?:光伏|风电|储能|新材料|新材|能源|电子|光电|生物|智能|化工)$/u.exec(firm);
  return m && firm.length - m[0].length >= 2 ? firm.slice(0, m.index) : firm;
}

export function readFirm(ctx: Ctx, name: string): string | null {
  const f = projectFirm(name);
  if (f?.whole && f.firmWord) return f.firm;
  // Brand + industry word + what is made (甲乙光伏全产业链): the firm is the brand.
  if (f && !f.whole && productRest(name, f.firm)) return f.firmWord ? brandOf(f.firm) : f.firm;
  // A brand with a trade's firm word (甲乙矿业, 甲乙集团) names the firm whatever the project is.
  if (f && !f.whole && f.firmWord && TRADE_FIRM_END.test(f.firm)) return f.firm;
  const t = tailFirm(name, ctx.s, true);
  if (t) return t;
  // The name is the brand alone: two to four characters the tagger does not know as one word.
  if (f?.whole && f.firm.length <= 4) return f.firm;
  // …or abbreviations and unknown tokens only (甲航光电 tagged j j, 甲萧钢构 tagged x x).
  const toks = tag(name, true);
  if (name.length <= 4 && toks.length <= 2 && toks.every((t) => /^(x|j|nz|nt)$/u.test(t.tag))) return name;
  return null;
}

/** A park's name opening a project's (某某产业园甲乙…项目). */
const SITE_LEAD = /^[\p{Script=Han}]{2,10}?(?:产业园区|工业园区|产业园|工业园|开发区|高新区|经开区|园区)(?![区内外])/u;
const BREAK = /[，。；：:,;\n、（）()“”"]/u;
/** A plant's capacity (60万吨, 2×60万千瓦, 年产5万台, 50兆瓦): what a project builds, after its firm. */
const CAPACITY =
  /年产|[\d.]+\s*(?:[×x*]\s*[\d.]+\s*)?(?:万|亿)?\s*(?:吨|千瓦|兆瓦|瓦|台|套|辆|件|平方米|立方米|[GMK]W|GWh|MWh)/u;
/** What may not stand before a capacity as a brand: a kind, a count or a grade. */
const NOT_CAPACITY_BRAND =
  /等|一批|重点|重大|若干|各类|一系列|[个项大级]$|^(?:年|新建|续建|扩建|总投资|投资|建设|新增|上马|上|开建)/u;
const INVESTED = /投资[\d.]+[万亿](?:美|欧|港)?元/u;

export function projectClauseCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  if (!s.includes("项目")) return out;
  // Each 项目 with a milestone after it; its clause runs back to the last break (at most 40 characters).
  let prev = 0;
  for (let q = s.indexOf("项目"); q >= 0; q = s.indexOf("项目", q + 2)) {
    const end = q + 2;
    // One of a run of invested projects (投资N亿元甲乙…项目、投资M亿元丙丁…项目完成签约) ends at its 、.
    const listed = s[end] === "、" && INVESTED.test(s.slice(Math.max(prev, q - 40), q));
    if (!listed && !AFTER.test(s.slice(end, end + 2))) {
      prev = end;
      continue;
    }
    let from = q;
    while (from > prev && q - from < 40 && !BREAK.test(s[from - 1] as string)) from--;
    prev = end;
    if (q - from < 3) continue;
    const m = { index: from, 0: s.slice(from, end) };
    const body = m[0].slice(0, -2);
    // The last action in the clause opens the project's name.
    let cut = -1;
    for (const b of body.matchAll(new RegExp(BEFORE.source, "gu"))) cut = (b.index as number) + b[0].length;
    // Without an action, the place a project is sited in (坐落于某某产业园的甲乙光电项目): only a brand + firm word.
    if (cut < 0) {
      const sited = /(?:园|园区|开发区|高新区|新区|基地|小镇)的([\p{Script=Han}]{3,8})$/u.exec(body);
      const name = sited?.[1] as string | undefined;
      if (name && firmShape(name) && itemOk(name) && !typedSuffix(name) && !hasFullName(ctx.s, name))
        emitAt(ctx, (m.index as number) + body.length - name.length, name, out, true);
      continue;
    }
    // (新 opening a place, 新疆甲乙, stays.)
    let span = body.slice(cut).replace(/^(?:了|的|好)/u, "");
    if (span.startsWith("新") && !PLACE_SET.has(span.slice(0, 2))) span = span.slice(1);
    // The park a project is sited in may open its name (加快某某产业园甲乙回收加工项目落户): the firm follows it.
    const sited = SITE_LEAD.exec(span);
    if (sited && span.length - sited[0].length >= 4) span = span.slice(sited[0].length);
    const at = (m.index as number) + body.length - span.length;
    // Counted or kinds of projects (一批, 重点, 产业化) and lists are not one named project.
    // 甲乙与丙丁两大…项目: two firms joined, a count of two after them.
    const pair = /^([\p{Script=Han}]{2,6})[和与及]([\p{Script=Han}]{2,6})(?:两|二)大/u.exec(span);
    if (pair) {
      emitAt(ctx, at, pair[1] as string, out, true);
      emitAt(ctx, at + (pair[1] as string).length + 1, pair[2] as string, out, true);
      continue;
    }
    // 甲乙60万吨…, 甲乙年产5万台…: a capacity ends the brand (the part before it is the firm as written).
    const cap = CAPACITY.exec(span);
    if (cap && cap.index >= 2 && cap.index <= 6) {
      const brand = span.slice(0, cap.index);
      if (/^[\p{Script=Han}]+$/u.test(brand) && !NOT_CAPACITY_BRAND.test(brand)) emitAt(ctx, at, brand, out, true);
      continue;
    }
    if (span.length < 2 || /[0-9A-Za-z]|等|一批|重点|重大|若干|各类|一系列|个|项|大/u.test(span)) continue;
    emitAt(ctx, at, span, out);
  }
  return out;
}
