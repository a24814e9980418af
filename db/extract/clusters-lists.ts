// Cluster list reader (clusterListCandidates): items of lists whose head, cue or role says they are industries; its own reader, with its patterns in clusters-list-cues.ts.

import { endsVisibly, hasChar } from "./anchored.ts";
import { preCounted, ROLE_TAIL } from "./clusters-joins.ts";
import {
  bareIndustryCue,
  bracketLabel,
  CHAIN_CUE,
  CLUSTER_HEAD,
  countedCue,
  DOMAIN_CUE,
  DOMAIN_FIRST,
  DOMAIN_HEAD,
  DOMAIN_ITEM_CUE,
  domainList,
  END_AROUND,
  END_BA,
  END_CHAIN_CUE,
  END_DEVELOP,
  END_DOMAIN_CUE,
  END_FIRM_CUE,
  END_FIRST_ROLE,
  END_INDUSTRY_CUE,
  END_PI,
  END_YI,
  etcSplit,
  FIRST_ITEM_CUE,
  FIRST_ROLE_CUE,
  FORMULA_CUE,
  flatParts,
  HEAD_WORD_CHAR,
  hanFirst,
  headSplit,
  INDUSTRY_CUE,
  INDUSTRY_ROLE_HEAD,
  ItemSpan,
  JOINED_HEADS,
  LED_BY,
  LED_BY_END,
  mayNameIndustries,
  NOT_CLUSTER_HEAD,
  OFFICIAL_ITEM,
  PARK_BRACKET,
  POST_LAST,
  parallelSplit,
  plainHead,
  projectFields,
  QUOTED_POSITION,
  REPRESENTED_INDUSTRY,
  RESEARCH,
  representedCount,
  SUB_BRACKET,
  sharedHead,
  sloganItems,
  verbSloganItems,
} from "./clusters-list-cues.ts";
import {
  allGeneric,
  clusterName,
  endsInVerb,
  headWordAt,
  isActivity,
  leadNotName,
  stripGeneric,
  validIndustry,
} from "./clusters-names.ts";
import { placeLead, placeLedList, placeWritten } from "./clusters-places.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { industryHead } from "./industry-heads.ts";
import type { EnumList } from "./lists.ts";
import { predicateItem } from "./lists-items.ts";
import { verbAt } from "./lists-verbs.ts";
import { sentenceTextAt } from "./text.ts";

/** A lone supporting or characteristic role before an industry system (以甲、乙为支撑的产业格局). */
const SOLE_ROLE = /^为(支撑|特色)的?[^，。；]{0,6}?[产工]业(体系|格局|结构|布局)/u;

