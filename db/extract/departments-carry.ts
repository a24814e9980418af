// Passes after the suffix scan: a list's 市/省 or zone carried to unprefixed items, back-references, bare bodies.

import { type Cand, type Ctx, orig } from "./context.ts";
import { canonicalDept } from "./departments-canonical.ts";
import { hasStopInside } from "./departments-scan.ts";
import { titledBody } from "./departments-titled.ts";
import { ZONE_HEAD } from "./departments-vocab.ts";
import { tag } from "./tagger.ts";

export interface DeptCand extends Cand {
  /** True when the name carries a level/place prefix of its own. */
  prefixed: boolean;
}

/**
 * A zone's own 管委会 / 党工委 named bare (管委会副主任, 管委会将…) in a document
 * that names the zone's bodies with one zone prefix (某经开区党工委): the same
 * zone's body. With no zone body named, or two zones, nothing is guessed.
 */
export function zoneBodies(ctx: Ctx, raw: DeptCand[], carried: Cand[]): Cand[] {
  const { s } = ctx;
  const zones = new Set<string>();
  for (const c of carried) {
    const z = ZONE_HEAD.exec(s.slice(c.start, c.end));
    if (z && c.rule.startsWith("dept:suffix")) zones.add(orig(ctx, c.start, c.start + z[0].length));
  }
  if (zones.size !== 1) return [];
  const zone = [...zones][0] as string;
  const taken = new Set(carried.map((c) => c.start));
  const out: Cand[] = [];
  for (const d of raw) {
    if (d.prefixed || taken.has(d.start)) continue;
    const simp = s.slice(d.start, d.end);
    if (!/^(管委会|管委|管理委员会|党工委|工委)$/u.test(simp)) continue;
    out.push({ ...d, name: zone + d.name, rule: "dept:zone-body", confidence: 0.65 });
  }
  return out;
}

/** A place of two to four characters and its county-level word at a body's start (某某县委, 某某区政府, 某某市委). */
const PLACE_LEVEL = /^([\p{Script=Han}]{2,4}?)([县区旗市])(?=[\p{Script=Han}])/u;

/** A body named with a place of its own before it: 某某港管委会, 某某开发区党工委, 某某海关. */
const OWN_PLACE_BODY = /^[\p{Script=Han}]{2,}(?:管委会|管理委员会|党工委|海关)$/u;

