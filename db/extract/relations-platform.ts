// enterprise_platform where a firm is the builder or owner of a platform in
// its own clause: (由)甲牵头建设的乙中心, 甲组建了乙研究院, 支持甲建设乙实验室,
// 甲建有乙技术中心, 甲获批乙工程研究中心. Only when the firm opens the clause
// (after 由/支持/推动/鼓励) and nothing else is named between the two.
import type { RelationType } from "../types.ts";
import { charTable } from "./anchored.ts";
import type { Hit, HitIndex, RelationAdd } from "./relations-scope.ts";
import { lastIndexOfAny } from "./text.ts";

type Add = RelationAdd;

const SENT_END = charTable("。；;\n");

/** Text between the firm and the platform: a verb of building or owning, then at most a short modifier. */
const BUILDS =
  /^(?:牵头|独立|自主|联合[^，。；,;\n]{0,16}?|与[^，。；,;\n]{0,16}?|投资(?:[\d.]+[亿万]?元)?|在[^，。；,;\n]{1,8}?|已|先后|成功|获批|正式){0,3}(?:建设|组建|设立|建立|成立|共建|创建|筹建|打造|建成|建有|拥有|获批|获评|被认定为|认定为|入选|争创|申建|承建|申报|旗下|下属|所属)(?:了|的|成|为)?\s*(?:[^，。；,;\n]{0,10})$/u;
/** What may stand before the firm in its clause (a zone profile places it first: 园区内的甲建有乙中心). */
const OPENER =
  /^(?:(?:园区|该区|本区|开发区|高新区|经开区|区|园)(?:内|里)的?|其中|目前|此外|同时)?(?:由|支持|推动|鼓励|引导|依托|全力支持|积极支持|大力支持)?\s*$/u;

/** Between a zone and the firm it works through: 依托/支持/推动 (the zone is the clause's subject, not the builder). */
const ZONE_THROUGH = /^\s*(?:(?:已|先后|积极|着力)?(?:依托|支持|推动|引导|鼓励))\s*$/u;

/** A clause opening with a back-reference to a firm (就在不久前，该企业…). */
const BACK_FIRM = /^\s*(?:[\p{Script=Han}]{0,6}?[，,]\s*)?(?:由|支持|推动|鼓励)?(?:该|这家|此)(?:企业|公司|集团)/u;

/** After a list of firms: its head at most, then a joint building verb and 的 (…等8家企业共同出资建设的). */
const LIST_BUILDS =
  /^(?:等[^，。；,;\n]{0,16}?(?:企业|公司)[^，。；,;\n]{0,8}?)?(?:共同|联合)?(?:出资|投资)?(?:建设|组建|设立|成立|共建|创建|筹建|发起成立|发起设立)的\s*[^，。；,;\n]{0,10}$/u;

/** The hits are firms written as one list (、和与及 between them), then LIST_BUILDS up to `at`. */
function listBuilds(s: string, hits: readonly Hit[], at: number): boolean {
  return (
    hits.every(
      (x, k) =>
        x.ent.type === "enterprise" && (k === 0 || /^[、和与及]$/u.test(s.slice(hits[k - 1]?.m.end, x.m.start))),
    ) && LIST_BUILDS.test(s.slice(hits[hits.length - 1]?.m.end, at))
  );
}

export function builderPlatforms(s: string, idx: HitIndex, add: Add): void {
  for (const h of idx.hits) {
    if (h.ent.type !== "platform") continue;
    const from = Math.max(0, h.m.start - 50);
    const lead = s.slice(from, h.m.start);
    const cut = Math.max(...["，", "。", "；", ",", ";", "\n", "：", ":"].map((c) => lead.lastIndexOf(c)));
    let clauseStart = from + cut + 1;
    let inside = idx.inSpan(clauseStart, h.m.start);
    // A zone acting through a firm (开发区依托甲建成乙中心): the firm is the builder.
    const zone = inside[0];
    if (zone?.ent.type === "park" && inside[1] && ZONE_THROUGH.test(s.slice(zone.m.end, inside[1].m.start))) {
      inside = inside.slice(1);
      clauseStart = zone.m.end;
    }
    const firm = inside[0];
    if (
      inside.length > 1 &&
      firm &&
      OPENER.test(s.slice(clauseStart, firm.m.start)) &&
      listBuilds(s, inside, h.m.start)
    ) {
      // 甲、乙、丙等8家企业共同出资建设的丁研究院: every firm of the list builds it.
      for (const f of inside) add("enterprise_platform", f.ent, h.ent, f.m.start, h.m.end, "cue:firm-builds", 0.65);
      continue;
    }
    if (!inside.length) {
      // 该企业获批建设乙中心: the firm named last before the clause.
      const ref = BACK_FIRM.exec(s.slice(clauseStart, h.m.start));
      const prior = idx.inSpan(Math.max(0, clauseStart - 300), clauseStart);
      const last = prior[prior.length - 1];
      if (ref && last?.ent.type === "enterprise" && BUILDS.test(s.slice(clauseStart + ref[0].length, h.m.start)))
        add("enterprise_platform", last.ent, h.ent, clauseStart, h.m.end, "cue:firm-builds", 0.7);
      // 甲公司成立于2005年，建有乙中心: a clause without a subject continues the firm opening the sentence.
      const sentStart = lastIndexOfAny(s, SENT_END, clauseStart - 1) + 1;
      const before = idx.inSpan(sentStart, clauseStart);
      const lead = before[0];
      const rest = /^(?:并|还|同时|目前|现)?(.*)$/u.exec(s.slice(clauseStart, h.m.start))?.[1] ?? "";
      if (
        !ref &&
        before.length === 1 &&
        lead?.ent.type === "enterprise" &&
        /^\s*$/u.test(s.slice(sentStart, lead.m.start)) &&
        /^(?:建有|拥有|建成|组建|设立|成立)/u.test(rest.replace(/^(?:已|先后|还|相继)/u, "")) &&
        BUILDS.test(rest)
      )
        add("enterprise_platform", lead.ent, h.ent, lead.m.start, h.m.end, "cue:firm-builds", 0.7);
      continue;
    }
    if (!firm || firm.ent.type !== "enterprise" || inside.length !== 1) continue;
    if (!OPENER.test(s.slice(clauseStart, firm.m.start))) continue;
    if (!BUILDS.test(s.slice(firm.m.end, h.m.start))) continue;
    add("enterprise_platform", firm.ent, h.ent, firm.m.start, h.m.end, "cue:firm-builds", 0.7);
  }
}

