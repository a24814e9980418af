// Firms named inside the projects of a project list (rule "enterprise:project-list").
// Plans list their key projects as "甲乙新材料智能工厂项目、丙丁散热器生产线扩建
// 项目、…"; the guide types a company named inside a project's name as an
// enterprise. The firm is the project name's opening: the shortest opening
// that ends in a firm word (…科技, …微电子, …新材料; one more pure firm word
// may follow: 某某环保科技), else the opening up to the first common word the
// tagger knows (绿色, 高端, 商业: what the project makes or does), when it holds
// only proper-name tokens or single characters. Projects named by a park or
// platform suffix (某某产业园项目) are left to the suffix rules.
import { tagWindows, type Token } from "./boundary.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { itemOk } from "./enterprises.ts";
import { firmShape } from "./firm-lists.ts";
import type { EnumList } from "./lists.ts";
import { typedSuffix } from "./names.ts";
import { ruleConfidence } from "./registry.ts";

/** A project item: its name, then 项目, maybe a phase or a bracketed phase (二期, （一期）). */
const PROJECT_ITEM = /^(.{3,30}?)(?:[一二三四五六七八九十\d]+期)?(?:扩建|新建|技改|改造|升级改造|建设)?项目(?:[(（][^()（）]{1,6}[)）])?$/u;
/** Firm words that may follow a first firm word inside one name (某某环保科技, 某某新材料股份). */
const PURE_FIRM = /^(科技|股份|集团|控股|实业|电子|智能)$/u;
/** Tags of proper-name tokens (a person, a place, a brand, an organisation). */
const PROPER = /^(nr|nrt|ns|nz|nt)$/u;

/** The firm at the opening of one project name, as [start, end) offsets into the name, or null. */
function firmOpening(name: string, toks: Token[], base: number): number | null {
  // Shortest opening that ends in a firm word at a token boundary, with at most one pure firm word after it.
  // The brand before the firm word holds only proper names and single characters (not 某某矿山|智能).
  for (const t of toks) {
    const end = t.end - base;
    if (end > 10) break;
    const open = name.slice(0, end);
    if (firmShape(open)) {
      const next = toks.find((x) => x.start === t.end);
      return next && PURE_FIRM.test(next.word) ? end + next.word.length : end;
    }
    if (t.word.length >= 2 && !PROPER.test(t.tag)) break;
  }
  // Else the proper-name opening before the first common word (two characters or more, not a proper name).
  let end = 0;
  for (const t of toks) {
    if (t.word.length >= 2 && !PROPER.test(t.tag)) break;
    if (/[\d\sA-Za-z]/u.test(t.word)) return null;
    end = t.end - base;
  }
  return end >= 2 && end <= 6 && end < name.length ? end : null;
}

export function projectFirmCandidates(ctx: Ctx, lists: EnumList[]): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  const items: { start: number; name: string }[] = [];
  for (const l of lists) {
    const parts = l.items.map((it) => {
      const m = PROJECT_ITEM.exec(s.slice(it.start, it.end));
      return m ? { start: it.start, name: m[1] as string } : null;
    });
    // A project list: most items (three or more) are projects.
    const projects = parts.filter((x): x is { start: number; name: string } => x !== null);
    if (projects.length < 3 || projects.length * 3 < parts.length * 2) continue;
    for (const p of projects) if (!typedSuffix(p.name)) items.push(p);
  }
  if (items.length === 0) return out;
  const tokens = tagWindows(
    s,
    items.map((p) => [p.start, p.start + p.name.length] as [number, number]),
  );
  const conf = ruleConfidence("enterprise:project-list");
  items.forEach((p, i) => {
    const end = firmOpening(p.name, tokens[i] as Token[], p.start);
    if (end === null) return;
    const firm = p.name.slice(0, end);
    if (!itemOk(firm) || typedSuffix(firm)) return;
    out.push({
      type: "enterprise",
      start: p.start,
      end: p.start + end,
      name: orig(ctx, p.start, p.start + end),
      rule: "enterprise:project-list",
      confidence: conf,
      fromList: true,
    });
  });
  return out;
}
