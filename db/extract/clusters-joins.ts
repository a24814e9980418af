// Where joined, quoted or counted industry names part (甲和乙等, “甲”“乙”产业, 5个甲、乙和丙) and the role words before a head: shared by the suffix and list readers.

import { CLUSTER_STOPS, clusterName, leadNotName, validIndustry } from "./clusters-names.ts";
import { industryHead, industryPhrase } from "./industry-heads.ts";
import { countValue } from "./lists.ts";
import { scanLeft } from "./text.ts";

/**
 * "甲和乙等支撑产业": the spans of two industries joined by one 和/与/及 right before 等 (and role words)
 * ending at `sufStart`, when each reads as an industry and no 、 list runs on before them.
 */
export function etcPair(s: string, sufStart: number): [number, number][] | null {
  const m = /[和与及]([\p{Script=Han}]{2,10})等(?:支撑|主导|支柱|特色|优势|重点|新兴|关联|配套)*$/u.exec(
    s.slice(Math.max(0, sufStart - 24), sufStart),
  );
  if (!m) return null;
  const conj = sufStart - m[0].length;
  const b0 = conj + 1;
  const b1 = b0 + (m[1] as string).length;
  let a0 = scanLeft(s, conj, { maxLen: 10, stops: CLUSTER_STOPS, conj: false });
  a0 += clusterName(s.slice(a0, conj)).cut;
  a0 += leadNotName(s.slice(a0, conj));
  if (s[a0 - 1] === "、" || conj - a0 < 2) return null;
  const ok = (x: string) => validIndustry(x, false) && (!!industryHead(x) || industryPhrase(x));
  return ok(s.slice(a0, conj)) && ok(s.slice(b0, b1))
    ? [
        [a0, conj],
        [b0, b1],
      ]
    : null;
}

/** The quoted labels that end at `close` (the index after ”), joined by nothing, 、, 和, 与 or 及. */
export function quotedLabels(s: string, close: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let e = close;
  while (/[”"]/u.test(s[e - 1] ?? "")) {
    const open = s.slice(Math.max(0, e - 13), e - 1).search(/[“"][^“”"]*$/u);
    if (open < 0) break;
    const a = Math.max(0, e - 13) + open;
    out.unshift({ start: a + 1, end: e - 1 });
    e = /[、和与及]/u.test(s[a - 1] ?? "") ? a - 1 : a;
  }
  return out;
}

/** A quoted label that may name an industry, not a slogan or a formula (两优两新, 4+3, 海洋强市). */
export function quotedName(x: string): boolean {
  return /^[\p{Script=Han}]{2,10}$/u.test(x) && !/[一二三四五六七八九十两]/u.test(x) && validIndustry(x, false);
}

/** A quote [qa, qb) next to another quote ending in the same suffix (”“ or ”、“ between them). */
export function quotedRun(s: string, qa: number, qb: number, suf: string): boolean {
  const next = /^[、，]?“([^“”]{2,24})”/u.exec(s.slice(qb, qb + 28));
  if (next?.[1]?.endsWith(suf)) return true;
  const prev = /“([^“”]{2,24})”[、，]?$/u.exec(s.slice(Math.max(0, qa - 28), qa));
  return !!prev?.[1]?.endsWith(suf);
}

/**
 * The count written before the list whose last item starts at `a` (5个百亿级甲、乙、丙和丁…), less the
 * items the list shows: 1 when one item more is counted than written, else anything else.
 */
export function preCounted(s: string, a: number): number {
  const from = Math.max(0, a - 80);
  const seg = s.slice(from, a);
  const b = Math.max(seg.lastIndexOf("，"), seg.lastIndexOf("。"), seg.lastIndexOf("；"), seg.lastIndexOf("\n"));
  const run = seg.slice(b + 1);
  const m = /^\s*(?:[\p{Script=Han}]{0,4}?)(\d+|[一两二三四五六七八九十])\s*[个大条]/u.exec(run);
  if (!m) return 0;
  return (countValue(m[1] as string) ?? 0) - run.split("、").length;
}

/** Role words between an industry and its suffix (某某首位产业, 某某主导产业). */
export const ROLE_TAIL = /(?:首位|主导|支柱|龙头|特色优势|优势|特色|传统)+$/u;
