import { type FormEvent, useState } from "react";
import { ENTITY_TYPES, type EntityDetail, type EntityType } from "../api-types.ts";
import { Sentence } from "../components/Sentence.tsx";
import { useT } from "../i18n/index.ts";
import { act } from "./state.ts";

/** Tick mentions that belong to another entity; they become a new entity (name and type chosen here). */
export function SplitForm({ d, onDone }: { d: EntityDetail; onDone: () => void }) {
  const t = useT();
  const [chosen, setChosen] = useState<number[]>([]);
  const [name, setName] = useState("");
  const [type, setType] = useState<EntityType>(d.type);
  const toggle = (id: number, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((x) => x !== id);
    setChosen(next);
    // The first ticked mention's surface is a good default name.
    if (on && !name) setName(d.mentions.find((m) => m.id === id)?.surface ?? "");
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (chosen.length === 0 || !name.trim()) return;
    if (await act("splitEntity", { id: d.id, mentionIds: chosen, name: name.trim(), type })) onDone();
  };
  return (
    <form className="cur-form split-form" onSubmit={submit} data-testid="split-form">
      <p className="muted wide">{t("cur.splitHint")}</p>
      <ol className="split-mentions wide">
        {d.mentions.map((m) => (
          <li key={m.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={chosen.includes(m.id)}
                onChange={(e) => toggle(m.id, e.target.checked)}
                data-testid="split-mention"
              />
              <span>
                <Sentence text={m.sentence} start={m.start - m.sentenceStart} end={m.end - m.sentenceStart} />
                <cite className="citation">{m.citation.text}</cite>
              </span>
            </label>
          </li>
        ))}
      </ol>
      <label>
        <span>{t("cur.splitName")}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid="split-name" />
      </label>
      <label>
        <span>{t("details.type")}</span>
        <select value={type} onChange={(e) => setType(e.target.value as EntityType)}>
          {ENTITY_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`type.${ty}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="cur-form-actions">
        <button
          type="submit"
          className="btn primary"
          disabled={chosen.length === 0 || chosen.length >= d.mentions.length || !name.trim()}
          data-testid="split-submit"
        >
          {t("cur.splitSubmit", { n: chosen.length })}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t("cur.cancel")}
        </button>
      </div>
    </form>
  );
}
