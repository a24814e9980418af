// Pass 1 and 6d: platforms tied by name (firm name inside, X的Y, 依托X建设的Y, the main field), not by cue.
import { bareName, platformBody, sharedBrand } from "./enterprise-aliases.ts";
import type { RelScope } from "./relations.ts";
import type { Ent, MentionSpan } from "./resolve.ts";

/** cluster_platform by name, after every stated tie (a pair keeps its first rule). */
export function fieldPlatforms(sc: RelScope): void {
  const { s, add, platforms, ents } = sc;
  // A platform named by the field it serves (某某丝网产品质量监督检验中心, 芳烃技术研究院): the longest
  // cluster name the platform's holds, when that cluster is the document's main one.
  const clusterForms = ents
    .filter((e) => e.type === "cluster")
    .map((e) => ({
      e,
      forms: [e.name, ...e.mentions.map((m) => s.slice(m.start, m.end))].filter((f) => f.length >= 2),
    }));
  // …only the document's main field (its most-mentioned cluster, well ahead of the next): in a plan naming
  // many industries a platform's field word is a description, not a stated service.
  const byCount = clusterForms.map((c) => c.e).sort((a, b) => b.mentions.length - a.mentions.length);
  const main = byCount[0];
  const ahead = !!main && (byCount.length === 1 || main.mentions.length >= 2 * (byCount[1]?.mentions.length ?? 0));
  if (!ahead) return;
  const firmForms = sc.enterprises.flatMap((e) =>
    [e.rkey.slice("enterprise:".length), ...e.mentions.map((m) => s.slice(m.start, m.end))].filter(
      (f) => f.length >= 2,
    ),
  );
  for (const p of platforms) {
    const pm = p.mentions[0] as MentionSpan;
    const pn = s.slice(pm.start, pm.end);
    let best: { e: Ent; len: number } | null = null;
    for (const { e, forms } of clusterForms)
      for (const f of forms) if (pn.includes(f) && f.length > (best?.len ?? 0)) best = { e, len: f.length };
    if (!best || best.e !== main) continue;
    // A firm's own centre (甲公司新材料研发中心) names the firm's work, not an industry it serves.
    if (firmForms.some((f) => pn.includes(f))) continue;
    add("cluster_platform", best.e, p, pm.start, pm.end, "containment:cluster", 0.55);
  }
}

/** 1. enterprise → platform by name containment, X的Y, 依托X建设的Y. */
export function containmentPlatforms(sc: RelScope): void {
  const { s, add, hits, inSpan, platforms, enterprises } = sc;
  const entForms = enterprises.map((e) => ({
    e,
    bare: bareName(e.name),
    forms: [...new Set([e.rkey.slice("enterprise:".length), ...e.mentions.map((m) => s.slice(m.start, m.end))])].filter(
      (f) => f.length >= 2,
    ),
  }));
  for (const p of platforms) {
    const pm = p.mentions[0] as MentionSpan;
    // A platform of a coordinated firm list is named by its own firm, not by the span the list shares.
    const pn = /、/u.test(s.slice(pm.start, pm.end)) ? p.name : s.slice(pm.start, pm.end);
    let named = false;
    for (const { e, forms } of entForms) {
      if (!forms.some((f) => pn.includes(f))) continue;
      add("enterprise_platform", e, p, pm.start, pm.end, "containment", 0.85);
      named = true;
    }
    // No firm named in full: the one firm whose brand the platform's name opens with (a tie is a group and its member).
    const body = named ? "" : platformBody(pn);
    const brands = named ? [] : entForms.map(({ e, bare }) => ({ e, n: sharedBrand(bare, body).length }));
    const top = Math.max(0, ...brands.map((b) => b.n));
    const owners = brands.filter((b) => b.n === top);
    if (top >= 2 && owners.length === 1 && owners[0])
      add("enterprise_platform", owners[0].e, p, pm.start, pm.end, "containment:short", 0.75);
    // X的Y, X的“Y”, X“Y” (a host unit right before its quoted platform).
    // …and a firm whose short-form bracket ends right before the platform (甲股份有限公司(以下简称甲)乙研究院).
    for (const m of p.mentions) {
      const quoted = /[“"「]$/u.test(s.slice(Math.max(0, m.start - 1), m.start));
      let at = m.start - (quoted ? 1 : 0);
      const de = s[at - 1] === "的";
      if (de) at--;
      const alias =
        !de && !quoted ? /[(（](?:以下)?简称[^()（）]{1,12}[)）]$/u.exec(s.slice(Math.max(0, at - 16), at)) : null;
      if (alias) at -= alias[0].length;
      if (!de && !quoted && !alias) continue;
      const e = hits.find((h) => h.ent.type === "enterprise" && h.m.end === at);
      if (e) add("enterprise_platform", e.ent, p, e.m.start, m.end, "possessive", 0.8);
    }
  }
  // 依托X建设的Y / 依托X组建Y: the platform is built on the firm.
  for (const p of platforms)
    for (const pm of p.mentions) {
      const lead = s.slice(Math.max(0, pm.start - 40), pm.start);
      const m = /依托([^，。；、]{2,30}?)(?:建设|组建|设立|建立|共建|成立)(?:了)?(?:的)?(?:国家级|省级|市级)?$/u.exec(
        lead,
      );
      if (!m) continue;
      const from = pm.start - lead.length + (m.index as number) + 2;
      const firm = inSpan(from, from + (m[1] as string).length, "enterprise")[0];
      if (firm) add("enterprise_platform", firm.ent, p, from - 2, pm.end, "cue:依托建设", 0.75);
    }
}
