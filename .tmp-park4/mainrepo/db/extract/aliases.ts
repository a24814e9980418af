// Abbreviations the text declares: X(以下简称Y) / X（简称Y） make Y a mention of X.
import { type Cand, type Ctx, orig } from "./context.ts";

export function aliasCandidates(ctx: Ctx, named: Cand[]): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const c of named) {
    const m = /^[(（](?:以下)?简称[“"]?([^)）”"，,]{2,10})[”"]?[)）]/u.exec(s.slice(c.end, c.end + 20));
    if (!m) continue;
    const short = m[1] as string;
    let i = s.indexOf(short, c.end);
    while (i >= 0) {
      out.push({
        type: c.type,
        start: i,
        end: i + short.length,
        name: c.name,
        rule: "alias:declared",
        confidence: 0.8,
        level: c.level ?? null,
      });
      i = s.indexOf(short, i + short.length);
    }
    void orig;
  }
  return out;
}
