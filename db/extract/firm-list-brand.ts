// Firms listed by brand + firm word with no company suffix (我市甲乙股份、丙丁电子入选;
// 其中甲乙氢能、丙丁新材分别与…签约): news of signings and awards lists firms this way. A
// list counts when every item opens with a coined brand (a token the tagger does not know,
// as for the clause subjects of firm-subject.ts) and most items end in a firm word; an
// industry list (新能源、新材料) or a list of places opens with known words and never fits.
import { type Cand, type Ctx, orig } from "./context.ts";
import { itemOk } from "./enterprises-items.ts";
import { coinedBrand, hasFullName, isFirmWord } from "./firm-subject.ts";
import type { EnumList } from "./lists.ts";
import { typedSuffix } from "./names.ts";
import { ruleConfidence } from "./registry.ts";
import { tag } from "./tagger.ts";

const RULE = "enterprise:list-brand";

/** A coined brand of 2–4 characters. */
const coined = (brand: string): boolean => brand.length >= 2 && brand.length <= 4 && coinedBrand(brand);

/** Where a coined brand + firm word ends inside name (甲乙化工 in 甲乙化工年产值), else name's length. */
function firmWordEnd(name: string): number {
  for (let k = 2; k <= 4; k++)
    for (let e = Math.min(name.length - 1, k + 4); e >= k + 2; e--)
      if (isFirmWord(name.slice(k, e)) && coined(name.slice(0, k))) return e;
  return name.length;
}

/** The item could be a brand + firm word by its form alone (what shape 2 tests before tagging). */
function firmTail(name: string): boolean {
  if (name.length < 4 || name.length > 8) return false;
  for (let k = 2; k <= 4 && name.length - k >= 2; k++) if (isFirmWord(name.slice(k))) return true;
  return false;
}

/** 0 when the item is no brand name, 1 for a coined brand + other words, 2 for a coined brand + a firm word. */
function shape(name: string): number {
  if (name.length < 4 || name.length > 8 || !/^[\p{Script=Han}]+$/u.test(name)) return 0;
  for (let k = 2; k <= 4 && name.length - k >= 2; k++)
    if (isFirmWord(name.slice(k)) && coined(name.slice(0, k))) return 2;
  const first = tag(name, true)[0];
  return first && first.word.length >= 2 && first.word.length <= 4 && coined(first.word) ? 1 : 0;
}

export function firmListBrandCandidates(ctx: Ctx, lists: EnumList[]): Cand[] {
  const out: Cand[] = [];
  const conf = ruleConfidence(RULE);
  for (const l of lists) {
    // Every item must be 4–8 characters (shape's first test): decided on the spans, before any slice.
    if (l.items.length < 2 || l.items.some((it) => it.end - it.start < 4 || it.end - it.start > 8)) continue;
    // (Pushed and counted in one loop: mapped and filtered arrays changed shape once this was optimised.)
    const names: string[] = [];
    let tails = 0;
    for (const it of l.items) {
      const n = ctx.s.slice(it.start, it.end);
      names.push(n);
      if (firmTail(n)) tails++;
    }
    // Before any tagging: most items must end in a firm word after a 2–4 character head (shape 2 needs it).
    if (tails * 2 < names.length) continue;
    const shapes: number[] = [];
    for (const n of names) {
      const k = shape(n);
      if (k === 0) break;
      shapes.push(k);
    }
    if (shapes.length < names.length) continue;
    if (shapes.filter((k) => k === 2).length * 2 < shapes.length) continue;
    l.items.forEach((it, k) => {
      // The last item may run on into the predicate (星澜化工年产值…): it ends at a firm word when it holds one.
      const whole = names[k] as string;
      const end = k === l.items.length - 1 && shapes[k] === 1 ? it.start + firmWordEnd(whole) : it.end;
      const name = ctx.s.slice(it.start, end);
      if (!itemOk(name) || typedSuffix(name) || hasFullName(ctx.s, name)) return;
      out.push({
        type: "enterprise",
        start: it.start,
        end,
        name: orig(ctx, it.start, end),
        rule: RULE,
        confidence: conf,
        fromList: true,
      });
    });
  }
  return out;
}
