// Two typed names joined by 和/及/与 (甲孵化器和乙众创空间) come out of the suffix
// scan as one span, because the scan runs left from the last suffix across the
// conjunction. When the part before the conjunction ends in a park or platform
// suffix of its own, the span is two names: each keeps its own suffix rule.
import type { Cand, Ctx } from "./context.ts";
import { orig } from "./context.ts";
import { typedSuffix } from "./names.ts";

export function splitJoined(ctx: Ctx, named: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of named) {
    if (c.type !== "park" && c.type !== "platform") {
      out.push(c);
      continue;
    }
    const t = ctx.s.slice(c.start, c.end);
    const right = typedSuffix(t);
    let k = -1;
    for (let i = t.length - 3; i >= 3; i--)
      if (/[和及与]/u.test(t[i] as string)) {
        k = i;
        break;
      }
    const left = k > 0 ? typedSuffix(t.slice(0, k)) : null;
    if (
      !right ||
      !left ||
      left.type === "enterprise" ||
      k - left.suffix.length < 2 ||
      t.length - k - 1 - right.suffix.length < 2
    ) {
      out.push(c);
      continue;
    }
    const mid = c.start + k;
    out.push({
      ...c,
      type: left.type,
      start: c.start,
      end: mid,
      name: orig(ctx, c.start, mid),
      rule: `suffix:${left.suffix}`,
    });
    out.push({ ...c, start: mid + 1, name: orig(ctx, mid + 1, c.end) });
  }
  return out;
}
