// "More" under a paginated list of the details panel: the API sends the first page of an
// entity's mentions and relations with their totals (issue 14); this fetches the next page.
import { useState } from "react";
import { call } from "../client.ts";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";

export function DetailMore({ kind }: { kind: "mentions" | "relations" }) {
  const t = useT();
  const d = useStore((s) => s.detail);
  const [busy, setBusy] = useState(false);
  if (!d) return null;
  const shown = kind === "mentions" ? d.mentions.length : d.relations.length;
  const total = (kind === "mentions" ? d.mentionTotal : d.relationTotal) ?? shown;
  if (shown >= total) return null;
  const more = async () => {
    setBusy(true);
    try {
      const next = await call(
        "entity",
        kind === "mentions" ? { id: d.id, mentionOffset: shown } : { id: d.id, relationOffset: shown },
      );
      const now = useStore.getState().detail;
      if (!next || !now || now.id !== d.id) return;
      useStore.setState({
        detail:
          kind === "mentions"
            ? { ...now, mentions: [...now.mentions, ...next.mentions] }
            : { ...now, relations: [...now.relations, ...next.relations] },
      });
    } catch (e) {
      useStore.setState({ error: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="btn more" data-testid={`more-${kind}`} disabled={busy} onClick={() => void more()}>
      {t("details.more", { n: shown, m: total })}
    </button>
  );
}
