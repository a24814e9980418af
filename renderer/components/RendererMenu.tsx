// The drawing setting (issue 14): WebGL on a hardware GPU by default, canvas elsewhere, or either
// forced. Cytoscape picks its renderer when the graph is created, so a change reloads the page.
import { type RendererChoice, rendererChoice, setRendererChoice, webglEnabled } from "../graph/overview.ts";
import { useT } from "../i18n/index.ts";

const CHOICES: RendererChoice[] = ["auto", "webgl", "canvas"];

function reload(): void {
  // An address that forces a renderer (?webgl=) would override the stored choice.
  const url = new URL(window.location.href);
  url.searchParams.delete("webgl");
  window.location.replace(url.toString());
}

export function RendererMenu() {
  const t = useT();
  const now = t(webglEnabled() ? "renderer.webgl" : "renderer.canvas");
  return (
    <select
      className="btn"
      aria-label={t("renderer.label")}
      title={`${t("renderer.label")}: ${t("renderer.hint", { now })}`}
      value={rendererChoice()}
      data-testid="renderer"
      data-active={webglEnabled() ? "webgl" : "canvas"}
      onChange={(e) => {
        setRendererChoice(e.target.value as RendererChoice);
        reload();
      }}
    >
      {CHOICES.map((c) => (
        <option key={c} value={c}>
          {t(`renderer.${c}`)}
        </option>
      ))}
    </select>
  );
}