/** A bracket right after a platform holding its host firm, labelled or not: 甲中心（依托单位：乙公司）, 甲中心（乙公司）. */
const HOST_BRACKET = /^[（(]\s*(?:(?:依托|承建|建设|申报|牵头|组建|共建)单位\s*[：:]\s*)?$/u;

export function bracketHosts(s: string, idx: HitIndex, add: Add): void {
  for (const h of idx.hits) {
    if (h.ent.type !== "platform" || !/[（(]/u.test(s[h.m.end] ?? "")) continue;
    const close = s.slice(h.m.end, h.m.end + 40).search(/[)）]/u);
    if (close < 0) continue;
    const inside = idx.inSpan(h.m.end, h.m.end + close);
    const firm = inside[0];
    if (inside.length !== 1 || firm?.ent.type !== "enterprise") continue;
    // Nothing but the label before the firm and nothing after it inside the bracket.
    if (!HOST_BRACKET.test(s.slice(h.m.end, firm.m.start)) || firm.m.end !== h.m.end + close) continue;
    add("enterprise_platform", firm.ent, h.ent, h.m.start, firm.m.end + 1, "bracket:platform-host", 0.75);
  }
}

/** 甲公司举行“乙工作站”揭牌仪式 / 乙研究院在甲公司揭牌: a platform unveiled at a firm is the firm's. */
const HOLDS = /^\s*(?:正式)?举行(?:了)?\s*[“"「]?$/u;
const AT_FIRM = /^[”"」]?\s*(?:正式)?在$/u;
const UNVEILED = /^[”"」]?\s*(?:正式)?(?:揭牌|授牌|挂牌)/u;

export function unveiledPlatforms(s: string, idx: HitIndex, add: Add): void {
  for (let k = 0; k + 1 < idx.hits.length; k++) {
    const a = idx.hits[k] as Hit;
    const b = idx.hits[k + 1] as Hit;
    const between = s.slice(a.m.end, b.m.start);
    const after = s.slice(b.m.end, b.m.end + 6);
    if (a.ent.type === "enterprise" && b.ent.type === "platform" && HOLDS.test(between) && UNVEILED.test(after))
      add("enterprise_platform", a.ent, b.ent, a.m.start, b.m.end + 4, "cue:unveiled-at", 0.7);
    if (a.ent.type === "platform" && b.ent.type === "enterprise" && AT_FIRM.test(between) && UNVEILED.test(after))
      add("enterprise_platform", b.ent, a.ent, a.m.start, b.m.end + 2, "cue:unveiled-at", 0.7);
  }
}

/** After the firm of 乙中心由甲公司…: a verb of building or running (with a partner: 与丙联合建立). */
const BUILT_BY =
  /^(?:与[^，。；,;\n]{0,16}?)?(?:联合|共同)?(?:牵头|负责|投资|出资)?(?:承建|建设|运营|组建|设立|建立|共建|成立|打造|筹建)/u;
/** Between a platform and 由: nothing, or the rest of its sentence's opening clause and maybe a back-reference (…揭牌，该院由; …于2021年获批，由). */
const TO_BY = /^(?:\s*|[^。；;\n]{0,16}?[，,]\s*(?:(?:该|这个|此)[\p{Script=Han}]{0,6}?)?)(?:正式|已|将)?由$/u;

/** 乙中心由甲公司承建 / 乙研究院揭牌，该院由甲集团投资建设 / 乙研究院落户甲公司: the firm builds, runs or hosts it. */
export function builtByPlatforms(s: string, idx: HitIndex, add: Add): void {
  for (let k = 0; k < idx.hits.length; k++) {
    const p = idx.hits[k] as Hit;
    if (p.ent.type !== "platform") continue;
    const firm = idx.hits[k + 1];
    if (firm?.ent.type !== "enterprise") continue;
    const between = s.slice(p.m.end, firm.m.start);
    const after = s.slice(firm.m.end, firm.m.end + 30);
    const by = TO_BY.test(between) && BUILT_BY.test(after);
    const hosted = /^[，,]?\s*(?:其|的)?(?:依托|承建|建设|牵头)单位(?:为|是|[：:])$/u.test(between);
    const settles = /^[”"」]?\s*(?:正式|已|将)?(?:落户|入驻|落地)(?:于|在|到)?$/u.test(between);
    if (by || settles || hosted)
      add("enterprise_platform", firm.ent, p.ent, p.m.start, firm.m.end, "cue:built-by", 0.7);
  }
}
