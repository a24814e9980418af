import { useState } from "react";
import type { MentionDetail } from "../api-types.ts";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { Sentence } from "./Sentence.tsx";

const FIRST = 12;

/** Every mention as its sentence (mention marked) with its citation; click opens the document there. */
export function MentionList({ mentions }: { mentions: MentionDetail[] }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const openDocument = useStore((s) => s.openDocument);
  if (mentions.length === 0) return <p className="muted">{t("details.noMentions")}</p>;
  const shown = all ? mentions : mentions.slice(0, FIRST);
  return (
    <ol className="mentions">
      {shown.map((m) => (
        <li key={m.id}>
          <button
            type="button"
            className="mention"
            title={t("details.openMention")}
            data-testid="mention"
            data-document={m.documentId}
            data-start={m.start}
            onClick={() => void openDocument(m.documentId, { start: m.start, end: m.end })}
          >
            <Sentence text={m.sentence} start={m.start - m.sentenceStart} end={m.end - m.sentenceStart} />
          </button>
          <cite className="citation">{m.citation.text}</cite>
        </li>
      ))}
      {!all && mentions.length > FIRST ? (
        <li>
          <button type="button" className="link" onClick={() => setAll(true)}>
            {t("details.showMore", { n: mentions.length })}
          </button>
        </li>
      ) : null}
    </ol>
  );
}
