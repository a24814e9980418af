// matchNearCue (text.ts) must give exactly what matchAll gives for a pattern whose cue stands
// within `span` characters of each match's start: a missed or extra match changes extraction.
import { describe, expect, it } from "vitest";
import { matchNearCue } from "../../../../db/extract/text.ts";
import { triggerFamily } from "../../../../db/extract/trigger-index.ts";

const RE = /(?<=^|[，。；、\n])([\p{Script=Han}]{2,8}?)(?:产业)?(?:链主|龙头)型?企业/gu;
/** Where the cues can start (trigger-index.ts). */
const LEAD_AT = triggerFamily(["链主", "龙头"]);
const LONG_AT = triggerFamily(["龙头"]);
const texts = [
  "",
  "没有提示词的一段话。",
  "甲乙链主企业丙丁，戊己产业龙头型企业庚辛。",
  "链主企业甲乙，龙头企业。青松新材料龙头企业、白鹭电子链主型企业",
  // A cue inside the run before the real cue, matches back to back, a cue too far from any delimiter.
  "龙头甲乙龙头企业，丙丁链主企业戊己链主企业。一二三四五六七八九十甲乙丙丁戊己龙头企业",
  "\n甲乙龙头企业\n丙丁龙头企业",
];

describe("matchNearCue", () => {
  it.each(texts)("equals matchAll on %j", (t) => {
    const want = [...t.matchAll(RE)].map((m) => [m.index, m[0], m[1]]);
    const got = [...matchNearCue(t, RE, /链主|龙头/u, LEAD_AT, 10)].map((m) => [m.index, m[0], m[1]]);
    expect(got).toEqual(want);
  });

  it("never returns overlapping matches, as matchAll does not", () => {
    const re = /[甲乙丙]{1,4}龙头/gu;
    const t = "甲乙龙头丙龙头甲龙头乙丙甲乙龙头";
    const want = [...t.matchAll(re)].map((m) => [m.index, m[0]]);
    expect([...matchNearCue(t, re, /龙头/u, LONG_AT, 4)].map((m) => [m.index, m[0]])).toEqual(want);
  });

  it("misses what lies further before its cue than the span it is told", () => {
    const t = "，甲乙丙丁戊己庚辛龙头企业";
    expect([...t.matchAll(RE)]).toHaveLength(1);
    expect([...matchNearCue(t, RE, /龙头/u, LONG_AT, 2)]).toHaveLength(0);
  });
});
