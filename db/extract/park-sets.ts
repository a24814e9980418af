// Parks named by a sentence's structure. A plan's counted set of parks defined item by item: “三园”即甲产业园、乙产业园与丙园;
// “一城”即某某城. Each item is a park of the plan even when its name alone looks
// generic (科技创新园): the definition names it as one of the counted places. The
// count must agree with the items found, so a heading (“四区”：) or a slogan is no set.

import { matchesAt } from "./anchored.ts";
import { type Cand, type Ctx, orig } from "./context.ts";
import { ruleConfidence } from "./registry.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

const NUM: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** “三园”即 / “一城”是指 / “两区”为: the counted set, its kind character and the defining word. */
const SET_HEAD = /[“"]([一两二三四五六七八九十])(园|城|区|港|谷|镇)[”"]\s*(?:即|是指|指|是|为)\s*/uy;
const SET_HEAD_AT = triggerFamily(["“", '"']);

export function countedParkSets(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const m of s.includes("即") || s.includes("指") ? matchesAt(s, SET_HEAD, triggerStarts(s, SET_HEAD_AT)) : []) {
    const n = NUM[m[1] as string] as number;
    const kind = m[2] as string;
    const from = (m.index as number) + m[0].length;
    const stop = s.slice(from, from + 160).search(/[。；;\n，,（(]/u);
    if (stop <= 0) continue;
    const body = s.slice(from, from + stop);
    // Items split at 、, and at 与/和/及 right after the kind character (…产业园与丙园): a 与 inside a name stays.
    const items: { a: number; b: number }[] = [];
    let a = 0;
    for (let k = 0; k <= body.length; k++) {
      const at = body[k];
      const cut = k === body.length || at === "、" || (/[与和及]/u.test(at as string) && body[k - 1] === kind);
      if (!cut) continue;
      items.push({ a, b: k });
      a = k + 1;
    }
    if (items.length !== n) continue;
    const names = items.map((it) => body.slice(it.a, it.b));
    if (!names.every((x) => x.length >= 3 && x.length <= 20 && x.endsWith(kind) && /^[\p{Script=Han}]+$/u.test(x)))
      continue;
    for (const it of items) {
      const start = from + it.a;
      const end = from + it.b;
      out.push({
        type: "park",
        start,
        end,
        name: orig(ctx, start, end),
        rule: "park:counted-set",
        confidence: ruleConfidence("park:counted-set"),
      });
    }
  }
  return out;
}

/** “…主题园区——某某谷为核心”: a name set off by a dash after a park category word is that park. */
const APPOSITION =
  /(?:园区|产业园|开发区|示范区|集聚区|基地)\s*(?:——|—|－－)\s*([\p{Script=Han}]{2,10}?)(?=为核心|为依托|为载体|为主体|为龙头|[，,。；、])/uy;
const APPOSITION_AT = triggerFamily(["园区", "产业", "开发", "示范", "集聚", "基地"]);

export function appositionParks(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const m of s.includes("—") ? matchesAt(s, APPOSITION, triggerStarts(s, APPOSITION_AT)) : []) {
    const name = m[1] as string;
    const start = (m.index as number) + m[0].length - name.length;
    out.push({
      type: "park",
      start,
      end: start + name.length,
      name: orig(ctx, start, start + name.length),
      rule: "park:apposition",
      confidence: ruleConfidence("park:apposition"),
    });
  }
  return out;
}
