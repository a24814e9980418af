// Industries named after a role cue without an enumeration comma: "主导产业包括甲和乙",
// "重点产业有甲", "主导产业为“甲”和“乙”". Lists with 、 are clusters.ts's (clusterListCandidates);
// its ROLE_SINGLE takes 为/是 with unquoted items. Two items split on 和 only (甲及乙 / 甲与乙
// stay one name, as the annotation guide writes 医疗器械及医药). Registry: rules/entities.ts (cluster:role).

import { matchesAt } from "./anchored.ts";
import { validIndustry } from "./clusters-names.ts";
import { type Cand, type Ctx, orig, spanCand } from "./context.ts";
import { industryHead } from "./industry-heads.ts";
import { triggerFamily, triggerStarts } from "./trigger-index.ts";

/** A role cue and the clause it opens (up to the next comma, full stop or semicolon). */
const ROLE_CUE =
  /(?:主导|支柱|首位|重点|特色|优势|战略性新兴|未来)产业(?:主要)?(?:包括|(?:有|包括)[两二三四五六七八九十]+[项个类大]?(?:产业)?[，,]?分别(?:为|是)|(涵盖|有(?![机效所]))|为(?!主)|是(?![指我全])|(?=[：:]))[：:]?(?:但不限于)?([^，。；、,;\n]{2,30})(?=[，。；,;\n]|$)/uy;
const ROLE_CUE_AT = triggerFamily(["主导", "支柱", "首位", "重点", "特色", "优势", "战略", "未来"]);

/** After the last item: 等, a count head or the suffix (甲和乙等产业, 甲和乙两大产业). */
const TAIL = /(?:等等|等)?(?:[两二三四五六七八九十]大)?(?:主导)?(?:产业|行业)?$/u;

/** Whether an item reads as one industry (with a head word after a loose cue); not a firm, a place or a count. */
function industryItem(t: string, loose: boolean): boolean {
  if (t.length < 2 || t.length > 10 || !validIndustry(t, false)) return false;
  if (loose && !industryHead(t)) return false;
  // "主导产业有两项，分别为…": a count, not an industry.
  return !/(企业|公司|集团|龙头|项目|园|区)$/u.test(t) && !/^[\d一二三四五六七八九十两几多]+[项个大类条种]/u.test(t);
}

/**
 * Where two names run together (食品制造装备制造, a profile field without its separator) split:
 * a name does not repeat its head word. Else -1.
 */
function repeatedHead(t: string): number {
  const h = industryHead(t);
  if (!h || h.length < 2 || !t.endsWith(h)) return -1;
  const r = t.indexOf(h) + h.length;
  return r >= 3 && r <= t.length - h.length - 2 && industryHead(t.slice(r)) === h ? r : -1;
}

export function roleCueClusters(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const m of matchesAt(s, ROLE_CUE, triggerStarts(s, ROLE_CUE_AT))) {
    const body = m[2] as string;
    // 有/涵盖 also open predicates (有较大发展): their items must end in an industry's head word.
    const loose = !!m[1];
    const at0 = (m.index as number) + m[0].length - body.length;
    const tail = TAIL.exec(body);
    const core = body.slice(0, body.length - (tail?.[0].length ?? 0));
    const parts = core.split("和");
    if (parts.length > 2 || /[\d%（(]/u.test(core)) continue;
    let k = at0;
    const found: Cand[] = [];
    let ok = 0;
    for (const p of parts) {
      const q = /^[“"]?([^“”"]+)[”"]?$/u.exec(p);
      const inner = q?.[1] ?? "";
      const a = k + p.indexOf(inner);
      k += p.length + 1;
      const r = repeatedHead(inner);
      const pieces = r > 0 ? [inner.slice(0, r), inner.slice(r)] : [inner];
      if (!pieces.every((x) => industryItem(x, loose))) break;
      let b = a;
      for (const x of pieces) {
        found.push(spanCand(ctx, "cluster", b, b + x.length, "cluster:role", 0.7));
        b += x.length;
      }
      ok++;
    }
    if (ok === parts.length) out.push(...found);
  }
  return out;
}

/** "甲产业和乙产业": the second of two industries each written with its own suffix. */
const SECOND_SUFFIXED = /产业(?:和|及|以及|与)([\p{Script=Han}]{2,10}?)产业(?!园|基地|项目|区|链|发展|规模)/uy;
const CHANYE_AT = triggerFamily(["产业"]);

/**
 * The second item of "甲产业和乙产业" (甲's own suffix ends it; the suffix scan reads 甲产业和乙 as one
 * run and drops it). 乙 must end in an industry's head word (not 新兴产业, 主导产业).
 */
export function secondSuffixedClusters(ctx: Ctx): Cand[] {
  const { s } = ctx;
  const out: Cand[] = [];
  for (const m of matchesAt(s, SECOND_SUFFIXED, triggerStarts(s, CHANYE_AT))) {
    const n = m[1] as string;
    const a = (m.index as number) + m[0].length - n.length - 2;
    if (!industryHead(n) || !validIndustry(n, false)) continue;
    // The mention holds the suffix; the name does not (as for a suffix name).
    out.push({
      ...spanCand(ctx, "cluster", a, a + n.length + 2, "cluster:role", 0.7),
      name: orig(ctx, a, a + n.length),
    });
  }
  return out;
}
