// A project named after its investment: "总投资150亿元甲乙磷酸铁锂项目已经签约", "总投资30亿元的甲乙项目".
// Reports give a single project its sum before its name, with no list or count for project-firms.ts
// or project-single.ts to read; the name opens with the firm that invests (read as in key-project
// lines: emitFirm with a product required, so the rest must say what is made or the brand recur).
import type { Cand, Ctx } from "./context.ts";
import { emitFirm } from "./project-firms.ts";

export const PROJECT_INVESTED_RULE = "enterprise:project-invested";

/** The sum (投资约5.7亿美元的), then the project's name up to its 项目, within one clause. */
const SUM_NAME =
  /投资(?:额)?(?:约|超过?|近|达|逾)?\s*[\d.]+\s*(?:万|亿|万亿)(?:美|欧|港)?元(?:人民币)?的?([^，,。；;、：:\n（）()“”"]{3,20}?)项目/uy;

export function projectInvestedCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (let q = s.indexOf("投资"); q >= 0; q = s.indexOf("投资", q + 2)) {
    SUM_NAME.lastIndex = q;
    const m = SUM_NAME.exec(s);
    if (!m) continue;
    const raw = m[1] as string;
    // (A phrase, not a name: 的, a verb or a conjunction inside, or a count of projects.)
    if (/[的了在是为和与及等个]/u.test(raw) || !/^[\p{Script=Han}]/u.test(raw)) continue;
    const from = (m.index as number) + m[0].length - raw.length - 2;
    emitFirm(ctx, from, raw, PROJECT_INVESTED_RULE, true, out);
  }
  return out;
}
