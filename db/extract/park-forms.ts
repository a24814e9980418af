// Park forms the suffix scan proposes but cannot judge alone: a base (…基地,
// …产业基地, …示范基地) is a named place only when a proper name heads it — a
// place (某省, 某市, a tagger ns word), a brand or an owner the dictionary does
// not know (tagged nr/nz/j or split into single characters) — and an aim or a
// category (机床加工基地, 外贸转型升级基地, 长三角…基地) otherwise.
import { type Token, tagWindows } from "./boundary.ts";
import { type Cand, type Ctx, orig, PLACE_PREFIX_RE } from "./context.ts";
import { LANDFORM_HEAD, NAMED_AREAS } from "./names.ts";
import { projectLines } from "./project-firms-lines.ts";
import { isHan, stopEndingAt } from "./text.ts";
import { PLACE_SET } from "./vocab.ts";

/** Rules of parks that lie inside a zone (a base, a functional area): they host their own sentence's firms only. */
export const NAMED_PART = new Set(["base:named", "area:named", "park:measured"]);

/** Programme and level words a named base may start with before its own name (国家火炬…). */
const PROGRAMME = /^(国家火炬|国家级|国家|省级|市级|自治区级)/u;
/** Regions and scopes: a base named after them is a strategic aim, not a place (长三角…基地). */
const REGION =
  /^(长三角|珠三角|京津冀|粤港澳|成渝|长江|黄河|全国|全球|全省|全市|中西部|东北|西南|西北|华北|华东|华南|华中|中国|世界|国际|区域)/u;
/** A part of a province by its one-character name and a direction (陕北, 川南, 苏北), or a corridor: a region too. */
const SUB_REGION =
  /^([京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕秦甘陇青宁蒙][东南西北中]|[\p{Script=Han}]{2,4}走廊)/u;
const DIGIT_BEFORE = /[\d.]/u;
const AMOUNT_UNIT = /^[万亿]+(?:美|欧|港)?元/u;
/** Tags of a proper-name head: place, person or brand, abbreviation, an unknown single character. */
const PROPER = /^(ns|nr|nrt|nrfg|nz|nt|j|ng|zg|g|x)$/u;

