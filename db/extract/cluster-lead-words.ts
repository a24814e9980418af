// A cluster named with a clause word before an industry the document also names on its
// own (预计甲乙新材料产业 beside 甲乙新材料产业; 迎来了一位某某产业链上的…): the scan ran
// into the clause, and the other mention says where the industry's name starts. Only a
// verb, an adverb or a count may be cut (先进/现代/新 stay: 先进某某 is its own industry).
import { ACTIVITY_VERBS, TRADE_VERBS } from "./boundary-inner-words.ts";
import type { Cand, Ctx } from "./context.ts";
import { industryHead, industryPhrase } from "./industry-heads.ts";
import { tag } from "./tagger.ts";

const CLAUSE_TAG = /^(v|vn|vd|d|m)$/u;

/** Moves such clusters' starts past the clause word; returns how many it changed. */
export function clusterLeadWords(ctx: Ctx, cands: Cand[]): number {
  const clusters = cands.filter((c) => c.type === "cluster" && c.confidence > 0);
  const names = new Set(clusters.map((c) => c.name).filter((n) => n.length >= 2));
  let changed = 0;
  for (const c of clusters) {
    if (c.name.length < 4 || !ctx.text.startsWith(c.name, c.start)) continue;
    for (let k = 2; k <= 4 && c.name.length - k >= 2; k++) {
      const rest = c.name.slice(k);
      if (!names.has(rest)) continue;
      const lead = c.name.slice(0, k);
      const first = tag(lead, false)[0];
      if (!first || !CLAUSE_TAG.test(first.tag) || first.word.length < 2) break;
      // (A quality of change, 现代化/国际化, describes the industry: 现代化某某 is the document's name for it.)
      if (ACTIVITY_VERBS.has(first.word) || TRADE_VERBS.has(first.word) || first.word.endsWith("化")) break;
      if (industryHead(lead) || industryPhrase(lead)) break;
      c.start += k;
      c.name = rest;
      c.boundary = "boundary:inner";
      changed++;
      break;
    }
  }
  return changed;
}
