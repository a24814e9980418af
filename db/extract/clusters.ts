// Cluster recogniser: industry phrases ending in 产业集群/集群/产业链/产业 (and
// …制造业/…服务业), with the scale words and level dropped (clusterSuffixCandidates); the name tests,
// place cuts, list reader and role frames it shares or sits beside are in clusters-*.ts. Registry: rules/entities.ts.

import { charTable, hasChar } from "./anchored.ts";
import { etcPair, preCounted, quotedLabels, quotedName, quotedRun, ROLE_TAIL } from "./clusters-joins.ts";
import { allGeneric, CLUSTER_STOPS, clusterName, endsInVerb, leadNotName, validIndustry } from "./clusters-names.ts";
import { levelPlaceCut, placeCut, placeWithLevel } from "./clusters-places.ts";
import { type Cand, type Ctx, orig, spanCand } from "./context.ts";
import { industryHead, industryPhrase } from "./industry-heads.ts";
import { mapPacked } from "./packed.ts";
import { tag } from "./tagger.ts";
import { occursTwice, scanLeft, stopEndingAt } from "./text.ts";
import { EVENT_WORDS } from "./vocab.ts";
import { COUNTY_NAMES, isPlaceName } from "./vocab-counties.ts";

const SUFFIX_RE = /先进制造业集群|制造业集群|产业集群|产业链|集群|产业|修造业|服务业|制造业/gu;
/** Heads of a trade's own name (装备制造, 商贸物流, 电子信息, 智能装备…): an industry complete in itself. */
const TRADE_HEAD = /(制造|物流|信息|装备|加工|零部件|电子)$/u;
/** Things after 产业 that make it part of another name or a process. */
const NOT_AFTER_CHAN =
  /^(森林|版图|地图|蓝图|高地|方阵|矩阵|园|城|基地|大脑|聚集区|集聚区|集聚带|聚集带|隆起带|发展带|走廊|强县|强市|大县|大市|名县|强镇|区|化|带|工人|工|政策|项目|资金|基金|人才|工作|用地|用|转移|链条|部门|联盟|协会|布局|变革|引导|技术|对接|类|规划|能级|结构|工程|发展示范|示范|融合|体系建设|比较|链条|层次|竞争力|水平|质量|效益|格局|空间|分工|合作|协同|投资|人才|领军)/u;
