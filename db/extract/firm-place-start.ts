// A registered firm name opens with its province or city (甲省乙丙电力建设有限公司, 中国某某通信有限公司):
// a word inside it that is a verb or stop word elsewhere (建设, 投资, 希望, 联合, 同) ends the left scan
// early, or the tagger's cut (boundary-inner.ts) later. When such a place stands a few characters before
// the cut, right after a clause opening or a stop word, the name starts at the place.
import { PLACE_PREFIX_RE } from "./context.ts";
import { isHan, stopEndingAt } from "./text.ts";

/**
 * What a registered name does not hold after its place: acts that put a firm somewhere or set it up (the
 * place is where, not the name's own), a parent and its unit (旗下, 下属), a firm's role, list words.
 */
const NOT_OWN =
  /[的了在等与和及、]|设立|成立|组建|注册|落户|引进|签约|入驻|合资|独资|收购|并购|携手|位于|地处|依托|旗下|下属|所属|子公司|龙头|企业|行业|[一二三四]是/u;
/** A second place after a district or city (某市某区甲省乙有限公司): an address before the name. */
const SECOND_PLACE = new RegExp(`[区县旗市州省盟](?:${PLACE_PREFIX_RE.source.replace(/\^/gu, "")})`, "u");
/** Conjunctions before a second party (甲公司与乙省…): a name may start after them. */
const JOINS = /[与和及同跟]/u;

function leadingPlace(s: string): string {
  return PLACE_PREFIX_RE.exec(s)?.[0] ?? (s.startsWith("中国") ? "中国" : "");
}

/** Whether the name after its leading place reads as one registered name (no act, unit or second place). */
function ownAfter(rest: string): boolean {
  return !NOT_OWN.test(rest) && !SECOND_PLACE.test(rest) && !opensWithStop(rest);
}

/** A clause verb right after the place (在某省建设甲乙公司, 推动某市打造…): the place is where, the name follows. */
function opensWithStop(rest: string): boolean {
  for (let len = 2; len <= 4; len++) if (stopEndingAt(rest, len) === len) return true;
  return false;
}

export function placeStart(s: string, a: number, sufStart: number): number {
  if (a === 0 || !isHan(s[a - 1]) || sufStart - a < 2) return a;
  for (let p = Math.max(0, a - 8); p < a; p++) {
    if (!isHan(s[p]) || sufStart - p > 18) continue;
    const place = leadingPlace(s.slice(p, p + 6));
    if (!place || !/^[\p{Script=Han}]*$/u.test(s.slice(p, a)) || !ownAfter(s.slice(p + place.length, sufStart)))
      continue;
    // The place opens a clause or follows a stop word or a conjunction (由甲省…, ，甲省…, 与甲省…).
    if (p > 0 && isHan(s[p - 1]) && !JOINS.test(s[p - 1] as string) && stopEndingAt(s, p) === 0) continue;
    return p;
  }
  return a;
}

/** A firm's name led by a province or city (or 中国) and ending in 公司 or 集团: a registered name, kept whole. */
export function placeLed(name: string): boolean {
  if (!/(?:公司|集团)$/u.test(name)) return false;
  const place = leadingPlace(name);
  return !!place && ownAfter(name.slice(place.length));
}
