// A comparison as a section of the briefing pack: counts, then per entity type the names only
// in A, only in B and in both, then the changes with the sentences stating them.
import type { DB } from "../store/open.ts";
import { ENTITY_TYPES, type EntityType } from "../types.ts";
import { compare } from "./diff.ts";
import type { Selector } from "./select.ts";

const WORDS = {
  "zh-CN": {
    title: "对比",
    onlyA: "仅 A",
    onlyB: "仅 B",
    both: "两者皆有",
    changed: "变化",
    type: "类型",
    counts: (e: number, r: number) => `${e} 个实体，${r} 条关系`,
    types: { cluster: "产业集群", park: "园区", platform: "平台", enterprise: "企业", department: "部门" },
    status: { planned: "规划", existing: "已有" },
    renamed: "改名",
    merged: "合并",
  },
  en: {
    title: "Comparison",
    onlyA: "Only A",
    onlyB: "Only B",
    both: "In both",
    changed: "Changes",
    type: "Type",
    counts: (e: number, r: number) => `${e} entities, ${r} relations`,
    types: {
      cluster: "Clusters",
      park: "Parks",
      platform: "Platforms",
      enterprise: "Enterprises",
      department: "Departments",
    },
    status: { planned: "planned", existing: "existing" },
    renamed: "renamed",
    merged: "merged",
  },
} as const;

const esc = (v: unknown) =>
  String(v).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The section's HTML; an empty string when a selector no longer resolves (documents removed). */
export function comparisonSection(db: DB, sel: { a: Selector; b: Selector }, locale: "zh-CN" | "en" = "zh-CN"): string {
  let c: ReturnType<typeof compare>;
  try {
    c = compare(db, sel.a, sel.b);
  } catch {
    return "";
  }
  const w = WORDS[locale];
  const names = (list: { name: string }[]) => esc(list.map((e) => e.name).join("、")) || "—";
  const rows = ENTITY_TYPES.filter((t: EntityType) =>
    (["only_a", "only_b", "both"] as const).some((s) => c[s].entities[t].length > 0),
  ).map(
    (t) =>
      `<tr><td class="type">${esc(w.types[t])}</td><td>${names(c.only_a.entities[t])}</td><td>${names(c.only_b.entities[t])}</td><td>${names(c.both.entities[t])}</td></tr>`,
  );
  const changes = c.status_changed.map((ch) =>
    ch.kind === "status"
      ? `<li><b>${esc(ch.entity.name)}</b>：${esc(w.status[ch.from])} → ${esc(w.status[ch.to])}<span class="cite">A ${esc(ch.a.citation)} ${esc(ch.a.sentence)}</span><span class="cite">B ${esc(ch.b.citation)} ${esc(ch.b.sentence)}</span></li>`
      : `<li><b>${esc(ch.entity.name)}</b>：${esc(w[ch.kind])} ${esc(ch.namesA.join("、"))} / ${esc(ch.namesB.join("、"))}</li>`,
  );
  const n = c.counts;
  return [
    `<section class="comparison">`,
    `<h3>${esc(w.title)}：A ${esc(c.a.label)} · B ${esc(c.b.label)}</h3>`,
    `<p class="counts">${esc(w.onlyA)} ${esc(w.counts(n.only_a.entities, n.only_a.relations))} · ${esc(w.onlyB)} ${esc(w.counts(n.only_b.entities, n.only_b.relations))} · ${esc(w.both)} ${esc(w.counts(n.both.entities, n.both.relations))}</p>`,
    `<table class="compare"><thead><tr><th>${esc(w.type)}</th><th>${esc(w.onlyA)}</th><th>${esc(w.onlyB)}</th><th>${esc(w.both)}</th></tr></thead><tbody>`,
    ...rows,
    "</tbody></table>",
    changes.length ? `<h3>${esc(w.changed)}</h3><ul>${changes.join("")}</ul>` : "",
    "</section>",
  ]
    .filter(Boolean)
    .join("\n");
}
