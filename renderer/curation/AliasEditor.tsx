import { type FormEvent, useState } from "react";
import type { EntityDetail } from "../api-types.ts";
import { useT } from "../i18n/index.ts";
import { act } from "./state.ts";

/** The entity's aliases as removable chips, and a field to add one. */
export function AliasEditor({ d }: { d: EntityDetail }) {
  const t = useT();
  const [alias, setAlias] = useState("");
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const a = alias.trim();
    if (!a) return;
    if (await act("addAlias", { id: d.id, alias: a })) setAlias("");
  };
  return (
    <div className="alias-editor" data-testid="aliases">
      {d.aliases.map((a) => (
        <span key={a} className="alias-chip" data-testid="alias">
          {a}
          <button
            type="button"
            className="alias-x"
            title={t("cur.aliasRemove", { alias: a })}
            aria-label={t("cur.aliasRemove", { alias: a })}
            onClick={() => void act("removeAlias", { id: d.id, alias: a })}
          >
            ×
          </button>
        </span>
      ))}
      <form onSubmit={add} className="alias-add">
        <input
          value={alias}
          onChange={(e) => setAlias(e.target.value)}
          placeholder={t("cur.aliasPlaceholder")}
          aria-label={t("cur.aliasAdd")}
          data-testid="alias-input"
        />
        <button type="submit" className="btn mini" disabled={!alias.trim()} data-testid="alias-add">
          + {t("cur.aliasAdd")}
        </button>
      </form>
    </div>
  );
}