/** Items of lists headed by an industry word (…等7个千亿级产业集群, …等传统产业). */
export function clusterListCandidates(ctx: Ctx, lists: EnumList[]): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const l0 of lists) {
    if (!mayNameIndustries(s, l0)) continue;
    // 把甲、乙作为四大主导产业: after 把/将, the verb that names the items' role opens the head.
    // 甲、乙“四大主导产业”: a quoted count head reads as the head itself.
    const head0 = l0.head.includes("“")
      ? l0.head.replace(/^\s*“(?=(?:\d+|[一二两三四五六七八九十]+)[个大条项类][^”]{1,10}”)/u, "")
      : l0.head;
    const l = {
      ...l0,
      head: plainHead(
        endsVisibly(END_BA, l0.cue) && /[把将]\s*$/u.test(l0.cue)
          ? head0.replace(/^\s*(?:作为|列为|确定为|定为|定位为)/u, "")
          : head0,
      ),
    };
    const last = l.items[l.items.length - 1];
    if (!last) continue;
    if (sloganItems(s, l.items) || verbSloganItems(s, l.items)) continue;
    // Officials named with their posts (某市副市长甲乙、市二级巡视员丙丁一行): people, no industries.
    if (l.items.some((it) => hasChar(POST_LAST, s, it.start, it.end) && OFFICIAL_ITEM.test(s.slice(it.start, it.end))))
      continue;
    const lastText = s.slice(last.start, last.end);
    const hm = hasChar(HEAD_WORD_CHAR, l.head, 0, l.head.length) ? CLUSTER_HEAD.exec(l.head) : null;
    // "推动甲、乙产业集群加快突破": the list scan ran the last item on to the clause's verb; it ends at the suffix.
    const runOn =
      lastText.includes("集群") || lastText.includes("产业链")
        ? /^[\p{Script=Han}]{2,16}?(产业集群|产业链|集群)(?=[\p{Script=Han}])/u.exec(lastText)
        : null;
    const runOnEnd = runOn && verbAt(s, last.start + runOn[0].length) ? last.start + runOn[0].length : -1;
    const inner =
      (lastText.endsWith("集群") || lastText.endsWith("产业链") || lastText.endsWith("产业")
        ? /(产业集群|产业链|集群|产业)$/u.exec(lastText)
        : null) ?? (runOnEnd > 0 ? runOn : null);
    let headOk = false;
    // "等完整的产业链条" is the chain of a product; "等八条产业链条" counts industries.
    if (hm && hm[4] === "产业链条" && !hm[2]) continue;
    // "涵盖甲、乙等19个产业门类": categories a cluster covers, not clusters of their own.
    if (hm && /^\s*门类/u.test(l.head.slice((hm.index ?? 0) + hm[0].length))) continue;
    if (hm) {
      const mid = hm[3] ?? "";
      headOk =
        // 高新技术 is a generic word, not a head of technologies (四大高新技术产业体系).
        !NOT_CLUSTER_HEAD.test(stripGeneric(mid)) &&
        // "延伸甲、乙、丙等上下游产业链": the items are links and products of one chain, not industries.
        !/[上中下]游/u.test(mid) &&
        !/企业/u.test(l.head.slice(0, (hm.index ?? 0) + hm[0].length + 2).replace(hm[0], ""));
      // "等某某产业上下游企业" after an enterprise cue is an enterprise list.
      if (
        /企业|公司/u.test(l.head.slice(hm[0].length, hm[0].length + 8)) &&
        endsVisibly(END_FIRM_CUE, l.cue) &&
        /(聚集|集聚|引进|吸引|涌现|依托|以)[了]?\s*$/u.test(l.cue)
      )
        headOk = false;
    }
    // "等具有一定基础且规模巨大的万亿级产业，": a long 的-modifier before a head that ends the clause.
    // "由甲、乙等组成的11条重点产业链是…": the head may be counted and close its clause with a copula.
    const dm =
      l.head.includes("的") &&
      /^\s*等[^，。；、,;]{2,24}的(?:\d+|[一二三四五六七八九十]+)?[条个大]?([\p{Script=Han}]{0,6}?)(产业集群|产业链|产业|集群)(?=[，。；,;]|是|为|$)/u.exec(
        l.head,
      );
    // Not when the modifier says what the items are instead (等关键环节的…产业链, 等主题多样的度假产业链,
    // 等能源的上下游产业链): segments, themes or products of one chain.
    const longHead =
      !!dm &&
      !NOT_CLUSTER_HEAD.test(dm[1] ?? "") &&
      !isActivity(dm[1] ?? "") &&
      !/企业|公司|项目|为代表|为龙头|为骨干|为链主|为首|为核心|为主体|环节|领域|方向|产品|技术|主题|能源|上下游/u.test(
        dm[0],
      );
    if (longHead) headOk = true;
    // "主导产业为甲、乙、丙" / "以甲、乙为主导": the cue or the head says the items are industries.
    const first = l.items[0] as { start: number; end: number };
    // "未来产业有甲、乙": the list scan kept the cue in the first item.
    const firstText = s.slice(first.start, first.end);
    const bareCue = bareIndustryCue(firstText);
    const inCue = bareCue ?? (firstText.includes("业") ? FIRST_ITEM_CUE.exec(firstText) : null);
    const inCueOk = !!bareCue || (!!inCue && (INDUSTRY_CUE.test(inCue[0]) || CHAIN_CUE.test(inCue[0])));
    // 按照“甲、乙、丙”的产业定位: a quoted list that the text names as the industry positioning
    // (the list scan ends the last item at the clause, so the closing quote is inside it).
    const lastQ = s[first.start - 1] === "“" ? lastText.search(/[”"]/u) : -1;
    const quoteAt = lastQ > 0 && QUOTED_POSITION.test(lastText.slice(lastQ)) ? last.start + lastQ : -1;
    // "以甲为主导，乙、丙为特色的产业格局": the second role list (the list scan runs its last item to the clause end).
    const roleK =
      lastText.includes("为") || lastText.includes("多点") || lastText.includes("协同") || lastText.includes("共同")
        ? lastText.search(/(?:为|多点|协同|共同)(支撑|特色|补充|配套|辅|重点)/u)
        : -1;
    const yiCue = endsVisibly(END_YI, l.cue);
    // "形成了以甲、乙、丙为支柱，…的产业体系": the first role list, its role inside the last item
    // (the clause ends at the comma), an industry word later in the sentence.
    const firstRoleK = yiCue ? lastText.search(/为(主导|支柱|首位|引领|主体|核心|基础)$/u) : -1;
    // …the list scan may have ended the last item at the role itself (…丁为重点的工业体系).
    const roleText = roleK >= 0 ? lastText.slice(roleK) : l.head;
    const roleAt =
      (roleK >= 2 ||
        (roleK < 0 && l.head.includes("为") && /^\s*为(支撑|特色|补充|配套|辅|重点|主导)/u.test(l.head))) &&
      endsVisibly(END_FIRST_ROLE, s, first.start, Math.max(0, first.start - 40)) &&
      FIRST_ROLE_CUE.test(s.slice(Math.max(0, first.start - 40), first.start)) &&
      /[产工]业/u.test(roleText.slice(0, 12))
        ? roleK >= 0
          ? last.start + roleK
          : last.end
        : firstRoleK >= 2 && /^[^。；]{0,40}[产工]业(体系|格局|结构|集群)/u.test(s.slice(last.end, last.end + 48))
          ? last.start + firstRoleK
          : // "以甲、乙为支撑的产业格局": one role list alone, its role closing an industry system.
            yiCue && roleK >= 2 && SOLE_ROLE.test(lastText.slice(roleK))
            ? last.start + roleK
            : -1;
    // "甲、乙、丙逐渐成为支柱产业": a role predicate right after the list names its items industries.
    const becomes =
      l.items.length >= 2 &&
      l.head.includes("成为") &&
      /^\s*(?:逐渐|已经|已|均|都|正在|正|也|日益)?成为[^，。；]{0,6}?(?:主导|支柱|优势|特色|首位|新兴|战略性新兴)(?:产业|行业)/u.test(
        l.head,
      );
    // …its adverb may have stayed in the last item (高端装备制造逐渐|成为).
    const becomeAdverb = becomes ? (/(?:逐渐|已经|日益|正在)$/u.exec(lastText)?.[0].length ?? 0) : 0;
    // 涵盖甲、乙等领域 / 项目涉及甲、乙等行业 / 来自甲、乙等范畴: the fields a place's firms or projects
    // cover, when most items are trades; not a product's uses (应用于…), one firm's business (业务涵盖…)
    // or one signing's projects (集中签约的…涉及; 集中在 is where a place's projects sit).
    const domainItem = DOMAIN_FIRST[firstText.charCodeAt(0)] === 1 ? DOMAIN_ITEM_CUE.exec(firstText) : null;
    const domainHead =
      l.head.includes("等") &&
      DOMAIN_HEAD.test(l.head) &&
      ((endsVisibly(END_DOMAIN_CUE, l.cue) && DOMAIN_CUE.test(l.cue)) || !!domainItem) &&
      !/(应用|业务|集中(?![在于])|产品)/u.test(l.cue) &&
      l.items.filter((it) => industryHead(s.slice(it.start, it.end).replace(DOMAIN_ITEM_CUE, ""))).length * 3 >=
        l.items.length * 2 &&
      !sharedHead(l.items.map((it) => s.slice(it.start, it.end))) &&
      !RESEARCH.test(sentenceTextAt(s, ctx.sents, l.start));
    // 产业布局为“4+3+X”，即甲、乙+丙、丁: the items spell out an industry formula (split on + below).
    const formulaText = s.slice(Math.max(0, first.start - 40), first.start + 1);
    const formula = (formulaText.includes("+") || formulaText.includes("＋")) && FORMULA_CUE.test(formulaText);
    const spelledLabel = bracketLabel(s, l);
    const cued =
      inCueOk ||
      (endsVisibly(END_INDUSTRY_CUE, l.cue) && INDUSTRY_CUE.test(l.cue)) ||
      // 以甲、乙为主导 / 重点发展甲、乙为主导产业: a role after the items, with 以 or a development verb before them.
      ((yiCue ||
        (endsVisibly(END_DEVELOP, l.cue) && /(重点发展|发展|培育|打造|做强|壮大|确定|明确)\s*$/u.test(l.cue))) &&
        INDUSTRY_ROLE_HEAD.test(l.head)) ||
      // …unless firms represent it (以甲、乙为代表的汽车零部件产业): most items must read as trades.
      (yiCue &&
        REPRESENTED_INDUSTRY.test(l.head) &&
        (l.items.filter((it) => industryHead(s.slice(it.start, it.end))).length * 3 >= l.items.length * 2 ||
          // …or the head counts them (以甲、乙、丙为代表的三大主导产业).
          representedCount(l.head) === l.items.length)) ||
      roleAt >= 0 ||
      becomes ||
      // "10条产业链是：甲、乙" — the cue ends the clause before a colon.
      (endsVisibly(END_CHAIN_CUE, s, first.start, Math.max(0, first.start - 20)) &&
        CHAIN_CUE.test(s.slice(Math.max(0, first.start - 20), first.start))) ||
      // 按照“甲、乙、丙”的产业定位: a quoted list that the head names as the industry positioning.
      quoteAt >= 0 ||
      // 围绕甲、乙等开展延链补链: what a chain is extended and completed around is an industry.
      (endsVisibly(END_AROUND, l.cue) &&
        /(围绕|聚焦)\s*$/u.test(l.cue) &&
        /^\s*等[^，。；]{0,6}(延链|补链|强链|建链|固链)/u.test(l.head)) ||
      formula ||
      spelledLabel ||
      domainHead ||
      countedCue(s, first.start, l.items.length, lastText);
    if (!headOk && !inner && !cued) continue;
    // "甲、乙、丙三大接续替代产业": a count that matches the items says each item is one of the industries.
    // Only when the head ends there (not 2个绿电产业园, 2个产业示范基地).
    // …or a predicate follows it (甲、乙、丙三大百亿产业集群初具规模).
    const afterHead = hm ? l.head.slice((hm.index ?? 0) + hm[0].length) : "";
    const countMatches =
      !!hm?.[2] &&
      l.count === l.items.length &&
      (!hanFirst(afterHead.replace(/^(的|发展|体系|格局)/u, "，")) ||
        /^(初具规模|初具|已|正在|正|加快|加速|快速|实现|成为|形成|初步|不断|持续|稳步|蓬勃)/u.test(afterHead));
    // "等某某服务业": a specific head names the cluster; the items are its parts.
    if (hm && !inner && !cued && !countMatches && !longHead) {
      let mid = (hm[3] ?? "").replace(/\s+/gu, "");
      for (let g = 0; g < 4 && mid; g++) {
        const w = headWordAt(mid);
        if (!w) break;
        mid = mid.slice(w.length);
      }
      if (mid.replace(/^(的|性|型)/u, "") !== "") continue;
      if (
        /^(化|项目|园|基地|区|企业|技术|链条|条|发展|类|两端|环节|上下游|前端|后端)/u.test(
          l.head.slice((hm.index ?? 0) + hm[0].length, (hm.index ?? 0) + hm[0].length + 2),
        ) &&
        // "发展甲、乙等产业发展的新格局": after a development verb the items are the industries.
        !(
          /(发展|培育|壮大|做强|布局)\s*$/u.test(l.cue) &&
          /^发展/u.test(l.head.slice((hm.index ?? 0) + hm[0].length, (hm.index ?? 0) + hm[0].length + 2))
        ) &&
        // "推动/带动甲、乙等产业发展" (the clause ends, or the growth is described): the items are the industries;
        // "土地、资金等产业发展要素" names what growth needs, not industries.
        !/^发展(?:[，,。；;！!]|$|迅速|壮大|提速|提质|加快|加速|良好|态势|势头|的新格局)/u.test(
          l.head.slice((hm.index ?? 0) + hm[0].length),
        )
      )
        continue;
    }
    if (!hm && endsVisibly(END_PI, l.cue) && /一批\s*$/u.test(l.cue)) continue;
    if (domainList(s, l0)) continue;
    if (projectFields(s, first.start)) continue;
    // 构建科技含量高、经济效益好、资源消耗低…的产业体系: qualities the system should have, not industries.
    if (l.items.filter((it) => predicateItem(s.slice(it.start, it.end))).length >= 2) continue;
    let items: ItemSpan[] = [];
    for (let i = 0; i < l.items.length; i++) {
      const x = l.items[i] as ItemSpan;
      items.push(
        i === 0 && inCue && inCueOk
          ? { ...x, start: x.start + inCue[0].length }
          : i === 0 && domainHead && domainItem
            ? { ...x, start: x.start + domainItem[0].length }
            : { ...x },
      );
    }
    if (formula) {
      const first0 = items[0];
      if (first0 && s[first0.start] === "即") first0.start++;
      items = flatParts(items, (it) => {
        const out: ItemSpan[] = [];
        let a0 = it.start;
        for (let k = it.start; k <= it.end; k++)
          if (k === it.end || s[k] === "+" || s[k] === "＋") {
            if (k > a0) out.push({ start: a0, end: k });
            a0 = k + 1;
          }
        return out;
      });
    }
    const lastIt = items[items.length - 1];
    if (runOnEnd > 0 && lastIt) lastIt.end = runOnEnd;
    if (quoteAt >= 0 && lastIt) lastIt.end = quoteAt;
    if (roleAt >= 0 && lastIt) lastIt.end = roleAt;
    if (becomeAdverb > 0 && lastIt) lastIt.end = last.end - becomeAdverb;
    // A stated count larger than the items, or a cue-word list (主导产业为甲、乙和丙): split the last item on 和.
    const lastItem = s.slice(l.items[l.items.length - 1]?.start ?? 0, l.end);
    const parallel = parallelSplit(s, l.items, lastItem) || etcSplit(s, l.items, lastItem, l.end);
    // (Not when the head counts the items as they stand: 甲、乙和丙2个产业集群 names two.)
    const cueSplit =
      ((/^[^和]{2,}和[^和]{2,}$/u.test(lastItem) &&
        (INDUSTRY_CUE.test(l.cue) || headSplit(lastItem, l.items.length))) ||
        parallel) &&
      l.count !== l.items.length;
    // "5个百亿级甲、乙、丙和丁产业集群": a count before the list, its head on the last item, counts the items too.
    const preCount = !!inner && preCounted(s, last.start) === 1;
    if ((l.count && l.count > items.length) || preCount || cueSplit) {
      const li = items[items.length - 1] as { start: number; end: number };
      // A count one more than the items splits the last item on its last 和, else on 及 (甲、乙及丙三大产业).
      const liText = s.slice(li.start, li.end);
      const k = parallel
        ? liText.search(/[和与及](?=[^和与及]*$)/u)
        : liText.includes("和") || !(l.count && l.count === items.length + 1)
          ? liText.lastIndexOf("和")
          : liText.lastIndexOf("及");
      if (k > 0)
        items = [
          ...items.slice(0, -1),
          { start: li.start, end: li.start + k },
          { start: li.start + k + 1, end: li.end },
        ];
    }
    // “六大板块一大支撑”（甲、乙…丙及丁支撑）: the spelled-out label's last item carries its role and may join two.
    if (spelledLabel) {
      const li = items[items.length - 1] as { start: number; end: number };
      const role = /(支撑|主导|支柱|特色)$/u.exec(s.slice(li.start, li.end));
      if (role && li.end - li.start - role[0].length >= 2) li.end -= role[0].length;
      const k = s.slice(li.start, li.end).search(/[和及](?=[^和及]*$)/u);
      if (k >= 2 && li.end - li.start - k - 1 >= 2)
        items = [
          ...items.slice(0, -1),
          { start: li.start, end: li.start + k },
          { start: li.start + k + 1, end: li.end },
        ];
    }
    // "…丁5条某某产业链和戊、己…": two counted lists joined in one clause; the item holding the
    // first list's head splits into the first list's last item and the second list's first.
    items = flatParts(items, (it) => {
      const m = JOINED_HEADS.exec(s.slice(it.start, it.end));
      if (!m || m.index < 2) return [it];
      const e1 = it.start + m.index;
      return [
        { start: it.start, end: e1 },
        { start: e1 + m[0].length, end: it.end },
      ];
    });
    const placeLed = placeLedList(s, items);
    for (const it of items) {
      // "率先发展的领跑产业": a described role, not a named industry (a counted list's items are named).
      // …but "以甲为链主的乙、以丙为链主的丁等产业" names each industry by its lead firm: the item is named.
      if (
        s[it.start - 1] === "的" &&
        !(l.count && l.count >= items.length) &&
        !LED_BY_END.test(s.slice(Math.max(0, it.start - 16), it.start))
      )
        continue;
      let b = it.end;
      const pb = PARK_BRACKET.exec(s.slice(it.start, b)) ?? SUB_BRACKET.exec(s.slice(it.start, b));
      if (pb) b -= pb[0].length;
      const t = s.slice(it.start, b);
      const sm = /(产业集群|产业链|集群|产业)$/u.exec(t);
      // "甲、乙主导产业": the role before the head word is the list's, not the last item's (as in a suffix name).
      const bare = sm ? t.slice(0, t.length - sm[0].length) : "";
      const role = sm ? ROLE_TAIL.exec(bare) : null;
      const roleLen =
        role && bare.length - role[0].length >= 2 && !allGeneric(bare.slice(0, -role[0].length)) ? role[0].length : 0;
      const nameEnd = sm ? b - sm[0].length - roleLen : b;
      const { cut } = clusterName(s.slice(it.start, nameEnd));
      let a = it.start + cut + leadNotName(s.slice(it.start + cut, nameEnd));
      if (placeLed && cut === 0) a += placeLead(s, a, nameEnd);
      // "围绕某州区甲、乙…": a district the document names as a place of its own opens no industry.
      const dm = /^([\p{Script=Han}]{2})区(?=[\p{Script=Han}]{2})/u.exec(s.slice(a, nameEnd));
      if (
        dm &&
        placeWritten(s, dm[1] as string) &&
        new RegExp(`${dm[0]}(?![\\p{Script=Han}]{0,8}(?:园|开发区|产业))`, "u").test(s.slice(0, a))
      )
        a += 3;
      // "也有甲、乙等…": the verb of existence the list scan kept is not part of the first name (有色 is).
      const has = it === items[0] ? /^(也有|还有|又有|以及|包括|有(?![色机线]))/u.exec(s.slice(a, nameEnd)) : null;
      if (has && nameEnd - a - has[0].length >= 2) a += has[0].length;
      // “3”即甲、乙: 即 after a quoted label introduces the items.
      if (s[a] === "即" && /[”"]/u.test(s[a - 1] ?? "") && nameEnd - a >= 3) a++;
      const led = LED_BY.exec(s.slice(a, nameEnd));
      if (led && nameEnd - a - led[0].length >= 2) a += led[0].length;
      const simpName = s.slice(a, nameEnd).replace(/\s+/gu, "");
      const keepYe = /(服务业|制造业|修造业)$/u.test(simpName);
      const yeOk = keepYe && !/^(先进)?(制造|服务)业$/u.test(simpName) && l.items.length >= 3;
      if (!yeOk && !validIndustry(simpName.replace(/等/u, "x"), false)) continue;
      // An item that is a clause (市、县确定的…): no sector word and a verb last, in a list no cue types.
      if (!yeOk && !cued && !l.count && endsInVerb(simpName)) continue;
      if (/(推动|发展|培育|关于|提升|加快|建设|实施|推进|构建|打造)/u.test(simpName)) continue;
      // What a cluster is like (特色鲜明、竞争力强的产业集群) is no industry.
      if (/(鲜明|突出|完善|显著|明显|齐全|雄厚|领先|广阔|强劲|强大)$/u.test(simpName)) continue;
      if (keepYe && /^(先进制造业|制造业|服务业)$/u.test(simpName)) continue;
      if (!sm) b = nameEnd;
      out.push({
        type: "cluster",
        start: a,
        end: b,
        name: orig(ctx, a, nameEnd).replace(/\s+/gu, ""),
        rule: "cluster:list",
        confidence: 0.8,
        fromList: true,
      });
    }
  }
  return out;
}
