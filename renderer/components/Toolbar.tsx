import { BriefingButtons } from "../briefing/BriefingButtons.tsx";
import { UndoButtons } from "../curation/CurationBar.tsx";
import { useT } from "../i18n/index.ts";
import { useLayout } from "../layout.ts";
import { useStore } from "../store.ts";
import { ImportButton } from "./ImportButton.tsx";
import { SearchBox } from "./SearchBox.tsx";
import "./Toolbar.css";

/** Browsing shows the facts; reviewing adds confidence, rules and the editing controls. */
function ModeSwitch() {
  const t = useT();
  const mode = useLayout((s) => s.mode);
  const setMode = useLayout((s) => s.setMode);
  return (
    <div className="mode-switch" role="radiogroup" aria-label={t("mode.label")} data-testid="mode">
      {(["browse", "review"] as const).map((m) => (
        <button
          key={m}
          type="button"
          role="radio"
          aria-checked={mode === m}
          className={mode === m ? "on" : ""}
          title={t(`mode.${m}Hint`)}
          data-testid={`mode-${m}`}
          onClick={() => setMode(m)}
        >
          {t(`mode.${m}`)}
        </button>
      ))}
    </div>
  );
}

export function Toolbar() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const setLang = useStore((s) => s.setLang);
  const hasGraph = useStore((s) => s.sub !== null);
  const focus = useStore((s) => s.focus);
  const setFocus = useStore((s) => s.setFocus);
  const selectedId = useStore((s) => s.selectedId);
  const mode = useLayout((s) => s.mode);

  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ◈
        </span>
        <span className="brand-name">{t("appTitle")}</span>
        <span className="brand-sub">{t("appSubtitle")}</span>
      </div>
      {hasGraph ? <SearchBox /> : <div className="toolbar-spacer" />}
      {hasGraph ? (
        <div className="toolbar-group">
          <button
            type="button"
            className={`btn${focus.on ? " active" : ""}`}
            disabled={selectedId === null && !focus.on}
            onClick={() => void setFocus(!focus.on)}
            title={t("toolbar.focusHint")}
            data-testid="focus"
          >
            ◎ {t("toolbar.focus")}
          </button>
          <label className="focus-depth" title={t("toolbar.focusDepth")}>
            <select
              aria-label={t("toolbar.focusDepth")}
              value={focus.depth}
              onChange={(e) => void setFocus(focus.on, Number(e.target.value))}
            >
              {[1, 2, 3].map((d) => (
                <option key={d} value={d}>
                  {t("toolbar.hops", { n: d })}
                </option>
              ))}
            </select>
          </label>
          <span className="toolbar-sep" />
          <BriefingButtons />
          <span className="toolbar-sep" />
          <ImportButton compact />
          <span className="toolbar-sep" />
          <ModeSwitch />
          {mode === "review" ? <UndoButtons /> : null}
        </div>
      ) : null}
      <button
        type="button"
        className="btn lang"
        data-testid="lang"
        onClick={() => setLang(lang === "zh-CN" ? "en" : "zh-CN")}
      >
        {t("toolbar.language")}
      </button>
    </header>
  );
}
