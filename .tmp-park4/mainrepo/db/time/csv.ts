// A comparison as one CSV table (UTF-8 with BOM, so Excel shows Chinese): one row per entity,
// relation and change, sorted by side and type, with the first statement on each side.
import { ENTITY_TYPES } from "../types.ts";
import type { Comparison, DiffEntity, DiffRelation } from "./diff.ts";
import type { Statement } from "./stated.ts";

const HEAD = {
  "zh-CN": ["变化", "类别", "类型", "名称", "A 状态", "B 状态", "A 出处", "A 原句", "B 出处", "B 原句"],
  en: [
    "change",
    "kind",
    "type",
    "name",
    "A status",
    "B status",
    "A citation",
    "A sentence",
    "B citation",
    "B sentence",
  ],
} as const;

const SIDE = {
  "zh-CN": { only_a: "仅 A", only_b: "仅 B", both: "两者", status: "状态变化", renamed: "改名", merged: "合并" },
  en: {
    only_a: "only A",
    only_b: "only B",
    both: "both",
    status: "status changed",
    renamed: "renamed",
    merged: "merged",
  },
} as const;

function cell(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

const first = (e?: { evidence: Statement[] }) => e?.evidence[0];

export function comparisonCsv(c: Comparison, locale: "zh-CN" | "en" = "zh-CN"): string {
  const side = SIDE[locale];
  const rows: (string | number | null | undefined)[][] = [[...HEAD[locale]]];
  const entityRow = (label: string, e: DiffEntity) => [
    label,
    "entity",
    e.type,
    e.name,
    e.a?.status ?? "",
    e.b?.status ?? "",
    first(e.a)?.citation,
    first(e.a)?.sentence,
    first(e.b)?.citation,
    first(e.b)?.sentence,
  ];
  const relationRow = (label: string, r: DiffRelation) => [
    label,
    "relation",
    r.type,
    `${r.source.name} → ${r.target.name}`,
    "",
    "",
    first(r.a)?.citation,
    first(r.a)?.sentence,
    first(r.b)?.citation,
    first(r.b)?.sentence,
  ];
  for (const s of ["only_a", "only_b", "both"] as const) {
    for (const t of ENTITY_TYPES) for (const e of c[s].entities[t]) rows.push(entityRow(side[s], e));
    for (const r of c[s].relations) rows.push(relationRow(side[s], r));
  }
  for (const ch of c.status_changed) {
    if (ch.kind === "status") {
      rows.push([
        side.status,
        "entity",
        ch.entity.type,
        ch.entity.name,
        ch.from,
        ch.to,
        ch.a.citation,
        ch.a.sentence,
        ch.b.citation,
        ch.b.sentence,
      ]);
    } else {
      rows.push([
        side[ch.kind],
        "entity",
        ch.entity.type,
        ch.entity.name,
        ch.namesA.join("、"),
        ch.namesB.join("、"),
        "",
        "",
        "",
        "",
      ]);
    }
  }
  return `\uFEFF${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}
