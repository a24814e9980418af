// One named project standing for a group: "以及甲乙混合二甲苯分离等14个重点项目全面投产",
// "，甲乙汽车内饰件等70个项目完成竣工", "——甲乙8K等重大产业项目". Reports name the
// flagship of a batch and count the rest; without a 、 there is no list for
// project-firms.ts to read. The project opens its clause (a mark, 以及/及, or an
// action word emitFirm strips) and is followed by 等 + a count or a kind + 项目;
// the firm is read as in key-project lines (project-firms.ts emitFirm with a
// product required: the rest must say what is made, or the brand recur).
import type { Cand, Ctx } from "./context.ts";
import { emitFirm } from "./project-firms.ts";

export const PROJECT_SINGLE_RULE = "enterprise:project-single";

/** What opens the project's clause: a mark or a joining word (以及, 及). */
const OPENER = /(?:^|[，。；：:\n—“”"]|以及|及)$/u;
/** 等 + a count or a kind, then 项目 within ten characters (等14个“化尾”重点项目, 等多个百亿级项目, 等一批项目). */
const HEAD =
  /^等\s*(?:(?:\d+|[一二两三四五六七八九十百几多]+)\s*[余多]?\s*[个批项]|一批|多个|其他)?[^，。；、：\n]{0,10}?项目/u;

export function projectSingleCandidates(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (let q = s.indexOf("等"); q >= 0; q = s.indexOf("等", q + 1)) {
    if (!HEAD.test(s.slice(q, q + 24))) continue;
    // Back to the clause's opening, over name characters only (no 、: a list is project-firms.ts's).
    let a = q;
    while (a > 0 && q - a < 20 && !/[，。；：:\n—“”"、（）()]/u.test(s[a - 1] as string)) a--;
    if (s[a - 1] === "、") continue;
    let from = a;
    // A joining word inside the run (…项目以及甲乙…): the project starts after the last one.
    const join = /.*(?:以及|及)/u.exec(s.slice(a, q));
    if (join && q - a - join[0].length >= 3) from = a + join[0].length;
    else if (!OPENER.test(s.slice(Math.max(0, a - 2), a))) continue;
    const raw = s.slice(from, q);
    if (raw.length < 3 || /项目|[的了在是为]/u.test(raw)) continue;
    emitFirm(ctx, from, raw, PROJECT_SINGLE_RULE, true, out);
  }
  return out;
}
