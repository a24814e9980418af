import { BriefingButtons } from "../briefing/BriefingButtons.tsx";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { ImportButton } from "./ImportButton.tsx";
import { LayoutMenu } from "./LayoutMenu.tsx";
import { SearchBox } from "./SearchBox.tsx";
import "./Toolbar.css";

export function Toolbar() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const setLang = useStore((s) => s.setLang);
  const hasGraph = useStore((s) => s.sub !== null);
  const fit = useStore((s) => s.fit);
  const zoom = useStore((s) => s.zoom);
  const focus = useStore((s) => s.focus);
  const setFocus = useStore((s) => s.setFocus);
  const selectedId = useStore((s) => s.selectedId);

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
          <LayoutMenu />
          <button type="button" className="btn icon" title={t("toolbar.zoomOut")} onClick={() => zoom(1 / 1.3)}>
            −
          </button>
          <button type="button" className="btn icon" title={t("toolbar.zoomIn")} onClick={() => zoom(1.3)}>
            +
          </button>
          <button type="button" className="btn" title="F" onClick={fit} data-testid="fit">
            ⤢ {t("toolbar.fit")}
          </button>
          <span className="toolbar-sep" />
          <button
            type="button"
            className={`btn${focus.on ? " active" : ""}`}
            disabled={selectedId === null && !focus.on}
            onClick={() => void setFocus(!focus.on)}
            data-testid="focus"
          >
            ◎ {t("toolbar.focus")}
          </button>
          <label className="focus-depth">
            <span>{t("toolbar.focusDepth")}</span>
            <select value={focus.depth} onChange={(e) => void setFocus(focus.on, Number(e.target.value))}>
              {[1, 2, 3].map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <span className="toolbar-sep" />
          <BriefingButtons />
          <span className="toolbar-sep" />
          <ImportButton compact />
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
