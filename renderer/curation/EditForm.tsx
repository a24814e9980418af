import { type FormEvent, useState } from "react";
import { ENTITY_TYPES, type EntityDetail, type EntityType, type Level, type Status } from "../api-types.ts";
import { useT } from "../i18n/index.ts";
import { act } from "./state.ts";

const LEVELS = ["national", "provincial", "city", "none"] as const;
const STATUSES = ["existing", "planned"] as const;

/** Tags typed as one line: commas (half/full width) and 顿号 separate them. */
export function parseTags(line: string): string[] {
  return [
    ...new Set(
      line
        .split(/[,，、;；]/)
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
}

/** Name, type, level, status, note and tags of one entity; only changed fields are sent. */
export function EditForm({ d, onDone }: { d: EntityDetail; onDone: () => void }) {
  const t = useT();
  const [name, setName] = useState(d.name);
  const [type, setType] = useState<EntityType>(d.type);
  const [level, setLevel] = useState<(typeof LEVELS)[number]>(d.level ?? "none");
  const [status, setStatus] = useState<Status>(d.status);
  const [note, setNote] = useState(d.note ?? "");
  const [tags, setTags] = useState(d.tags.join("，"));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input: Parameters<typeof act<"editEntity">>[1] = { id: d.id };
    if (name.trim() && name.trim() !== d.name) input.name = name.trim();
    if (type !== d.type) input.type = type;
    const lv: Level = level === "none" ? null : level;
    if (lv !== d.level) input.level = lv;
    if (status !== d.status) input.status = status;
    if (note !== (d.note ?? "")) input.note = note.trim() === "" ? null : note;
    const tagList = parseTags(tags);
    if (JSON.stringify(tagList) !== JSON.stringify(d.tags)) input.tags = tagList;
    if (Object.keys(input).length === 1) {
      onDone();
      return;
    }
    if (await act("editEntity", input)) onDone();
  };

  return (
    <form className="cur-form" onSubmit={submit} data-testid="edit-form">
      <label>
        <span>{t("cur.name")}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid="edit-name" required />
      </label>
      <label>
        <span>{t("details.type")}</span>
        <select value={type} onChange={(e) => setType(e.target.value as EntityType)} data-testid="edit-type">
          {ENTITY_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`type.${ty}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("details.level")}</span>
        <select value={level} onChange={(e) => setLevel(e.target.value as (typeof LEVELS)[number])}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`level.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("details.status")}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as Status)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("cur.tags")}</span>
        <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder={t("cur.tagsHint")} />
      </label>
      <label className="wide">
        <span>{t("cur.note")}</span>
        <textarea value={note} rows={3} onChange={(e) => setNote(e.target.value)} data-testid="edit-note" />
      </label>
      <div className="cur-form-actions">
        <button type="submit" className="btn primary" data-testid="edit-save">
          {t("cur.save")}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t("cur.cancel")}
        </button>
      </div>
    </form>
  );
}
