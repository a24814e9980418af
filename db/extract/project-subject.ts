// A project as the subject of its clause: 。甲乙新能源电车项目于2023年实现量产;
// ，甲乙食品项目通过并联审批; 甲乙二期工程3栋厂房同步施工. Zone reports and
// investment news walk through their projects one clause each, with no action
// word before the name (project-clause.ts needs one). The clause must open with
// the project and the project must be followed by what happens to it (not a
// list mark or a noun like 项目库); the firm is the brand read as in project
// lists (project-firms.ts projectFirm: tagger brand and firm word, else the
// product tail of project-tail.ts); brand + one trade word (甲乙食品) stays whole.
import { type Cand, type Ctx, orig } from "./context.ts";
import { itemOk } from "./enterprises-items.ts";
import { firmShape } from "./firm-lists.ts";
import { hasFullName } from "./firm-subject.ts";
import { typedSuffix } from "./names.ts";
import { readFirm as readClauseFirm } from "./project-clause.ts";
import { productRest, projectFirm } from "./project-firms-brand.ts";
import { capacityFirm, LEAD_VERB, tailFirm } from "./project-tail.ts";
import { ruleConfidence } from "./registry.ts";
import { tag } from "./tagger.ts";
import { writtenWith } from "./text.ts";

export const PROJECT_SUBJECT_RULE = "enterprise:project-subject";

/** Where a clause opens. */
const OPEN = /[，。；：\n]/u;
/** The end of an investment phrase before a project's name (…亿元的, …万元的). */
const INVESTED_OF = /[\d.][万亿](?:美|欧|港)?元的$/u;
/** Where a project stands before its name (位于某某工业园区的甲乙…项目): an opening like an investment. */
const LOCATED_OF = /位于[^，。；：]{2,26}?(?:园区?|区|城|镇|港|谷|基地)的$/u;
/** After 项目/工程: a list, a coordination or a noun that makes 项目 a modifier (项目库, 项目建设用地). */
const NOT_PREDICATE = /^(?:[、和与及等的）)”"]|库|部|组|办|单位|资金|用地|清单|名单|储备|招商|审批权|$)/u;
/** Counts, kinds and generic openings: no one named project. */
const GENERIC =
  /[A-Za-z等个项批类的了在对是把被将要和与及该]|^[一二两三四五六七八九十]+大|^(?:使|让|令|其中|此外|目前|同时|另外|重点|重大|在建|新建|续建|拟建|已建|签约|招商|入园|入驻|落户|落地|引进|新签|开工|竣工|投产|谋划|储备|备案|产业|工业|技改|基础|民生|城建|市政|政府|省级|市级|县级|盟级|区级|旗级|国家|全[市县区省]|本[市县区]|该|这|各|多|每|首|其|除|新上|园内|区内|境内)/u;

export function projectSubjectCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const word of ["项目", "工程"]) {
    for (let q = s.indexOf(word); q >= 0; q = s.indexOf(word, q + 2)) {
      if (NOT_PREDICATE.test(s.slice(q + 2, q + 4))) continue;
      // 工程 only after a phase (甲乙二期工程): alone it is a works, not a firm's project.
      let end = q;
      const phase = /[（(]?[一二三四五六七八九十\d]+期[)）]?$/u.exec(s.slice(Math.max(0, q - 5), q));
      if (phase) end = q - phase[0].length;
      else if (word === "工程") continue;
      // The clause opens at a mark, or after an investment (投资10亿元的甲乙…项目).
      let from = end;
      while (
        from > 0 &&
        end - from <= 16 &&
        !OPEN.test(s[from - 1] as string) &&
        !INVESTED_OF.test(s.slice(Math.max(0, from - 5), from)) &&
        !(s[from - 1] === "的" && LOCATED_OF.test(s.slice(Math.max(0, from - 32), from)))
      )
        from--;
      // …or after a 的 when the name is a brand with a capacity (建成投产的甲乙100万吨乙烯项目).
      let capacity: string | null = null;
      const located = s[from - 1] === "的" && LOCATED_OF.test(s.slice(Math.max(0, from - 32), from));
      if (
        from > 0 &&
        !located &&
        !OPEN.test(s[from - 1] as string) &&
        !INVESTED_OF.test(s.slice(Math.max(0, from - 5), from))
      ) {
        const of = s.lastIndexOf("的", end);
        if (of < 0 || end - of > 20) continue;
        capacity = capacityFirm(s.slice(of + 1, end), s);
        if (!capacity) continue;
        from = of + 1;
      }
      const span = s.slice(from, end);
      // An opened clause whose name holds a capacity (，甲乙30万吨废铜拆解项目…; 投资12亿元的甲乙300万套车桥项目):
      // the brand is the run before the capacity.
      if (!capacity && /\d/u.test(span) && span.length <= 24) capacity = capacityFirm(span, s);
      // Han only, but a capacity may follow the brand (甲乙年产6万辆整车).
      if (
        !capacity &&
        (span.length < 2 || span.length > 20 || !/^[\p{Script=Han}]{2,}(?:年产[\d.\p{Script=Han}]+)?$/u.test(span))
      )
        continue;
      if (GENERIC.test(capacity ?? span) || LEAD_VERB.test(span)) continue;
      // After an investment the name is read as project-clause.ts reads one (brand without its industry word).
      const invested = located || INVESTED_OF.test(s.slice(Math.max(0, from - 5), from));
      const firm = capacity ?? (invested ? readClauseFirm(ctx, span) : readFirm(ctx, span));
      if (!firm || !itemOk(firm) || typedSuffix(firm) || hasFullName(s, firm) || LEAD_VERB.test(firm)) continue;
      // A county or district and what follows it (某某区树牢…, 某某县某某沟): a place's clause or a site, no firm.
      if (/^[\p{Script=Han}]{2,3}[区县旗][\p{Script=Han}]{2,}$/u.test(firm)) continue;
      out.push({
        type: "enterprise",
        start: from,
        end: from + firm.length,
        name: orig(ctx, from, from + firm.length),
        rule: PROJECT_SUBJECT_RULE,
        confidence: ruleConfidence(PROJECT_SUBJECT_RULE),
        fromList: true,
      });
    }
  }
  return out;
}

/** The firm at the start of a project's name, or null. */
function readFirm(ctx: Ctx, name: string): string | null {
  // The place a project is built in may follow the brand (甲乙某县项目): it is not the firm's.
  const toks = tag(name, true);
  const last = toks[toks.length - 1]?.word ?? "";
  if (toks.length >= 2 && last.length >= 2 && name.length - last.length >= 2 && writtenWith(ctx.s, last, "县市区镇"))
    return readFirm(ctx, name.slice(0, -last.length));
  const f = projectFirm(name);
  if (f) {
    // Brand + firm word (甲乙科技…), or the brand alone (甲乙二期).
    if (f.firmWord || f.whole) return f.firm;
    // Brand + one trade word (甲乙食品) is the firm as written.
    const rest = tag(name.slice(f.firm.length), true);
    if (rest.length === 1 && name.length <= 6 && firmShape(name)) return name;
    if (productRest(name, f.firm)) return f.firm;
  }
  return tailFirm(name, ctx.s, true);
}