/** Aspects of an industry after 产业 (甲产业规模超…): the industry is named before them. */
const FUSION_AFTER = /^(?:深度|加快|加速|双向|协同)?(?:融合|联动|互动)/u;
const ASPECT_AFTER_CHAN = /^(规模|基础|生态|招商)/u;
/** A closing quote, then a count and role words at most, before an industry suffix. */
/** Last characters of the bodies an industry word may name (…产业研究院, …产业联盟), and the closing quotes. */
const BODY_LAST = charTable("台心院室金盟会坛");
/** A body or an event named by the industry before it (…产业监测平台, …产业博览会). */
const BODY_AFTER = new RegExp(`^[\\p{Script=Han}]{0,6}?(平台|中心|研究院|实验室|基金|联盟|协会|${EVENT_WORDS})`, "u");
const QUOTE_CLOSE = charTable('”"');
const QUOTED_HEAD = /[”"](?:[一二三四五六七八九十两\d]+\s*[个大类])?(?:首位|主导|支柱|特色|优势|重点|新兴)*$/u;

/** A scale in digits right after an industry's last character (某某300亿, 某某1.5万亿元级). */
const DIGIT_SCALE = /(?<=[\p{Script=Han}])\d+(?:\.\d+)?(?:万亿|千亿|百亿|亿)元?级?$/u;

export function clusterSuffixCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  SUFFIX_RE.lastIndex = 0;
  for (let m = SUFFIX_RE.exec(s); m; m = SUFFIX_RE.exec(s)) {
    const suf = m[0];
    const end = m.index + suf.length;
    // "某某300亿产业集群": a scale in digits between the industry and its suffix is neither's.
    const digits =
      suf === "产业" || suf.endsWith("集群") ? DIGIT_SCALE.exec(s.slice(Math.max(0, m.index - 12), m.index)) : null;
    const sufStart = m.index - (digits ? digits[0].length : 0);
    if (suf === "产业" && NOT_AFTER_CHAN.test(s.slice(end, end + 4))) continue;
    // "甲产业规模/基础/生态/招商": an aspect of the industry; the name must then end in a sector's head word.
    const aspect = suf === "产业" && ASPECT_AFTER_CHAN.test(s.slice(end, end + 2));
    // "…产业监测平台", "…产业研究院": the industry word is part of another thing's name
    // (not in a label: "甲产业链重点平台：A、B" lists the industry's platforms).
    if (
      hasChar(BODY_LAST, s, end, Math.min(s.length, end + 9)) &&
      BODY_AFTER.test(s.slice(end, end + 9)) &&
      !/^(?:重点|创新|研发|科技创新|公共服务|服务)?平台[：:]/u.test(s.slice(end, end + 8))
    )
      continue;
    // "某某生命健康产业核心区/拓展区": the industry word names an area of a park.
    if (
      suf === "产业" &&
      (s[end + 2] === "区" || s[end + 4] === "区") &&
      /^(核心|拓展|先行|示范|功能|承载|集中|起步|先导|引领|试验|开发|合作|配套|融合|开发试验)区/u.test(
        s.slice(end, end + 5),
      )
    )
      continue;
    // A quoted label before the suffix, a count or role words between (“两优两新”产业, “海洋能源”首位主导产业,
    // “甲”“乙”和“丙”三大产业集群): the labels are industries when each reads as one, else a slogan.
    const qh = hasChar(QUOTE_CLOSE, s, Math.max(0, sufStart - 12), sufStart)
      ? QUOTED_HEAD.exec(s.slice(Math.max(0, sufStart - 12), sufStart))
      : null;
    if (qh) {
      const run = quotedLabels(s, sufStart - qh[0].length + 1);
      const texts = mapPacked(run, (it) => s.slice(it.start, it.end));
      if (
        texts.length &&
        texts.every((x) => quotedName(x)) &&
        texts.some((x) => !!industryHead(x) || industryPhrase(x))
      )
        for (const it of run) out.push(spanCand(ctx, "cluster", it.start, it.end, `cluster:suffix:${suf}`, 0.7));
      continue;
    }
    if (suf === "集群" && /[化]$/u.test(s.slice(sufStart - 1, sufStart))) continue;
    if (suf === "产业链" && /^条/u.test(s.slice(end, end + 1))) continue;
    // 服务业态 / 制造业态: the word is 业态 (a business format), not a sector.
    if (/业$/u.test(suf) && s[end] === "态") continue;
    // "某某产业研发生产基地项目": the industry word names a project.
    if (suf === "产业" && /^(研发|生产)/u.test(s.slice(end, end + 2))) continue;
    if (
      /(修造业|服务业|制造业)$/u.test(suf) &&
      /^(基地|园|城|集聚区|聚集区|企业|项目|体系|工业|总产值|产值|增加值|\d)/u.test(s.slice(end, end + 3))
    )
      continue;
    const keepYe = /修造业|服务业|^制造业$/u.test(suf);
    let raw = scanLeft(s, sufStart, { maxLen: 16, stops: CLUSTER_STOPS, conj: !keepYe });
    // "甲及装备制造业": 及 joins a sector to the manufacturing one name (not 和, nor a bracket's gloss).
    if (suf === "制造业") {
      const wide = scanLeft(s, sufStart, { maxLen: 16, stops: CLUSTER_STOPS, conj: true });
      if (/及/u.test(s.slice(wide, raw)) && !/[和与()（）]/u.test(s.slice(wide, raw))) raw = wide;
    }
    // "新增产能向某某产业靠拢": a preposition the scan read into the name ends the clause before the industry.
    const prep = s.slice(raw, sufStart).search(/[向对把被从将于](?=[\p{Script=Han}]{2,}$)/u);
    if (prep >= 1) raw += prep + 1;
    // "某纤维等复合材料产业集群": a short lead term joined by 等 at a clause start is part of the name.
    if (s[raw - 1] === "等") {
      let b = raw - 1;
      while (b > 0 && /[\p{Script=Han}]/u.test(s[b - 1] as string) && raw - 1 - b < 5 && stopEndingAt(s, b) < 2) b--;
      if (
        raw - 1 - b >= 2 &&
        raw - 1 - b <= 4 &&
        (/[，,。；\n：:]|^$/u.test(s[b - 1] ?? "") || stopEndingAt(s, b) >= 2)
      )
        raw = b;
    }
    // A middle dot joins a place or a park to what follows (某开发区·某区电子信息产业): the industry starts after it.
    const dot = s.slice(raw, sufStart).lastIndexOf("·");
    if (dot >= 0) raw += dot + 1;
    // A park or place name right before the industry (高新区某某装备…): cut after it.
    const seg = s.slice(raw, sufStart);
    const park =
      /^.*?(高新区|经开区|开发区|园区|新区|(?:产业|工业|科技)园区?|(?<=[\p{Script=Han}]{3})园(?![林艺])|工业区|科技城|产业城|示范区|试验区|合作区|先行区|集中区|保税区|自贸港|自贸区)/u.exec(
        seg,
      );
    if (park) raw += park[0].length;
    // A district or county the document names (某某区生物医药产业) places the industry; it is not its name.
    const district = /^([\p{Script=Han}]{2})[区县](?!块)/u.exec(s.slice(raw, sufStart));
    if (district && sufStart - raw - 3 >= 2 && (s[raw - 1] === "·" || occursTwice(s, district[0]))) raw += 3;
    else {
      // …and so does a county-level place by its own name (某某湖区汽车产业, 某庄蔬菜产业), twice for a city's
      // county after the city (某市某区精密仪器)…
      const county = countyLead(s.slice(raw, sufStart));
      if (county) raw += county + countyLead(s.slice(raw + county, sufStart));
      // …and a place the document writes elsewhere with 市/县/区 (某某市…; 竞争优势某某汽车及零部件产业集群 → 汽车及零部件).
      else raw += placeCut(s, raw, sufStart) || levelPlaceCut(s, raw, sufStart);
    }
    // A bracket right after a cut place (某县(某镇)数字产业集群) qualifies the place, not the industry.
    if (raw > 0 && /[(（]/u.test(s[raw] ?? "") && /[\p{Script=Han}]/u.test(s[raw - 1] ?? "")) {
      const close = s.slice(raw, sufStart).search(/[)）]/u);
      if (close > 0 && sufStart - (raw + close + 1) >= 2) raw += close + 1;
    }
    const nameEnd = keepYe ? end : sufStart;
    // Scale words, places and leading verbs, in any order (发挥出省级…, 我国某某…).
    let a = raw;
    let yearCut = false;
    for (let g = 0; g < 3; g++) {
      const before = a;
      a += clusterName(s.slice(a, sufStart)).cut;
      a += leadNotName(s.slice(a, nameEnd));
      // A resultative complement after a verb (培育出, 构筑起, 建立起) is never a name's first character.
      if ((s[a] === "出" || s[a] === "起") && stopEndingAt(s, a) >= 2) a++;
      // “X”即甲: 即 after a quoted label introduces the name.
      if (s[a] === "即" && /[”"]/u.test(s[a - 1] ?? "")) a++;
      // 以甲产业为标杆/为龙头: the frame's 以, not the name's first character.
      if (s[a] === "以" && s[end] === "为" && nameEnd - a >= 3) a++;
      // "5条先进制造业产业链": the measure word of a count is not part of the name.
      if (/[条个项类家]/u.test(s[a] ?? "") && /[\d一二三四五六七八九十两]/u.test(s[a - 1] ?? "")) a++;
      // "500亿某某产业集群": the scan stops at the digits; the scale's 亿(元级) is not the name's either.
      const scale = /\d$/u.test(s[a - 1] ?? "") ? /^(?:万亿|千亿|百亿|亿)元?级?/u.exec(s.slice(a, nameEnd)) : null;
      if (scale && nameEnd - a - scale[0].length >= 2) a += scale[0].length;
      // A year's 年 (2025年甲产业产值; not 年度, 年内) or a conjunction the scan stopped after (建设和甲产业):
      // not the name's first character.
      const year = s[a] === "年" && /\d/u.test(s[a - 1] ?? "") && !/[度内底初末中]/u.test(s[a + 1] ?? "");
      if ((year || (/[和与及]/u.test(s[a] ?? "") && a === raw)) && nameEnd - a > 2) {
        yearCut ||= year;
        a++;
      }
      // 区域内/境内 before the industry (区域内森林食品产业链): the scope's 内, not the name's.
      if (s[a] === "内" && /[域区园市县境省]/u.test(s[a - 1] ?? "") && nameEnd - a > 2) a++;
      if (a === before) break;
    }
    let simpName = s.slice(a, nameEnd);
    // A county the document writes with its level word, alone before 产业 (助力某川产业转型; 某川区 elsewhere): a place.
    if (COUNTY_NAMES.has(simpName) && placeWithLevel(s, simpName)) continue;
    // "推动甲与乙产业深度融合": the fusion of two industries, not one joined name.
    if (/[与和]/u.test(simpName) && FUSION_AFTER.test(s.slice(end, end + 6))) continue;
    // After an aspect or a year's 年, the name must end in a sector's head word (not 2024年百佳产业集群, a ranking).
    if ((aspect || yearCut) && !industryHead(simpName)) continue;
    // "某仪表6大特色产业": the name stands before the count and its generic words.
    if (!keepYe && (simpName === "" || allGeneric(simpName))) {
      // "发展甲和乙等支撑产业": two industries joined by one 和 before 等 and the head.
      const pair = etcPair(s, sufStart);
      if (pair) {
        for (const [x, y] of pair) out.push(spanCand(ctx, "cluster", x, y, "cluster:suffix:counted-split", 0.75));
        continue;
      }
      const before = s.slice(Math.max(0, sufStart - 24), sufStart);
      // The pattern tries every start; it needs 大/个/类 followed by at most 6 Han
      // characters (12 code units if astral) to the end, so look for that first.
      const cm = /[大个类]/u.test(before.slice(-13))
        ? /([\p{Script=Han}]{2,12}?)([\d一二三四五六七八九十两]+\s*[大个类])([\p{Script=Han}]{0,6})$/u.exec(before)
        : null;
      if (cm && (!cm[3] || allGeneric(cm[3])) && !/[、等]/u.test(cm[1] as string)) {
        const e2 = sufStart - (cm[2] as string).length - (cm[3] as string).length;
        const a2 = scanLeft(s, e2, { maxLen: 12, stops: CLUSTER_STOPS });
        const n2 = s.slice(a2, e2);
        // Only as the last item of an enumeration (…为代表的某某6大特色产业).
        if (
          validIndustry(n2, false) &&
          s[a2 - 1] !== "、" &&
          /(为代表的|、)$/u.test(s.slice(Math.max(0, a2 - 4), a2))
        ) {
          out.push(spanCand(ctx, "cluster", a2, e2, "cluster:suffix:counted", 0.6));
        }
      }
      continue;
    }
    // A count right before the suffix (…材料六个产业集群) is not part of the name.
    // "甲和乙两大优势产业": a role word may follow the count.
    const cnt =
      /([一二三四五六七八九十两\d]+\s*[个大条]|(?<=[\p{Script=Han}]{2})双)(?:千亿级|万亿级|百亿级|千亿|万亿|百亿)?(首位|主导|支柱|特色优势|优势|特色|重点|新兴)?$/u.exec(
        simpName,
      );
    let nEnd = nameEnd;
    if (cnt && !keepYe) {
      nEnd = nameEnd - cnt[0].length;
      simpName = s.slice(a, nEnd);
      // "甲、乙和丙三大产业": a count says the 和 joins two items of the list, not one name.
      const k = simpName.search(/[和与及]/u);
      // "以甲和乙两大优势产业为先导": a count of two with one 和/与 splits there too.
      const two = /^[两二2双]/u.test(cnt[1] as string) && (simpName.match(/[和与及]/gu) ?? []).length === 1;
      if (k >= 2 && simpName.length - k > 2 && (s[a - 1] === "、" || two)) {
        const parts = [
          [a + (s[a] === "以" ? 1 : 0), a + k],
          [a + k + 1, nEnd],
        ] as const;
        if (parts.every(([x, y]) => validIndustry(s.slice(x, y), false))) {
          for (const [x, y] of parts) out.push(spanCand(ctx, "cluster", x, y, "cluster:suffix:counted-split", 0.8));
          continue;
        }
      }
      // The scan stopped at the 和 of "甲和乙两大产业": 甲 is the first of the two.
      if (k < 0 && /^[两二2双]/u.test(cnt[1] as string) && /[和与及]/u.test(s[a - 1] ?? "")) {
        const l0 = scanLeft(s, a - 1, { maxLen: 12, stops: CLUSTER_STOPS, conj: true });
        const l1 = l0 + leadNotName(s.slice(l0, a - 1)) + (s[l0] === "以" ? 1 : 0);
        if (validIndustry(s.slice(l1, a - 1), false) && validIndustry(simpName, false)) {
          out.push(spanCand(ctx, "cluster", l1, a - 1, "cluster:suffix:counted-split", 0.8));
          out.push(spanCand(ctx, "cluster", a, nEnd, "cluster:suffix:counted-split", 0.8));
          continue;
        }
      }
    }
    // "光伏全产业链": the whole chain of an industry is that industry.
    if (
      suf === "产业链" &&
      simpName.endsWith("全") &&
      simpName.length >= 3 &&
      !/[（()）]/u.test(simpName) &&
      !/^(项目|提质|试点|示范)/u.test(s.slice(end, end + 2))
    ) {
      nEnd -= 1;
      simpName = s.slice(a, nEnd);
      // …but a product's whole chain (甲乙胶带全产业链, 某产品加工全产业链) is a firm's or a project's line:
      // only a sector's own words make it an industry.
      if (!industryPhrase(simpName)) continue;
    }
    // "电子信息首位产业": a role word before the suffix says what the industry is to the place.
    const role = keepYe ? null : ROLE_TAIL.exec(simpName);
    if (role && simpName.length - role[0].length >= 2 && !allGeneric(simpName.slice(0, -role[0].length))) {
      nEnd -= role[0].length;
      simpName = s.slice(a, nEnd);
    }
    // "某某零部件千亿产业集群": a scale after the industry is not part of its name.
    const scaleTail = keepYe ? null : /(千亿|百亿|万亿)元?级?$/u.exec(simpName);
    if (scaleTail && simpName.length - scaleTail[0].length >= 2) {
      nEnd -= scaleTail[0].length;
      simpName = s.slice(a, nEnd);
    }
    // "某某国家创新型产业集群": a designation after the industry is not part of its name.
    const desig = /(?:(国家|省级|省)?创新型|国家级?|省级|市级)$/u.exec(simpName);
    if (desig && !keepYe) {
      nEnd -= desig[0].length;
      simpName = s.slice(a, nEnd);
    }
    // "建设铝产业集群", "使铝产业成为…": one material's industry is named by its one character.
    const one = keepYe ? null : /^[使把将对让令促]?([铝铜钢铁煤盐茶酒瓷竹锂硅磷钛镁锌锡棉麻丝糖菌菇])$/u.exec(simpName);
    // Not inside a bracket of parts (食品加工(含竹产业及造纸)): a part, as the other parts there.
    if (one && !/[(（]含?$/u.test(s.slice(Math.max(0, nEnd - 3), nEnd - 1))) {
      const at = nEnd - 1;
      out.push({ ...spanCand(ctx, "cluster", at, end, `cluster:suffix:${suf}`, 0.7), name: orig(ctx, at, nEnd) });
      continue;
    }
    // "5个百亿级甲、乙、丙和丁产业集群": the count before the list says the last item's 和 joins two.
    const jk = s[a - 1] === "、" && !keepYe ? simpName.search(/[和与及]/u) : -1;
    if (jk >= 2 && simpName.length - jk > 2 && preCounted(s, a) === 1) {
      const x = simpName.slice(0, jk);
      const y = simpName.slice(jk + 1);
      if (validIndustry(x, false) && validIndustry(y, false)) {
        out.push(spanCand(ctx, "cluster", a, a + jk, "cluster:suffix:counted-split", 0.8));
        out.push({
          ...spanCand(ctx, "cluster", a + jk + 1, end, "cluster:suffix:counted-split", 0.8),
          name: orig(ctx, a + jk + 1, nEnd),
        });
        continue;
      }
    }
    // 培育装备制造和保税物流产业: two whole industries of four characters or more, each ending in a trade's head
    // (制造, 物流, 装备…), joined by 和 are two (short or qualified halves stay one: 新能源和节能环保).
    const hk = keepYe ? -1 : simpName.indexOf("和");
    if (hk >= 4 && simpName.length - hk - 1 >= 4) {
      const x = simpName.slice(0, hk);
      const y = simpName.slice(hk + 1);
      if (TRADE_HEAD.test(x) && TRADE_HEAD.test(y) && validIndustry(x, false) && validIndustry(y, false)) {
        out.push(spanCand(ctx, "cluster", a, a + hk, `cluster:suffix:${suf}`, 0.7));
        out.push({
          ...spanCand(ctx, "cluster", a + hk + 1, end, `cluster:suffix:${suf}`, 0.7),
          name: orig(ctx, a + hk + 1, nEnd),
        });
        continue;
      }
    }
    // "甲和乙产业" said once, while the document names 甲 and 乙 elsewhere as well: two industries
    // (not the end of a list, 甲、乙和丙产业, nor a cluster's name, 甲和乙产业集群).
    if (
      suf === "产业" &&
      s[a - 1] !== "、" &&
      hk >= 2 &&
      simpName.length - hk - 1 >= 2 &&
      simpName.indexOf("和", hk + 1) < 0 &&
      !occursTwice(s, simpName)
    ) {
      const x = simpName.slice(0, hk);
      const y = simpName.slice(hk + 1);
      if (occursTwice(s, x) && occursTwice(s, y) && validIndustry(x, false) && validIndustry(y, false)) {
        out.push(spanCand(ctx, "cluster", a, a + hk, `cluster:suffix:${suf}`, 0.7));
        out.push({
          ...spanCand(ctx, "cluster", a + hk + 1, end, `cluster:suffix:${suf}`, 0.7),
          name: orig(ctx, a + hk + 1, nEnd),
        });
        continue;
      }
    }
    if (!validIndustry(simpName, keepYe)) continue;
    // "率先发展的领跑产业": a described 产业 is a role, not a named industry.
    if (
      suf === "产业" &&
      s[a - 1] === "的" &&
      simpName.length <= 3 &&
      // …unless a trade's head word names it (休宁的汽配产业; a goal after it, 产业领跑基地, is none: NOT_AFTER_CHAN
      // has already sent away 产业基地/高地/示范).
      !(industryHead(simpName) && !/^(领跑|标杆)/u.test(s.slice(end, end + 2))) &&
      !/(为代表|为龙头|为核心|为主导|为主体)的$/u.test(s.slice(Math.max(0, a - 5), a)) &&
      // …nor a place's industry (某市的笔记本产业): the place names whose it is.
      !placeBeforeDe(s, a - 1)
    )
      continue;
    if (suf === "集群" && /^(产业|优势|特色)/u.test(simpName)) continue;
    // "科研院所创新集群": a cluster of innovators, not an industry.
    if (/集群$/u.test(suf) && /创新$/u.test(simpName)) continue;
    // “某某集群” in quotes is a slogan or a programme's label.
    // Not in a run of quoted names (“甲产业集群”“乙产业集群”): each quote there holds one name of a list.
    if (s[a - 1] === "“" && s[end] === "”" && !quotedRun(s, a - 1, end + 1, suf)) continue;
    if (/(升级|改造|推动|推进|发展|建设|打造|培育|实施|构建|加快|提升)/u.test(simpName)) continue;
    // A clause's verb before the suffix (坚定不移兴产业, 预留产业用地, 向欧洲展开产业合作): no sector word
    // and the tagger's last word a verb (能, 品 of 绿能, 食品 are no verbs).
    if (!keepYe && endsInVerb(simpName)) continue;
    out.push({
      type: "cluster",
      start: a,
      end,
      name: orig(ctx, a, keepYe ? nameEnd : nEnd),
      rule: `cluster:suffix:${suf}`,
      confidence: suf === "产业" ? 0.7 : 0.85,
    });
  }
  return out;
}

/**
 * A county-level place opening an industry (观山湖区汽车及配套, 罗庄蔬菜): the place's length with its level
 * word, when two characters or more of the industry are left; 0 otherwise. Without a level word the tagger
 * must read the place as a place (ns), not a common word (港口, 资源, 新兴 are also county names).
 */
export function countyLead(t: string): number {
  for (let n = 4; n >= 2; n--) {
    const p = t.slice(0, n);
    if (!COUNTY_NAMES.has(p)) continue;
    // (A province's name before 省 is the scale words' to cut: 河南 is also a county.)
    if (t[n] === "省") continue;
    const level = /^[区县市旗](?![域级块场])/u.test(t.slice(n)) ? 1 : 0;
    const rest = t.slice(n + level);
    if (rest.length < 2) continue;
    if (level || tag(p, false).every((x) => x.tag === "ns")) return n + level;
  }
  return 0;
}

/** A place (a province, a city or a county, with or without its level word) ends right before 的 at `de`. */
function placeBeforeDe(s: string, de: number): boolean {
  for (let n = 2; n <= 5; n++) {
    const p = s.slice(Math.max(0, de - n), de).replace(/[省市县区]$/u, "");
    if (p.length >= 2 && isPlaceName(p)) return true;
  }
  return false;
}