export function namedBaseHead(
  s: string,
  start: number,
  sufStart: number,
  tokens: readonly { start: number; end: number; word: string; tag: string }[],
): boolean {
  let a = start;
  const prog = PROGRAMME.exec(s.slice(a, sufStart));
  if (prog) a += prog[0].length;
  const spec = s.slice(a, sufStart);
  // A quoted programme word (国家“某某”示范基地) is a title; a list inside is a category.
  // (Two fields joined after a proper head, 某地化工及新材料基地, name one base: checked below.)
  const joined = /[和与及]/u.exec(spec);
  // Two partners joined by a dash (中国—东盟…基地) name a cooperation's own site.
  if (/^[\p{Script=Han}]{2,6}[―—－][\p{Script=Han}]{2}/u.test(spec)) return true;
  if (
    spec.length < 2 ||
    REGION.test(spec) ||
    (SUB_REGION.test(spec) && !PLACE_PREFIX_RE.test(spec)) ||
    /[、“”"]/u.test(spec) ||
    (joined && joined.index < 2)
  )
    return false;
  // …not two places joined (某地甲区和某地乙产业区): two names.
  if (joined && PLACE_PREFIX_RE.test(spec.slice(joined.index + 1))) return false;
  if (PLACE_PREFIX_RE.test(spec)) return true;
  // A place named by its landform (某某岛, 某家河, 某井滩) heads an area or a base as a city does.
  if (LANDFORM_HEAD.test(spec)) return true;
  const first = tokens.find((t) => t.start <= a && t.end > a);
  // The head token must start where the name does: a name starting mid-word is a cut-off.
  if (!first || first.start !== a) return false;
  if (joined && first.end > a + joined.index) return false;
  // A multi-character abbreviation (双创, 科创) is a programme word; a one-character one starts a brand.
  if (first.tag === "j" && first.word.length > 1) return false;
  if (!/^[\p{Script=Han}A-Za-z]/u.test(first.word)) return false;
  return PROPER.test(first.tag);
}

const BASE_SUFFIX = new RegExp(
  `(研发生产基地|生产研发基地|示范基地|产业基地|生产基地|研发基地|基地|${NAMED_AREAS.join("|")})$`,
  "u",
);

/** Words that make a 片区 a kind of area (商业片区, 功能片区), not a named one. */
const AREA_KIND =
  /^(功能|产业|核心|重点|商业|居住|生活|研发|会展|物流|仓储|老城|新城|城市|中心|周边|周围|连片|各|该|本|多|重要|主要)/u;

/**
 * A zone's named area, 片区, whose name the tagger may not know (民乐片区、民安片区; 在秧塘片区): two or
 * three characters of no kind word (after a leading verb the finder left in: 开发民乐片区), coordinated with
 * another 片区 or placed by 在/开发/规划/建设.
 */
function namedArea(s: string, a0: number, sufStart: number, end: number, toks: readonly Token[]): boolean {
  const first = toks.find((t) => t.start <= a0 && t.end > a0);
  const a = first && /^v/u.test(first.tag) && first.start === a0 && first.end < sufStart ? first.end : a0;
  const spec = s.slice(a, sufStart);
  if (!/^[\p{Script=Han}]{2,3}$/u.test(spec) || AREA_KIND.test(spec) || /[东西南北中路街线号期]$/u.test(spec))
    return false;
  // (the second area of a free trade zone, 某自贸区甲片区和乙片区, is the coordination rule's)
  if (/(自贸区|试验区|自由贸易区)[^，。；]{1,12}片区[、和及与]$/u.test(s.slice(Math.max(0, a - 24), a))) return false;
  return (
    /^[、和及与][^，。；]{2,4}片区/u.test(s.slice(end, end + 8)) ||
    /片区[、和及与]$/u.test(s.slice(Math.max(0, a - 3), a)) ||
    /(在|开发|规划|建设|启动|加快|推进|推动)$/u.test(s.slice(Math.max(0, a - 2), a))
  );
}

/** A corridor's head: a name of two or more characters, not countries' short names, then a theme word. */
const CORRIDOR = /^(?!中[巴蒙俄欧亚老泰越缅哈吉塔印尼新]|孟中|新亚欧).{2,}(工业|经济|产业|科创|科技|创新)大?$/u;

/** Verbs of aiming or awarding before a base in its clause (打造, 建成, 申报, 认定, 获批…). */
const AIMED_BASE = /(打造|建成|建设成为?|争创|创建|申报|申请|认定|获批|获评|成为|定位为)/u;

/** Keeps the "base:named" candidates whose head is a proper name; the others are dropped. */
export function namedBases(ctx: Ctx, cands: Cand[]): Cand[] {
  const bases = cands.filter((c) => c.rule === "base:named" || c.rule === "area:named");
  if (bases.length === 0) return cands;
  const tokens = tagWindows(
    ctx.s,
    bases.map((c) => [c.start, c.end] as [number, number]),
  );
  const drop = new Set<Cand>();
  // A whole item of a key-project line (标签：甲乙…生产研发基地项目、…) is a named site even when its
  // head is a common word (a brand like 环球): the box lists things to build, not aims.
  let items: Set<number> | null = null;
  const projectItem = (c: Cand) => {
    if (ctx.s.slice(c.end, c.end + 2) !== "项目") return false;
    items ??= new Set(projectLines(ctx.s).flatMap((l) => l.items.map((it) => it.start)));
    return items.has(c.start);
  };
  bases.forEach((c, k) => {
    // An amount the scan took in (总投资30亿元某某基地): the name starts after its unit.
    const amount = DIGIT_BEFORE.test(ctx.s[c.start - 1] ?? "") ? AMOUNT_UNIT.exec(ctx.s.slice(c.start, c.end)) : null;
    if (amount) {
      c.start += amount[0].length;
      c.name = orig(ctx, c.start, c.end);
    }
    const suf = BASE_SUFFIX.exec(ctx.s.slice(c.start, c.end));
    const sufStart = c.end - (suf?.[0].length ?? 2);
    // Listed among firms (甲基地、乙控股集团、丙能源等8户): a firm's site standing for the firm.
    const firmSibling =
      /^、[^、，。；]{1,12}(集团|公司|控股|股份)/u.test(ctx.s.slice(c.end, c.end + 16)) ||
      /(集团|公司|控股|股份)、$/u.test(ctx.s.slice(Math.max(0, c.start - 5), c.start));
    // A base the clause aims at or is awarded (努力打造某地某产业基地, 申报/认定某某基地, 获批国家某基地):
    // a goal or a title, not a site that exists (the T/U and devset notes read them so).
    // (A base joined to another by 和/与/及/、 shares its clause's verb: 打造甲基地和乙基地.)
    const joined = /[和与及、]$/u.test(ctx.s.slice(c.start - 1, c.start));
    const aim = AIMED_BASE.test(
      ctx.s
        .slice(Math.max(0, c.start - (joined ? 40 : 12)), c.start)
        .split(/[，,。；;：:\n]/u)
        .pop() ?? "",
    );
    // A 片区 is named by its own test only (a place or a zone before it names the zone, not the area).
    // A corridor is a park only with a name and a theme word before it (某地工业走廊): a bare place's is
    // geography, and one between countries (中巴, 孟中印缅) is a national strategy.
    const corridor = suf?.[0] === "走廊" && !CORRIDOR.test(ctx.s.slice(c.start, sufStart));
    // A pilot zone headed by a slogan word (共同富裕先行区: tagged nz, not a place) is a title.
    const slogan =
      /^先[行导]区$/u.test(suf?.[0] ?? "") && (tokens[k] ?? []).some((t) => t.start === c.start && t.tag === "nz");
    const named =
      suf?.[0] === "片区"
        ? namedArea(ctx.s, c.start, sufStart, c.end, tokens[k] ?? [])
        : namedBaseHead(ctx.s, c.start, sufStart, tokens[k] ?? []) || projectItem(c);
    if (firmSibling || corridor || slogan || (aim && !projectItem(c)) || !named) drop.add(c);
  });
  return cands.filter((c) => !drop.has(c));
}

/** Two-character short forms officials use for a zone: 高区 (a high-tech zone), 经区 (an economic-technological zone). */
const SHORT_ZONE = /高区|经区/gu;
const SHORT_KIND: Record<string, RegExp> = {
  高区: /(高新技术产业开发区|高技术产业开发区|高新技术开发区|高新区)$/u,
  经区: /(经济技术开发区|经开区|经济开发区)$/u,
};

/**
 * A zone the document names only by its short form (高区紧紧围绕…, 以经区为依托):
 * the short form is the zone, when it stands as a word at least twice and no
 * zone of its kind is named in full (then the back-reference rule links it).
 */
export function shortZoneCandidates(ctx: Ctx, named: readonly Cand[]): Cand[] {
  const { s } = ctx;
  const hits = new Map<string, number[]>();
  for (const m of s.matchAll(SHORT_ZONE)) {
    const a = m.index as number;
    const b = a + 2;
    // A word of its own: not 提高区域, 途经区县, nor the body 高区管委.
    if (/^(域|县|间|段|划|块|位|分|别|管委|工委|党工委|管理委员会)/u.test(s.slice(b, b + 5))) continue;
    if (isHan(s[a - 1]) && stopEndingAt(s, a) === 0) continue;
    const list = hits.get(m[0]) ?? [];
    list.push(a);
    hits.set(m[0], list);
  }
  const out: Cand[] = [];
  for (const [form, at] of hits) {
    const kind = SHORT_KIND[form] as RegExp;
    // Once is enough where a frame takes a place as its object (以高区为核心, 依托经区在…).
    const framed = (a: number) =>
      (s[a - 1] === "以" && /^为(核心|依托|载体|主体|龙头|引领|重点)/u.test(s.slice(a + 2, a + 5))) ||
      (s.slice(a - 2, a) === "依托" && /^[在的，,]/u.test(s[a + 2] ?? ""));
    if ((at.length < 2 && !at.some(framed)) || named.some((c) => c.type === "park" && kind.test(c.name))) continue;
    for (const a of at)
      out.push({ type: "park", start: a, end: a + 2, name: form, rule: "park:short-zone", confidence: 0.7 });
  }
  return out;
}

const PLACE_ONLY = new RegExp(`^(?:${PLACE_PREFIX_RE.source.replace(/\^/gu, "")})$`, "u");
/** A place in brackets right after a name: 某某检验中心（山东）. */
const BRACKET_PLACE = /^[（(]([\p{Script=Han}]{2,5})[)）]/u;
/** A place's branch right after a platform: 某某服务平台山东分平台, 某某中心甲市分中心. */
const BRANCH = /^([\p{Script=Han}]{2,5}?)分(平台|中心)/u;

/**
 * Boundaries: a platform's name runs on over a bracketed place right after it
 * (…检验中心（山东）) and over a place's branch (…服务平台某省分平台): both are
 * part of the name the document gives. Candidates are updated in place.
 */
export function platformQualifiers(ctx: Ctx, cands: Cand[]): void {
  const { s, text } = ctx;
  for (const c of cands) {
    if (c.type !== "platform" || c.confidence <= 0) continue;
    const tail = s.slice(c.end, c.end + 10);
    const b = BRACKET_PLACE.exec(tail);
    const br = b ? null : BRANCH.exec(tail);
    const place = b?.[1] ?? br?.[1];
    if (!place || !PLACE_ONLY.test(place)) continue;
    const end = c.end + ((b ?? br) as RegExpExecArray)[0].length;
    // A bracket that opens a longer name (某中心（山东）有限公司) belongs to that name.
    if (b && /^[\p{Script=Han}]{0,8}(有限公司|公司|集团)/u.test(s.slice(end, end + 12))) continue;
    c.end = end;
    if (c.occEnd !== undefined) c.occEnd = Math.max(c.occEnd, end);
    c.name = text.slice(c.start, end);
    c.boundary = "boundary:qualifier";
  }
}

/** Park suffixes a descriptor may stand before (五有园区, 领跑园区): the generic zone words. */
const GENERIC_ZONE = /(园区|产业园区|工业园区|产业园|新区|开发区|经开区|高新区)$/u;

/**
 * Typing: a park whose own part is a descriptor is no name — a numbered slogan
 * (五有园区, 三化园区) or one verb or adjective word (领跑园区, 编制园区 read
 * from 编制园区规划). Returns the candidates kept.
 */
export function descriptorParks(ctx: Ctx, cands: Cand[]): Cand[] {
  const { s } = ctx;
  const subjects: { c: Cand; a: number; b: number }[] = [];
  for (const c of cands) {
    if (c.type !== "park" || !c.rule.startsWith("suffix:")) continue;
    const m = GENERIC_ZONE.exec(s.slice(c.start, c.end));
    if (!m) continue;
    const b = c.end - m[0].length;
    if (b - c.start < 2 || b - c.start > 4) continue;
    subjects.push({ c, a: c.start, b });
  }
  if (subjects.length === 0) return cands;
  const tokens = tagWindows(
    s,
    subjects.map((x) => [x.a, x.b] as [number, number]),
  );
  const drop = new Set<Cand>();
  subjects.forEach(({ c, a, b }, k) => {
    const spec = s.slice(a, b);
    const toks = tokens[k] ?? [];
    const slogan = /^[一二三四五六七八九十两][\p{Script=Han}]$/u.test(spec);
    // A province or city the tagger reads as a verb (自贡/v) names the zone.
    if (PLACE_SET.has(spec) || PLACE_SET.has(spec.replace(/[省市县区]$/u, ""))) return;
    // Every word a verb, an adverb or an adjective (领跑园区, 充分赋予开发区).
    const [t0, t1] = toks as { tag: string }[];
    const descriptor =
      (toks.length === 1 && /^(v|vn|vd|ad|d)$/u.test(t0?.tag ?? "")) ||
      (toks.length === 2 && /^(d|ad)$/u.test(t0?.tag ?? "") && /^(v|vn|vd)$/u.test(t1?.tag ?? ""));
    if (slogan || descriptor) drop.add(c);
  });
  return drop.size ? cands.filter((c) => !drop.has(c)) : cands;
}