/** 市/省 of the first item carries to unprefixed items of the same list or bracket. */
export function carryPrefixes(ctx: Ctx, raw: DeptCand[]): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  let prev: DeptCand | null = null;
  let prevLevel = "";
  let prevCanon = "";
  for (const d of raw) {
    const simp = s.slice(d.start, d.end);
    const gap = prev ? s.slice(prev.end, d.start) : null;
    const chained = gap !== null && /^(、|，|,|和|与|及|会同|（|\(|）?、)$/u.test(gap.trim());
    if (d.prefixed) {
      let canon = canonicalDept(ctx, d.name, simp);
      // 某县委、县政府 / 某县委县政府: a body written with its level alone, right after a sibling that names
      // the place of that level, is that place's (a prefecture city's own bodies have no place in their names).
      const placed = prev && (chained || gap === "") ? PLACE_LEVEL.exec(prevCanon) : null;
      // (not a time or position word left before the sibling: 发布会上市工信局)
      if (
        placed &&
        canon.startsWith(placed[2] as string) &&
        !PLACE_LEVEL.test(canon) &&
        !/^[tfpcudrmq]/u.test(tag(placed[1] as string, false)[0]?.tag ?? "")
      )
        canon = (placed[1] as string) + canon;
      prevCanon = canon;
      out.push({ ...d, name: canon });
      prevLevel = canon.startsWith("市") ? "市" : canon.startsWith("省") ? "省" : prevLevel && chained ? prevLevel : "";
      if (!/^[市省]/u.test(canon)) prevLevel = chained ? prevLevel : "";
      prev = d;
      continue;
    }
    // Unprefixed: a back-reference to a working group, a list item, or a bare short form.
    // A list item with a place of its own (某某市政府, 某区管委, 某某港管委会, 某某海关) keeps its name; generic
    // township bodies are dropped.
    if (chained && /^(街道|乡镇|镇|村|社区)/u.test(simp)) {
      prev = d;
      continue;
    }
    if (
      chained &&
      ((/^[\p{Script=Han}]{1,3}?[市县区](?!场)/u.test(simp) && simp.length >= 4) || OWN_PLACE_BODY.test(simp))
    ) {
      out.push({ ...d, rule: "dept:list-item", confidence: 0.75 });
      prev = d;
      continue;
    }
    // 某开发区党工委、管委会: the zone of the first body carries to the second.
    const zone = prev && chained ? ZONE_HEAD.exec(s.slice(prev.start, prev.end)) : null;
    if (zone && prev && /^(管委会|管委|党工委|工委|管理委员会)$/u.test(simp)) {
      const z = orig(ctx, prev.start, prev.start + zone[0].length);
      out.push({ ...d, name: z + d.name, rule: "dept:zone-carry", confidence: 0.75 });
      prev = d;
      continue;
    }
    // 党委、政府 (the party committees and governments in general) take no carried level.
    if (chained && prevLevel && !/(团[市省区]委|^[市省]委)/u.test(simp) && !/^(?:人民)?政府$|^党委$/u.test(simp)) {
      out.push({ ...d, name: `${prevLevel}${d.name}`, rule: "dept:list-carry", confidence: 0.8 });
      prev = d;
      continue;
    }
    // 某管委会内设甲办公室、乙局、丙局: a zone's own bureaus listed after a body with no 市/省 level stay bare.
    // (Bureau names hold verbs such as 发展/建设, so only function words disqualify them.)
    const listed = chained || /(内设|下设|设有)$/u.test(s.slice(Math.max(0, d.start - 2), d.start));
    if (
      listed &&
      !prevLevel &&
      /(局|委|办公室|中心)$/u.test(simp) &&
      simp.length >= 3 &&
      simp.length <= 8 &&
      !/[的了在是将把被对和与及各]/u.test(simp)
    ) {
      out.push({ ...d, rule: "dept:list-bare", confidence: 0.6 });
      prev = d;
      continue;
    }
    if (/^领导小组(办公室)?$/u.test(simp)) {
      const group = [...out]
        .reverse()
        .find((x) => /领导小组$/u.test(ctx.s.slice(x.start, x.end)) || x.name.endsWith("领导小组"));
      if (group) {
        out.push({ ...d, name: group.name + simp.slice(4), rule: "dept:back-reference", confidence: 0.7 });
        prev = d;
        continue;
      }
    }
    // A body before its head's title (某某管理局局长, 某某工作部副部长): the title vouches for a longer bare name.
    if (titledBody(s, d.start, d.end)) {
      out.push({ ...d, rule: "dept:titled", confidence: 0.6 });
      prevLevel = "";
      prev = d;
      continue;
    }
    // A bare short form standing alone (来源：某发局).
    const before = s[d.start - 1] ?? "\n";
    const after = s[d.end] ?? "\n";
    const sourceLine = /(来源|供稿|发布单位|发布机构|牵头单位|责任单位|主办单位)\s*[:：]\s*$/u.test(
      s.slice(Math.max(0, d.start - 8), d.start),
    );
    if (
      !hasStopInside(simp) &&
      (sourceLine ||
        (/[\s:：，,。（(]/u.test(before) && /[\s，,。）)、]/u.test(after)) ||
        // 招商局牵头…: a bare body as the subject of a responsibility verb.
        (/[\s:：，,。；（(]/u.test(before) &&
          /^(负责|牵头|会同|配合|联合|主办|承办)/u.test(s.slice(d.end, d.end + 2))) ||
        // A news source or an official's office (记者从某石化办获悉, 某石化办主任某某说): a body.
        (/(从|据|经)$/u.test(s.slice(d.start - 1, d.start)) &&
          /^(获悉|了解到|得知|介绍|消息)/u.test(s.slice(d.end, d.end + 3))) ||
        (/[\s:：，,。；（(]/u.test(before) &&
          /^(党组书记|党组|主任|副主任|局长|副局长|负责人)/u.test(s.slice(d.end, d.end + 4)))) &&
      simp.length >= 3 &&
      simp.length <= 6 &&
      /[局委办]$/u.test(simp)
    ) {
      out.push({ ...d, rule: "dept:bare", confidence: 0.5 });
      // A list that opens with a bare body (责任单位：甲局、乙局) carries no level to its items.
      prevLevel = "";
      prev = d;
      continue;
    }
    // 统战部部长, 宣传部: the Party committee's own departments, named without a level.
    if (/^(?:组织|宣传|统战)部$/u.test(simp)) {
      out.push({ ...d, rule: "dept:bare", confidence: 0.5 });
      prev = d;
      continue;
    }
    prev = d;
  }
  return out;
}
