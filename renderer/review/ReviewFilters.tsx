// The review table's filters: kind, type, document, state, rule, confidence band and text. The
// menus' counts come from the backend (every item, not only the pages loaded).
import { type MessageKey, useT } from "../i18n/index.ts";
import type { Filters } from "./rows.ts";
import { setFilters, useReview } from "./state.ts";

type Facets = { types: [string, number][]; rules: [string, number][]; documents: [number, number][] };

const ENTITY = new Set(["cluster", "park", "platform", "enterprise", "department"]);

export function ReviewFilters({ facets, documents }: { facets: Facets | null; documents: Map<number, string> }) {
  const t = useT();
  const f = useReview((s) => s.filters);
  const types = facets?.types ?? [];
  const rules = facets?.rules ?? [];
  const docs = (facets?.documents ?? []).map(([d, n]): [string, number] => [String(d), n]);
  // the chosen document stays in its menu even when it is not among the largest
  if (f.document && !docs.some(([d]) => d === f.document)) docs.push([f.document, 0]);
  const typeName = (ty: string) => t((ENTITY.has(ty) ? `type.${ty}` : `rel.${ty}`) as MessageKey);
  const select = <K extends keyof Filters>(key: K, label: MessageKey, options: [string, string][]) => (
    <label className="rv-filter">
      <span>{t(label)}</span>
      <select
        value={f[key]}
        onChange={(e) => setFilters({ [key]: e.target.value } as Partial<Filters>)}
        data-testid={`rv-filter-${key}`}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="rv-filters">
      {select("kind", "rv.kind", [
        ["all", t("rv.all")],
        ["entity", t("rv.kind.entity")],
        ["relation", t("rv.kind.relation")],
      ])}
      {select("type", "rv.type", [
        ["", t("rv.all")],
        ...types.map(([v, n]): [string, string] => [v, `${typeName(v)} (${n})`]),
      ])}
      {select("state", "rv.state", [
        ["", t("rv.all")],
        ["unreviewed", t("cur.review.unreviewed")],
        ["confirmed", t("cur.review.confirmed")],
        ["rejected", t("cur.review.rejected")],
      ])}
      {select("confidence", "rv.confidence", [
        ["", t("rv.all")],
        ["low", "< 0.5"],
        ["mid", "0.5 – 0.8"],
        ["high", "≥ 0.8"],
      ])}
      {select("rule", "rv.rule", [["", t("rv.all")], ...rules.map(([v, n]): [string, string] => [v, `${v} (${n})`])])}
      {select("document", "rv.document", [
        ["", t("rv.all")],
        ...docs.map(([v, n]): [string, string] => [
          v,
          `${(documents.get(Number(v)) ?? v).slice(0, 30)}${n ? ` (${n})` : ""}`,
        ]),
      ])}
      <input
        className="rv-text"
        type="search"
        value={f.text}
        placeholder={t("rv.search")}
        onChange={(e) => setFilters({ text: e.target.value })}
        data-testid="rv-filter-text"
      />
    </div>
  );
}
